package queries

import "io"

// FormatAnswer prints an answer: its lines, each followed by the evidence
// of the matching item (a path shows its hops).
func FormatAnswer(w io.Writer, a *Answer) error {
	ew := &errWriter{w: w}
	for i, line := range a.Lines {
		ew.printf("%s\n", line)
		if i >= len(a.Items) {
			continue
		}
		it := a.Items[i]
		switch {
		case it.Path != nil:
			for _, h := range it.Path.Hops {
				ew.printf("   %s %s %s\n", nodeLabel(h.From()), hopArrow(h), nodeLabel(h.To()))
				writeEvidence(ew, "      ", h.Evidence)
			}
		case it.Profile != nil:
		default:
			writeEvidence(ew, "   ", it.Evidence)
		}
	}
	if ew.err != nil {
		return ew.err
	}
	if len(a.Items) == 1 && a.Items[0].Profile != nil {
		ew.printf("\n")
		return FormatProfile(w, a.Items[0].Profile)
	}
	return nil
}

// FormatQuestionForms prints the questions Ask understands.
func FormatQuestionForms(w io.Writer) error {
	ew := &errWriter{w: w}
	ew.printf("Questions newsgraph understands:\n")
	for _, f := range QuestionForms() {
		ew.printf("  %-12s %s\n  %-12s   %s\n", f.Name, f.Example, "", f.Means)
	}
	return ew.err
}
