package queries

import (
	"context"
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/cayleygraph/quad"

	"newsgraph/graph"
)

// cayleyFixture is a small graph of invented people and units, written to
// a real bolt file through the Store API: person/p<i> is named "Person <i>"
// and belongs to org/unit-<i%units>; each entity is reported (mentioned,
// and its quads labelled) by article "report-<i%articles>".
type cayleyFixture struct {
	people, units, articles int
}

func (f cayleyFixture) person(i int) quad.IRI { return graph.EntityIRI(fmt.Sprintf("person/p%d", i)) }
func (f cayleyFixture) unit(i int) quad.IRI   { return graph.EntityIRI(fmt.Sprintf("org/unit-%d", i)) }

func (f cayleyFixture) articleQuads() []graph.ArticleQuads {
	arts := make([]graph.ArticleQuads, f.articles)
	for a := range arts {
		id := fmt.Sprintf("report-%d", a)
		label := graph.ArticleIRI(id)
		hash := fmt.Sprintf("hash-%d", a)
		arts[a] = graph.ArticleQuads{ID: id, Hash: hash, Quads: []quad.Quad{
			quad.Make(label, graph.Type, graph.ClassArticle, label),
			quad.Make(label, graph.ArticleID, quad.String(id), label),
			quad.Make(label, graph.ContentHash, quad.String(hash), label),
		}}
	}
	add := func(i int, qs ...quad.Quad) {
		a := &arts[i%f.articles]
		for _, q := range qs {
			q.Label = graph.ArticleIRI(a.ID)
			a.Quads = append(a.Quads, q)
		}
	}
	for i := 0; i < f.units; i++ {
		add(i,
			quad.Make(graph.ArticleIRI(arts[i%f.articles].ID), graph.Mentions, f.unit(i), nil),
			quad.Make(f.unit(i), graph.Type, graph.ClassOrganization, nil),
			quad.Make(f.unit(i), graph.Name, quad.String(fmt.Sprintf("Unit %d", i)), nil))
	}
	for i := 0; i < f.people; i++ {
		add(i,
			quad.Make(graph.ArticleIRI(arts[i%f.articles].ID), graph.Mentions, f.person(i), nil),
			quad.Make(f.person(i), graph.Type, graph.ClassPerson, nil),
			quad.Make(f.person(i), graph.Name, quad.String(fmt.Sprintf("Person %d", i)), nil),
			quad.Make(f.person(i), graph.Predicate("member_of"), f.unit(i%f.units), nil))
	}
	return arts
}

// quads is every quad the fixture stores.
func (f cayleyFixture) quads() []quad.Quad {
	var out []quad.Quad
	for _, a := range f.articleQuads() {
		out = append(out, a.Quads...)
	}
	return out
}

// openFixtureStore opens a bolt store in a temporary directory filled with f.
func openFixtureStore(tb testing.TB, f cayleyFixture) *graph.Store {
	tb.Helper()
	st, err := graph.Open("bolt", filepath.Join(tb.TempDir(), "test.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	for _, a := range f.articleQuads() {
		if out, err := st.WriteArticle(context.Background(), a); err != nil || out != graph.Added {
			tb.Fatalf("write %s: %v %v", a.ID, out, err)
		}
	}
	return st
}

// startCayleyServer serves st through a real listener on 127.0.0.1.
func startCayleyServer(tb testing.TB, st *graph.Store, opts ServerOptions) *httptest.Server {
	tb.Helper()
	srv := httptest.NewServer(NewServer(st, opts))
	tb.Cleanup(srv.Close)
	return srv
}
