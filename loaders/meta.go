package loaders

import (
	"fmt"
	"strings"
)

// Meta is the metadata a source may carry beside the text: a jsonl record,
// a Markdown front matter block. Published stays a string until parsed.
type Meta struct {
	Title     string `json:"title" yaml:"title"`
	URL       string `json:"url" yaml:"url"`
	Published string `json:"published" yaml:"published"`
	Outlet    string `json:"outlet" yaml:"outlet"`
	Byline    string `json:"byline" yaml:"byline"`
}

// apply copies the metadata onto a, parsing the date. An unparseable date
// is an error: a wrong date would silently misplace every event of the article.
func (m Meta) apply(a *Article) error {
	a.Title = strings.TrimSpace(m.Title)
	a.URL = strings.TrimSpace(m.URL)
	a.Outlet = strings.TrimSpace(m.Outlet)
	a.Byline = strings.TrimSpace(m.Byline)
	if p := strings.TrimSpace(m.Published); p != "" {
		t, err := ParseDate(p)
		if err != nil {
			return fmt.Errorf("published: %w", err)
		}
		a.Published = t
	}
	return nil
}

// articleID is the article's url when it has one, else the source name.
func articleID(url, name string) string {
	if url != "" {
		return url
	}
	return name
}

// normaliseText makes line endings "\n" and drops a byte-order mark and
// trailing blank space, so the same text read on any system hashes and
// extracts the same way; evidence offsets refer to this form.
func normaliseText(s string) string {
	s = strings.TrimPrefix(s, "\ufeff")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.TrimRight(s, " \t\n")
}
