package queries

import (
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"

	"newsgraph/graph"
)

// pathGraph is the part of the store a path search has looked at: nodes
// (entities and events) interned to small ids, each with its adjacency once
// loaded. Adjacency is read lazily from quad scans, so a hub (a country
// linked to half the graph) is only materialised when the search really has
// to expand it.
type pathGraph struct {
	r     *reader
	opts  *PathOptions
	ids   map[any]int32
	ids64 map[uint64]int32
	nodes []pnode

	preds     []predInfo
	predIdx   map[any]int16 // predicate ref key → index in preds
	relation  []int16       // allowed relation predicates
	roles     []int16       // event roles allowed before the event's kind is known
	mentionIx int16         // -1 when co-mentions are off
	mentions  cgraph.Ref
	kindRef   cgraph.Ref
	// checkKinds: an event must be read before it can be walked through,
	// because a filter names event kinds.
	checkKinds bool
	only, skip map[string]bool
	cache      *hubCache // nil when the store cannot say when it changed
}

type edgeKind uint8

const (
	kindRelation edgeKind = iota
	kindEvent
	kindMention
)

var edgeKindNames = [...]string{"relation", "event", "mention"}

// weakness ranks equal-length paths: relations are the strongest evidence of
// a link, an event shared by two entities less, a co-mention least.
var weakness = [...]int{0, 1, 4}

type predInfo struct {
	name string
	ref  cgraph.Ref
	kind edgeKind
}

// edge is one adjacency entry; out is true when the node owning the entry
// is the subject of the stored quad.
type edge struct {
	to   int32
	pred int16
	kind edgeKind
	out  bool
}

type pnode struct {
	ref    cgraph.Ref
	event  bool
	loaded bool
	probed bool // the cheap whole-node scans overflowed
	hub    bool // the per-predicate scans overflowed too
	dead   bool // an event the filters exclude
	adj    []edge
	kind   string // events: their kind
}

// Probe limits: a node whose quads overflow genericCap per direction is read
// again predicate by predicate (skipping its claims, names and mentions);
// one whose edges overflow hubCap is a hub, expanded only when chosen.
const (
	genericCap = 256
	hubCap     = 256
)

func newPathGraph(r *reader, o *PathOptions) *pathGraph {
	g := &pathGraph{r: r, opts: o, ids: map[any]int32{}, ids64: map[uint64]int32{}, predIdx: map[any]int16{}, mentionIx: -1,
		only: setOf(o.Predicates), skip: setOf(o.ExcludePredicates)}
	add := func(name string, kind edgeKind) int16 {
		ref := r.ref(graph.Predicate(name))
		g.preds = append(g.preds, predInfo{name: name, ref: ref, kind: kind})
		ix := int16(len(g.preds) - 1)
		if ref != nil {
			g.predIdx[ref.Key()] = ix
		}
		return ix
	}
	kindsNamed := false
	for _, k := range graph.EventKinds {
		if g.only[k] || g.skip[k] {
			kindsNamed = true
		}
	}
	for _, p := range graph.Relations {
		ix := add(p, kindRelation)
		if o.Via&ViaRelation != 0 && g.allowed(p, "") && g.preds[ix].ref != nil {
			g.relation = append(g.relation, ix)
		}
	}
	for _, p := range graph.EventRoles {
		ix := add(p, kindEvent)
		if o.Via&ViaEvent == 0 || g.preds[ix].ref == nil || g.skip[p] {
			continue
		}
		if len(g.only) == 0 || g.only[p] || kindsNamed {
			g.roles = append(g.roles, ix)
		}
	}
	if o.Via&ViaMention != 0 && !g.skip[CoMentioned] {
		g.mentions = r.ref(graph.Mentions)
		g.preds = append(g.preds, predInfo{name: CoMentioned, kind: kindMention})
		g.mentionIx = int16(len(g.preds) - 1)
	}
	g.kindRef = r.ref(graph.Kind)
	g.checkKinds = kindsNamed
	g.cache = cacheFor(r.ctx, r.store, r.qs)
	return g
}

func setOf(list []string) map[string]bool {
	m := map[string]bool{}
	for _, s := range list {
		m[s] = true
	}
	return m
}

// allowed applies Predicates/ExcludePredicates to a predicate and, for
// event hops, the event's kind.
func (g *pathGraph) allowed(pred, kind string) bool {
	if g.skip[pred] || (kind != "" && g.skip[kind]) {
		return false
	}
	return len(g.only) == 0 || g.only[pred] || (kind != "" && g.only[kind])
}

// id interns a node. Refs of kv stores (plain integers) get a map of their
// own: hub adjacency interns tens of thousands of them per query.
func (g *pathGraph) id(ref cgraph.Ref, event bool) int32 {
	if v, ok := ref.(kv.Int64Value); ok {
		if id, ok := g.ids64[uint64(v)]; ok {
			return id
		}
		id := int32(len(g.nodes))
		g.ids64[uint64(v)] = id
		g.nodes = append(g.nodes, pnode{ref: ref, event: event})
		return id
	}
	k := ref.Key()
	if id, ok := g.ids[k]; ok {
		return id
	}
	id := int32(len(g.nodes))
	g.ids[k] = id
	g.nodes = append(g.nodes, pnode{ref: ref, event: event})
	return id
}

