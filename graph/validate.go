package graph

import (
	"fmt"

	"github.com/cayleygraph/quad"
)

// prepare validates an article's quads and returns them deduplicated, with
// the ng:contentHash quad added when missing.
func (a ArticleQuads) prepare() ([]quad.Quad, error) {
	if a.ID == "" {
		return nil, fmt.Errorf("article with empty id")
	}
	if a.Hash == "" {
		return nil, fmt.Errorf("article %q: empty content hash", a.ID)
	}
	label := ArticleIRI(a.ID)
	hasHash := false
	for i, q := range a.Quads {
		if err := checkQuad(q, label); err != nil {
			return nil, fmt.Errorf("article %q: quad %d %s: %v", a.ID, i, showQuad(q), err)
		}
		if q.Subject == label && q.Predicate == ContentHash {
			if q.Object != quad.String(a.Hash) {
				return nil, fmt.Errorf("article %q: quad %d %s: content hash differs from the article's %q", a.ID, i, showQuad(q), a.Hash)
			}
			hasHash = true
		}
	}
	quads := dedupe(a.Quads)
	if !hasHash {
		quads = append(quads, quad.Quad{Subject: label, Predicate: ContentHash, Object: quad.String(a.Hash), Label: label})
	}
	if i := unreachable(quads, label); i >= 0 {
		return nil, fmt.Errorf("article %q: quad %s: its subject is not linked from the article node (link it, e.g. with ng:mentions)", a.ID, showQuad(quads[i]))
	}
	return quads, nil
}

func checkQuad(q quad.Quad, label quad.IRI) error {
	if q.Label != label {
		return fmt.Errorf("label is %v, want %v", q.Label, label)
	}
	switch v := q.Subject.(type) {
	case quad.IRI:
		if v == "" {
			return fmt.Errorf("empty subject IRI")
		}
	case quad.BNode:
		if v == "" {
			return fmt.Errorf("empty subject blank node")
		}
	default:
		return fmt.Errorf("subject must be an IRI or blank node, not %T", q.Subject)
	}
	if p, ok := q.Predicate.(quad.IRI); !ok || p == "" {
		return fmt.Errorf("predicate must be a non-empty IRI")
	}
	switch v := q.Object.(type) {
	case quad.IRI:
		if v == "" {
			return fmt.Errorf("empty object IRI")
		}
	case quad.BNode:
		if v == "" {
			return fmt.Errorf("empty object blank node")
		}
	case quad.String, quad.TypedString, quad.LangString, quad.Int, quad.Float, quad.Bool, quad.Time:
	default:
		return fmt.Errorf("object of unsupported type %T", q.Object)
	}
	return nil
}

// unreachable returns the index of a quad whose subject cannot be reached
// from the article node, or -1. Reachable: the article node, nodes with a
// quad pointing at the article node (claims, events), and the objects of
// quads of reachable subjects. Stores without a label index find an
// article's quads by this walk, so every backend enforces it.
func unreachable(quads []quad.Quad, article quad.IRI) int {
	out := map[quad.Value][]quad.Value{}
	reached := map[quad.Value]bool{article: true}
	queue := []quad.Value{article}
	for _, q := range quads {
		out[q.Subject] = append(out[q.Subject], q.Object)
		if q.Object == article && !reached[q.Subject] {
			reached[q.Subject] = true
			queue = append(queue, q.Subject)
		}
	}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		for _, o := range out[n] {
			if !reached[o] {
				reached[o] = true
				queue = append(queue, o)
			}
		}
	}
	for i, q := range quads {
		if !reached[q.Subject] {
			return i
		}
	}
	return -1
}

func showQuad(q quad.Quad) string {
	s := func(v quad.Value) string {
		if v == nil {
			return "<nil>"
		}
		return v.String()
	}
	return s(q.Subject) + " " + s(q.Predicate) + " " + s(q.Object) + " " + s(q.Label)
}
