package facts

import (
	"fmt"
	"os"
	"testing"
	"time"

	"newsgraph/loaders/extract"
)

func TestDebugMasks(t *testing.T) {
	p := os.Getenv("FACTS_DEBUG")
	if p == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(p)
	doc := extract.Analyze(string(b), time.Time{})
	v := newView(doc)
	for _, s := range v.sents {
		fmt.Printf("%d: %s\n", s.idx, s.mask)
		for _, m := range s.ments {
			e := doc.Entities[m.ent]
			fmt.Printf("     @%c%d %q -> %s [%s] %s\n", m.typ, 0, m.surface, e.Name, e.Type, e.ISO3166)
		}
	}
}
