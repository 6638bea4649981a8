package extract

import (
	"strings"
	"time"

	"github.com/jdkato/prose/v3"
)

// Analyze segments text into sentences, tags it and finds the entities it names.
func Analyze(text string, published time.Time) *Doc {
	doc := &Doc{Text: text, Published: published}
	pd, err := prose.NewDocument(text)
	if err != nil {
		return doc
	}
	byName := map[string]int{}
	for _, e := range pd.Entities() {
		typ := map[string]string{"PERSON": Person, "GPE": Place, "ORGANIZATION": Organization}[e.Label]
		if typ == "" {
			continue
		}
		if _, ok := byName[e.Text]; !ok {
			byName[e.Text] = len(doc.Entities)
			doc.Entities = append(doc.Entities, Entity{Key: strings.ToLower(typ) + "/" + strings.ToLower(e.Text), Name: e.Text, Type: typ})
		}
	}
	return doc
}
