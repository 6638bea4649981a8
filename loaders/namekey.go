package loaders

import (
	"github.com/mozillazg/go-unidecode"

	"newsgraph/graph"
)

// nameKey is the graph's ng:key normalisation.
func nameKey(name string) string { return graph.NameKey(name) }

// latinKey is the name key of a name transliterated to Latin letters, so
// that "Путин" and "Putin" compare equal.
func latinKey(name string) string { return graph.NameKey(unidecode.Unidecode(name)) }

// nameKeys are the keys an entity name is found by: its key and, when the
// name is not in Latin script, its transliterated key.
func nameKeys(name string) []string {
	k := nameKey(name)
	if k == "" {
		return nil
	}
	if l := latinKey(name); l != "" && l != k {
		return []string{k, l}
	}
	return []string{k}
}
