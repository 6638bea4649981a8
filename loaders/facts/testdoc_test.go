package facts

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"newsgraph/loaders/extract"
	"newsgraph/loaders/gazetteer"
)

// paragraphBreak, given as a sentence of testDoc, ends a paragraph.
const paragraphBreak = "¶"

// ent declares an entity of a test article: "Name|Type" or "Name|Type|ISO".
type ent string

var markRE = regexp.MustCompile(`\[([^\]|]+)(?:\|(~?)([^\]]+))?\]`)

// testDoc builds an extract.Doc from sentences marked up with their
// mentions: "[Estonia]'s interior minister [Kadri Tamm]" or, when the
// surface differs from the name, "[Estonian|~Estonia]" (~: a demonym) and
// "[the army|Russian army]". Every marked entity must be declared. A
// paragraphBreak between sentences starts a new paragraph.
func testDoc(t testing.TB, published time.Time, ents []ent, sentences ...string) *extract.Doc {
	t.Helper()
	doc := &extract.Doc{Published: published}
	index := map[string]int{}
	for _, e := range ents {
		parts := strings.Split(string(e), "|")
		x := extract.Entity{Name: parts[0], Type: parts[1]}
		if len(parts) > 2 {
			x.ISO3166 = parts[2]
		}
		switch x.Type {
		case extract.Country:
			x.Key = "country/" + strings.ToLower(x.ISO3166)
		case extract.Person:
			x.Key = gazetteer.PersonKey(x.Name)
		case extract.Organization:
			x.Key = gazetteer.OrgKey(x.Name)
		default:
			x.Key = gazetteer.PlaceKey(x.Name, x.ISO3166)
		}
		index[x.Name] = len(doc.Entities)
		doc.Entities = append(doc.Entities, x)
	}
	var text strings.Builder
	sep := ""
	for _, marked := range sentences {
		if marked == paragraphBreak {
			sep = "\n\n"
			continue
		}
		text.WriteString(sep)
		sep = " "
		s := extract.Sentence{Start: text.Len()}
		last := 0
		for _, m := range markRE.FindAllStringSubmatchIndex(marked, -1) {
			text.WriteString(marked[last:m[0]])
			surface := marked[m[2]:m[3]]
			name := surface
			demonym := m[4] >= 0 && marked[m[4]:m[5]] == "~"
			if m[6] >= 0 {
				name = marked[m[6]:m[7]]
			}
			ei, ok := index[name]
			if !ok {
				t.Fatalf("test article marks undeclared entity %q", name)
			}
			start := text.Len()
			text.WriteString(surface)
			s.Mentions = append(s.Mentions, extract.Mention{
				Span: extract.Span{Start: start, End: text.Len()}, Text: surface, Entity: ei, Demonym: demonym})
			doc.Entities[ei].Mentions = append(doc.Entities[ei].Mentions, extract.Span{Start: start, End: text.Len()})
			if surface != name && !contains(doc.Entities[ei].Aliases, surface) {
				doc.Entities[ei].Aliases = append(doc.Entities[ei].Aliases, surface)
			}
			last = m[1]
		}
		text.WriteString(marked[last:])
		s.End = text.Len()
		doc.Sentences = append(doc.Sentences, s)
	}
	doc.Text = text.String()
	for i := range doc.Sentences {
		doc.Sentences[i].Text = doc.Text[doc.Sentences[i].Start:doc.Sentences[i].End]
	}
	return doc
}

// relString prints a relation compactly for comparisons.
func relString(r extract.Relation) string { return r.S + " " + r.P + " " + r.O }

// evString prints an event compactly: kind, set participants, count, date.
func evString(e extract.Event) string {
	var b strings.Builder
	b.WriteString(e.Kind)
	for _, p := range e.Participants() {
		b.WriteString(" " + p[0] + "=" + p[1])
	}
	if e.Count != nil {
		b.WriteString(" count=" + strconv.FormatFloat(*e.Count, 'f', -1, 64))
		if e.Qualifier != "" {
			b.WriteString(" (" + e.Qualifier + ")")
		}
	}
	if e.Date != "" {
		b.WriteString(" date=" + e.Date)
	}
	return b.String()
}

// checkFound reports every wanted string missing from got and every
// unwanted one present in it.
func checkFound(t *testing.T, got map[string]bool, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !got[w] {
			t.Errorf("missing %q; got %v", w, got)
		}
	}
	for _, n := range not {
		if got[n] {
			t.Errorf("unexpected %q; got %v", n, got)
		}
	}
}

// relationStrings is the relations of doc as "S p O" strings.
func relationStrings(doc *extract.Doc) map[string]bool {
	got := map[string]bool{}
	for _, r := range Relations(doc) {
		got[relString(r)] = true
	}
	return got
}
