package loaders

import (
	"strings"
	"testing"
	"time"
)

func TestReadHTMLFixture(t *testing.T) {
	arts, err := readFixture(t, "border.html")
	if err != nil {
		t.Fatal(err)
	}
	a := arts[0]
	if a.ID != "https://example.com/world/finland-border" || a.URL != a.ID {
		t.Errorf("id %q url %q, want og:url", a.ID, a.URL)
	}
	if a.Title != "Finland closes its border crossings with Russia" {
		t.Errorf("title %q", a.Title)
	}
	if a.Byline != "Jonas Berg" {
		t.Errorf("byline %q", a.Byline)
	}
	if a.Outlet != "Example Post" {
		t.Errorf("outlet %q", a.Outlet)
	}
	if want := time.Date(2023, 11, 29, 8, 30, 0, 0, time.UTC); !a.Published.Equal(want) {
		t.Errorf("published %v, want %v", a.Published, want)
	}
	for _, s := range []string{
		"Finland shut the last of its land border crossings with Russia",
		"The two countries share a land border of more than 1,300 kilometres",
		"would have no safe way to reach protection.",
	} {
		if !strings.Contains(a.Text, s) {
			t.Errorf("text lacks %q:\n%s", s, a.Text)
		}
	}
	for _, s := range []string{"Home", "Copyright", "<p>"} {
		if strings.Contains(a.Text, s) {
			t.Errorf("text keeps %q:\n%s", s, a.Text)
		}
	}
	if strings.Contains(a.Text, "\n\n\n") || strings.Contains(a.Text, "\n ") {
		t.Errorf("text not tidied: %q", a.Text)
	}
}

func TestReadHTMLMeta(t *testing.T) {
	tests := []struct {
		name, page, id, published string
	}{
		{"canonical when no og:url", `<html><head><link rel="canonical" href="https://example.org/a"></head><body><p>Russian men crossed into Mongolia.</p></body></html>`,
			"https://example.org/a", ""},
		{"file name when no url", `<html><body><p>Russian men crossed into Mongolia.</p></body></html>`, "page.html", ""},
		{"time element date", `<html><body><article><time datetime="2022-10-02">Oct 2</time><p>Russian men crossed into Mongolia.</p></article></body></html>`,
			"page.html", "2022-10-02"},
	}
	for _, tt := range tests {
		arts, err := readHTML(strings.NewReader(tt.page), "page.html")
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		a := arts[0]
		pub := ""
		if !a.Published.IsZero() {
			pub = a.Published.Format("2006-01-02")
		}
		if a.ID != tt.id || pub != tt.published || !strings.Contains(a.Text, "Mongolia") {
			t.Errorf("%s: id %q published %q text %q", tt.name, a.ID, pub, a.Text)
		}
	}
}
