package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The seed articles the product was designed from, in ../shared.
func TestSeedsExtractToContractJSON(t *testing.T) {
	seeds := sharedDir(t, "corpus/seeds")
	files, _ := filepath.Glob(filepath.Join(seeds, "*.txt"))
	if len(files) == 0 {
		t.Fatal("no seed articles")
	}
	types := map[string]bool{"Person": true, "Country": true, "Place": true, "Organization": true}
	for _, f := range files {
		var doc struct {
			Entities []struct {
				Name, Type string
				Aliases    []string
			}
			Relations []struct{ S, P, O string }
			Events    []struct{ Kind string }
		}
		out := mustRun(t, "extract", "--format", "json", f)
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatalf("%s: not JSON: %v", f, err)
		}
		if len(doc.Entities) == 0 {
			t.Errorf("%s: no entities", f)
		}
		names := map[string]bool{}
		for _, e := range doc.Entities {
			if !types[e.Type] || e.Name == "" {
				t.Errorf("%s: bad entity %+v", f, e)
			}
			names[e.Name] = true
		}
		for _, r := range doc.Relations {
			if !names[r.S] || !names[r.O] {
				t.Errorf("%s: relation %+v names an entity not listed", f, r)
			}
		}
	}
}

func TestSeedsLoadTwiceAndConnect(t *testing.T) {
	seeds := sharedDir(t, "corpus/seeds")
	db := filepath.Join(t.TempDir(), "seeds.db")
	mustRun(t, "--db", db, "load", seeds)
	first := stats(t, db)
	out := mustRun(t, "--db", db, "load", seeds)
	if !strings.Contains(out, "5 unchanged") {
		t.Errorf("second load: %s", out)
	}
	if second := stats(t, db); first["Quads"] != second["Quads"] {
		t.Errorf("quads %v then %v", first["Quads"], second["Quads"])
	}

	// The war's start is given as two different dates inside one seed.
	out = mustRun(t, "--db", db, "conflicts", "--format", "json")
	var cs struct {
		Conflicts []struct {
			Kind  string `json:"kind"`
			Sides []struct {
				Value string `json:"value"`
			} `json:"sides"`
		} `json:"conflicts"`
	}
	if err := json.Unmarshal([]byte(out), &cs); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range cs.Conflicts {
		if c.Kind != "Invasion" {
			continue
		}
		vals := map[string]bool{}
		for _, s := range c.Sides {
			vals[s.Value] = true
		}
		found = found || (vals["2022-02"] && vals["2024-02"])
	}
	if !found {
		t.Errorf("no Invasion conflict between 2022-02 and 2024-02: %s", out)
	}

	// A path from a person of one seed to a country named only in others,
	// through shared nodes, with a sentence for every hop.
	var res struct {
		Paths []struct {
			Hops []struct {
				Evidence []struct {
					Sentence  string `json:"sentence"`
					ArticleID string `json:"article_id"`
				} `json:"evidence"`
			} `json:"hops"`
		} `json:"paths"`
	}
	out = mustRun(t, "--db", db, "path", "Maksim Kuzminov", "Latvia", "--format", "json")
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Paths) == 0 {
		t.Fatalf("no path: %s", out)
	}
	articles := map[string]bool{}
	for _, h := range res.Paths[0].Hops {
		if len(h.Evidence) == 0 || h.Evidence[0].Sentence == "" {
			t.Errorf("a hop without evidence: %s", out)
		}
		for _, e := range h.Evidence {
			articles[e.ArticleID] = true
		}
	}
	if len(articles) < 2 {
		t.Errorf("the path should cross articles: %v", articles)
	}
	_ = os.Remove(db)
}
