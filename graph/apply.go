package graph

import (
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	"github.com/cayleygraph/quad"
)

// quadKey identifies a quad by the hashes of its four values.
type quadKey [4]cgraph.ValueHash

func keyOf(q quad.Quad) quadKey {
	var k quadKey
	for i, d := range quad.Directions {
		if v := q.Get(d); v != nil {
			k[i] = cgraph.HashOf(v)
		}
	}
	return k
}

// dedupe drops repeated quads, keeping the first of each. Cayley's stores
// count node references per delta, so a repeated add would leave a node
// referenced after its last quad is gone.
func dedupe(in []quad.Quad) []quad.Quad {
	seen := make(map[quadKey]struct{}, len(in))
	out := in[:0:0]
	for _, q := range in {
		k := keyOf(q)
		if _, ok := seen[k]; ok {
			continue
		}
		seen[k] = struct{}{}
		out = append(out, q)
	}
	return out
}

// diff splits a replacement into the quads to delete (in old only) and to
// add (in new only). Both stores' ApplyDeltas run adds before deletes, so a
// quad present in both versions must appear in neither list, or it is lost.
func diff(old, new []quad.Quad) (del, add []quad.Quad) {
	inNew := make(map[quadKey]struct{}, len(new))
	for _, q := range new {
		inNew[keyOf(q)] = struct{}{}
	}
	inOld := make(map[quadKey]struct{}, len(old))
	for _, q := range old {
		k := keyOf(q)
		inOld[k] = struct{}{}
		if _, ok := inNew[k]; !ok {
			del = append(del, q)
		}
	}
	for _, q := range new {
		if _, ok := inOld[keyOf(q)]; !ok {
			add = append(add, q)
		}
	}
	return del, add
}

func deltas(del, add []quad.Quad) []cgraph.Delta {
	out := make([]cgraph.Delta, 0, len(del)+len(add))
	for _, q := range del {
		out = append(out, cgraph.Delta{Quad: q, Action: cgraph.Delete})
	}
	for _, q := range add {
		out = append(out, cgraph.Delta{Quad: q, Action: cgraph.Add})
	}
	return out
}

// apply deletes del and adds add (disjoint, duplicate-free, del present and
// add absent in the store) in one ApplyDeltas call, that is one transaction.
//
// Cayley v0.7.7's kv stores (bolt) cannot do that for every batch: they net
// each node's reference count over the batch, and a node whose count goes
// down is missing from the id map used for the adds, so added quads touching
// it are stored with that direction empty (an article shrinking on
// replacement loses the label of every added quad). For such batches apply
// adds first and deletes second, and undoes the adds if the deletes fail; an
// interrupted process can leave both versions, which the next write of the
// article repairs (two content hashes never compare equal).
func (s *Store) apply(del, add []quad.Quad) error {
	if len(del) == 0 && len(add) == 0 {
		return nil
	}
	defer s.generation.Add(1)
	if !s.backend.KV {
		// Strict options: a quad that is missing or already there means
		// another writer changed the article meanwhile; the transaction rolls back.
		return s.qs.ApplyDeltas(deltas(del, add), cgraph.IgnoreOpts{})
	}
	// kv: strict options would fail part-way after new nodes entered the
	// store's cache; the quads are known to be absent/present anyway.
	lenient := cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}
	ds := deltas(del, add)
	if len(del) == 0 || len(add) == 0 || kvSafeBatch(ds) {
		err := s.qs.ApplyDeltas(ds, lenient)
		if err != nil && len(add) > 0 {
			s.broken = err
		}
		return err
	}
	if err := s.qs.ApplyDeltas(deltas(nil, add), lenient); err != nil {
		s.broken = err
		return err
	}
	if err := s.qs.ApplyDeltas(deltas(del, nil), lenient); err != nil {
		if uerr := s.qs.ApplyDeltas(deltas(add, nil), lenient); uerr != nil {
			return fmt.Errorf("%w (and undoing the added quads failed: %v; rewrite the article)", err, uerr)
		}
		return err
	}
	return nil
}

// kvSafeBatch reports whether no added quad touches a node whose reference
// count the batch lowers (see apply).
func kvSafeBatch(ds []cgraph.Delta) bool {
	split := graphlog.SplitDeltas(ds)
	if len(split.DecNode) == 0 {
		return true
	}
	down := make(map[cgraph.ValueHash]struct{}, len(split.DecNode))
	for _, n := range split.DecNode {
		down[n.Hash] = struct{}{}
	}
	for _, u := range split.QuadAdd {
		for _, d := range quad.Directions {
			if _, ok := down[u.Quad.Get(d)]; ok {
				return false
			}
		}
	}
	return true
}
