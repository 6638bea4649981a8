package loaders

import (
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"

	"newsgraph/graph"
	"newsgraph/loaders/extract"
)

// safeKey makes an entity key usable inside an IRI: runs of white space
// become "-", characters N-Quads forbids in IRIs are dropped. Keys from
// extract are already like that ("person/vladimir-putin"); this keeps a
// stray "person/jonas berg\nfinland" from producing an export that no
// N-Quads reader accepts. It is idempotent.
func safeKey(k string) string {
	if !strings.ContainsFunc(k, badKeyRune) {
		return k
	}
	var b strings.Builder
	dash := false
	for _, r := range strings.TrimSpace(k) {
		switch {
		case unicode.IsSpace(r):
			dash = true
		case badKeyRune(r):
		default:
			if dash {
				b.WriteByte('-')
				dash = false
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

func badKeyRune(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsControl(r) || strings.ContainsRune("<>\"{}|^`\\", r)
}

// entityIRI is the IRI of an entity key, made safe.
func entityIRI(key string) quad.IRI { return graph.EntityIRI(safeKey(key)) }

// sanitizeKeys makes every key of an extraction safe in place, so that
// resolution compares keys as they will be stored.
func sanitizeKeys(x *extract.Extraction) {
	for i := range x.Entities {
		x.Entities[i].Key = safeKey(x.Entities[i].Key)
	}
	for i := range x.Relations {
		x.Relations[i].SKey = safeKey(x.Relations[i].SKey)
		x.Relations[i].OKey = safeKey(x.Relations[i].OKey)
	}
	for i := range x.Events {
		for role, k := range x.Events[i].Keys {
			x.Events[i].Keys[role] = safeKey(k)
		}
	}
}