// ensure loads a node's adjacency. With budget > 0 it gives up (false) on
// nodes with more edges than that, remembering them as hubs.
func (g *pathGraph) ensure(id int32, budget int) (bool, error) {
	n := &g.nodes[id]
	if n.loaded {
		return true, nil
	}
	if n.event {
		return true, g.loadEvent(id)
	}
	if budget > 0 && n.hub {
		return false, nil
	}
	if !n.probed {
		n.probed = true
		if g.fromCache(id) {
			return true, nil
		}
		ok, err := g.loadGeneric(id)
		if err != nil || ok {
			return ok, err
		}
	}
	ok, err := g.loadIndexed(id, budget)
	if err != nil {
		return false, err
	}
	if !ok {
		g.nodes[id].hub = true
	} else if len(g.nodes[id].adj) > hubCap {
		g.toCache(id)
	}
	return ok, nil
}

// adjBuilder collects a node's edges once each.
type adjBuilder struct {
	g    *pathGraph
	seen map[edge]bool
	adj  []edge
}

func (b *adjBuilder) add(e edge) {
	if !b.seen[e] {
		b.seen[e] = true
		b.adj = append(b.adj, e)
	}
}

func (g *pathGraph) newAdj() *adjBuilder { return &adjBuilder{g: g, seen: map[edge]bool{}} }

func (g *pathGraph) keeps(label cgraph.Ref) bool { return g.r.keepsLabel(g.opts.ArticleFilter, label) }

// loadGeneric reads an ordinary entity with one scan per direction; false
// when either direction has more than genericCap quads.
func (g *pathGraph) loadGeneric(id int32) (bool, error) {
	r, ref := g.r, g.nodes[id].ref
	type pq struct{ p, n, label cgraph.Ref }
	var outs, ins []pq
	over := false
	collect := func(d quad.Direction, other quad.Direction, dst *[]pq) error {
		return r.scan(d, ref, anyPredicate, func(q cgraph.Ref) bool {
			if len(*dst) >= genericCap {
				over = true
				return false
			}
			*dst = append(*dst, pq{r.dir(q, quad.Predicate), r.dir(q, other), r.dir(q, quad.Label)})
			return true
		})
	}
	if err := collect(quad.Subject, quad.Object, &outs); err != nil || over {
		return false, err
	}
	if err := collect(quad.Object, quad.Subject, &ins); err != nil || over {
		return false, err
	}
	b := g.newAdj()
	allowedRel := map[int16]bool{}
	for _, ix := range g.relation {
		allowedRel[ix] = true
	}
	allowedRole := map[int16]bool{}
	for _, ix := range g.roles {
		allowedRole[ix] = true
	}
	for _, q := range outs {
		if ix, ok := g.predIdx[q.p.Key()]; ok && allowedRel[ix] && g.keeps(q.label) {
			b.add(edge{to: g.id(q.n, false), pred: ix, kind: kindRelation, out: true})
		}
	}
	var articles []cgraph.Ref
	for _, q := range ins {
		if g.mentions != nil && sameRef(q.p, g.mentions) {
			articles = append(articles, q.n)
			continue
		}
		ix, ok := g.predIdx[q.p.Key()]
		if !ok || !g.keeps(q.label) {
			continue
		}
		switch {
		case allowedRel[ix]:
			b.add(edge{to: g.id(q.n, false), pred: ix, kind: kindRelation})
		case allowedRole[ix]:
			b.add(edge{to: g.id(q.n, true), pred: ix, kind: kindEvent})
		}
	}
	if err := g.addCoMentions(b, id, articles); err != nil {
		return false, err
	}
	return true, g.finish(id, b)
}

// loadIndexed reads an entity predicate by predicate; with budget > 0 it
// stops (false) once more than budget edges are found.
func (g *pathGraph) loadIndexed(id int32, budget int) (bool, error) {
	r, ref := g.r, g.nodes[id].ref
	b := g.newAdj()
	over := func() bool { return budget > 0 && len(b.adj) > budget }
	type scanOf struct {
		d, other quad.Direction
		ix       int16
	}
	var scans []scanOf
	for _, ix := range g.relation {
		scans = append(scans, scanOf{quad.Subject, quad.Object, ix}, scanOf{quad.Object, quad.Subject, ix})
	}
	for _, ix := range g.roles {
		scans = append(scans, scanOf{quad.Object, quad.Subject, ix})
	}
	for _, s := range scans {
		p := g.preds[s.ix]
		err := r.scan(s.d, ref, p.ref, func(q cgraph.Ref) bool {
			if g.keeps(r.dir(q, quad.Label)) {
				b.add(edge{to: g.id(r.dir(q, s.other), p.kind == kindEvent), pred: s.ix, kind: p.kind, out: s.d == quad.Subject})
			}
			return !over()
		})
		if err != nil || over() {
			return false, err
		}
	}
	if g.mentions != nil {
		var articles []cgraph.Ref
		err := r.scan(quad.Object, ref, g.mentions, func(q cgraph.Ref) bool {
			articles = append(articles, r.dir(q, quad.Subject))
			return budget == 0 || len(articles)+len(b.adj) <= budget
		})
		if err != nil || (budget > 0 && len(articles)+len(b.adj) > budget) {
			return false, err
		}
		if err := g.addCoMentions(b, id, articles); err != nil || over() {
			return false, err
		}
	}
	return true, g.finish(id, b)
}

