package queries

import (
	"io"
	"strings"
)

// FormatConflicts prints each conflict with every side's sources and
// sentences.
func FormatConflicts(w io.Writer, cs []Conflict) error {
	ew := &errWriter{w: w}
	if len(cs) == 0 {
		ew.printf("No conflicting reports found.\n")
		return ew.err
	}
	for i, c := range cs {
		var parts []string
		for _, p := range c.Participants {
			parts = append(parts, p.Role+" "+p.Entity.Name)
		}
		ew.printf("%d. %s (%s): %d different %ss\n", i+1, c.Kind, strings.Join(parts, ", "), len(c.Sides), c.Field)
		for _, s := range c.Sides {
			var srcs []string
			for _, e := range s.Sources {
				srcs = append(srcs, e.Name)
			}
			src := ""
			if len(srcs) > 0 {
				src = " according to " + strings.Join(srcs, ", ")
			}
			ew.printf("   %s%s\n", s.Value, src)
			writeEvidence(ew, "      ", s.Evidence)
		}
	}
	return ew.err
}
