package loaders

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func TestBarsDrawEveryStage(t *testing.T) {
	var buf bytes.Buffer
	b := NewBars(&buf)
	b.Start(StageRead, 3)
	for range 3 {
		b.Step(StageRead)
	}
	b.Start(StageExtract, 0) // an empty stage must not keep Finish waiting
	b.Start(StageWrite, 5)
	b.Step(StageWrite) // a stage cut short by skipped articles
	b.Finish()
	out := buf.String()
	for _, want := range []string{StageRead, "3 / 3", StageExtract, StageWrite, "1 / 1"} {
		if !strings.Contains(out, want) {
			t.Errorf("bars output lacks %q:\n%q", want, out)
		}
	}
}

func TestTerminalProgressOffTerminal(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if p := TerminalProgress(f); p != nil {
		t.Errorf("TerminalProgress on a plain file = %T, want nil", p)
	}
	if p := TerminalProgress(nil); p != nil {
		t.Errorf("TerminalProgress(nil) = %T, want nil", p)
	}
}
