package evaluate

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// fakeExtractor prints testdata/crosscheck/CASE/pred/NAME.json for
// CASE/corpus/NAME.txt; score.py and EvaluateDir both run it.
const fakeExtractor = "testdata/fake-extract.sh"

// TestEvaluateDirMatchesScorePy runs score.py and the port on the same gold
// files and predictions and requires the same stdout, byte for byte: the
// per-article logs, every P/R/F1 and tp/fp/fn of the table, the summary.
func TestEvaluateDirMatchesScorePy(t *testing.T) {
	py := python3(t)
	cases := []struct {
		name     string
		failures int
	}{
		{"entities", 0},
		{"relations", 0},
		{"events", 0},
		{"failures", 4},
		{"empty", 0},
	}
	modes := []struct{ verbose, json bool }{{true, true}, {false, false}, {true, false}}
	for _, c := range cases {
		gold := filepath.Join("testdata/crosscheck", c.name, "gold")
		corpus := filepath.Join("testdata/crosscheck", c.name, "corpus")
		rep, err := EvaluateDir(gold, corpus, CommandExtractor("sh", fakeExtractor))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if len(rep.Failures) != c.failures {
			t.Errorf("%s: %d failures %q, want %d", c.name, len(rep.Failures), rep.Failures, c.failures)
		}
		for _, m := range modes {
			args := []string{scorePy}
			if m.verbose {
				args = append(args, "--verbose")
			}
			if m.json {
				args = append(args, "--json")
			}
			args = append(args, gold, corpus, "--", "sh", fakeExtractor)
			cmd := exec.Command(py, args...)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			want, err := cmd.Output()
			if err != nil {
				t.Fatalf("%s: score.py: %v\n%s", c.name, err, stderr.String())
			}
			var got bytes.Buffer
			if err := rep.Write(&got, m.verbose, m.json); err != nil {
				t.Fatal(err)
			}
			if got.String() != string(want) {
				t.Errorf("%s verbose=%v json=%v: the port prints\n%s\nscore.py prints\n%s", c.name, m.verbose, m.json, got.String(), want)
			}
			// Failures name the same articles as score.py's stderr.
			for _, f := range rep.Failures {
				head, _, _ := strings.Cut(f, ": the command failed:")
				if !strings.Contains(stderr.String(), head) {
					t.Errorf("%s: failure %q is not in score.py's stderr %q", c.name, head, stderr.String())
				}
			}
		}
	}
}

// TestScoreMatchesScorePyPerArticle compares the counts of single articles,
// scored in memory, with score.py's score_article.
func TestScoreMatchesScorePyPerArticle(t *testing.T) {
	var pairs [][2]string // gold, prediction
	for _, c := range []string{"entities", "relations", "events"} {
		golds, _ := filepath.Glob(filepath.Join("testdata/crosscheck", c, "gold", "*.json"))
		for _, g := range golds {
			pairs = append(pairs, [2]string{g, filepath.Join(filepath.Dir(filepath.Dir(g)), "pred", filepath.Base(g))})
		}
	}
	if len(pairs) < 5 {
		t.Fatalf("found only %d cross-check pairs", len(pairs))
	}
	var want [][]int // per pair: tp, fp, fn of Person, Country, Place, Organization, relations, events
	pyEval(t, `
out = []
for g, p in data:
    ents, rels, evs = score.score_article(json.load(open(g)), json.load(open(p)), [])
    row = []
    for c in [ents[t] for t in score.TYPES] + [rels, evs]:
        row += [c.tp, c.fp, c.fn]
    out.append(row)
print(json.dumps(out))`, pairs, &want)
	for i, p := range pairs {
		g, err := ReadDocument(p[0])
		if err != nil {
			t.Fatal(err)
		}
		pr, err := ReadDocument(p[1])
		if err != nil {
			t.Fatal(err)
		}
		r := Score(g, pr)
		var got []int
		for _, row := range r.Rows() {
			if row.Name != "entities" {
				got = append(got, row.TP, row.FP, row.FN)
			}
		}
		if !equalInts(got, want[i]) {
			t.Errorf("%s: port counts %v, score.py %v", p[0], got, want[i])
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestDirExtractorScoresStoredDocuments: scoring the stored predictions
// directly gives the report that running the stand-in extractor on them
// gives (whose output score.py checks above), failures included.
func TestDirExtractorScoresStoredDocuments(t *testing.T) {
	for _, name := range []string{"entities", "relations", "events", "failures"} {
		dir := filepath.Join("testdata/crosscheck", name)
		gold, corpus := filepath.Join(dir, "gold"), filepath.Join(dir, "corpus")
		viaCommand, err := EvaluateDir(gold, corpus, CommandExtractor("sh", fakeExtractor))
		if err != nil {
			t.Fatal(err)
		}
		direct, err := EvaluateDir(gold, corpus, DirExtractor(filepath.Join(dir, "pred")))
		if err != nil {
			t.Fatal(err)
		}
		var a, b bytes.Buffer
		if err := viaCommand.Write(&a, true, false); err != nil {
			t.Fatal(err)
		}
		if err := direct.Write(&b, true, false); err != nil {
			t.Fatal(err)
		}
		if a.String() != b.String() || len(viaCommand.Failures) != len(direct.Failures) {
			t.Errorf("%s: stored documents score\n%s\nthe command scores\n%s", name, b.String(), a.String())
		}
	}
}
