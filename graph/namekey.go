package graph

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// NameKey normalises a name or alias for lookups, the way the evaluation
// scorer compares names: NFKD with combining marks stripped, lower case,
// a possessive "'s" dropped, every run of other characters than letters and
// digits turned into one space, a leading "the " dropped, trimmed.
// "The Kremlin’s" and "kremlin" give the same key. Unlike the scorer it keeps
// letters of any script ("Путин" stays "путин" instead of vanishing).
func NameKey(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	for _, r := range norm.NFKD.String(name) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case '\u2019', '\u2018', '\u02bc', '`':
			r = '\''
		}
		b.WriteRune(unicode.ToLower(r))
	}
	rs := []rune(b.String())
	b.Reset()
	space := true // at start: no leading space
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		// possessive: 's before a non-alphanumeric or the end
		if r == '\'' && i+1 < len(rs) && rs[i+1] == 's' && (i+2 == len(rs) || !isAlnum(rs[i+2])) {
			i++
			r = ' '
		}
		if isAlnum(r) {
			b.WriteRune(r)
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	key := strings.TrimSpace(b.String())
	return strings.TrimPrefix(key, "the ")
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
