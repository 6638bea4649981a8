package loaders

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestWalk(t *testing.T) {
	corpus := filepath.Join("testdata", "corpus")
	tests := []struct {
		name    string
		root    string
		paths   []string
		names   []string // source names in order
		skipped []string // "path: reason prefix"
	}{
		{
			name:  "directory, recursive, sorted, hidden and unknown skipped",
			paths: []string{corpus},
			names: []string{
				"testdata/corpus/asylum.md", "testdata/corpus/border.html", "testdata/corpus/empty.txt",
				"testdata/corpus/feed.jsonl", "testdata/corpus/mobilization.txt", "testdata/corpus/sub/kazakhstan.txt",
			},
			skipped: []string{"testdata/corpus/notes.csv: unknown extension .csv"},
		},
		{
			name:  "names relative to a root",
			root:  corpus,
			paths: []string{filepath.Join(corpus, "sub"), filepath.Join(corpus, "asylum.md")},
			names: []string{"sub/kazakhstan.txt", "asylum.md"},
		},
		{
			name:  "same file twice is read once; ./ is cleaned",
			paths: []string{"./" + corpus + "/asylum.md", filepath.Join(corpus, "asylum.md")},
			names: []string{"testdata/corpus/asylum.md"},
		},
		{
			name:    "missing path and stdin",
			paths:   []string{"-", filepath.Join(corpus, "nope.txt"), "-"},
			names:   []string{"-"},
			skipped: []string{"testdata/corpus/nope.txt: unreadable"},
		},
		{
			name:  "a hidden file named explicitly is read",
			paths: []string{filepath.Join(corpus, ".hidden.txt")},
			names: []string{"testdata/corpus/.hidden.txt"},
		},
	}
	for _, tt := range tests {
		srcs, skipped := Walk(tt.root, tt.paths)
		var names []string
		for _, s := range srcs {
			names = append(names, s.Name)
			if s.Path != Stdin && s.Format != FormatOfPath(s.Path) {
				t.Errorf("%s: %s has format %v", tt.name, s.Path, s.Format)
			}
		}
		if strings.Join(names, "\n") != strings.Join(tt.names, "\n") {
			t.Errorf("%s: sources\n%s\nwant\n%s", tt.name, strings.Join(names, "\n"), strings.Join(tt.names, "\n"))
		}
		if len(skipped) != len(tt.skipped) {
			t.Errorf("%s: skipped %v, want %v", tt.name, skipped, tt.skipped)
			continue
		}
		for i, s := range skipped {
			if !strings.HasPrefix(s.String(), tt.skipped[i]) {
				t.Errorf("%s: skipped %q, want prefix %q", tt.name, s.String(), tt.skipped[i])
			}
		}
	}
}
