package evaluate

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Norm is the name normalisation the scorer compares names with: NFKD,
// combining marks dropped, lower case, "'s " dropped, every run of characters
// other than a-z and 0-9 made one space, trimmed, a leading "the " removed.
func Norm(s string) string {
	s = norm.NFKD.String(s)
	var b strings.Builder
	for i := 0; i < len(s); {
		p := norm.NFKD.PropertiesString(s[i:])
		n := p.Size()
		if n == 0 {
			n = 1
		}
		if p.CCC() == 0 {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	s = strings.ToLower(b.String())
	s = strings.ReplaceAll(s, "\u2019", "'")
	s = strings.ReplaceAll(s, "'s ", " ")

	b.Reset()
	gap := false
	for _, r := range s {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			if gap {
				b.WriteByte(' ')
				gap = false
			}
			b.WriteRune(r)
		} else if b.Len() > 0 {
			gap = true
		}
	}
	return strings.TrimPrefix(b.String(), "the ")
}

// nameSet is every normalised, non-empty name of an entity.
func nameSet(e Entity) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		k := Norm(n)
		if k != "" && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}
