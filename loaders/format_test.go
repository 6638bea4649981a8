package loaders

import (
	"os"
	"path/filepath"
	"testing"
)

func TestFormatLookups(t *testing.T) {
	tests := []struct {
		how, key, want string // want "" means no format
	}{
		{"name", "txt", "txt"},
		{"name", "MD", "md"},
		{"name", "pdf", ""},
		{"ext", ".txt", "txt"},
		{"ext", "markdown", "md"},
		{"ext", ".HTM", "html"},
		{"ext", ".html", "html"},
		{"ext", ".ndjson", "jsonl"},
		{"ext", ".csv", ""},
		{"mime", "text/html; charset=utf-8", "html"},
		{"mime", "text/plain", "txt"},
		{"mime", "application/x-ndjson", "jsonl"},
		{"mime", "image/png", ""},
		{"path", "a/b/c.jsonl", "jsonl"},
		{"path", "README", ""},
	}
	for _, tt := range tests {
		var f *Format
		switch tt.how {
		case "name":
			f = FormatByName(tt.key)
		case "ext":
			f = FormatByExt(tt.key)
		case "mime":
			f = FormatByMime(tt.key)
		case "path":
			f = FormatOfPath(tt.key)
		}
		got := ""
		if f != nil {
			got = f.Name
		}
		if got != tt.want {
			t.Errorf("%s %q: got format %q, want %q", tt.how, tt.key, got, tt.want)
		}
	}
	if got := FormatNames(); len(got) != 4 || got[0] != "html" || got[3] != "txt" {
		t.Errorf("FormatNames() = %v", got)
	}
}

func TestRegisterFormatTwicePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("registering txt twice did not panic")
		}
	}()
	RegisterFormat(Format{Name: "txt"})
}

// readFixture reads a file of testdata/corpus with the format its extension names.
func readFixture(t *testing.T, name string) ([]Article, error) {
	t.Helper()
	p := filepath.Join("testdata", "corpus", name)
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return FormatOfPath(p).Read(f, name)
}
