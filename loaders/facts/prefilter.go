package facts

import (
	"regexp/syntax"
	"strings"
)

// requiredLiterals returns strings of which at least one occurs in every
// text the pattern matches, or nil when it cannot tell. Running
// strings.Contains first lets most sentences skip most regexps.
func requiredLiterals(expr string) []string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	set := literalSet(re.Simplify())
	if len(set) == 0 || len(set) > maxNeedles {
		return nil
	}
	for _, s := range set {
		if len(strings.TrimSpace(s)) < 2 {
			return nil // too weak to be worth checking
		}
	}
	return set
}

// maxExact bounds the strings an exact set may expand to.
const maxExact = 64

// literalSet: one of the returned strings must occur in any match of re.
func literalSet(re *syntax.Regexp) []string {
	if set, ok := exactSet(re); ok {
		if nonEmpty(set) {
			return set
		}
		return nil
	}
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return literalSet(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return literalSet(re.Sub[0])
		}
		return nil
	case syntax.OpConcat:
		var best []string
		consider := func(s []string) {
			if nonEmpty(s) && strength(s) > strength(best) {
				best = s
			}
		}
		// runs of exact children spell out whole words: "fl"+(ed|ee|ew)
		exact := make([][]string, len(re.Sub))
		for i, sub := range re.Sub {
			if set, ok := exactSet(sub); ok {
				exact[i] = set
			} else {
				consider(literalSet(sub))
			}
		}
		for i := range exact {
			run := exact[i]
			for j := i; j < len(exact) && run != nil; j++ {
				if j > i {
					if exact[j] == nil {
						break
					}
					joined, ok := cross(run, exact[j])
					if !ok {
						break
					}
					run = joined
				}
				consider(run)
			}
		}
		return best
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			s := literalSet(sub)
			if s == nil {
				return nil
			}
			all = append(all, s...)
		}
		return dedupStrings(all)
	}
	return nil
}

// exactSet returns every string re can match, when they are few.
func exactSet(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpBeginLine, syntax.OpEndLine:
		return []string{""}, true
	case syntax.OpCapture:
		return exactSet(re.Sub[0])
	case syntax.OpQuest:
		s, ok := exactSet(re.Sub[0])
		if !ok || len(s)+1 > maxExact {
			return nil, false
		}
		return append(append([]string(nil), s...), ""), true
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				out = append(out, string(r))
				if len(out) > 4 {
					return nil, false
				}
			}
		}
		return out, true
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			s, ok := exactSet(sub)
			if !ok {
				return nil, false
			}
			out = append(out, s...)
			if len(out) > maxExact {
				return nil, false
			}
		}
		return out, true
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range re.Sub {
			s, ok := exactSet(sub)
			if !ok {
				return nil, false
			}
			if out, ok = cross(out, s); !ok {
				return nil, false
			}
		}
		return out, true
	}
	return nil, false
}

// cross concatenates every string of a with every string of b.
func cross(a, b []string) ([]string, bool) {
	if len(a)*len(b) > maxExact {
		return nil, false
	}
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return out, true
}

func nonEmpty(set []string) bool {
	if len(set) == 0 {
		return false
	}
	for _, s := range set {
		if strings.TrimSpace(s) == "" {
			return false
		}
	}
	return true
}

// strength ranks a literal set for a prefilter by its weakest member: long
// members find few sentences, a bare function word ("to", "of") finds
// nearly all. (All needles are scanned in one Aho-Corasick pass, so their
// number hardly matters.)
func strength(set []string) int {
	if len(set) == 0 || len(set) > maxNeedles {
		return -1 << 20
	}
	weakest := 1 << 20
	for _, s := range set {
		w := min(len(s), 12)
		if functionWords[strings.Trim(s, " ,.'")] {
			w = 1
		}
		weakest = min(weakest, w)
	}
	return weakest*16 - len(set)/8
}

// functionWords are too common to make a useful prefilter.
var functionWords = map[string]bool{"to": true, "of": true, "for": true, "in": true, "into": true,
	"the": true, "a": true, "an": true, "and": true, "or": true, "with": true, "at": true, "by": true,
	"from": true, "on": true, "s": true, "is": true, "was": true, "that": true, "who": true, "as": true}

// maxNeedles bounds the needles of one pattern.
const maxNeedles = maxExact

func dedupStrings(in []string) []string {
	seen := map[string]bool{}
	out := in[:0]
	for _, s := range in {
		if strings.TrimSpace(s) == "" {
			return nil // a branch needs only blanks: no useful literal
		}
		if seen[s] {
			continue
		}
		seen[s] = true
		out = append(out, s)
	}
	return out
}

// maxAlsoSets and maxAlsoMembers bound the extra literal sets a pattern
// checks (each needs its place in the needle scan).
const (
	maxAlsoSets    = 4
	maxAlsoMembers = 8
)

// requiredSets returns further literal sets of expr besides need: every
// match holds a member of each. They are the literals of the pattern's
// parts ("@P" of a person slot that follows a demonym), so a match cannot
// begin after the last place where one of them begins.
func requiredSets(expr string, need []string) [][]string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	seq := splice([]*syntax.Regexp{re.Simplify()})
	var out [][]string
	seen := map[string]bool{strings.Join(need, "\x00"): true}
	for _, part := range seq {
		set := literalSet(part)
		if !nonEmpty(set) || len(set) > maxAlsoMembers {
			continue
		}
		ok := true
		for _, s := range set {
			ok = ok && len(s) >= 2
		}
		key := strings.Join(set, "\x00")
		if !ok || seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, set)
		if len(out) == maxAlsoSets {
			break
		}
	}
	return out
}
