package queries

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/mozillazg/go-unidecode"

	"newsgraph/graph"
)

// EntityRef names one entity of the graph.
type EntityRef struct {
	IRI  string `json:"iri"`
	Key  string `json:"key"` // "country/ru"; also accepted wherever a name is
	Name string `json:"name"`
	Type string `json:"type"` // Person, Organization, Country, Place
}

func (e EntityRef) String() string { return e.Name }

// ErrNotFound is matched (errors.Is) by every "no such entity" error.
var ErrNotFound = errors.New("not found")

// NotFoundError says that no entity has the name.
type NotFoundError struct{ Name string }

func (e *NotFoundError) Error() string {
	return fmt.Sprintf("no entity is named %q", e.Name)
}
func (e *NotFoundError) Is(target error) bool { return target == ErrNotFound }

// AmbiguousError says that several entities have the name; ask again with
// one of the candidates' keys.
type AmbiguousError struct {
	Name       string      `json:"name"`
	Candidates []EntityRef `json:"candidates"`
}

func (e *AmbiguousError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q names %d entities:", e.Name, len(e.Candidates))
	for _, c := range e.Candidates {
		fmt.Fprintf(&b, " %s (%s, key %s);", c.Name, c.Type, c.Key)
	}
	b.WriteString(" ask again with a key")
	return b.String()
}

// Resolve finds the one entity a name means: by full IRI, by key
// ("person/vladimir-putin") or by any of its names and aliases, ignoring
// case, accents, punctuation and a leading "the".
func Resolve(ctx context.Context, store *graph.Store, name string) (EntityRef, error) {
	r := newReader(ctx, store)
	ref, err := r.resolve(name)
	if err != nil {
		return EntityRef{}, err
	}
	return r.entity(ref), nil
}

// resolve is Resolve on the reader's store.
func (r *reader) resolve(name string) (cgraph.Ref, error) {
	cands, err := r.candidates(name)
	if err != nil {
		return nil, err
	}
	switch len(cands) {
	case 0:
		return nil, &NotFoundError{Name: name}
	case 1:
		return cands[0], nil
	}
	// Several entities share the name: one whose canonical name it is wins
	// over those that only have it as an alias; otherwise ask.
	key := graph.NameKey(name)
	var canonical []cgraph.Ref
	for _, c := range cands {
		if graph.NameKey(r.entity(c).Name) == key {
			canonical = append(canonical, c)
		}
	}
	if len(canonical) == 1 {
		return canonical[0], nil
	}
	amb := &AmbiguousError{Name: name}
	for _, c := range cands {
		amb.Candidates = append(amb.Candidates, r.entity(c))
	}
	sort.Slice(amb.Candidates, func(i, j int) bool { return amb.Candidates[i].Key < amb.Candidates[j].Key })
	return nil, amb
}

// candidates are all entities the name can mean.
func (r *reader) candidates(name string) ([]cgraph.Ref, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil, &NotFoundError{Name: name}
	}
	if strings.HasPrefix(name, graph.IDBase) {
		if ref := r.ref(quad.IRI(name)); ref != nil && r.isEntity(ref) {
			return []cgraph.Ref{ref}, nil
		}
	} else if strings.Contains(name, "/") && !strings.ContainsAny(name, " \t") {
		if ref := r.ref(graph.EntityIRI(name)); ref != nil && r.isEntity(ref) {
			return []cgraph.Ref{ref}, nil
		}
	}
	var out []cgraph.Ref
	for _, k := range lookupKeys(name) {
		iris, err := r.store.LookupKey(r.ctx, k)
		if err != nil {
			return nil, err
		}
		for _, iri := range iris {
			if s := r.ref(iri); s != nil && r.isEntity(s) {
				out = append(out, s)
			}
		}
		if len(out) > 0 {
			break
		}
	}
	return out, nil
}

// lookupKeys are the keys tried for a typed name: its own and, for a name
// not in Latin script, its transliteration.
func lookupKeys(name string) []string {
	k := graph.NameKey(name)
	l := graph.NameKey(unidecode.Unidecode(name))
	if l != "" && l != k {
		return []string{k, l}
	}
	return []string{k}
}

// isEntity says whether ref has one of the four entity classes.
func (r *reader) isEntity(ref cgraph.Ref) bool { return r.entity(ref).Type != "" }

// entity reads an entity's canonical name and type (cached per reader).
func (r *reader) entity(ref cgraph.Ref) EntityRef {
	if e, ok := r.ents[ref.Key()]; ok {
		return e
	}
	iri := r.iri(ref)
	e := EntityRef{IRI: string(iri), Key: strings.TrimPrefix(string(iri), graph.IDBase)}
	if v, _ := r.first(ref, r.ref(graph.Name)); v != nil {
		e.Name = literal(r.value(v))
	}
	if e.Name == "" {
		e.Name = e.Key
	}
	typePred := r.ref(graph.Type)
	_ = r.scan(quad.Subject, ref, typePred, func(q cgraph.Ref) bool {
		e.Type = graph.TypeOf(r.iri(r.dir(q, quad.Object)))
		return e.Type == ""
	})
	r.ents[ref.Key()] = e
	return e
}
