package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

const examples = "../../examples/articles"

// loadExamples loads the bundled example articles into a fresh bolt file.
func loadExamples(t *testing.T) string {
	t.Helper()
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
	id := "../../examples/articles/05-pilot-killed-in-spain.txt"
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

// The Gizmo recipes of README.md, each run against the example articles.
func TestGizmoRecipes(t *testing.T) {
	db := loadExamples(t)
	tests := []struct {
		name, query string
		want        []string
	}{
		{"persons", `g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://schema.org/Person>").Out("<http://schema.org/name>").Unique().All()`,
			[]string{"Vladimir Putin", "Dmitry Peskov"}},
		{"events in a country", `g.V("<https://newsgraph.dev/id/country/ru>").In("<https://newsgraph.dev/ns/location>").Tag("event").Out("<https://newsgraph.dev/ns/kind>").Tag("kind").All()`,
			[]string{"Mobilization"}},
		{"what an article states", `g.V("<https://newsgraph.dev/id/article/..%2F..%2Fexamples%2Farticles%2F05-pilot-killed-in-spain.txt>").In("<https://newsgraph.dev/ns/article>").Out("<https://newsgraph.dev/ns/sentence>").Unique().All()`,
			[]string{"Alicante"}},
		{"entity by any name", `g.V().Has("<https://newsgraph.dev/ns/key>", "idite lesom").Out("<http://schema.org/name>").All()`,
			[]string{"Go By The Forest"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := mustRun(t, "--db", db, "query", tt.query)
			var res struct{ Result []any }
			if err := json.Unmarshal([]byte(out), &res); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			if len(res.Result) == 0 {
				t.Fatalf("no results")
			}
			for _, w := range tt.want {
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
	for _, w := range []string{"700000", "261000"} {
		if !strings.Contains(out, w) {
			t.Errorf("conflicts lack %s: %s", w, out)
		}
	}
	if _, err := run(t, "--db", db, "ask", "What is the airspeed of a swallow?"); err == nil {
		t.Error("a question of no known form should fail")
	}
}
