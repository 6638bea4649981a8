package loaders

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"newsgraph/graph"
	"newsgraph/loaders/extract"
)

// sampleArticle is a short article of our own with a hand-made extraction
// whose evidence offsets point into its text.
func sampleArticle(t *testing.T) (Article, extract.Extraction) {
	t.Helper()
	s1 := "Pavel Sokolov, a sergeant in the Russian army, deserted in October 2022."
	s2 := "France granted asylum to 1.5 thousand Russians and to Sokolov."
	text := s1 + " " + s2
	ev := func(s string) *extract.Evidence {
		i := strings.Index(text, s)
		if i < 0 {
			t.Fatalf("sentence %q not in text", s)
		}
		return &extract.Evidence{Sentence: s, Start: i, End: i + len(s)}
	}
	count := func(f float64) *float64 { return &f }
	a := Article{
		ID: "https://example.org/sokolov", Title: "A sergeant deserts", URL: "https://example.org/sokolov",
		Published: time.Date(2023, 1, 5, 0, 0, 0, 0, time.UTC), Outlet: "Example Ledger", Byline: "Lena Marsh",
		Text: text, Path: "testdata/sokolov.txt", Format: "txt",
	}
	x := extract.Extraction{
		Entities: []extract.Entity{
			{Key: "person/pavel-sokolov", Name: "Pavel Sokolov", Type: "Person", Aliases: []string{"Sokolov"}},
			{Key: "org/russian-army", Name: "Russian army", Type: "Organization"},
			{Key: "country/ru", Name: "Russia", Type: "Country", Aliases: []string{"Russian", "Russians"}, ISO3166: "RU", Wikidata: "Q159"},
			{Key: "country/fr", Name: "France", Type: "Country", ISO3166: "FR", Wikidata: "Q142"},
			{Key: "thing/x", Name: "Unknown kind", Type: "Gadget"},
		},
		Relations: []extract.Relation{
			{S: "Pavel Sokolov", P: "member_of", O: "Russian army", Role: "sergeant", SKey: "person/pavel-sokolov", OKey: "org/russian-army", Evidence: ev(s1)},
			{S: "Pavel Sokolov", P: "deserted_from", O: "Russian army", SKey: "person/pavel-sokolov", OKey: "org/russian-army", Evidence: ev(s1)},
			{S: "Pavel Sokolov", P: "sought_asylum_in", O: "France", SKey: "person/pavel-sokolov", OKey: "country/fr", Evidence: ev(s2)},
			// Dropped: a predicate outside the vocabulary, an end that is no entity.
			{S: "Pavel Sokolov", P: "likes", O: "France", SKey: "person/pavel-sokolov", OKey: "country/fr", Evidence: ev(s2)},
			{S: "Pavel Sokolov", P: "fled_to", O: "Spain", SKey: "person/pavel-sokolov", OKey: "country/es", Evidence: ev(s2)},
		},
		Events: []extract.Event{
			{Kind: "Desertion", Subject: "Pavel Sokolov", Origin: "Russian army", Date: "2022-10",
				Keys: map[string]string{"subject": "person/pavel-sokolov", "origin": "org/russian-army"}, Evidence: ev(s1)},
			{Kind: "AsylumGrant", Agent: "France", Subject: "Russians", Count: count(1500), Qualifier: "about",
				Keys: map[string]string{"agent": "country/fr", "subject": "country/ru"}, Evidence: ev(s2)},
			{Kind: "AsylumGrant", Agent: "France", Count: count(2.5),
				Keys: map[string]string{"agent": "country/fr"}, Evidence: ev(s2)},
			{Kind: "Picnic", Agent: "France", Keys: map[string]string{"agent": "country/fr"}, Evidence: ev(s2)},
		},
	}
	return a, x
}

// index groups quads by subject and predicate for lookups in tests.
type index map[quad.Value]map[quad.IRI][]quad.Value

func indexQuads(qs []quad.Quad) index {
	ix := index{}
	for _, q := range qs {
		if ix[q.Subject] == nil {
			ix[q.Subject] = map[quad.IRI][]quad.Value{}
		}
		p := q.Predicate.(quad.IRI)
		ix[q.Subject][p] = append(ix[q.Subject][p], q.Object)
	}
	return ix
}

