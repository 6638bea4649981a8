package queries

import (
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"newsgraph/graph"
)

// describe turns a found path into nodes and hops with their evidence.
func (g *pathGraph) describe(f foundPath) (Path, error) {
	p := Path{Weakness: f.cost.weak}
	nodes := make([]PathNode, len(f.nodes))
	for i, id := range f.nodes {
		n, err := g.node(id)
		if err != nil {
			return Path{}, err
		}
		nodes[i] = n
	}
	p.Nodes = nodes
	for i := 0; i+1 < len(f.nodes); i++ {
		u, v := f.nodes[i], f.nodes[i+1]
		e, ok, err := g.bestEdge(u, v)
		if err != nil {
			return Path{}, err
		}
		if !ok {
			return Path{}, fmt.Errorf("path hop %d: no edge between its nodes", i)
		}
		h := Hop{Predicate: g.preds[e.pred].name, Via: edgeKindNames[e.kind], Subject: nodes[i], Object: nodes[i+1], Direction: Forward}
		subj, obj := u, v
		if !e.out {
			h.Subject, h.Object, h.Direction = nodes[i+1], nodes[i], Backward
			subj, obj = v, u
		}
		var ev []Evidence
		switch e.kind {
		case kindRelation:
			ev, err = g.r.claimEvidence(g.nodes[subj].ref, g.preds[e.pred].ref, g.nodes[obj].ref, g.opts.ArticleFilter)
		case kindEvent:
			ev, err = g.r.eventEvidence(g.nodes[subj].ref)
		case kindMention:
			ev, err = g.r.coMentionEvidence(g.nodes[u].ref, g.nodes[v].ref, g.opts.ArticleFilter)
		}
		if err != nil {
			return Path{}, err
		}
		h.EvidenceCount = len(ev)
		if len(ev) > g.opts.MaxEvidence {
			ev = ev[:g.opts.MaxEvidence]
		}
		h.Evidence = ev
		if h.Evidence == nil {
			h.Evidence = []Evidence{}
		}
		p.Hops = append(p.Hops, h)
	}
	return p, nil
}

// bestEdge is the strongest edge from u to v (relations before events
// before co-mentions, then the vocabulary's order, subject side first).
func (g *pathGraph) bestEdge(u, v int32) (edge, bool, error) {
	var best edge
	found := false
	edges, err := g.edgesBetween(u, v)
	for _, e := range edges {
		if !found || e.kind < best.kind || (e.kind == best.kind && (e.pred < best.pred || (e.pred == best.pred && e.out && !best.out))) {
			best, found = e, true
		}
	}
	return best, found, err
}

// node describes a path node.
func (g *pathGraph) node(id int32) (PathNode, error) {
	n := g.nodes[id]
	if !n.event {
		e := g.r.entity(n.ref)
		return PathNode{IRI: e.IRI, Key: e.Key, Name: e.Name, Type: e.Type}, nil
	}
	ev, err := g.r.eventInfo(n.ref)
	if err != nil {
		return PathNode{}, err
	}
	pn := PathNode{IRI: ev.IRI, Key: ev.Key, Type: "Event", Kind: ev.Kind, Date: ev.Date, Count: ev.Count, Qualifier: ev.Qualifier}
	pn.Name = ev.Label()
	return pn, nil
}

// claimEvidence is the evidence of every claim "s p o" whose article passes
// f. The claims are found from whichever end has fewer claims: both claim
// lists are read in step and the first to end is the one checked.
func (r *reader) claimEvidence(s, p, o cgraph.Ref, f ArticleFilter) ([]Evidence, error) {
	subj, obj := r.ref(graph.ClaimSubject), r.ref(graph.ClaimObject)
	if subj == nil || obj == nil || p == nil {
		return nil, nil
	}
	claims, err := r.smallerSide(scanSpec{quad.Object, s, subj}, scanSpec{quad.Object, o, obj})
	if err != nil {
		return nil, err
	}
	sv, pv, ov := r.value(s), r.value(p), r.value(o)
	var out []Evidence
	for _, c := range claims {
		props, label, err := r.props(c)
		if err != nil {
			return nil, err
		}
		if !hasValue(props[graph.ClaimSubject], sv) || !hasValue(props[graph.ClaimRelation], pv) || !hasValue(props[graph.ClaimObject], ov) {
			continue
		}
		e := r.evidenceOf(props, label)
		if !f.empty() && !f.keeps(&articleInfo{ID: e.ArticleID, Date: e.Date, Outlet: e.Outlet}) {
			continue
		}
		out = append(out, e)
	}
	return sortEvidence(out), nil
}

// eventEvidence is the evidence of one event node.
func (r *reader) eventEvidence(ev cgraph.Ref) ([]Evidence, error) {
	props, label, err := r.props(ev)
	if err != nil {
		return nil, err
	}
	return []Evidence{r.evidenceOf(props, label)}, nil
}

// coMentionEvidence lists the articles (passing f) that name both entities.
func (r *reader) coMentionEvidence(a, b cgraph.Ref, f ArticleFilter) ([]Evidence, error) {
	m := r.ref(graph.Mentions)
	arts, err := r.smallerSide(scanSpec{quad.Object, a, m}, scanSpec{quad.Object, b, m})
	if err != nil {
		return nil, err
	}
	var out []Evidence
	for _, art := range arts {
		var hasA, hasB bool
		err := r.scan(quad.Subject, art, m, func(q cgraph.Ref) bool {
			o := r.dir(q, quad.Object)
			hasA = hasA || sameRef(o, a)
			hasB = hasB || sameRef(o, b)
			return !(hasA && hasB)
		})
		if err != nil {
			return nil, err
		}
		if !hasA || !hasB {
			continue
		}
		info := r.article(art)
		if !f.keeps(info) {
			continue
		}
		out = append(out, Evidence{ArticleID: info.ID, Title: info.Title, URL: info.URL, Date: info.Date, Outlet: info.Outlet})
	}
	return sortEvidence(out), nil
}

// scanSpec is one (node, predicate) scan whose other end is wanted.
type scanSpec struct {
	d          quad.Direction
	node, pred cgraph.Ref
}

// smallerSide reads two scans in step and returns the distinct other ends
// of the one that ends first, so the cost is bounded by the smaller of the
// two even when the other end is a hub.
func (r *reader) smallerSide(a, b scanSpec) ([]cgraph.Ref, error) {
	if a.node == nil || b.node == nil || a.pred == nil || b.pred == nil {
		return nil, nil
	}
	specs := [2]scanSpec{a, b}
	var its [2]cgraph.Iterator
	for i, s := range specs {
		its[i] = r.quadIterator(s.d, s.node, s.pred)
		defer its[i].Close()
	}
	var got [2][]cgraph.Ref
	var seen [2]map[any]bool
	seen[0], seen[1] = map[any]bool{}, map[any]bool{}
	for {
		for i, it := range its {
			if !it.Next(r.ctx) {
				if err := it.Err(); err != nil {
					return nil, err
				}
				return got[i], r.ctx.Err()
			}
			q := it.Result()
			if !sameRef(r.dir(q, quad.Predicate), specs[i].pred) {
				continue
			}
			other := quad.Subject
			if specs[i].d == quad.Subject {
				other = quad.Object
			}
			v := r.dir(q, other)
			if !seen[i][v.Key()] {
				seen[i][v.Key()] = true
				got[i] = append(got[i], v)
			}
		}
	}
}

func hasValue(vs []quad.Value, v quad.Value) bool {
	if v == nil {
		return false
	}
	for _, x := range vs {
		if x != nil && x.String() == v.String() {
			return true
		}
	}
	return false
}
