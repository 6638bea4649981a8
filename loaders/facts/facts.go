// Package facts reads relations and events out of an analysed article
// (an extract.Doc whose entities are already found and resolved).
package facts

import "newsgraph/loaders/extract"

// Relations returns the relations of the fixed vocabulary the article states.
func Relations(doc *extract.Doc) []extract.Relation { return []extract.Relation{} }

// Events returns the events the article reports.
func Events(doc *extract.Doc) []extract.Event { return []extract.Event{} }
