package graph

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
)

// Test articles are made up: invented people and units, stated in our own words.

type tEntity struct {
	key, typ, name string
	aliases        []string
}

type tRelation struct{ s, p, o, sentence string }

type tEvent struct {
	kind              string
	origin, dest, src string // entity keys, may be empty
	count             int64
	sentence          string
}

type tArticle struct {
	id, hash, headline string
	entities           []tEntity
	relations          []tRelation
	events             []tEvent
}

// quads turns a test article into the newsgraph model.
func (a tArticle) quads() ArticleQuads {
	art := ArticleIRI(a.id)
	var qs []quad.Quad
	add := func(s quad.Value, p quad.IRI, o quad.Value) {
		qs = append(qs, quad.Quad{Subject: s, Predicate: p, Object: o, Label: art})
	}
	add(art, Type, ClassArticle)
	add(art, ArticleID, quad.String(a.id))
	add(art, Headline, quad.String(a.headline))
	add(art, ContentHash, quad.String(a.hash))
	for _, e := range a.entities {
		iri := EntityIRI(e.key)
		add(art, Mentions, iri)
		add(iri, Type, ClassOf(e.typ))
		add(iri, Name, quad.String(e.name))
		add(iri, Key, quad.String(NameKey(e.name)))
		for _, al := range e.aliases {
			add(iri, AlternateName, quad.String(al))
			add(iri, Key, quad.String(NameKey(al)))
		}
	}
	start := 0
	for _, r := range a.relations {
		s, o, p := EntityIRI(r.s), EntityIRI(r.o), Predicate(r.p)
		add(s, p, o)
		c := HashedIRI("claim", a.id, r.s, r.p, r.o, strconv.Itoa(start))
		add(c, Type, ClassClaim)
		add(c, ClaimSubject, s)
		add(c, ClaimRelation, p)
		add(c, ClaimObject, o)
		add(c, InArticle, art)
		add(c, Sentence, quad.String(r.sentence))
		add(c, Start, quad.Int(start))
		add(c, End, quad.Int(start+len(r.sentence)))
		start += len(r.sentence) + 1
	}
	for i, ev := range a.events {
		e := HashedIRI("event", a.id, strconv.Itoa(i))
		add(e, Type, ClassEvent)
		add(e, Kind, quad.String(ev.kind))
		for role, key := range map[string]string{"origin": ev.origin, "destination": ev.dest, "source": ev.src} {
			if key != "" {
				add(e, Predicate(role), EntityIRI(key))
			}
		}
		if ev.count != 0 {
			add(e, Count, quad.Int(ev.count))
		}
		add(e, InArticle, art)
		add(e, Sentence, quad.String(ev.sentence))
	}
	return ArticleQuads{ID: a.id, Hash: a.hash, Quads: qs}
}

var (
	entRussia  = tEntity{"country/ru", "Country", "Russia", []string{"Russian"}}
	entNorway  = tEntity{"country/no", "Country", "Norway", []string{"Norwegian"}}
	entKazakh  = tEntity{"country/kz", "Country", "Kazakhstan", nil}
	entPilot   = tEntity{"person/arvo-tamm", "Person", "Arvo Tamm", []string{"Tamm"}}
	entUnit    = tEntity{"org/kestrel-battalion", "Organization", "Kestrel Battalion", nil}
	entHelpers = tEntity{"org/open-road-network", "Organization", "Open Road Network", []string{"ORN"}}
	entTown    = tEntity{"place/lumivaara", "Place", "Lumivaara", nil}
)

// articleOne: a made-up desertion story.
var articleOne = tArticle{
	id: "news/one.txt", hash: "h1", headline: "Pilot leaves unit and crosses into Norway",
	entities: []tEntity{entRussia, entNorway, entPilot, entUnit, entTown},
	relations: []tRelation{
		{"person/arvo-tamm", "deserted_from", "org/kestrel-battalion", "Arvo Tamm walked away from the Kestrel Battalion in spring."},
		{"person/arvo-tamm", "fled_to", "country/no", "He reached Norway two weeks later."},
		{"place/lumivaara", "located_in", "country/no", "Lumivaara, a Norwegian border village, took him in."},
	},
	events: []tEvent{
		{kind: "Desertion", origin: "country/ru", sentence: "Arvo Tamm walked away from the Kestrel Battalion in spring."},
		{kind: "AsylumApplication", dest: "country/no", sentence: "Tamm applied for protection in Norway."},
	},
}

