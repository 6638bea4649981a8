package facts

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// The embedded data must load, and every pattern must get a literal
// prefilter or be deliberately unfiltered.
func TestCuesLoad(t *testing.T) {
	c, err := loadCues()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.relations) == 0 || len(c.events) == 0 || len(c.sources) == 0 || len(c.borders) == 0 {
		t.Fatalf("cue data incomplete: %d relation rules, %d event cues, %d source patterns, %d border patterns",
			len(c.relations), len(c.events), len(c.sources), len(c.borders))
	}
	for _, r := range c.relations {
		t.Logf("%-16s need=%q", r.P, r.pat.need)
	}
	for _, e := range c.events {
		t.Logf("%-16s need=%q", e.kind, e.pat.need)
	}
}

func TestCompileErrors(t *testing.T) {
	for _, tc := range []struct{ name, yaml string }{
		{"bad yaml", "lists: [unclosed"},
		{"unknown list", "relations:\n  - {p: founded, re: '{list:nope}'}\n"},
		{"unknown macro", "relations:\n  - {p: founded, re: '{XYZ}'}\n"},
		{"bad regexp", "relations:\n  - {p: founded, re: '(unclosed'}\n"},
		{"no predicate", "relations:\n  - {re: 'abc'}\n"},
		{"unknown kind", "events:\n  Picnic: ['abc']\n"},
	} {
		if _, err := compileCues([]byte(tc.yaml)); err == nil {
			t.Errorf("%s: compiled without error", tc.name)
		}
	}
}

// The prefilters and the anchored search must never change what a pattern
// finds: check every pattern on every sentence of the test articles.
func TestPrefiltersAreSafe(t *testing.T) {
	c := mustCues()
	var docs [][]string
	docs = append(docs, benchSentences)
	for _, tc := range []string{
		"Reports say [Russia]'s army lost 300 men; many soldiers deserted and fled to [Norway], while the interior minister of [Finland], [Aino Virtanen], said no.",
		"\"We will not allow [Russian|~Russia] citizens to enter,\" said the spokesman for [Free Passage], [Marta Ilves], on Sept. 3, 2023.",
	} {
		docs = append(docs, []string{tc})
	}
	var views []*view
	for _, sentences := range docs {
		views = append(views, newView(testDoc(t, time.Time{}, append(benchEnts, "Aino Virtanen|Person"), sentences...)))
	}
	for _, doc := range goldenDocs(t) { // every article of the repo
		views = append(views, newView(doc))
	}
	checked := 0
	for _, v := range views {
		for i := range v.sents {
			s := &v.sents[i]
			for _, p := range c.patterns {
				raw := p.re.FindAllStringSubmatchIndex(s.mask, -1)
				var want [][]int // what the pattern finds, list checks included
				for _, m := range raw {
					if m = p.withBefore(s.mask, m); m != nil && p.valid(s.mask, m) {
						want = append(want, m)
					}
				}
				if len(want) > 0 && s.possible[p.needID] < 0 {
					t.Errorf("prefilter of %q rejects %q, which it matches", p.re, s.mask)
				}
				if p.anchored != nil && s.possible[p.needID] >= 0 {
					got := p.findAt(s)
					want := raw
					if fmt.Sprint(got) != fmt.Sprint(want) {
						t.Errorf("anchored search of %q on %q: %v, want %v", p.re, s.mask, got, want)
					}
					checked++
				}
			}
		}
	}
	if checked == 0 {
		t.Error("no anchored pattern was exercised")
	}
}

// Every event kind has its cues, its fields and a slot reader.
func TestEventKindsComplete(t *testing.T) {
	c := mustCues()
	cued := map[string]bool{}
	for _, e := range c.events {
		cued[e.kind] = true
	}
	for _, k := range eventKinds {
		if !cued[k] || kindFields[k] == "" || slotReaders[k] == nil {
			t.Errorf("%s: cues %v, fields %q, reader %v", k, cued[k], kindFields[k], slotReaders[k] != nil)
		}
	}
}

// A gap may cross text and mentions of places, countries and bodies, but
// not another person's mention nor the end of a clause.
func TestGapExcludesPersons(t *testing.T) {
	// the embedded cues with the rule under test first among the relations
	data := strings.Replace(string(cuesYAML), "\nrelations:\n", "\nrelations:\n  - {p: fled_to, re: '{P:s}{GAP}{0,100}? fled to {C:o}'}\n", 1)
	c, err := compileCues([]byte(data))
	if err != nil {
		t.Fatal(err)
	}
	re := c.relations[0].pat.re
	for _, tc := range []struct {
		mask, subject string // the person the match starts from, "" for none
	}{
		{"@P0@, who served in @O1@ near @L2@ with @C3@ troops, fled to @C4@", "@P0@"},
		{"@P0@ said @P1@ fled to @C2@", "@P1@"},
		{"@P0@ stayed; his brother fled to @C1@", ""},
		{"@P0@ (an engineer from ekaterinburg) fled to @C1@", "@P0@"},
	} {
		got := ""
		if m := re.FindStringSubmatchIndex(tc.mask); m != nil {
			i := re.SubexpIndex("s")
			got = tc.mask[m[2*i]:m[2*i+1]]
		}
		if got != tc.subject {
			t.Errorf("%q: subject %q, want %q", tc.mask, got, tc.subject)
		}
	}
}
