package loaders

import (
	"strings"
	"testing"
	"time"
)

func TestReadMarkdownFixture(t *testing.T) {
	arts, err := readFixture(t, "asylum.md")
	if err != nil {
		t.Fatal(err)
	}
	a := arts[0]
	want := Article{
		ID: "https://example.org/news/deserter-asylum", Title: "A deserter's long road to asylum",
		URL: "https://example.org/news/deserter-asylum", Outlet: "Example Ledger", Byline: "Lena Marsh",
		Published: time.Date(2023, 3, 14, 0, 0, 0, 0, time.UTC), Format: "md",
	}
	if a.ID != want.ID || a.Title != want.Title || a.URL != want.URL || a.Outlet != want.Outlet ||
		a.Byline != want.Byline || !a.Published.Equal(want.Published) || a.Format != want.Format {
		t.Errorf("metadata:\n got %+v\nwant %+v", a, want)
	}
	for _, s := range []string{
		"Pavel Sokolov served in the Russian army until the autumn of 2022",
		"From there he flew to France, where he applied for asylum.",
		"Sokolov says the European Union should admit deserters.",
	} {
		if !strings.Contains(a.Text, s) {
			t.Errorf("text lacks %q:\n%s", s, a.Text)
		}
	}
	for _, s := range []string{"**", "code block", "europa.eu", "title:"} {
		if strings.Contains(a.Text, s) {
			t.Errorf("text keeps %q:\n%s", s, a.Text)
		}
	}
}

func TestReadMarkdown(t *testing.T) {
	tests := []struct {
		name, src, id, title, text, err string
	}{
		{name: "heading is the title", src: "## Exiles in Tbilisi\n\nMany Russians now live in Georgia.",
			id: "a.md", title: "Exiles in Tbilisi", text: "Exiles in Tbilisi\n\nMany Russians now live in Georgia."},
		{name: "no heading, no title", src: "Many Russians now live in Georgia.", id: "a.md", text: "Many Russians now live in Georgia."},
		{name: "front matter title wins", src: "---\ntitle: Exiles\n---\n# Another\n\nBody.", id: "a.md", title: "Exiles", text: "Another\n\nBody."},
		{name: "entities and escapes", src: "Russia \\& Georgia &amp; Armenia", id: "a.md", text: "Russia & Georgia & Armenia"},
		{name: "soft and hard breaks", src: "one\ntwo  \nthree", id: "a.md", text: "one two\nthree"},
		{name: "unclosed front matter", src: "---\ntitle: x\nBody.", err: "never closed"},
		{name: "bad yaml", src: "---\ntitle: [x\n---\nBody.", err: "front matter"},
		{name: "bad date", src: "---\npublished: someday soon\n---\nBody.", err: "published"},
	}
	for _, tt := range tests {
		arts, err := readMarkdown(strings.NewReader(tt.src), "a.md")
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%s: err = %v, want %q", tt.name, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		a := arts[0]
		if a.ID != tt.id || a.Title != tt.title || a.Text != tt.text {
			t.Errorf("%s: got id %q title %q text %q", tt.name, a.ID, a.Title, a.Text)
		}
	}
}
