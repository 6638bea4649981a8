package loaders

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"newsgraph/graph"
	"newsgraph/loaders/extract"
)

// copyCorpus copies testdata/corpus into a fresh directory the test may change.
func copyCorpus(t *testing.T) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "corpus")
	err := filepath.WalkDir(filepath.Join("testdata", "corpus"), func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(filepath.Join("testdata", "corpus"), p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

func openBolt(t *testing.T) *graph.Store {
	t.Helper()
	s, err := graph.Open("bolt", filepath.Join(t.TempDir(), "graph.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func storeStats(t *testing.T, s *graph.Store) graph.Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// countingProgress records what a load reported.
type countingProgress struct {
	totals, steps map[string]int
	finished      int
}

func newCountingProgress() *countingProgress {
	return &countingProgress{totals: map[string]int{}, steps: map[string]int{}}
}
func (p *countingProgress) Start(stage string, total int) { p.totals[stage] = total }
func (p *countingProgress) Step(stage string)             { p.steps[stage]++ }
func (p *countingProgress) Finish()                       { p.finished++ }

func TestLoadCorpusIntoBolt(t *testing.T) {
	ctx := context.Background()
	dir := copyCorpus(t)
	store := openBolt(t)
	prog := newCountingProgress()

	first, err := LoadPaths(ctx, store, dir, []string{dir}, LoadOptions{Workers: 2, Progress: prog})
	if err != nil {
		t.Fatal(err)
	}
	if first.Added != 7 || first.Replaced != 0 || first.Unchanged != 0 {
		t.Errorf("first load: added %d replaced %d unchanged %d, want 7 added", first.Added, first.Replaced, first.Unchanged)
	}
	var reasons []string
	for _, s := range first.Skipped {
		reasons = append(reasons, strings.TrimPrefix(s.String(), dir+"/"))
	}
	sort.Strings(reasons)
	wantReasons := []string{"empty.txt: empty text", "feed.jsonl:2: bad jsonl line: invalid JSON", "feed.jsonl:5: bad jsonl line: record has neither", "notes.csv: unknown extension .csv"}
	if len(reasons) != len(wantReasons) {
		t.Fatalf("skipped:\n%s", strings.Join(reasons, "\n"))
	}
	for i, w := range wantReasons {
		if !strings.HasPrefix(reasons[i], w) {
			t.Errorf("skipped %q, want %q", reasons[i], w)
		}
	}
	st := storeStats(t, store)
	if st.Articles != 7 || st.Quads != int64(first.Quads) || first.Quads == 0 {
		t.Errorf("store has %d articles and %d quads; the load wrote %d quads", st.Articles, st.Quads, first.Quads)
	}
	if first.Entities == 0 {
		t.Error("no entities counted")
	}
	if prog.totals[StageRead] != 6 || prog.steps[StageRead] != 6 || prog.steps[StageExtract] != 7 || prog.steps[StageWrite] != 7 || prog.finished != 1 {
		t.Errorf("progress: totals %v steps %v finished %d", prog.totals, prog.steps, prog.finished)
	}
	ids := map[string]bool{}
	for _, r := range first.Articles {
		ids[r.ID] = true
	}
	for _, id := range []string{"mobilization.txt", "sub/kazakhstan.txt", "feed.jsonl:3", "https://example.org/news/deserter-asylum", "https://example.com/world/finland-border", "https://example.net/serbia"} {
		if !ids[id] {
			t.Errorf("article %q not loaded (have %v)", id, ids)
		}
	}

	// Same files again: nothing changes.
	again, err := LoadPaths(ctx, store, dir, []string{dir}, LoadOptions{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if again.Unchanged != 7 || again.Added+again.Replaced != 0 || again.Quads != 0 {
		t.Errorf("second load: %+v, want all 7 unchanged", again)
	}
	if st2 := storeStats(t, store); st2.Quads != st.Quads {
		t.Errorf("quads %d after reloading, %d before", st2.Quads, st.Quads)
	}

	// One article edited: it alone is replaced.
	p := filepath.Join(dir, "sub", "kazakhstan.txt")
	if err := os.WriteFile(p, []byte("Kazakhstan said that about 100,000 Russian citizens had stayed in the country. Most of them settled in Almaty.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	edited, err := LoadPaths(ctx, store, dir, []string{dir}, LoadOptions{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if edited.Replaced != 1 || edited.Unchanged != 6 || edited.Added != 0 {
		t.Errorf("after edit: added %d replaced %d unchanged %d", edited.Added, edited.Replaced, edited.Unchanged)
	}
	if h, ok, err := store.ArticleHash(ctx, "sub/kazakhstan.txt"); err != nil || !ok || h == "" {
		t.Errorf("hash of the edited article: %q %v %v", h, ok, err)
	}

	// Deleting an article removes its quads and nothing else.
	before := storeStats(t, store)
	removed, err := store.DeleteArticle(ctx, "sub/kazakhstan.txt")
	if err != nil || removed == 0 {
		t.Fatalf("delete: %d, %v", removed, err)
	}
	after := storeStats(t, store)
	if after.Articles != 6 || after.Quads != before.Quads-int64(removed) {
		t.Errorf("after delete: %d articles, %d quads (before %d, removed %d)", after.Articles, after.Quads, before.Quads, removed)
	}
	// Loading it back adds it again.
	back, err := LoadPaths(ctx, store, dir, []string{p}, LoadOptions{})
	if err != nil || back.Added != 1 {
		t.Errorf("reload after delete: %+v %v", back, err)
	}
}

// fixedExtractor returns hand-made extractions by article id, so that a
// test can check resolution and failure handling whatever the extractor
// currently finds.
func fixedExtractor(byID map[string]extract.Extraction) func(Article) extract.Extraction {
	return func(a Article) extract.Extraction {
		x, ok := byID[a.ID]
		if !ok {
			panic("no extraction for " + a.ID)
		}
		// Copy: resolution changes extractions in place.
		x.Entities = append([]extract.Entity(nil), x.Entities...)
		x.Relations = append([]extract.Relation(nil), x.Relations...)
		return x
	}
}

func TestLoadResolvesShortNamesThroughTheStore(t *testing.T) {
	ctx := context.Background()
	store := openBolt(t)
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	full := "Pavel Sokolov left his unit in October 2022 and crossed into Kazakhstan."
	short := "Sokolov later applied for asylum in France."
	pa, pb := write("full.txt", full), write("short.txt", short)
	ex := fixedExtractor(map[string]extract.Extraction{
		"full.txt": {Entities: []extract.Entity{
			person("person/pavel-sokolov", "Pavel Sokolov"),
			{Key: "country/kz", Name: "Kazakhstan", Type: extract.Country},
		}},
		"short.txt": {
			Entities: []extract.Entity{person("person/sokolov", "Sokolov"), {Key: "country/fr", Name: "France", Type: extract.Country}},
			Relations: []extract.Relation{{S: "Sokolov", P: "sought_asylum_in", O: "France", SKey: "person/sokolov", OKey: "country/fr",
				Evidence: &extract.Evidence{Sentence: short, Start: 0, End: len(short)}}},
		},
	})
	// Two separate loads: the full name is only in the store when the short one comes.
	if _, err := LoadPaths(ctx, store, dir, []string{pa}, LoadOptions{Extract: ex}); err != nil {
		t.Fatal(err)
	}
	sum, err := LoadPaths(ctx, store, dir, []string{pb}, LoadOptions{Extract: ex})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Resolved) != 1 || sum.Resolved[0].To != "person/pavel-sokolov" || sum.Resolved[0].FullName != "Pavel Sokolov" {
		t.Fatalf("resolved %+v", sum.Resolved)
	}
	got, err := store.LookupKey(ctx, "sokolov")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0] != graph.EntityIRI("person/pavel-sokolov") {
		t.Errorf("entities named sokolov: %v", got)
	}
	name, aliases, err := store.Names(ctx, graph.EntityIRI("person/pavel-sokolov"))
	if err != nil || name != "Pavel Sokolov" || len(aliases) != 1 || aliases[0] != "Sokolov" {
		t.Errorf("names %q %v %v", name, aliases, err)
	}
}

func TestLoadSurvivesBadArticles(t *testing.T) {
	ctx := context.Background()
	store := openBolt(t)
	dir := t.TempDir()
	for name, text := range map[string]string{
		"good.txt":  "Norway tightened its rules for Russian visitors in 2022.",
		"crash.txt": "This text makes the extractor fail.",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "folder.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	ex := fixedExtractor(map[string]extract.Extraction{
		"good.txt": {Entities: []extract.Entity{{Key: "country/no", Name: "Norway", Type: extract.Country}}},
	})
	srcs := []Source{
		{Path: filepath.Join(dir, "crash.txt"), Name: "crash.txt", Format: FormatByName("txt")},
		{Path: filepath.Join(dir, "folder.txt"), Name: "folder.txt", Format: FormatByName("txt")},
		{Path: filepath.Join(dir, "good.txt"), Name: "good.txt", Format: FormatByName("txt")},
	}
	sum, err := Load(ctx, store, srcs, LoadOptions{Extract: ex, Workers: 3})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 1 || len(sum.Skipped) != 2 {
		t.Fatalf("summary %+v", sum)
	}
	if !strings.Contains(sum.Skipped[0].Reason, ReasonUnreadable) || !strings.Contains(sum.Skipped[1].Reason, ReasonExtract+": panic") {
		t.Errorf("skipped %v", sum.Skipped)
	}
	if ids, _ := store.Articles(ctx); len(ids) != 1 || ids[0] != "good.txt" {
		t.Errorf("stored articles %v", ids)
	}
}

func TestLoadStdin(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		format, input, id, title string
		skipped                  int
	}{
		{"", "Exiles in Georgia\n\nMany Russians moved to Tbilisi.", "-", "Exiles in Georgia", 0},
		{"md", "# Exiles in Armenia\n\nMany Russians moved to Yerevan.", "-", "Exiles in Armenia", 0},
		{"jsonl", `{"url":"https://example.org/x","title":"Exiles in Serbia","text":"Many Russians moved to Belgrade."}`, "https://example.org/x", "Exiles in Serbia", 0},
		{"pdf", "whatever", "", "", 1},
	}
	for _, tt := range tests {
		store := openBolt(t)
		var seen Article
		ex := func(a Article) extract.Extraction { seen = a; return extract.Extraction{} }
		sum, err := Load(ctx, store, []Source{{Path: Stdin, Name: Stdin}}, LoadOptions{Stdin: strings.NewReader(tt.input), StdinFormat: tt.format, Extract: ex, Workers: 1})
		if err != nil {
			t.Fatalf("%s: %v", tt.format, err)
		}
		if len(sum.Skipped) != tt.skipped {
			t.Errorf("%s: skipped %v", tt.format, sum.Skipped)
		}
		if tt.skipped > 0 {
			continue
		}
		if sum.Added != 1 || seen.ID != tt.id || seen.Title != tt.title || seen.Path != Stdin {
			t.Errorf("%s: summary %+v, article %+v", tt.format, sum, seen)
		}
	}
}
