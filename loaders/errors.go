package loaders

import (
	"errors"
	"fmt"
	"strings"
)

var errNotUTF8 = errors.New("not UTF-8 text")

// LineError is one bad line of a line-oriented source (jsonl): the line is
// skipped and the other lines still load.
type LineError struct {
	Path string
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

// LineErrors are the bad lines of one source. A reader returns it beside
// the articles of the good lines.
type LineErrors []*LineError

func (es LineErrors) Error() string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(e.Error())
	}
	return b.String()
}