// addCoMentions links id to every other entity of the articles naming it.
func (g *pathGraph) addCoMentions(b *adjBuilder, id int32, articles []cgraph.Ref) error {
	if g.mentions == nil {
		return nil
	}
	self := g.nodes[id].ref
	for _, a := range articles {
		if !g.keeps(a) {
			continue
		}
		err := g.r.scan(quad.Subject, a, g.mentions, func(q cgraph.Ref) bool {
			if o := g.r.dir(q, quad.Object); !sameRef(o, self) {
				b.add(edge{to: g.id(o, false), pred: g.mentionIx, kind: kindMention, out: true})
			}
			return true
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// finish stores the adjacency, first dropping events whose kind the
// filters exclude.
func (g *pathGraph) finish(id int32, b *adjBuilder) error {
	adj := g.dropClaims(b.adj)
	if g.checkKinds {
		kept := adj[:0]
		for _, e := range adj {
			if e.kind == kindEvent {
				if err := g.loadEvent(e.to); err != nil {
					return err
				}
				if g.nodes[e.to].dead || !g.allowed(g.preds[e.pred].name, g.nodes[e.to].kind) {
					continue
				}
			}
			kept = append(kept, e)
		}
		adj = kept
	}
	n := &g.nodes[id]
	n.adj, n.loaded, n.hub = adj, true, false
	return nil
}

// loadEvent reads an event node: its kind and its participants.
func (g *pathGraph) loadEvent(id int32) error {
	if g.nodes[id].loaded {
		return nil
	}
	r, ref := g.r, g.nodes[id].ref
	var kindRef, label cgraph.Ref
	isEvent := false
	typeRef, classEvent := r.ref(graph.Type), r.ref(graph.ClassEvent)
	type role struct {
		ix int16
		to cgraph.Ref
	}
	var roles []role
	err := r.scan(quad.Subject, ref, anyPredicate, func(q cgraph.Ref) bool {
		p := r.dir(q, quad.Predicate)
		if label == nil {
			label = r.dir(q, quad.Label)
		}
		if sameRef(p, typeRef) && sameRef(r.dir(q, quad.Object), classEvent) {
			isEvent = true
		} else if sameRef(p, g.kindRef) {
			kindRef = r.dir(q, quad.Object)
		} else if ix, ok := g.predIdx[p.Key()]; ok && g.preds[ix].kind == kindEvent {
			roles = append(roles, role{ix, r.dir(q, quad.Object)})
		}
		return true
	})
	if err != nil {
		return err
	}
	n := &g.nodes[id]
	n.kind = literal(r.value(kindRef))
	n.loaded = true
	if !isEvent || g.opts.Via&ViaEvent == 0 || !g.keeps(label) || g.skip[n.kind] {
		n.dead = true
		return nil
	}
	seen := map[edge]bool{}
	for _, rl := range roles {
		if !g.allowed(g.preds[rl.ix].name, n.kind) {
			continue
		}
		e := edge{to: g.id(rl.to, false), pred: rl.ix, kind: kindEvent, out: true}
		if !seen[e] {
			seen[e] = true
			g.nodes[id].adj = append(g.nodes[id].adj, e)
		}
	}
	return nil
}

// dropClaims removes claim nodes reached through ng:subject, which is both
// an event role and a claim's subject. Claims live under IDBase+"claim/"
// (graph.HashedIRI("claim", ...)); their IRIs are read in one batch. A
// claim that slipped through would still be dropped by loadEvent, which
// checks rdf:type.
func (g *pathGraph) dropClaims(adj []edge) []edge {
	var refs []cgraph.Ref
	var at []int
	for i, e := range adj {
		if e.kind == kindEvent && !g.nodes[e.to].loaded && g.preds[e.pred].name == "subject" {
			refs = append(refs, g.nodes[e.to].ref)
			at = append(at, i)
		}
	}
	if len(refs) == 0 {
		return adj
	}
	claimPrefix := graph.IDBase + "claim/"
	drop := map[int]bool{}
	for j, v := range g.r.values(refs) {
		if iri, ok := v.(quad.IRI); ok && strings.HasPrefix(string(iri), claimPrefix) {
			drop[at[j]] = true
			g.nodes[adj[at[j]].to].dead = true
		}
	}
	kept := adj[:0]
	for i, e := range adj {
		if !drop[i] {
			kept = append(kept, e)
		}
	}
	return kept
}
