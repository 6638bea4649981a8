package facts_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"newsgraph/loaders"
	"newsgraph/loaders/extract"
	"newsgraph/loaders/facts"
)

// The golden check pins what facts.Read makes of every article in the repo.
// It reads a stored, analysed Doc rather than analysing the text again, so
// that work on entity recognition (package extract) cannot move it: only a
// change in this package can. Regenerate (after a deliberate change of
// output) with
//
//	go test ./loaders/facts -run Golden -update
//
// -golden.src and -golden.dir point it at other articles and another
// directory (to compare a corpus outside the repo before and after a change).
var (
	update      = flag.Bool("update", false, "analyse the source articles again and rewrite the golden files")
	updateFacts = flag.Bool("update.facts", false, "rewrite only the facts golden files, from the stored docs (when the fact rules changed)")
	goldenSrc   = flag.String("golden.src", "", "comma-separated article directories (default: the repo's example and test corpora)")
	goldenDir   = flag.String("golden.dir", filepath.Join("testdata", "golden"), "directory of the golden files")
)

// repoCorpora are the article directories of the repo, relative to this package.
var repoCorpora = []string{
	"../../examples/articles",
	"../evaluate/testdata/corpus",
	"../evaluate/testdata/corpus2",
	"../evaluate/testdata/corpus3",
	"../evaluate/testdata/corpus4",
	"../testdata/corpus",
}

// otherPublished is the second publication date each article is read
// against (the first is its own, often none), so both ways of resolving
// dates stay pinned.
var otherPublished = time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)

// goldenRun is facts.Read's output for one publication date.
type goldenRun struct {
	Published time.Time          `json:"published"`
	Relations []extract.Relation `json:"relations"`
	Events    []extract.Event    `json:"events"`
}

func TestGolden(t *testing.T) {
	dir := *goldenDir
	if *update {
		writeGoldenDocs(t, dir)
	}
	docs, err := filepath.Glob(filepath.Join(dir, "*.doc.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) == 0 {
		t.Fatalf("no golden docs in %s: run with -update", dir)
	}
	for _, docPath := range docs {
		name := strings.TrimSuffix(filepath.Base(docPath), ".doc.json")
		t.Run(name, func(t *testing.T) {
			doc := readGoldenDoc(t, docPath)
			got := goldenFacts(t, doc)
			factsPath := filepath.Join(dir, name+".facts.json")
			if *update || *updateFacts {
				if err := os.WriteFile(factsPath, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(factsPath)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("facts of %s differ from %s: %s", docPath, factsPath, firstDiff(want, got))
			}
		})
	}
	if !*update && !*updateFacts && *goldenSrc == "" {
		// every article of the repo has its golden files
		for _, name := range sourceNames(t) {
			if _, err := os.Stat(filepath.Join(dir, name+".doc.json")); err != nil {
				t.Errorf("article %s has no golden doc (run with -update): %v", name, err)
			}
		}
	}
}

// goldenFacts runs facts.Read on doc as stored and against otherPublished
// (or, when the doc has a date, without one).
func goldenFacts(t *testing.T, doc *extract.Doc) []byte {
	t.Helper()
	var runs []goldenRun
	for _, pub := range []time.Time{doc.Published, otherPublished} {
		if runs != nil && doc.Published.Equal(pub) {
			pub = time.Time{}
		}
		d := *doc
		d.Published = pub
		rels, evs := facts.Read(&d)
		runs = append(runs, goldenRun{Published: pub, Relations: rels, Events: evs})
	}
	b, err := json.MarshalIndent(runs, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}

func readGoldenDoc(t *testing.T, path string) *extract.Doc {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc extract.Doc
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return &doc
}

// goldenArticle is one article of the sources with the name of its golden files.
type goldenArticle struct {
	name string
	art  loaders.Article
}

func sourceDirs() []string {
	if *goldenSrc != "" {
		return strings.Split(*goldenSrc, ",")
	}
	return repoCorpora
}

var unsafeName = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

// sourceArticles reads every article of the source directories.
func sourceArticles(t *testing.T) []goldenArticle {
	t.Helper()
	var out []goldenArticle
	for _, dir := range sourceDirs() {
		prefix := unsafeName.ReplaceAllString(strings.Trim(filepath.ToSlash(filepath.Clean(dir)), "./"), "-")
		srcs, _ := loaders.Walk(dir, []string{dir})
		for _, src := range srcs {
			arts, _ := loaders.ReadSource(src, nil, nil)
			for i, a := range arts {
				name := prefix + "--" + unsafeName.ReplaceAllString(src.Name, "-")
				if len(arts) > 1 {
					name += fmt.Sprintf("--%d", i+1)
				}
				out = append(out, goldenArticle{name: name, art: a})
			}
		}
	}
	return out
}

func sourceNames(t *testing.T) []string {
	var names []string
	for _, a := range sourceArticles(t) {
		names = append(names, a.name)
	}
	if len(names) == 0 {
		t.Fatal("no source articles found")
	}
	return names
}

// writeGoldenDocs analyses every source article and stores its Doc. Tokens
// are left out: package facts does not read them.
func writeGoldenDocs(t *testing.T, dir string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	old, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	for _, p := range old {
		if err := os.Remove(p); err != nil {
			t.Fatal(err)
		}
	}
	for _, a := range sourceArticles(t) {
		doc := extract.Analyze(a.art.Text, a.art.Published)
		fresh := goldenFacts(t, doc)
		for i := range doc.Sentences {
			doc.Sentences[i].Tokens = nil
		}
		b, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, a.name+".doc.json")
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		// the stored form must read the same as the fresh analysis
		if stored := goldenFacts(t, readGoldenDoc(t, path)); !bytes.Equal(stored, fresh) {
			t.Fatalf("%s: facts of the stored doc differ from the fresh one: %s", path, firstDiff(fresh, stored))
		}
	}
}

// firstDiff describes the first line where got leaves want.
func firstDiff(want, got []byte) string {
	w, g := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d: want %q, got %q", i+1, wl, gl)
		}
	}
	return "no line differs"
}
