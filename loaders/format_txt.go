package loaders

import (
	"io"
	"strings"
	"unicode/utf8"
)

func init() {
	RegisterFormat(Format{
		Name: "txt",
		Ext:  []string{".txt", ".text"},
		Mime: []string{"text/plain"},
		Read: readTxt,
	})
}

// readTxt reads one plain-text article. The whole file is the text (so
// evidence offsets are offsets into the file); its first line is also the
// title when it looks like a headline, and a "Published …" line or a
// dateline at its top gives its publication date.
func readTxt(r io.Reader, path string) ([]Article, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	if !utf8.Valid(b) {
		return nil, errNotUTF8
	}
	text := normaliseText(string(b))
	return []Article{{ID: path, Title: headlineOf(text), Text: text, Format: "txt", Published: leadDate(text)}}, nil
}

// headlineOf returns the first line of text when it stands alone (a blank
// line follows it), reads like a headline (2 to 30 words, no closing
// full stop, comma or colon) and body text follows; otherwise "".
func headlineOf(text string) string {
	text = strings.TrimLeft(text, " \t\n")
	first, rest, ok := strings.Cut(text, "\n")
	if !ok {
		return ""
	}
	first = strings.TrimSpace(first)
	rest = strings.TrimLeft(rest, " \t")
	if !strings.HasPrefix(rest, "\n") || strings.TrimSpace(rest) == "" {
		return ""
	}
	words := len(strings.Fields(first))
	if words < 2 || words > 30 || utf8.RuneCountInString(first) > 200 {
		return ""
	}
	if strings.ContainsAny(first[len(first)-1:], ".,;:") && !strings.HasSuffix(first, "...") {
		return ""
	}
	return first
}