// articleOneV2 is a shorter rewrite of articleOne: fewer quads, so the
// article label's reference count goes down on replacement.
var articleOneV2 = tArticle{
	id: "news/one.txt", hash: "h2", headline: "Pilot leaves unit and crosses into Norway",
	entities: []tEntity{entRussia, entNorway, entPilot},
	relations: []tRelation{
		{"person/arvo-tamm", "fled_to", "country/no", "He reached Norway two weeks later."},
	},
	events: []tEvent{
		{kind: "Emigration", origin: "country/ru", count: 1200, src: "", sentence: "About 1,200 people left in a month."},
	},
}

// articleTwo shares Russia and Norway with articleOne.
var articleTwo = tArticle{
	id: "https://example.org/news/two", hash: "h3", headline: "Volunteers help people cross the northern border",
	entities: []tEntity{entRussia, entNorway, entKazakh, entHelpers},
	relations: []tRelation{
		{"org/open-road-network", "based_in", "country/no", "The Open Road Network works out of Norway."},
		{"country/ru", "borders", "country/kz", "Russia shares a long land border with Kazakhstan."},
	},
	events: []tEvent{
		{kind: "Emigration", origin: "country/ru", dest: "country/kz", count: 5000, src: "org/open-road-network", sentence: "The group says 5,000 people went south."},
	},
}

// allQuads returns the stored quads as sorted N-Quads lines.
func allQuads(t testing.TB, s *Store) []string {
	t.Helper()
	var qs quadSink
	if _, err := s.Export(context.Background(), &qs); err != nil {
		t.Fatalf("export: %v", err)
	}
	out := make([]string, 0, len(qs))
	for _, q := range qs {
		if !q.IsValid() || q.Label == nil {
			t.Errorf("stored quad with a missing part: %s", showQuad(q))
		}
		out = append(out, q.NQuad())
	}
	sort.Strings(out)
	return out
}

// labelled returns the stored quads carrying the article's label.
func labelled(t testing.TB, s *Store, id string) []string {
	t.Helper()
	want := ArticleIRI(id).String()
	var out []string
	for _, l := range allQuads(t, s) {
		if len(l) > len(want)+2 && l[len(l)-len(want)-2:len(l)-2] == want {
			out = append(out, l)
		}
	}
	return out
}

func nquadLines(a ArticleQuads) []string {
	q, err := a.prepare()
	if err != nil {
		panic(err)
	}
	var out []string
	for _, x := range q {
		out = append(out, x.NQuad())
	}
	sort.Strings(out)
	return out
}

func mustWrite(t testing.TB, s *Store, a ArticleQuads, want WriteOutcome) {
	t.Helper()
	got, err := s.WriteArticle(context.Background(), a)
	if err != nil {
		t.Fatalf("write %s: %v", a.ID, err)
	}
	if got != want {
		t.Fatalf("write %s: outcome %v, want %v", a.ID, got, want)
	}
}

// quadSink collects written quads.
type quadSink []quad.Quad

func (s *quadSink) WriteQuad(q quad.Quad) error { *s = append(*s, q); return nil }
func (s *quadSink) WriteQuads(qs []quad.Quad) (int, error) {
	*s = append(*s, qs...)
	return len(qs), nil
}

// sameLines reports the lines missing from got and the extra ones, or "".
func sameLines(got, want []string) string {
	g, w := map[string]bool{}, map[string]bool{}
	for _, l := range got {
		g[l] = true
	}
	for _, l := range want {
		w[l] = true
	}
	var out []string
	for _, l := range want {
		if !g[l] {
			out = append(out, "missing: "+l)
		}
	}
	for _, l := range got {
		if !w[l] {
			out = append(out, "extra:   "+l)
		}
	}
	if len(out) == 0 && len(got) != len(want) {
		out = append(out, fmt.Sprintf("%d lines, want %d", len(got), len(want)))
	}
	return strings.Join(out, "\n")
}
