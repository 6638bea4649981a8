package gazetteer

import (
	"strings"
	"unicode"

	"github.com/mozillazg/go-unidecode"
)

// Norm is the form names are compared in: transliterated to ASCII, lower
// case, runs of anything but letters and digits turned into one space, a
// leading "the " dropped. "The E.U." and "the EU" differ ("e u" and "eu");
// the alias table lists both spellings where both occur.
func Norm(s string) string {
	if isASCII(s) {
		return string(appendNorm(make([]byte, 0, len(s)), s))
	}
	s = strings.ReplaceAll(s, "’", "'")
	s = strings.ReplaceAll(s, "'s ", " ")
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if !ascii {
		s = unidecode.Unidecode(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		space = true
	}
	out := b.String()
	return strings.TrimPrefix(out, "the ")
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// AppendNorm appends Norm(s) to buf, for callers that look names up in
// their own maps without allocating.
func AppendNorm(buf []byte, s string) []byte { return appendNorm(buf, s) }

// appendNorm appends Norm(s) to buf. ASCII text, nearly every lookup, is
// folded without allocating, so that lookups can index maps with
// m[string(buf)] (which Go does not copy).
func appendNorm(buf []byte, s string) []byte {
	if !isASCII(s) {
		return append(buf, Norm(s)...)
	}
	start := len(buf)
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		case c == '\'' && i+2 < len(s) && s[i+1] == 's' && s[i+2] == ' ':
			i++ // "'s " reads as a space, as in Norm
			space = true
			continue
		default:
			space = true
			continue
		}
		if space && len(buf) > start {
			buf = append(buf, ' ')
		}
		space = false
		buf = append(buf, c)
	}
	if len(buf)-start >= 4 && string(buf[start:start+4]) == "the " {
		buf = append(buf[:start], buf[start+4:]...)
	}
	return buf
}

// Slug is the key form of a name: Norm with hyphens for spaces.
func Slug(s string) string {
	return strings.ReplaceAll(Norm(s), " ", "-")
}

// CountryKey is the entity key of the country with this ISO 3166 code.
func CountryKey(iso2 string) string { return "country/" + strings.ToLower(iso2) }

// PersonKey is the entity key of a person called name (the full name).
// Romanisation variants fold to one spelling, so "Maxim" and "Maksim", or
// "Zelenskiy" and "Zelensky", give the same key.
func PersonKey(name string) string {
	return "person/" + strings.ReplaceAll(FoldPersonName(name), " ", "-")
}

// OrgKey is the entity key of an organisation whose canonical name is name.
func OrgKey(name string) string { return "org/" + Slug(name) }

// PlaceKey is the entity key of a place; iso2 may be empty when its country
// is unknown.
func PlaceKey(name, iso2 string) string {
	if iso2 == "" {
		return "place/" + Slug(name)
	}
	return "place/" + Slug(name) + "-" + strings.ToLower(iso2)
}
