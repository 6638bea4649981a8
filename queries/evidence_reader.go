package queries

import (
	"context"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"

	"newsgraph/graph"
)

// reader is the read side shared by paths, profiles, questions and
// conflicts: quad scans by (node, predicate) over the store's best index, and
// per-query caches of value ↔ ref lookups. One reader serves one query; it is
// not safe for concurrent use.
type reader struct {
	ctx   context.Context
	store *graph.Store
	qs    cgraph.QuadStore
	opt   shape.Optimizer // the store's index planner, when it has one (kv stores)
	// prefix: kv indexes to scan (node, predicate) ranges with, by direction.
	prefix map[quad.Direction]kv.QuadIndex
	refs   map[string]cgraph.Ref
	vals   map[any]quad.Value
	arts   map[any]*articleInfo
	ents   map[any]EntityRef
}

func newReader(ctx context.Context, store *graph.Store) *reader {
	qs := cgraph.Unwrap(store.QuadStore())
	r := &reader{ctx: ctx, store: store, qs: qs, refs: map[string]cgraph.Ref{}, vals: map[any]quad.Value{}, arts: map[any]*articleInfo{}, ents: map[any]EntityRef{}}
	r.opt, _ = qs.(shape.Optimizer)
	r.prefix = kvPrefixes(qs)
	return r
}

// anyPredicate passed to scan matches quads of every predicate; a nil
// predicate (a value absent from the store) matches none.
var anyPredicate cgraph.Ref = anyRef{}

type anyRef struct{}

func (anyRef) Key() interface{} { return anyRef{} }

// ref is the store's ref of v, nil when v is not in the store.
func (r *reader) ref(v quad.Value) cgraph.Ref {
	k := v.String()
	if ref, ok := r.refs[k]; ok {
		return ref
	}
	ref := r.qs.ValueOf(v)
	r.refs[k] = ref
	return ref
}

// value is the quad value behind ref.
func (r *reader) value(ref cgraph.Ref) quad.Value {
	if ref == nil {
		return nil
	}
	k := ref.Key()
	if v, ok := r.vals[k]; ok {
		return v
	}
	v := r.qs.NameOf(ref)
	r.vals[k] = v
	return v
}

// values resolves many refs in one batch (one transaction on kv stores).
func (r *reader) values(refs []cgraph.Ref) []quad.Value {
	out := make([]quad.Value, len(refs))
	var missing []cgraph.Ref
	var at []int
	for i, ref := range refs {
		if ref == nil {
			continue
		}
		if v, ok := r.vals[ref.Key()]; ok {
			out[i] = v
			continue
		}
		missing = append(missing, ref)
		at = append(at, i)
	}
	if len(missing) == 0 {
		return out
	}
	vs, err := cgraph.ValuesOf(r.ctx, r.qs, missing)
	for j, ref := range missing {
		var v quad.Value
		if err == nil || vs[j] != nil {
			v = vs[j]
		} else {
			v = r.qs.NameOf(ref)
		}
		r.vals[ref.Key()] = v
		out[at[j]] = v
	}
	return out
}

func (r *reader) iri(ref cgraph.Ref) quad.IRI {
	if v, ok := r.value(ref).(quad.IRI); ok {
		return v
	}
	return ""
}

// dir is the node of quad q in direction d.
func (r *reader) dir(q cgraph.Ref, d quad.Direction) cgraph.Ref { return r.qs.QuadDirection(q, d) }

// sameRef compares refs by key (refs of one store are comparable that way).
func sameRef(a, b cgraph.Ref) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return a.Key() == b.Key()
}

// scan calls fn for each quad having node in direction d and, when pred is
// not nil, pred as predicate, until fn returns false. On kv stores the scan
// reads only the (node, pred) range of the matching index, so a hub's
// millions of other quads are never touched.
func (r *reader) scan(d quad.Direction, node, pred cgraph.Ref, fn func(q cgraph.Ref) bool) error {
	// A nil node or predicate is a value the store does not hold (r.ref of
	// it is nil): no quad can match. anyPredicate asks for every predicate.
	if node == nil || pred == nil {
		return nil
	}
	if pred == anyPredicate {
		pred = nil
	}
	it := r.quadIterator(d, node, pred)
	defer it.Close()
	n := 0
	for it.Next(r.ctx) {
		n++
		if n&1023 == 0 {
			if err := r.ctx.Err(); err != nil {
				return err
			}
		}
		q := it.Result()
		if pred != nil && !sameRef(r.qs.QuadDirection(q, quad.Predicate), pred) {
			continue
		}
		if !fn(q) {
			break
		}
	}
	if err := it.Err(); err != nil {
		return err
	}
	return r.ctx.Err()
}

