package loaders

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// ReadSource reads the articles of one source. stdin and stdinFormat serve
// the Stdin source. A source that cannot be read at all comes back as one
// Skipped; the bad lines of a jsonl source come back as one Skipped each,
// beside the articles of its good lines. Articles without text are skipped
// here too, so everything returned has something to extract.
func ReadSource(src Source, stdin io.Reader, stdinFormat *Format) ([]Article, []Skipped) {
	f := src.Format
	var r io.Reader
	if src.Path == Stdin {
		if stdinFormat == nil {
			return nil, []Skipped{{Path: src.Path, Reason: ReasonUnreadable + ": no format chosen for standard input"}}
		}
		if stdin == nil {
			stdin = os.Stdin
		}
		f, r = stdinFormat, stdin
	} else {
		if f == nil {
			return nil, []Skipped{{Path: src.Path, Reason: ReasonUnknownExt}}
		}
		file, err := os.Open(src.Path)
		if err != nil {
			return nil, []Skipped{{Path: src.Path, Reason: ReasonUnreadable + ": " + pathErr(err)}}
		}
		defer file.Close()
		r = file
	}
	arts, err := f.Read(r, src.Name)
	var skipped []Skipped
	if err != nil {
		var lines LineErrors
		if !errors.As(err, &lines) {
			// Nothing of a source that failed part-way is kept: a half-read
			// file must not half-load.
			return nil, []Skipped{{Path: src.Path, Reason: fmt.Sprintf("%s as %s: %v", ReasonUnreadable, f.Name, err)}}
		}
		for _, le := range lines {
			skipped = append(skipped, Skipped{Path: src.Path, Line: le.Line, Reason: ReasonBadLine + ": " + le.Err.Error()})
		}
	}
	out := arts[:0]
	for _, a := range arts {
		a.Path = src.Path
		if strings.TrimSpace(a.Text) == "" {
			skipped = append(skipped, Skipped{Path: src.Path, Line: a.Line, ID: a.ID, Reason: ReasonEmptyText})
			continue
		}
		out = append(out, a)
	}
	return out, skipped
}
