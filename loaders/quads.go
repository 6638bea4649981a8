package loaders

import (
	"math"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"newsgraph/graph"
	"newsgraph/loaders/extract"
)

// ToQuads turns one article and its extraction into the quads of the graph
// model, every one labelled with the article's IRI so that the article can
// be replaced or deleted as a unit. Facts that cannot be placed in the graph
// (an unknown predicate or event kind, an end that names no entity of the
// extraction) are left out rather than written half-formed. The same input
// always gives the same quads in the same order.
func ToQuads(a Article, x extract.Extraction) graph.ArticleQuads {
	b := quadBuilder{label: graph.ArticleIRI(a.ID), seen: map[quad.Quad]bool{}}
	art := b.label
	hash := ContentHash(a)

	b.add(art, graph.Type, graph.ClassArticle)
	b.add(art, graph.ArticleID, quad.String(a.ID))
	b.addString(art, graph.Headline, a.Title)
	b.addString(art, graph.URL, a.URL)
	if !a.Published.IsZero() {
		b.add(art, graph.DatePublished, quad.Time(a.Published.UTC()))
	}
	b.addString(art, graph.Outlet, a.Outlet)
	b.addString(art, graph.Author, a.Byline)
	b.add(art, graph.ContentHash, quad.String(hash))
	b.addString(art, graph.SourcePath, a.Path)

	known := map[string]bool{}
	for _, e := range x.Entities {
		class := graph.ClassOf(e.Type)
		if e.Key == "" || class == "" {
			continue
		}
		known[safeKey(e.Key)] = true
		n := entityIRI(e.Key)
		b.add(art, graph.Mentions, n)
		b.add(n, graph.Type, class)
		b.addString(n, graph.Name, e.Name)
		for _, al := range e.Aliases {
			if al != e.Name {
				b.addString(n, graph.AlternateName, al)
			}
		}
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			for _, k := range nameKeys(name) {
				b.add(n, graph.Key, quad.String(k))
			}
		}
		if sur := surnameKey(e); sur != "" {
			b.add(n, graph.Key, quad.String(sur))
		}
		b.addString(n, graph.ISO3166, e.ISO3166)
		b.addString(n, graph.Wikidata, e.Wikidata)
	}

	for _, r := range x.Relations {
		if !relationNames[r.P] || !known[safeKey(r.SKey)] || !known[safeKey(r.OKey)] {
			continue
		}
		s, p, o := entityIRI(r.SKey), graph.Predicate(r.P), entityIRI(r.OKey)
		b.add(s, p, o)
		start := ""
		if r.Evidence != nil {
			start = strconv.Itoa(r.Evidence.Start)
		}
		c := graph.HashedIRI("claim", a.ID, safeKey(r.SKey), r.P, safeKey(r.OKey), start)
		b.add(c, graph.Type, graph.ClassClaim)
		b.add(c, graph.ClaimSubject, s)
		b.add(c, graph.ClaimRelation, p)
		b.add(c, graph.ClaimObject, o)
		b.addString(c, graph.Role, r.Role)
		b.evidence(c, art, r.Evidence)
	}

	for i, e := range x.Events {
		if !eventKinds[e.Kind] {
			continue
		}
		ev := graph.HashedIRI("event", a.ID, strconv.Itoa(i))
		b.add(ev, graph.Type, graph.ClassEvent)
		b.add(ev, graph.Kind, quad.String(e.Kind))
		for _, p := range e.Participants() {
			if k := safeKey(e.Keys[p[0]]); known[k] {
				b.add(ev, graph.Predicate(p[0]), entityIRI(k))
			}
		}
		if e.Count != nil {
			b.add(ev, graph.Count, countValue(*e.Count))
		}
		b.addString(ev, graph.Qualifier, e.Qualifier)
		b.addString(ev, graph.Date, e.Date)
		b.evidence(ev, art, e.Evidence)
	}
	return graph.ArticleQuads{ID: a.ID, Hash: hash, Quads: b.quads}
}

// surnameKey is the last word of a person's full name, as a lookup key:
// a later article that names the person only by surname finds them with
// LookupKey (see ResolvePeople), as do queries by surname. "" for
// one-word names and other entity types.
func surnameKey(e extract.Entity) string {
	if e.Type != extract.Person {
		return ""
	}
	toks := strings.Fields(latinKey(e.Name))
	if len(toks) < 2 {
		return ""
	}
	return toks[len(toks)-1]
}

// countValue is an integer literal for whole counts ("300000") and a float
// otherwise, so that exports read naturally.
func countValue(f float64) quad.Value {
	if f == math.Trunc(f) && math.Abs(f) < 1<<53 {
		return quad.Int(int64(f))
	}
	return quad.Float(f)
}

var relationNames, eventKinds = setOf(graph.Relations), setOf(graph.EventKinds)

func setOf(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, s := range list {
		m[s] = true
	}
	return m
}

// quadBuilder collects an article's quads in order, once each, all labelled.
type quadBuilder struct {
	label quad.IRI
	quads []quad.Quad
	seen  map[quad.Quad]bool
}

func (b *quadBuilder) add(s quad.Value, p quad.IRI, o quad.Value) {
	q := quad.Quad{Subject: s, Predicate: p, Object: o, Label: b.label}
	if b.seen[q] {
		return
	}
	b.seen[q] = true
	b.quads = append(b.quads, q)
}

// addString adds a string literal, nothing when it is empty.
func (b *quadBuilder) addString(s quad.Value, p quad.IRI, o string) {
	if o != "" {
		b.add(s, p, quad.String(o))
	}
}

// evidence ties a claim or event to its article and sentence.
func (b *quadBuilder) evidence(n quad.Value, art quad.IRI, ev *extract.Evidence) {
	b.add(n, graph.InArticle, art)
	if ev == nil {
		return
	}
	b.addString(n, graph.Sentence, ev.Sentence)
	b.add(n, graph.Start, quad.Int(ev.Start))
	b.add(n, graph.End, quad.Int(ev.End))
}