func (r *reader) quadIterator(d quad.Direction, node, pred cgraph.Ref) cgraph.Iterator {
	if pred != nil {
		if ind, ok := r.prefix[d]; ok {
			n, nok := node.(kv.Int64Value)
			p, pok := pred.(kv.Int64Value)
			if nok && pok {
				return kv.IndexScan{Index: ind, Values: []uint64{uint64(n), uint64(p)}}.BuildIterator(r.qs)
			}
		}
		if r.opt != nil {
			act := shape.QuadsAction{Result: d, Filter: map[quad.Direction]cgraph.Ref{d: node, quad.Predicate: pred}}
			if s, ok := r.opt.OptimizeShape(act); ok {
				if nf, ok := s.(shape.NodesFrom); ok && nf.Quads != nil {
					return nf.Quads.BuildIterator(r.qs)
				}
			}
		}
	}
	return r.qs.QuadIterator(d, node)
}

// kvPrefixes finds, for a Cayley kv store, the indexes that begin with
// (direction, predicate): scanning such a prefix reads only the quads of one
// predicate of a node. Cayley's planner only uses an index when every one
// of its directions is fixed, so for (object, predicate) it would read all
// of a node's incoming quads. Found once per store.
func kvPrefixes(qs cgraph.QuadStore) map[quad.Direction]kv.QuadIndex {
	if v, ok := kvIndexCache.Load(qs); ok {
		return v.(map[quad.Direction]kv.QuadIndex)
	}
	out := map[quad.Direction]kv.QuadIndex{}
	kqs, ok := qs.(*kv.QuadStore)
	if !ok {
		return out
	}
	probe := kv.Int64Value(1)
	for _, filter := range [][]quad.Direction{
		{quad.Subject, quad.Predicate},
		{quad.Object, quad.Predicate},
		{quad.Subject, quad.Predicate, quad.Object},
		{quad.Object, quad.Predicate, quad.Subject},
	} {
		act := shape.QuadsAction{Result: quad.Subject, Filter: map[quad.Direction]cgraph.Ref{}}
		for _, d := range filter {
			act.Filter[d] = probe
		}
		s, ok := kqs.OptimizeShape(act)
		if !ok {
			continue
		}
		nf, ok := s.(shape.NodesFrom)
		if !ok {
			continue
		}
		scan, ok := nf.Quads.(kv.IndexScan)
		if !ok || len(scan.Index.Dirs) < 2 || scan.Index.Dirs[1] != quad.Predicate {
			continue
		}
		if d := scan.Index.Dirs[0]; d == quad.Subject || d == quad.Object {
			if _, seen := out[d]; !seen {
				out[d] = scan.Index
			}
		}
	}
	kvIndexCache.Store(qs, out)
	return out
}

var kvIndexCache sync.Map // cgraph.QuadStore → map[quad.Direction]kv.QuadIndex

// objects are the distinct objects of (node, pred, ?).
func (r *reader) objects(node, pred cgraph.Ref) ([]cgraph.Ref, error) {
	return r.distinct(quad.Subject, node, pred, quad.Object, 0)
}

// subjects are the distinct subjects of (?, pred, node).
func (r *reader) subjects(node, pred cgraph.Ref) ([]cgraph.Ref, error) {
	return r.distinct(quad.Object, node, pred, quad.Subject, 0)
}

// first is one object of (node, pred, ?), nil when there is none.
func (r *reader) first(node, pred cgraph.Ref) (cgraph.Ref, error) {
	out, err := r.distinct(quad.Subject, node, pred, quad.Object, 1)
	if len(out) == 0 {
		return nil, err
	}
	return out[0], err
}

func (r *reader) distinct(d quad.Direction, node, pred cgraph.Ref, want quad.Direction, limit int) ([]cgraph.Ref, error) {
	var out []cgraph.Ref
	seen := map[any]bool{}
	err := r.scan(d, node, pred, func(q cgraph.Ref) bool {
		v := r.dir(q, want)
		if v == nil || seen[v.Key()] {
			return true
		}
		seen[v.Key()] = true
		out = append(out, v)
		return limit == 0 || len(out) < limit
	})
	return out, err
}

// props are all (predicate → objects) of a small node such as a claim or an
// event, resolved to values.
func (r *reader) props(node cgraph.Ref) (map[quad.IRI][]quad.Value, cgraph.Ref, error) {
	var preds, objs []cgraph.Ref
	var label cgraph.Ref
	seen := map[[2]any]bool{}
	err := r.scan(quad.Subject, node, anyPredicate, func(q cgraph.Ref) bool {
		p, o := r.dir(q, quad.Predicate), r.dir(q, quad.Object)
		if label == nil {
			label = r.dir(q, quad.Label)
		}
		k := [2]any{p.Key(), o.Key()}
		if !seen[k] {
			seen[k] = true
			preds = append(preds, p)
			objs = append(objs, o)
		}
		return true
	})
	if err != nil {
		return nil, nil, err
	}
	pv, ov := r.values(preds), r.values(objs)
	out := map[quad.IRI][]quad.Value{}
	for i := range pv {
		if p, ok := pv[i].(quad.IRI); ok && ov[i] != nil {
			out[p] = append(out[p], ov[i])
		}
	}
	return out, label, nil
}
