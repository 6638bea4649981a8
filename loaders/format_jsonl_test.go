package loaders

import (
	"errors"
	"strings"
	"testing"
)

func TestReadJSONLFixture(t *testing.T) {
	arts, err := readFixture(t, "feed.jsonl")
	var bad LineErrors
	if !errors.As(err, &bad) {
		t.Fatalf("err = %v, want LineErrors", err)
	}
	wantBad := map[int]string{2: "invalid JSON", 5: "neither"}
	if len(bad) != len(wantBad) {
		t.Errorf("bad lines: %v", bad)
	}
	for _, le := range bad {
		if le.Path != "feed.jsonl" || !strings.Contains(le.Err.Error(), wantBad[le.Line]) {
			t.Errorf("line error %v", le)
		}
		if !strings.HasPrefix(le.Error(), "feed.jsonl:") {
			t.Errorf("line error %q does not name the file and line", le.Error())
		}
	}
	want := []struct {
		id, title, outlet, byline, published string
		line                                 int
		text                                 string
	}{
		{"https://example.net/georgia-arrivals", "Georgia sees surge of Russian arrivals", "Example Wire", "Nino Kapanadze", "2022-09-27", 1, "Georgia recorded"},
		{"feed.jsonl:3", "", "", "", "2024-02-01", 3, "Germany said"},
		{"https://example.net/serbia", "Russians settle in Serbia", "Example Wire", "", "", 6, "Thousands of Russians have moved to Serbia"},
	}
	if len(arts) != len(want) {
		t.Fatalf("%d articles, want %d", len(arts), len(want))
	}
	for i, w := range want {
		a := arts[i]
		pub := ""
		if !a.Published.IsZero() {
			pub = a.Published.Format("2006-01-02")
		}
		if a.ID != w.id || a.Title != w.title || a.Outlet != w.outlet || a.Byline != w.byline || pub != w.published ||
			a.Line != w.line || !strings.HasPrefix(a.Text, w.text) || a.Format != "jsonl" {
			t.Errorf("line %d: got %+v", w.line, a)
		}
	}
}

func TestReadJSONL(t *testing.T) {
	tests := []struct {
		name, src string
		ids       []string
		badLines  []int
		badReason string
	}{
		{"all good", `{"text":"one"}` + "\n" + `{"url":"u2","text":"two"}`, []string{"f:1", "u2"}, nil, ""},
		{"bad date", `{"text":"one","published":"when pigs fly"}`, nil, []int{1}, "published"},
		{"wrong type", `{"text":42}`, nil, []int{1}, "invalid JSON"},
		{"empty text kept for the caller", `{"text":""}`, []string{"f:1"}, nil, ""},
		{"no trailing newline and CRLF", "{\"text\":\"one\"}\r\n{\"text\":\"two\"}", []string{"f:1", "f:2"}, nil, ""},
	}
	for _, tt := range tests {
		arts, err := readJSONL(strings.NewReader(tt.src), "f")
		var ids []string
		for _, a := range arts {
			ids = append(ids, a.ID)
		}
		if strings.Join(ids, ",") != strings.Join(tt.ids, ",") {
			t.Errorf("%s: ids %v, want %v", tt.name, ids, tt.ids)
		}
		var bad LineErrors
		errors.As(err, &bad)
		if len(bad) != len(tt.badLines) {
			t.Errorf("%s: err %v, want bad lines %v", tt.name, err, tt.badLines)
			continue
		}
		for i, le := range bad {
			if le.Line != tt.badLines[i] || !strings.Contains(le.Error(), tt.badReason) {
				t.Errorf("%s: %v", tt.name, le)
			}
		}
	}
}
