package graph

import (
	"context"
	"errors"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
)

// Stats counts what the graph holds. Entities, events and claims are
// distinct nodes, however many articles state them.
type Stats struct {
	Quads    int64
	Articles int
	Entities map[string]int // by type: Person, Organization, Country, Place
	Events   map[string]int // by ng:kind; events without a kind are not counted
	Claims   int
}

// Stats counts through the object index (nodes typed X, events of kind K)
// rather than by scanning every quad.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	out := Stats{Entities: map[string]int{}, Events: map[string]int{}}
	var err error
	if out.Quads, err = s.quadCount(ctx); err != nil {
		return out, fmt.Errorf("stats: %w", err)
	}
	if out.Articles, err = s.countDistinct(ctx, pattern{P: Type, O: ClassArticle}, quad.Subject); err != nil {
		return out, fmt.Errorf("stats: %w", err)
	}
	if out.Claims, err = s.countDistinct(ctx, pattern{P: Type, O: ClassClaim}, quad.Subject); err != nil {
		return out, fmt.Errorf("stats: %w", err)
	}
	for _, t := range []string{"Person", "Organization", "Country", "Place"} {
		n, err := s.countDistinct(ctx, pattern{P: Type, O: ClassOf(t)}, quad.Subject)
		if err != nil {
			return out, fmt.Errorf("stats: %w", err)
		}
		if n > 0 {
			out.Entities[t] = n
		}
	}
	if err := s.countEvents(ctx, out.Events); err != nil {
		return out, fmt.Errorf("stats: %w", err)
	}
	return out, nil
}

// quadCount is the exact number of stored quads.
func (s *Store) quadCount(ctx context.Context) (int64, error) {
	st, err := s.qs.Stats(ctx, false)
	if errors.Is(err, kv.ErrNoBucket) {
		return 0, nil // a kv store nothing was written to yet
	}
	if err == nil && !st.Quads.Exact {
		st, err = s.qs.Stats(ctx, true)
	}
	return st.Quads.Size, err
}

// countEvents counts events per kind: the known kinds by object lookups,
// then the kind of any event left over (a kind outside the vocabulary) by
// looking at the event itself.
func (s *Store) countEvents(ctx context.Context, byKind map[string]int) error {
	events := map[interface{}]cgraph.Ref{}
	err := s.scan(ctx, pattern{P: Type, O: ClassEvent}, func(ref cgraph.Ref) error {
		n := s.qs.QuadDirection(ref, quad.Subject)
		events[cgraph.ToKey(n)] = n
		return nil
	})
	if err != nil || len(events) == 0 {
		return err
	}
	covered := map[interface{}]bool{}
	for _, kind := range EventKinds {
		err := s.scan(ctx, pattern{P: Kind, O: quad.String(kind)}, func(ref cgraph.Ref) error {
			k := cgraph.ToKey(s.qs.QuadDirection(ref, quad.Subject))
			if _, ok := events[k]; ok && !covered[k] {
				covered[k] = true
				byKind[kind]++
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	for k, ev := range events {
		if covered[k] {
			continue
		}
		kinds, _, err := s.values(ctx, pattern{S: s.qs.NameOf(ev), P: Kind}, quad.Object)
		if err != nil {
			return err
		}
		if len(kinds) > 0 {
			byKind[fmt.Sprint(quad.NativeOf(kinds[0]))]++
		}
	}
	return nil
}
