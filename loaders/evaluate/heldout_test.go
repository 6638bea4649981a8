package evaluate

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"newsgraph/graph"
)

// Our own article sets (testdata/corpus*, annotated by hand in
// testdata/gold*) are checked for consistency with the contract and with
// their articles.

var (
	isoDate    = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
	qualifiers = []string{"more than", "fewer than", "at least", "almost", "about"}
)

func TestHeldOutGoldIsConsistent(t *testing.T) {
	sets := map[string]int{"": 6, "2": 3, "3": 5, "4": 5, "5": 5, "6": 4, "7": 5, "8": 5, "9": 5, "10": 5, "11": 5, "12": 5, "13": 5, "14": 5, "15": 5, "16": 5, "17": 5, "18": 5, "19": 5, "20": 5, "21": 5, "22": 5, "23": 5, "24": 5, "25": 5, "26": 5, "27": 5, "28": 5, "29": 5, "30": 5, "31": 5, "32": 5, "33": 5, "34": 5, "35": 5, "36": 5, "37": 5, "38": 5, "39": 5, "40": 5, "41": 5, "42": 5, "43": 5, "44": 5, "45": 5, "46": 5, "47": 5, "48": 5, "49": 5} // suffix → articles
	for suffix, want := range sets {
		golds, err := filepath.Glob("testdata/gold" + suffix + "/*.json")
		if err != nil {
			t.Fatal(err)
		}
		if len(golds) != want {
			t.Fatalf("want %d gold files in testdata/gold%s, found %d", want, suffix, len(golds))
		}
		for _, path := range golds {
			checkGoldFile(t, path, filepath.Join("testdata/corpus"+suffix, strings.TrimSuffix(filepath.Base(path), ".json")+".txt"))
		}
	}
}

// TestSecondAnnotationsAreConsistent: the second, independent annotations of
// some sets (testdata/secondN, for agreement between annotators, see
// BENCHMARKS.md) hold to the same rules as the gold.
func TestSecondAnnotationsAreConsistent(t *testing.T) {
	dirs, err := filepath.Glob("testdata/second*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no second annotations: %v", err)
	}
	for _, dir := range dirs {
		suffix := strings.TrimPrefix(filepath.Base(dir), "second")
		files, _ := filepath.Glob(dir + "/*.json")
		golds, _ := filepath.Glob("testdata/gold" + suffix + "/*.json")
		if len(files) != len(golds) {
			t.Errorf("%s has %d annotations for the %d articles of corpus%s", dir, len(files), len(golds), suffix)
		}
		for _, path := range files {
			checkGoldFile(t, path, filepath.Join("testdata/corpus"+suffix, strings.TrimSuffix(filepath.Base(path), ".json")+".txt"))
		}
	}
}

func checkGoldFile(t *testing.T, path, article string) {
	t.Run(path, func(t *testing.T) {
		g, err := ReadDocument(path)
		if err != nil {
			t.Fatal(err)
		}
		text, err := os.ReadFile(article)
		if err != nil {
			t.Fatalf("no article for %s: %v", path, err)
		}
		for _, p := range goldProblems(g, strings.ToLower(string(text))) {
			t.Error(p)
		}
	})
}

// goldProblems lists what is inconsistent in a gold document for the article
// whose lower-cased text is given.
func goldProblems(g Document, lowerText string) []string {
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	idx := newGold(g)
	if len(idx.entities) != len(g.Entities) {
		bad("%d entities have a type outside %v", len(g.Entities)-len(idx.entities), Types)
	}
	for _, e := range g.Entities {
		// Every alias is a surface form of the text; the name is too, unless
		// the text only uses aliases (a demonym such as "Soviet" for the
		// Soviet Union).
		for _, a := range e.Aliases {
			if !strings.Contains(lowerText, strings.ToLower(a)) {
				bad("entity %q: alias %q is not in the article", e.Name, a)
			}
		}
		if len(e.Aliases) == 0 && !e.Optional && !strings.Contains(lowerText, strings.ToLower(e.Name)) {
			bad("entity %q is not in the article", e.Name)
		}
	}
	for _, r := range g.Relations {
		if !slices.Contains(graph.Relations, r.P) {
			bad("relation %s %s %s: %q is not in the vocabulary", r.S, r.P, r.O, r.P)
		}
		if idx.resolve(r.S) == none || idx.resolve(r.O) == none {
			bad("relation %s %s %s: an end is not a gold entity", r.S, r.P, r.O)
		}
	}
	for i := range g.Events {
		e := &g.Events[i]
		if !slices.Contains(graph.EventKinds, e.Kind) {
			bad("event %s: kind not in the vocabulary", e)
		}
		for _, f := range Participants {
			if p := e.Participant(f); p != "" && idx.resolve(p) == none {
				bad("event %s: %s %q is not a gold entity", e, f, p)
			}
		}
		if e.Qualifier != "" && !slices.Contains(qualifiers, e.Qualifier) {
			bad("event %s: unknown qualifier", e)
		}
		if e.Date != "" && !isoDate.MatchString(e.Date) {
			bad("event %s: date is not an ISO 8601 prefix", e)
		}
	}
	// Gold scored against itself finds everything it requires and nothing
	// else: no alias is shared by two entities of a type, no relation or
	// event shadows another.
	for _, row := range Score(g, g).Rows() {
		if row.FP != 0 || row.FN != 0 {
			bad("gold against itself: %s %+v", row.Name, row.Counts)
		}
	}
	return out
}

func TestGoldProblemsFindsMistakes(t *testing.T) {
	bad := Document{
		Entities: []Entity{
			{Name: "Narva", Type: "Place"},
			{Name: "Estonia", Type: "Country", Aliases: []string{"Estonian"}},
			{Name: "Narva river", Type: "Place", Aliases: []string{"Narva"}},
			{Name: "Tartu", Type: "Place"},
		},
		Relations: []Relation{{S: "Narva", P: "situated_in", O: "Estonia"}, {S: "Narva", P: "located_in", O: "Baltics"}},
		Events:    []Event{{Kind: "Exodus", Origin: "Tallinn", Qualifier: "roughly", Date: "Sept 2022"}},
	}
	got := strings.Join(goldProblems(bad, "narva is an estonian town."), "\n")
	for _, want := range []string{`"Tartu" is not in the article`, `"situated_in" is not in the vocabulary`,
		"an end is not a gold entity", "kind not in the vocabulary", `origin "Tallinn"`, "unknown qualifier",
		"not an ISO 8601 prefix", "gold against itself: Place"} {
		if !strings.Contains(got, want) {
			t.Errorf("goldProblems missed %q; it found:\n%s", want, got)
		}
	}
}
