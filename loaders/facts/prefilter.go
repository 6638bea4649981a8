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
	if len(set) == 0 {
		return nil
	}
	for _, s := range set {
		if len(s) < 2 {
			return nil // too weak to be worth checking
		}
	}
	return set
}

// literalSet: one of the returned strings must occur in any match of re.
func literalSet(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil
		}
		return []string{string(re.Rune)}
	case syntax.OpCapture, syntax.OpPlus:
		return literalSet(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return literalSet(re.Sub[0])
		}
		return nil
	case syntax.OpConcat:
		var best []string
		for _, sub := range re.Sub {
			if s := literalSet(sub); s != nil && strength(s) > strength(best) {
				best = s
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

// strength ranks a literal set: its shortest member's length, fewer members
// winning ties.
func strength(set []string) int {
	if len(set) == 0 {
		return -1
	}
	shortest := len(set[0])
	for _, s := range set[1:] {
		if len(s) < shortest {
			shortest = len(s)
		}
	}
	return shortest*64 - len(set)
}

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