func (ix index) one(t *testing.T, s quad.Value, p quad.IRI) quad.Value {
	t.Helper()
	if vs := ix[s][p]; len(vs) == 1 {
		return vs[0]
	}
	t.Errorf("%v %v: %v, want exactly one value", s, p, ix[s][p])
	return nil
}

func TestToQuadsTraceable(t *testing.T) {
	a, x := sampleArticle(t)
	aq := ToQuads(a, x)
	art := graph.ArticleIRI(a.ID)
	if aq.ID != a.ID || aq.Hash != ContentHash(a) || len(aq.Quads) == 0 {
		t.Fatalf("ArticleQuads id %q hash %q, %d quads", aq.ID, aq.Hash, len(aq.Quads))
	}
	for _, q := range aq.Quads {
		if q.Label != art {
			t.Errorf("quad %v lacks the article label", q)
		}
		if !q.IsValid() {
			t.Errorf("invalid quad %v", q)
		}
	}
	ix := indexQuads(aq.Quads)

	// Every claim names its article and a sentence that is really at its offsets.
	claims := 0
	for s, ps := range ix {
		kinds := ps[graph.Type]
		if len(kinds) == 0 || (kinds[0] != graph.ClassClaim && kinds[0] != graph.ClassEvent) {
			continue
		}
		if kinds[0] == graph.ClassClaim {
			claims++
		}
		if ix.one(t, s, graph.InArticle) != art {
			t.Errorf("%v is not tied to its article", s)
		}
		sent := string(ix.one(t, s, graph.Sentence).(quad.String))
		start := int(ix.one(t, s, graph.Start).(quad.Int))
		end := int(ix.one(t, s, graph.End).(quad.Int))
		if a.Text[start:end] != sent {
			t.Errorf("%v: text[%d:%d] = %q, sentence %q", s, start, end, a.Text[start:end], sent)
		}
	}
	if claims != 3 {
		t.Errorf("%d claims, want 3 (two relations of the extraction are invalid)", claims)
	}

	// The direct relation quads exist, and each has a claim saying the same.
	for _, r := range x.Relations[:3] {
		s, p, o := graph.EntityIRI(r.SKey), graph.Predicate(r.P), graph.EntityIRI(r.OKey)
		if !reflect.DeepEqual(ix[s][p], []quad.Value{o}) {
			t.Errorf("direct quad %v %v %v missing: %v", s, p, o, ix[s][p])
		}
		c := graph.HashedIRI("claim", a.ID, r.SKey, r.P, r.OKey, strconv.Itoa(r.Evidence.Start))
		if ix.one(t, c, graph.ClaimSubject) != s || ix.one(t, c, graph.ClaimRelation) != p || ix.one(t, c, graph.ClaimObject) != o {
			t.Errorf("claim %v does not restate %s", c, r.P)
		}
	}
	if c := graph.HashedIRI("claim", a.ID, "person/pavel-sokolov", "member_of", "org/russian-army", strconv.Itoa(x.Relations[0].Evidence.Start)); ix.one(t, c, graph.Role) != quad.String("sergeant") {
		t.Errorf("role missing on member_of claim")
	}
	if ix[graph.EntityIRI("person/pavel-sokolov")][graph.Predicate("likes")] != nil {
		t.Error("relation outside the vocabulary was written")
	}

	// Events: participants, counts as int or float, qualifier, date.
	e0, e1, e2 := graph.HashedIRI("event", a.ID, "0"), graph.HashedIRI("event", a.ID, "1"), graph.HashedIRI("event", a.ID, "2")
	checks := []struct {
		s    quad.Value
		p    quad.IRI
		want quad.Value
	}{
		{e0, graph.Type, graph.ClassEvent},
		{e0, graph.Kind, quad.String("Desertion")},
		{e0, graph.Predicate("subject"), graph.EntityIRI("person/pavel-sokolov")},
		{e0, graph.Predicate("origin"), graph.EntityIRI("org/russian-army")},
		{e0, graph.Date, quad.String("2022-10")},
		{e1, graph.Predicate("agent"), graph.EntityIRI("country/fr")},
		{e1, graph.Count, quad.Int(1500)},
		{e1, graph.Qualifier, quad.String("about")},
		{e2, graph.Count, quad.Float(2.5)},
		// Entities.
		{graph.EntityIRI("country/ru"), graph.Type, graph.ClassCountry},
		{graph.EntityIRI("country/ru"), graph.Name, quad.String("Russia")},
		{graph.EntityIRI("country/ru"), graph.ISO3166, quad.String("RU")},
		{graph.EntityIRI("country/ru"), graph.Wikidata, quad.String("Q159")},
		// Article.
		{art, graph.Type, graph.ClassArticle},
		{art, graph.ArticleID, quad.String(a.ID)},
		{art, graph.Headline, quad.String("A sergeant deserts")},
		{art, graph.URL, quad.String(a.URL)},
		{art, graph.DatePublished, quad.Time(a.Published)},
		{art, graph.Outlet, quad.String("Example Ledger")},
		{art, graph.Author, quad.String("Lena Marsh")},
		{art, graph.ContentHash, quad.String(aq.Hash)},
		{art, graph.SourcePath, quad.String("testdata/sokolov.txt")},
	}
	for _, c := range checks {
		if got := ix.one(t, c.s, c.p); got != c.want {
			t.Errorf("%v %v = %#v, want %#v", c.s, c.p, got, c.want)
		}
	}
	if ix[graph.HashedIRI("event", a.ID, "3")] != nil {
		t.Error("event of an unknown kind was written")
	}
	if got := ix[graph.EntityIRI("country/ru")][graph.AlternateName]; len(got) != 2 {
		t.Errorf("aliases of Russia: %v", got)
	}
	if got := ix[graph.EntityIRI("country/ru")][graph.Key]; !reflect.DeepEqual(got, []quad.Value{quad.String("russia"), quad.String("russian"), quad.String("russians")}) {
		t.Errorf("keys of Russia: %v", got)
	}
	if got := ix[art][graph.Mentions]; len(got) != 4 {
		t.Errorf("article mentions %v, want the 4 typed entities", got)
	}
}

