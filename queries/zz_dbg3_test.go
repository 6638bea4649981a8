package queries

import (
	"context"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"newsgraph/graph"
)

func TestDebugScan(t *testing.T) {
	ctx := context.Background()
	st, _ := openSynth(t, benchQuads(t))
	r := newReader(ctx, st)
	t.Logf("prefix %+v", r.prefix)
	for _, key := range []string{"place/l004111", "person/p001470", "country/c02"} {
		n := r.ref(graph.EntityIRI(key))
		for _, pn := range []string{"fled_to", "citizen_of", "located_in"} {
			p := r.ref(graph.Predicate(pn))
			for _, d := range []quad.Direction{quad.Subject, quad.Object} {
				a, b := 0, 0
				r.scan(d, n, p, func(q cgraph.Ref) bool { a++; return true })
				it := r.qs.QuadIterator(d, n)
				for it.Next(ctx) {
					if sameRef(r.qs.QuadDirection(it.Result(), quad.Predicate), p) {
						b++
					}
				}
				it.Close()
				t.Log(key, pn, d, a, b)
			}
		}
	}
}
