package facts

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"newsgraph/loaders/extract"
)

func loadGoldenDocs(t testing.TB) []*extract.Doc {
	files, _ := filepath.Glob("testdata/golden/*.doc.json")
	var out []*extract.Doc
	for _, f := range files {
		b, _ := os.ReadFile(f)
		var d extract.Doc
		if err := json.Unmarshal(b, &d); err != nil {
			t.Fatal(err)
		}
		out = append(out, &d)
	}
	return out
}

func TestZZPatternCost(t *testing.T) {
	docs := loadGoldenDocs(t)
	docs = append(docs, testDoc(t, time.Date(2023, 3, 2, 0, 0, 0, 0, time.UTC), benchEnts, benchSentences...))
	c := mustCues()
	type st struct {
		id          int
		d           time.Duration
		tries, hits int
	}
	stats := make([]st, len(c.patterns))
	nsent := 0
	for rep := 0; rep < 20; rep++ {
		for _, d := range docs {
			v := newView(d)
			for si := range v.sents {
				s := &v.sents[si]
				nsent++
				for _, p := range c.patterns {
					if !s.possible[p.id] {
						continue
					}
					t0 := time.Now()
					n := len(p.findAll(s))
					stats[p.id].d += time.Since(t0)
					stats[p.id].tries++
					if n > 0 {
						stats[p.id].hits++
					}
					stats[p.id].id = p.id
				}
			}
		}
	}
	sort.Slice(stats, func(i, j int) bool { return stats[i].d > stats[j].d })
	var tot time.Duration
	for _, s := range stats {
		tot += s.d
	}
	fmt.Println("sentences", nsent, "total", tot, "patterns", len(c.patterns))
	for _, s := range stats[:40] {
		p := c.patterns[s.id]
		re := p.re.String()
		if len(re) > 150 {
			re = re[:150]
		}
		fmt.Printf("%6d %8v tries=%d hits=%d anch=%v need=%d %s\n", s.id, s.d, s.tries, s.hits, p.anchored != nil, len(p.need), re)
	}
}
