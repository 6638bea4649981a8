package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const examples = "examples/articles"

// loadExamples loads the bundled example articles into a fresh bolt file,
// from the repository root as README's commands do (article ids are the
// paths as given: examples/articles/...).
func loadExamples(t *testing.T) string {
	t.Helper()
	t.Chdir("../..")
	db := filepath.Join(t.TempDir(), "graph.db")
	out := mustRun(t, "--db", db, "load", examples)
	if !strings.Contains(out, "8 loaded (8 added, 0 replaced, 0 unchanged), 0 skipped") {
		t.Fatalf("first load: %s", out)
	}
	return db
}

func TestLoadTwiceChangesNothing(t *testing.T) {
	db := loadExamples(t)
	before := stats(t, db)
	out := mustRun(t, "--db", db, "load", examples)
	if !strings.Contains(out, "8 loaded (0 added, 0 replaced, 8 unchanged)") {
		t.Errorf("second load: %s", out)
	}
	after := stats(t, db)
	if before["Quads"] != after["Quads"] || before["Quads"].(float64) < 500 {
		t.Errorf("quads before %v, after %v", before["Quads"], after["Quads"])
	}
}

func TestExportImportRoundTrip(t *testing.T) {
	db := loadExamples(t)
	dump := filepath.Join(t.TempDir(), "graph.nq")
	mustRun(t, "--db", db, "export", "--format", "nquads", "-o", dump)
	copyDB := filepath.Join(t.TempDir(), "copy.db")
	if out := mustRun(t, "--db", copyDB, "import", dump); !strings.Contains(out, "imported") {
		t.Fatalf("import: %s", out)
	}
	a := sortedLines(mustRun(t, "--db", db, "export"))
	b := sortedLines(mustRun(t, "--db", copyDB, "export"))
	if strings.Join(a, "\n") != strings.Join(b, "\n") {
		t.Errorf("the imported store differs: %d quads exported, %d after import", len(a), len(b))
	}
}

func TestDeleteArticle(t *testing.T) {
	db := loadExamples(t)
	before := stats(t, db)
	id := "examples/articles/05-pilot-killed-in-spain.txt"
	if !strings.Contains(mustRun(t, "--db", db, "articles"), id) {
		t.Fatalf("%s is not listed", id)
	}
	mustRun(t, "--db", db, "delete", id)
	after := stats(t, db)
	if after["Articles"].(float64) != before["Articles"].(float64)-1 || after["Quads"].(float64) >= before["Quads"].(float64) {
		t.Errorf("stats before %v, after %v", before, after)
	}
	if strings.Contains(mustRun(t, "--db", db, "articles"), id) {
		t.Errorf("%s still listed", id)
	}
	// Spain is still named by another article, so it stays
	if out := mustRun(t, "--db", db, "entity", "Spain"); !strings.Contains(out, "Spain") {
		t.Errorf("entity Spain after delete: %s", out)
	}
	if _, err := run(t, "--db", db, "delete", id); err == nil {
		t.Error("deleting an absent article should fail")
	}
}

// The ready-made Gizmo queries of examples/gizmo (shown in README.md), each
// run against the example articles; a file's "// expect:" line lists strings
// its results must contain.
func TestGizmoRecipes(t *testing.T) {
	db := loadExamples(t)
	files, _ := filepath.Glob("examples/gizmo/*.js")
	if len(files) < 5 {
		t.Fatalf("only %d recipes", len(files))
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var want []string
			for _, line := range strings.Split(string(src), "\n") {
				if rest, ok := strings.CutPrefix(line, "// expect:"); ok {
					for _, w := range strings.Split(rest, ",") {
						want = append(want, strings.TrimSpace(w))
					}
				}
			}
			if len(want) == 0 {
				t.Fatalf("%s has no // expect: line", f)
			}
			out := mustRun(t, "--db", db, "query", "-f", f)
			var res struct{ Result []any }
			if err := json.Unmarshal([]byte(out), &res); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			for _, w := range want {
				if !strings.Contains(out, w) {
					t.Errorf("results lack %q: %.500s", w, out)
				}
			}
		})
	}
}

func TestPathAndConflictsOnExamples(t *testing.T) {
	db := loadExamples(t)
	out := mustRun(t, "--db", db, "path", "Kuzminov", "Spain")
	if !strings.Contains(out, "Maxim Kuzminov") || !strings.Contains(out, "“") {
		t.Errorf("path Kuzminov Spain: %s", out)
	}
	out = mustRun(t, "--db", db, "conflicts")
	for _, w := range []string{"700000", "261000", "Death (subject Maxim Kuzminov)", "2024-02-13", "2024-02-19"} {
		if !strings.Contains(out, w) {
			t.Errorf("conflicts lack %s: %s", w, out)
		}
	}
	if _, err := run(t, "--db", db, "ask", "What is the airspeed of a swallow?"); err == nil {
		t.Error("a question of no known form should fail")
	}
}

// A bad input is reported by name and line and skipped; the rest is loaded
// and what was stored before is kept; the exit status says something was skipped.
func TestLoadReportsBadInput(t *testing.T) {
	db := loadExamples(t)
	before := stats(t, db)
	dir := t.TempDir()
	feed := filepath.Join(dir, "feed.jsonl")
	if err := os.WriteFile(feed, []byte("{\"title\":\"Border note\",\"text\":\"Anna Petrova, a Russian teacher, fled to Finland in 2023.\"}\n{broken\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := run(t, "--db", db, "load", feed, filepath.Join(dir, "missing.txt"))
	if err == nil || !strings.Contains(err.Error(), "2 input(s) skipped") {
		t.Errorf("load error = %v", err)
	}
	for _, want := range []string{"1 added", "feed.jsonl:2: bad jsonl line", "missing.txt: unreadable"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	after := stats(t, db)
	if after["Articles"].(float64) != before["Articles"].(float64)+1 {
		t.Errorf("articles %v → %v, want one more", before["Articles"], after["Articles"])
	}
}
