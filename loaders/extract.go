package loaders

import (
	"newsgraph/loaders/extract"
	"newsgraph/loaders/facts"
)

// Extract finds the entities, relations and events of one article; dates
// in the text are resolved against its publication date when it has one.
func Extract(a Article) extract.Extraction {
	doc := extract.Analyze(a.Text, a.Published)
	rels, evs := facts.Read(doc)
	x := extract.Extraction{Entities: doc.Entities, Relations: rels, Events: evs}
	if x.Entities == nil {
		x.Entities = []extract.Entity{}
	}
	return x
}
