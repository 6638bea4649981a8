package extract

import (
	"sort"
	"strings"
	"testing"
	"time"
)

// entity finds the entity of a type whose name or alias is name.
func entity(doc *Doc, typ, name string) (Entity, bool) {
	for _, e := range doc.Entities {
		if e.Type != typ {
			continue
		}
		if e.Name == name {
			return e, true
		}
		for _, a := range e.Aliases {
			if a == name {
				return e, true
			}
		}
	}
	return Entity{}, false
}

// summary lists a doc's entities as "Type:Name" in text order, for failure
// messages.
func summary(doc *Doc) string {
	var out []string
	for _, e := range doc.Entities {
		s := e.Type + ":" + e.Name
		if len(e.Aliases) > 0 {
			s += "=" + strings.Join(e.Aliases, "|")
		}
		out = append(out, s)
	}
	return strings.Join(out, "; ")
}

// expect is one row of the recogniser tables: in text, the entity of type
// typ named name (or, with absent, no such entity).
type expect struct {
	typ, name string
	key       string // checked when set
	alias     string // an alias it must carry, when set
	absent    bool
	exact     bool // name is the entity's name, not only one of its forms
}

func runTable(t *testing.T, cases []struct {
	text string
	want []expect
}) {
	t.Helper()
	for _, c := range cases {
		doc := Analyze(c.text, time.Time{})
		for _, w := range c.want {
			e, ok := entity(doc, w.typ, w.name)
			switch {
			case w.absent && ok:
				t.Errorf("%q: unexpected %s %q\n  got %s", c.text, w.typ, w.name, summary(doc))
			case !w.absent && !ok:
				t.Errorf("%q: missing %s %q\n  got %s", c.text, w.typ, w.name, summary(doc))
			case !w.absent && w.exact && e.Name != w.name:
				t.Errorf("%q: %s %q is named %q", c.text, w.typ, w.name, e.Name)
			case !w.absent && w.key != "" && e.Key != w.key:
				t.Errorf("%q: %s key %q, want %q", c.text, w.name, e.Key, w.key)
			case !w.absent && w.alias != "" && !hasString(e.Aliases, w.alias) && e.Name != w.alias:
				t.Errorf("%q: %s aliases %v lack %q", c.text, w.name, e.Aliases, w.alias)
			}
		}
		checkInvariants(t, doc)
	}
}

// checkInvariants asserts what every Doc must hold: offsets that locate
// their text, mentions inside their sentence and pointing at real entities,
// and one entity per key.
func checkInvariants(t *testing.T, doc *Doc) {
	t.Helper()
	keys := map[string]bool{}
	for _, e := range doc.Entities {
		if keys[e.Key] {
			t.Errorf("key %s twice", e.Key)
		}
		keys[e.Key] = true
		if e.Name == "" || e.Key == "" {
			t.Errorf("entity without name or key: %+v", e)
		}
	}
	for _, s := range doc.Sentences {
		if doc.Text[s.Start:s.End] != s.Text {
			t.Errorf("sentence offsets %d-%d do not locate %q", s.Start, s.End, s.Text)
		}
		for _, tk := range s.Tokens {
			if doc.Text[tk.Start:tk.End] != tk.Text || tk.Tag == "" {
				t.Errorf("token %q at %d-%d (tag %q) is off", tk.Text, tk.Start, tk.End, tk.Tag)
			}
		}
		if !sort.SliceIsSorted(s.Mentions, func(i, j int) bool { return s.Mentions[i].Start < s.Mentions[j].Start }) {
			t.Errorf("mentions of %q out of order", s.Text)
		}
		for _, m := range s.Mentions {
			if m.Start < s.Start || m.End > s.End || doc.Text[m.Start:m.End] != m.Text {
				t.Errorf("mention %q at %d-%d outside its sentence %q", m.Text, m.Start, m.End, s.Text)
			}
			if m.Entity < 0 || m.Entity >= len(doc.Entities) {
				t.Errorf("mention %q points at entity %d of %d", m.Text, m.Entity, len(doc.Entities))
			}
		}
	}
}
