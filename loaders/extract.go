package loaders

import (
	"newsgraph/loaders/extract"
	"newsgraph/loaders/facts"
)

// Extract finds the entities, relations and events of one article.
func Extract(a Article) extract.Extraction {
	doc := extract.Analyze(a.Text, a.Published)
	x := extract.Extraction{Entities: doc.Entities, Relations: facts.Relations(doc), Events: facts.Events(doc)}
	if x.Entities == nil {
		x.Entities = []extract.Entity{}
	}
	return x
}
