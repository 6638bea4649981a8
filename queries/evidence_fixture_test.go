package queries

import (
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"newsgraph/graph"
)

// fxEntity is an entity as a test article names it.
type fxEntity struct {
	Key, Name, Type string
	Aliases         []string
	ISO, Wikidata   string
}

// fxArticle builds one article's quads in the graph model: entities with
// their names and keys, relations with claim nodes, events, and the
// evidence sentences, whose offsets are their place in the article text.
type fxArticle struct {
	id    string
	label quad.IRI
	text  strings.Builder
	quads []quad.Quad
	known map[string]bool
	nev   int
}

func newFxArticle(id, title, published, outlet string) *fxArticle {
	a := &fxArticle{id: id, label: graph.ArticleIRI(id), known: map[string]bool{}}
	a.add(a.label, graph.Type, graph.ClassArticle)
	a.add(a.label, graph.ArticleID, quad.String(id))
	a.add(a.label, graph.Headline, quad.String(title))
	a.add(a.label, graph.URL, quad.String("https://news.example/"+id))
	if published != "" {
		t, err := time.Parse("2006-01-02", published)
		if err != nil {
			panic(err)
		}
		a.add(a.label, graph.DatePublished, quad.Time(t))
	}
	if outlet != "" {
		a.add(a.label, graph.Outlet, quad.String(outlet))
	}
	return a
}

func (a *fxArticle) add(s quad.Value, p quad.IRI, o quad.Value) {
	a.quads = append(a.quads, quad.Quad{Subject: s, Predicate: p, Object: o, Label: a.label})
}

// entities adds the entities the article names.
func (a *fxArticle) entities(es ...fxEntity) *fxArticle {
	for _, e := range es {
		n := graph.EntityIRI(e.Key)
		a.known[e.Key] = true
		a.add(a.label, graph.Mentions, n)
		a.add(n, graph.Type, graph.ClassOf(e.Type))
		a.add(n, graph.Name, quad.String(e.Name))
		a.add(n, graph.Key, quad.String(graph.NameKey(e.Name)))
		for _, al := range e.Aliases {
			a.add(n, graph.AlternateName, quad.String(al))
			a.add(n, graph.Key, quad.String(graph.NameKey(al)))
		}
		if e.ISO != "" {
			a.add(n, graph.ISO3166, quad.String(e.ISO))
		}
		if e.Wikidata != "" {
			a.add(n, graph.Wikidata, quad.String(e.Wikidata))
		}
	}
	return a
}

// sentence appends a sentence to the article text and returns its offsets.
func (a *fxArticle) sentence(s string) (int, int) {
	if a.text.Len() > 0 {
		a.text.WriteByte(' ')
	}
	start := a.text.Len()
	a.text.WriteString(s)
	return start, a.text.Len()
}

func (a *fxArticle) evidence(n quad.IRI, sentence string) {
	start, end := a.sentence(sentence)
	a.add(n, graph.InArticle, a.label)
	a.add(n, graph.Sentence, quad.String(sentence))
	a.add(n, graph.Start, quad.Int(start))
	a.add(n, graph.End, quad.Int(end))
}

// rel adds "s p o" with its claim; role is optional.
func (a *fxArticle) rel(s, p, o, sentence string, role ...string) *fxArticle {
	if !a.known[s] || !a.known[o] {
		panic("relation between entities the article does not name: " + s + " " + o)
	}
	si, pi, oi := graph.EntityIRI(s), graph.Predicate(p), graph.EntityIRI(o)
	a.add(si, pi, oi)
	c := graph.HashedIRI("claim", a.id, s, p, o, strconv.Itoa(a.text.Len()))
	a.add(c, graph.Type, graph.ClassClaim)
	a.add(c, graph.ClaimSubject, si)
	a.add(c, graph.ClaimRelation, pi)
	a.add(c, graph.ClaimObject, oi)
	if len(role) > 0 {
		a.add(c, graph.Role, quad.String(role[0]))
	}
	a.evidence(c, sentence)
	return a
}

// fxEvent is an event as a test article reports it; Roles maps a role
// ("origin") to an entity key.
type fxEvent struct {
	Kind      string
	Roles     map[string]string
	Count     quad.Value // quad.Int or quad.Float, nil when none
	Qualifier string
	Date      string
	Sentence  string
}

func (a *fxArticle) event(e fxEvent) *fxArticle {
	n := graph.HashedIRI("event", a.id, strconv.Itoa(a.nev))
	a.nev++
	a.add(n, graph.Type, graph.ClassEvent)
	a.add(n, graph.Kind, quad.String(e.Kind))
	for _, role := range graph.EventRoles {
		if k, ok := e.Roles[role]; ok {
			if !a.known[k] {
				panic("event participant the article does not name: " + k)
			}
			a.add(n, graph.Predicate(role), graph.EntityIRI(k))
		}
	}
	if e.Count != nil {
		a.add(n, graph.Count, e.Count)
	}
	if e.Qualifier != "" {
		a.add(n, graph.Qualifier, quad.String(e.Qualifier))
	}
	if e.Date != "" {
		a.add(n, graph.Date, quad.String(e.Date))
	}
	a.evidence(n, e.Sentence)
	return a
}

func (a *fxArticle) articleQuads() graph.ArticleQuads {
	return graph.ArticleQuads{ID: a.id, Hash: strconv.Itoa(len(a.quads)) + "-" + a.id, Quads: a.quads}
}

// openFixture opens a fresh bolt store in t.TempDir() and writes the
// articles through Store.WriteArticle.
func openFixture(t testing.TB, arts ...*fxArticle) *graph.Store {
	t.Helper()
	st, err := graph.Open("bolt", filepath.Join(t.TempDir(), "graph.bolt"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for _, a := range arts {
		if _, err := st.WriteArticle(context.Background(), a.articleQuads()); err != nil {
			t.Fatalf("write %s: %v", a.id, err)
		}
	}
	return st
}
