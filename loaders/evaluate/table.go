package evaluate

import (
	"fmt"
	"io"
	"strings"
)

// WriteTable prints the score table exactly as score.py does: a header, one
// line per entity type, then entities overall, relations and events.
func (r Result) WriteTable(w io.Writer) error {
	ew := &errWriter{w: w}
	ew.printf("%14s %6s %6s %6s %5s %5s %5s\n", "", "P", "R", "F1", "tp", "fp", "fn")
	for _, row := range r.Rows() {
		p, rc, f := row.PRF()
		ew.printf("%-14s %6.3f %6.3f %6.3f %5d %5d %5d\n", row.Name, p, rc, f, row.TP, row.FP, row.FN)
	}
	return ew.err
}

// summary lists the F1 scores of the last three table rows, rounded as
// score.py rounds them.
func (r Result) summary() [][2]string {
	rows := r.Rows()
	var out [][2]string
	for _, row := range rows[len(rows)-3:] {
		_, _, f := row.PRF()
		out = append(out, [2]string{row.Name, pyRound3(f)})
	}
	return out
}

// Summary is score.py's one-line summary:
// "entities_f1=0.8 relations_f1=0.5 events_f1=0.4 failed=0".
func (r Result) Summary(failed int) string {
	var parts []string
	for _, kv := range r.summary() {
		parts = append(parts, kv[0]+"_f1="+kv[1])
	}
	return strings.Join(parts, " ") + fmt.Sprintf(" failed=%d", failed)
}

// SummaryJSON is score.py's --json summary:
// {"entities": 0.8, "relations": 0.5, "events": 0.4, "failed_articles": 0}.
func (r Result) SummaryJSON(failed int) string {
	var parts []string
	for _, kv := range r.summary() {
		parts = append(parts, pyString(kv[0])+": "+kv[1])
	}
	return "{" + strings.Join(parts, ", ") + fmt.Sprintf(`, "failed_articles": %d}`, failed)
}

// errWriter lets a printer check for a write error once: the first one wins.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
