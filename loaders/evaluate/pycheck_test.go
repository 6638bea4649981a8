package evaluate

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"testing"
)

// scorePy is the project's scorer, in ../shared beside the checkout (where
// CI puts it too).
const scorePy = "../../../shared/eval/score.py"

// python3 returns the interpreter, skipping the test when there is none or
// the shared scorer is absent (failing instead under CI, where the
// cross-checks must run).
func python3(t *testing.T) string {
	t.Helper()
	if _, err := os.Stat(scorePy); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("the shared scorer is needed for the cross-checks: %v", err)
		}
		t.Skipf("no shared scorer beside the checkout: %v", err)
	}
	p, err := exec.LookPath("python3")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("python3 is needed for the cross-checks against score.py: %v", err)
		}
		t.Skipf("no python3, skipping the cross-check against score.py: %v", err)
	}
	return p
}

// pyEval runs a Python snippet with score.py importable as `score`, passing
// in as JSON on stdin and decoding the JSON it prints into out.
func pyEval(t *testing.T, code string, in, out any) {
	t.Helper()
	py := python3(t)
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	prelude := "import sys, json\nsys.path.insert(0, '../../../shared/eval')\nimport score\ndata = json.load(sys.stdin)\n"
	cmd := exec.Command(py, "-c", prelude+code)
	cmd.Stdin = bytes.NewReader(b)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	res, err := cmd.Output()
	if err != nil {
		t.Fatalf("python: %v\n%s", err, stderr.String())
	}
	if err := json.Unmarshal(res, out); err != nil {
		t.Fatalf("python printed %q: %v", res, err)
	}
}
