package facts

import "regexp/syntax"

// startWords returns strings one of which begins every match of expr, when
// it can tell, and whether a word boundary (\b) opens the pattern. A
// pattern with start words runs anchored at their occurrences only (the
// Aho-Corasick pass finds them), instead of being tried at every offset of
// the sentence. They may be optional openers ("former "), words of a list
// or the opening of a mention placeholder ("@P").
func startWords(expr string) ([]string, bool) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, false
	}
	seq := splice([]*syntax.Regexp{re.Simplify()})
	boundary := false
	for len(seq) > 0 && seq[0].Op == syntax.OpWordBoundary {
		boundary = true
		seq = splice(seq[1:])
	}
	set, ok := firstStrings(seq)
	if !ok || len(set) > maxNeedles {
		return nil, false
	}
	for _, s := range set {
		if len(s) < 2 {
			return nil, false
		}
		if boundary && !isASCIIWord(s[0]) {
			// \b before a non-word byte holds after a word byte: the
			// anchored run could not tell (see pattern.findAt)
			return nil, false
		}
	}
	return dedupStrings(set), boundary
}

// splice flattens the captures and concatenations that open seq, so that
// seq[0] is the first thing a match consumes.
func splice(seq []*syntax.Regexp) []*syntax.Regexp {
	for len(seq) > 0 {
		switch seq[0].Op {
		case syntax.OpCapture:
			seq = append([]*syntax.Regexp{seq[0].Sub[0]}, seq[1:]...)
		case syntax.OpConcat:
			seq = append(append([]*syntax.Regexp(nil), seq[0].Sub...), seq[1:]...)
		default:
			return seq
		}
	}
	return seq
}

// firstStrings returns non-empty strings one of which begins every match
// of the sequence seq, and false when it cannot tell (a match may be empty,
// may begin with any of many bytes, or an assertion would be checked
// before anything is consumed).
func firstStrings(seq []*syntax.Regexp) ([]string, bool) {
	seq = splice(seq)
	if len(seq) == 0 {
		return nil, false
	}
	head, rest := seq[0], seq[1:]
	if exact, ok := strictExactSet(head); ok {
		var nonEmpty []string
		hasEmpty := false
		for _, e := range exact {
			if e == "" {
				hasEmpty = true
			} else {
				nonEmpty = append(nonEmpty, e)
			}
		}
		out := nonEmpty
		// longer strings find fewer places: extend by what follows
		if len(nonEmpty) > 0 {
			if next, ok := firstStrings(rest); ok {
				if joined, ok := cross(nonEmpty, next); ok {
					out = joined
				}
			}
		}
		if hasEmpty {
			next, ok := firstStrings(rest)
			if !ok {
				return nil, false
			}
			out = append(append([]string(nil), out...), next...)
		}
		return out, len(out) > 0 && len(out) <= maxNeedles
	}
	switch head.Op {
	case syntax.OpAlternate:
		var out []string
		for _, branch := range head.Sub {
			s, ok := firstStrings(append([]*syntax.Regexp{branch}, rest...))
			if !ok {
				return nil, false
			}
			out = append(out, s...)
			if len(out) > maxNeedles {
				return nil, false
			}
		}
		return out, true
	case syntax.OpPlus:
		return firstStrings(head.Sub[:1])
	case syntax.OpRepeat:
		if head.Min >= 1 {
			return firstStrings(head.Sub[:1])
		}
		return optionalFirst(head.Sub[0], rest)
	case syntax.OpQuest, syntax.OpStar:
		return optionalFirst(head.Sub[0], rest)
	}
	return nil, false
}

// optionalFirst is firstStrings of "sub, possibly absent, then rest".
func optionalFirst(sub *syntax.Regexp, rest []*syntax.Regexp) ([]string, bool) {
	a, ok := firstStrings([]*syntax.Regexp{sub})
	if !ok {
		return nil, false
	}
	b, ok := firstStrings(rest)
	if !ok || len(a)+len(b) > maxNeedles {
		return nil, false
	}
	return append(append([]string(nil), a...), b...), true
}

// strictExactSet is exactSet for expressions without assertions (which
// exactSet reads as the empty string).
func strictExactSet(re *syntax.Regexp) ([]string, bool) {
	if hasAssertion(re) {
		return nil, false
	}
	return exactSet(re)
}

func hasAssertion(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpBeginLine, syntax.OpEndLine:
		return true
	}
	for _, sub := range re.Sub {
		if hasAssertion(sub) {
			return true
		}
	}
	return false
}

// isASCIIWord is what \b counts as a word byte.
func isASCIIWord(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_'
}

// lastIsWord: the byte before pos is a word byte for \b.
func lastIsWord(text string, pos int) bool {
	return pos > 0 && isASCIIWord(text[pos-1])
}

// placeholderFollow applies to patterns that open with a mention
// placeholder ("@P", digits, then what follows its closing "@"): it returns
// the length of the opening before the digits and the strings one of which
// must follow the digits ("@'s ", "@, "). findAt checks them before it
// runs the regexp at a placeholder, which most placeholders fail.
func placeholderFollow(expr string) (int, []string) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return 0, nil
	}
	seq := splice([]*syntax.Regexp{re.Simplify()})
	lead := []string{""}
	for len(seq) > 0 && !isDigitRun(seq[0]) {
		exact, ok := strictExactSet(seq[0])
		if !ok {
			return 0, nil
		}
		if lead, ok = cross(lead, exact); !ok {
			return 0, nil
		}
		seq = splice(seq[1:])
	}
	if len(seq) == 0 || len(lead) == 0 {
		return 0, nil
	}
	n := len(lead[0])
	for _, l := range lead {
		// all of one length, ending in the type letter: the digits start
		// at the same offset after every opening
		if len(l) != n || n < 2 || l[0] != '@' || l[n-1] < 'A' || l[n-1] > 'Z' {
			return 0, nil
		}
	}
	follow, ok := firstStrings(seq[1:])
	if !ok || len(follow) > maxNeedles {
		return 0, nil
	}
	for _, f := range follow {
		if f[0] != '@' {
			return 0, nil // a digit could follow: the run's end would not be known
		}
	}
	return n, dedupStrings(follow)
}

// isDigitRun: re is \d+ ([0-9]+).
func isDigitRun(re *syntax.Regexp) bool {
	if re.Op != syntax.OpPlus || re.Sub[0].Op != syntax.OpCharClass {
		return false
	}
	r := re.Sub[0].Rune
	return len(r) == 2 && r[0] == '0' && r[1] == '9'
}

// followsPlaceholder: the placeholder opening at pos (lead bytes, then
// digits) is followed by one of follow.
func followsPlaceholder(text string, pos, lead int, follow []string) bool {
	j := pos + lead
	for j < len(text) && text[j] >= '0' && text[j] <= '9' {
		j++
	}
	if j == pos+lead {
		return false
	}
	for _, f := range follow {
		if len(text)-j >= len(f) && text[j:j+len(f)] == f {
			return true
		}
	}
	return false
}