func TestToQuadsDeterministic(t *testing.T) {
	a, x := sampleArticle(t)
	first := ToQuads(a, x)
	for i := 0; i < 5; i++ {
		a2, x2 := sampleArticle(t)
		if got := ToQuads(a2, x2); !reflect.DeepEqual(got, first) {
			t.Fatalf("run %d differs", i)
		}
	}
	a.Text += " More."
	if ToQuads(a, x).Hash == first.Hash {
		t.Error("changed text kept the hash")
	}
}

func TestToQuadsCyrillicKeys(t *testing.T) {
	a := Article{ID: "ru.txt", Text: "Путин выступил."}
	x := extract.Extraction{Entities: []extract.Entity{{Key: "person/putin", Name: "Путин", Type: "Person"}}}
	ix := indexQuads(ToQuads(a, x).Quads)
	got := ix[graph.EntityIRI("person/putin")][graph.Key]
	if !reflect.DeepEqual(got, []quad.Value{quad.String("путин"), quad.String("putin")}) {
		t.Errorf("keys %v, want the Cyrillic and the transliterated key", got)
	}
}

func TestSafeKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"person/vladimir-putin", "person/vladimir-putin"},
		{"person/dmitri volkov", "person/dmitri-volkov"},
		{"person/jonas berg\nfinland", "person/jonas-berg-finland"},
		{" org/<the> \"kremlin\" ", "org/the-kremlin"},
		{"place/a{b}|c^d`e\\f", "place/abcdef"},
	}
	for _, tt := range tests {
		if got := safeKey(tt.in); got != tt.want {
			t.Errorf("safeKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if again := safeKey(safeKey(tt.in)); again != tt.want {
			t.Errorf("safeKey not idempotent on %q: %q", tt.in, again)
		}
	}
	// A relation between entities with unsafe keys still lands, on safe IRIs.
	x := extract.Extraction{
		Entities:  []extract.Entity{{Key: "person/jonas berg", Name: "Jonas Berg", Type: "Person"}, {Key: "country/fi", Name: "Finland", Type: "Country"}},
		Relations: []extract.Relation{{P: "citizen_of", SKey: "person/jonas berg", OKey: "country/fi"}},
	}
	ix := indexQuads(ToQuads(Article{ID: "a"}, x).Quads)
	if got := ix[graph.EntityIRI("person/jonas-berg")][graph.Predicate("citizen_of")]; len(got) != 1 {
		t.Errorf("relation on the safe IRI: %v", got)
	}
}
