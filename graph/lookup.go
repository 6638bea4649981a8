package graph

import (
	"context"
	"fmt"
	"sort"

	"github.com/cayleygraph/quad"
)

// LookupKey returns the entities having ng:key == key (a key as NameKey
// makes it), sorted.
func (s *Store) LookupKey(ctx context.Context, key string) ([]quad.IRI, error) {
	vals, _, err := s.values(ctx, pattern{P: Key, O: quad.String(key)}, quad.Subject)
	if err != nil {
		return nil, fmt.Errorf("lookup key %q: %w", key, err)
	}
	var out []quad.IRI
	for _, v := range vals {
		if iri, ok := v.(quad.IRI); ok {
			out = append(out, iri)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out, nil
}

// Names returns an entity's canonical name (the schema:name most articles
// give; "" when none) and its other names: aliases and any other canonical
// names articles gave, sorted.
func (s *Store) Names(ctx context.Context, entity quad.IRI) (name string, aliases []string, err error) {
	names, counts, err := s.values(ctx, pattern{S: entity, P: Name}, quad.Object)
	if err != nil {
		return "", nil, fmt.Errorf("names of %s: %w", entity, err)
	}
	alts, _, err := s.values(ctx, pattern{S: entity, P: AlternateName}, quad.Object)
	if err != nil {
		return "", nil, fmt.Errorf("names of %s: %w", entity, err)
	}
	best := mostSupported(names, counts)
	if best != nil {
		name = Text(best)
	}
	seen := map[string]bool{name: true}
	for _, v := range append(names, alts...) {
		if t := Text(v); !seen[t] {
			seen[t] = true
			aliases = append(aliases, t)
		}
	}
	sort.Strings(aliases)
	return name, aliases, nil
}

// TypeOfEntity returns "Person", "Organization", "Country" or "Place" from
// the entity's rdf:type (the one most articles give), or "" when it has none
// of those.
func (s *Store) TypeOfEntity(ctx context.Context, entity quad.IRI) (string, error) {
	types, counts, err := s.values(ctx, pattern{S: entity, P: Type}, quad.Object)
	if err != nil {
		return "", fmt.Errorf("type of %s: %w", entity, err)
	}
	var known []quad.Value
	for _, t := range types {
		if iri, ok := t.(quad.IRI); ok && TypeOf(iri) != "" {
			known = append(known, t)
		}
	}
	if best := mostSupported(known, counts); best != nil {
		return TypeOf(best.(quad.IRI)), nil
	}
	return "", nil
}

// mostSupported picks the value with the highest count, ties broken by the
// smaller string so the answer does not depend on storage order.
func mostSupported(vals []quad.Value, counts map[string]int) quad.Value {
	var best quad.Value
	for _, v := range vals {
		if best == nil || counts[v.String()] > counts[best.String()] ||
			counts[v.String()] == counts[best.String()] && v.String() < best.String() {
			best = v
		}
	}
	return best
}
