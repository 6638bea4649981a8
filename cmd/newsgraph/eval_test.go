package main

import (
	"strings"
	"testing"
)

// TestEvalPred scores stored documents with --pred: a gold set against
// itself is perfect, against a second annotator's reading it is not, and a
// missing directory is an error naming the flag.
func TestEvalPred(t *testing.T) {
	const td = "../../loaders/evaluate/testdata/"
	self := mustRun(t, "eval", "--pred", td+"gold44", td+"gold44", td+"corpus44")
	if !strings.Contains(self, "entities_f1=1.0 relations_f1=1.0 events_f1=1.0 failed=0") {
		t.Errorf("gold against itself:\n%s", self)
	}
	second := mustRun(t, "eval", "--pred", td+"second44", td+"gold44", td+"corpus44")
	if strings.Contains(second, "relations_f1=1.0") || !strings.Contains(second, "failed=0") {
		t.Errorf("a second annotator's reading:\n%s", second)
	}
	if _, err := run(t, "eval", "--pred", t.TempDir()+"/absent", td+"gold44", td+"corpus44"); err == nil || !strings.Contains(err.Error(), "--pred") {
		t.Errorf("a missing --pred directory gave %v", err)
	}
}
