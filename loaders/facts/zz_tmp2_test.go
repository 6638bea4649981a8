package facts

import (
	"fmt"
	"sort"
	"testing"
	"time"
)

func TestZZAnchorCompare(t *testing.T) {
	docs := loadGoldenDocs(t)
	docs = append(docs, testDoc(t, time.Date(2023, 3, 2, 0, 0, 0, 0, time.UTC), benchEnts, benchSentences...))
	c := mustCues()
	var sents []*sentence
	for _, d := range docs {
		v := newView(d)
		for si := range v.sents {
			sents = append(sents, &v.sents[si])
		}
	}
	type row struct {
		id     int
		a, u   time.Duration
		starts int
		tries  int
	}
	var rows []row
	for _, p := range c.patterns {
		if p.anchored == nil {
			continue
		}
		r := row{id: p.id}
		for _, s := range sents {
			if s.possible[p.id] {
				r.tries++
				for _, h := range s.starts {
					if int(h.id) == p.id {
						r.starts++
					}
				}
			}
		}
		const reps = 30
		t0 := time.Now()
		for i := 0; i < reps; i++ {
			for _, s := range sents {
				if s.possible[p.id] {
					p.findAt(s)
				}
			}
		}
		r.a = time.Since(t0) / reps
		t0 = time.Now()
		for i := 0; i < reps; i++ {
			for _, s := range sents {
				if s.possible[p.id] {
					p.re.FindAllStringSubmatchIndex(s.mask, -1)
				}
			}
		}
		r.u = time.Since(t0) / reps
		rows = append(rows, r)
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].a-rows[i].u > rows[j].a-rows[j].u })
	var ta, tu, best time.Duration
	for _, r := range rows {
		ta += r.a
		tu += r.u
		best += min(r.a, r.u)
		p := c.patterns[r.id]
		re := p.re.String()
		if len(re) > 100 {
			re = re[:100]
		}
		fmt.Printf("%4d anch=%8v unanch=%8v tries=%4d starts=%4d nstr=%d %s\n", r.id, r.a, r.u, r.tries, r.starts, len(p.starts), re)
	}
	fmt.Println("anch", ta, "unanch", tu, "best", best, "sentences", len(sents))
}
