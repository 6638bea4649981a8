package graph

import (
	"context"
	"errors"
	"fmt"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// ErrNotFound is returned when no quad carries an article's label.
var ErrNotFound = errors.New("article not found")

// ArticleQuads is everything one article contributes to the graph. Every
// quad is labelled ArticleIRI(ID); Hash is the content hash that decides
// whether a stored version is current.
type ArticleQuads struct {
	ID, Hash string
	Quads    []quad.Quad
}

// WriteOutcome says what WriteArticle did.
type WriteOutcome int

const (
	Unchanged WriteOutcome = iota + 1 // same content hash stored: nothing written
	Added                             // no version was stored
	Replaced                          // another version was replaced
)

func (o WriteOutcome) String() string {
	switch o {
	case Unchanged:
		return "unchanged"
	case Added:
		return "added"
	case Replaced:
		return "replaced"
	}
	return fmt.Sprintf("WriteOutcome(%d)", int(o))
}

// WriteArticle stores an article's quads, replacing any stored version with
// a different content hash in one transaction: on failure the stored version
// stays as it was. Quads are validated first (label, values, and that each
// hangs off the article node) and deduplicated; the ng:contentHash quad is
// added when missing.
func (s *Store) WriteArticle(ctx context.Context, a ArticleQuads) (WriteOutcome, error) {
	quads, err := a.prepare()
	if err != nil {
		return 0, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.writable(); err != nil {
		return 0, err
	}
	label := ArticleIRI(a.ID)
	if s.qs.ValueOf(label) == nil {
		if err := s.apply(nil, quads); err != nil {
			return 0, fmt.Errorf("write article %q: %w", a.ID, err)
		}
		s.wrote(len(quads))
		return Added, nil
	}
	hashes, err := s.hashes(ctx, label)
	if err != nil {
		return 0, fmt.Errorf("write article %q: read stored hash: %w", a.ID, err)
	}
	if len(hashes) == 1 && hashes[0] == a.Hash {
		return Unchanged, nil
	}
	old, err := s.articleQuads(ctx, label)
	if err != nil {
		return 0, fmt.Errorf("write article %q: read stored version: %w", a.ID, err)
	}
	del, add := diff(old, quads)
	if err := s.apply(del, add); err != nil {
		return 0, fmt.Errorf("write article %q: %w", a.ID, err)
	}
	s.wrote(len(del) + len(add))
	if len(old) == 0 {
		return Added, nil
	}
	return Replaced, nil
}

// DeleteArticle removes every quad labelled with the article's IRI; facts
// other articles also state stay, under their labels.
func (s *Store) DeleteArticle(ctx context.Context, id string) (removed int, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.writable(); err != nil {
		return 0, err
	}
	label := ArticleIRI(id)
	if s.qs.ValueOf(label) == nil {
		return 0, fmt.Errorf("delete article %q: %w", id, ErrNotFound)
	}
	old, err := s.articleQuads(ctx, label)
	if err != nil {
		return 0, fmt.Errorf("delete article %q: %w", id, err)
	}
	if len(old) == 0 {
		return 0, fmt.Errorf("delete article %q: %w", id, ErrNotFound)
	}
	if err := s.apply(old, nil); err != nil {
		return 0, fmt.Errorf("delete article %q: %w", id, err)
	}
	return len(old), nil
}

// ArticleHash is the stored content hash of an article; ok is false when the
// article is not stored.
func (s *Store) ArticleHash(ctx context.Context, id string) (hash string, ok bool, err error) {
	hs, err := s.hashes(ctx, ArticleIRI(id))
	if err != nil || len(hs) == 0 {
		return "", false, err
	}
	return hs[0], true, nil
}

// Articles lists the ids of the stored articles, sorted.
func (s *Store) Articles(ctx context.Context) ([]string, error) {
	vals, _, err := s.values(ctx, pattern{P: Type, O: ClassArticle}, quad.Subject)
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, v := range vals {
		if iri, ok := v.(quad.IRI); ok {
			if id, ok := ArticleIDOf(iri); ok {
				ids = append(ids, id)
			}
		}
	}
	sort.Strings(ids)
	return ids, nil
}

func (s *Store) writable() error {
	if s.broken != nil {
		return fmt.Errorf("%s store refuses writes after a failed write (%v): close and reopen it", s.backend.Name, s.broken)
	}
	return nil
}

// hashes lists the content hashes stored on the article node: normally one;
// two after a replacement interrupted between its two kv batches.
func (s *Store) hashes(ctx context.Context, article quad.IRI) ([]string, error) {
	vals, _, err := s.values(ctx, pattern{S: article, P: ContentHash}, quad.Object)
	var out []string
	for _, v := range vals {
		out = append(out, fmt.Sprint(quad.NativeOf(v)))
	}
	return out, err
}

// articleQuads returns every stored quad labelled with the article IRI.
// Backends without a label index walk from the article node instead:
// forward along subject→object links from the article and from the nodes
// pointing at it (claims, events), keeping quads with the label. WriteArticle
// only accepts quads this walk reaches (see reachable).
func (s *Store) articleQuads(ctx context.Context, label quad.IRI) ([]quad.Quad, error) {
	if s.backend.LabelIndex {
		return s.quads(ctx, pattern{L: label})
	}
	lref := s.qs.ValueOf(label)
	if lref == nil {
		return nil, nil
	}
	lkey := cgraph.ToKey(lref)
	var (
		refs  []cgraph.Ref
		taken = map[interface{}]struct{}{}
		seen  = map[interface{}]struct{}{lkey: {}}
		queue = []cgraph.Ref{lref}
	)
	visit := func(dir quad.Direction, node cgraph.Ref, next quad.Direction) error {
		it := s.qs.QuadIterator(dir, node)
		defer it.Close()
		for it.Next(ctx) {
			ref := it.Result()
			if cgraph.ToKey(s.qs.QuadDirection(ref, quad.Label)) != lkey {
				continue
			}
			if k := cgraph.ToKey(ref); k != nil {
				if _, ok := taken[k]; !ok {
					taken[k] = struct{}{}
					refs = append(refs, ref)
				}
			}
			n := s.qs.QuadDirection(ref, next)
			if _, ok := seen[cgraph.ToKey(n)]; !ok {
				seen[cgraph.ToKey(n)] = struct{}{}
				queue = append(queue, n)
			}
		}
		if err := it.Err(); err != nil {
			return err
		}
		return ctx.Err()
	}
	if err := visit(quad.Object, lref, quad.Subject); err != nil {
		return nil, err
	}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		if err := visit(quad.Subject, n, quad.Object); err != nil {
			return nil, err
		}
	}
	out := make([]quad.Quad, 0, len(refs))
	for _, r := range refs {
		out = append(out, s.qs.Quad(r))
	}
	return out, nil
}
