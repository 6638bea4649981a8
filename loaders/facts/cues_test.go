package facts

import "testing"

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
