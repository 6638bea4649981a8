package graph

import (
	"context"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// pattern selects quads: a nil direction matches anything.
type pattern struct{ S, P, O, L quad.Value }

func (p pattern) get(d quad.Direction) quad.Value {
	switch d {
	case quad.Subject:
		return p.S
	case quad.Predicate:
		return p.P
	case quad.Object:
		return p.O
	case quad.Label:
		return p.L
	}
	return nil
}

// scan calls fn with every quad ref matching p. It walks the most selective
// index the backend has (subject, then object, then label where indexed,
// then predicate) and checks the other directions on the quad refs, which
// is cheap: no values are decoded.
func (s *Store) scan(ctx context.Context, p pattern, fn func(ref cgraph.Ref) error) error {
	var (
		primary quad.Direction
		want    = map[quad.Direction]interface{}{}
		first   cgraph.Ref
	)
	order := []quad.Direction{quad.Subject, quad.Object}
	if s.backend.LabelIndex {
		order = append(order, quad.Label, quad.Predicate)
	} else {
		order = append(order, quad.Predicate, quad.Label)
	}
	for _, d := range order {
		v := p.get(d)
		if v == nil {
			continue
		}
		ref := s.qs.ValueOf(v)
		if ref == nil {
			return nil // a value the store has never seen: no quad can match
		}
		if first == nil {
			primary, first = d, ref
			continue
		}
		want[d] = cgraph.ToKey(ref)
	}
	var it cgraph.Iterator
	if first == nil {
		it = s.qs.QuadsAllIterator()
	} else {
		it = s.qs.QuadIterator(primary, first)
	}
	defer it.Close()
	for it.Next(ctx) {
		ref := it.Result()
		ok := true
		for d, k := range want {
			if cgraph.ToKey(s.qs.QuadDirection(ref, d)) != k {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if err := fn(ref); err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

// quads returns the quads matching p.
func (s *Store) quads(ctx context.Context, p pattern) ([]quad.Quad, error) {
	var out []quad.Quad
	err := s.scan(ctx, p, func(ref cgraph.Ref) error {
		out = append(out, s.qs.Quad(ref))
		return nil
	})
	return out, err
}

// values returns the value in direction d of each quad matching p, with how
// many quads (one per supporting article) carry it, in first-seen order.
func (s *Store) values(ctx context.Context, p pattern, d quad.Direction) ([]quad.Value, map[string]int, error) {
	var (
		out    []quad.Value
		counts = map[string]int{}
		seen   = map[interface{}]quad.Value{}
	)
	err := s.scan(ctx, p, func(ref cgraph.Ref) error {
		r := s.qs.QuadDirection(ref, d)
		k := cgraph.ToKey(r)
		v, ok := seen[k]
		if !ok {
			v = s.qs.NameOf(r)
			seen[k] = v
			if v != nil {
				out = append(out, v)
			}
		}
		if v != nil {
			counts[v.String()]++
		}
		return nil
	})
	return out, counts, err
}

// countDistinct counts the distinct nodes in direction d of quads matching p.
func (s *Store) countDistinct(ctx context.Context, p pattern, d quad.Direction) (int, error) {
	seen := map[interface{}]struct{}{}
	err := s.scan(ctx, p, func(ref cgraph.Ref) error {
		seen[cgraph.ToKey(s.qs.QuadDirection(ref, d))] = struct{}{}
		return nil
	})
	return len(seen), err
}
