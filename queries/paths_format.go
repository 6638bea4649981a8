package queries

import (
	"fmt"
	"io"
	"strings"
)

// pathLine renders a path on one line:
// "Pavel Orlov —citizen_of→ Russia ←citizen_of— Dmitri Sokolov".
func pathLine(p Path) string {
	if len(p.Nodes) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(nodeLabel(p.Nodes[0]))
	for _, h := range p.Hops {
		b.WriteString(" " + hopArrow(h) + " " + nodeLabel(h.To()))
	}
	return b.String()
}

func hopArrow(h Hop) string {
	switch {
	case h.Via == "mention":
		return "~" + h.Predicate + "~"
	case h.Direction == Backward:
		return "←" + h.Predicate + "—"
	}
	return "—" + h.Predicate + "→"
}

func nodeLabel(n PathNode) string {
	if n.Type == "Event" {
		return "[" + n.Name + "]"
	}
	return n.Name
}

// FormatPaths prints paths for people: each path on one line, then each
// hop with the sentences (and article title and date) that support it.
func FormatPaths(w io.Writer, paths []Path) error {
	ew := &errWriter{w: w}
	if len(paths) == 0 {
		ew.printf("No path found.\n")
		return ew.err
	}
	for i, p := range paths {
		ew.printf("%d. %s  (%d hops)\n", i+1, pathLine(p), len(p.Hops))
		for _, h := range p.Hops {
			ew.printf("   %s %s %s\n", nodeLabel(h.From()), hopArrow(h), nodeLabel(h.To()))
			writeEvidence(ew, "      ", h.Evidence)
			if more := h.EvidenceCount - len(h.Evidence); more > 0 {
				ew.printf("      … and %d more\n", more)
			}
		}
	}
	return ew.err
}

// writeEvidence prints each evidence item as a quoted sentence and its
// article.
func writeEvidence(ew *errWriter, indent string, evs []Evidence) {
	for _, e := range evs {
		if e.Sentence != "" {
			ew.printf("%s“%s”\n", indent, e.Sentence)
			ew.printf("%s  — %s\n", indent, articleNote(e))
		} else {
			ew.printf("%s— %s\n", indent, articleNote(e))
		}
	}
}

// errWriter keeps the first write error so printing code stays linear.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
