package facts

import (
	"fmt"
	"sort"
	"testing"
	"time"
)

func TestZZBenchDocPatterns(t *testing.T) {
	d := testDoc(t, time.Date(2023, 3, 2, 0, 0, 0, 0, time.UTC), benchEnts, benchSentences...)
	c := mustCues()
	v := newView(d)
	type row struct {
		id    int
		d     time.Duration
		tries int
	}
	var rows []row
	var tot time.Duration
	for _, p := range c.patterns {
		r := row{id: p.id}
		const reps = 200
		t0 := time.Now()
		for i := 0; i < reps; i++ {
			for si := range v.sents {
				if v.sents[si].possible[p.id] {
					p.findAll(&v.sents[si])
				}
			}
		}
		r.d = time.Since(t0) / reps
		for si := range v.sents {
			if v.sents[si].possible[p.id] {
				r.tries++
			}
		}
		tot += r.d
		rows = append(rows, r)
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].d > rows[j].d })
	fmt.Println("total per doc", tot)
	for _, r := range rows[:25] {
		p := c.patterns[r.id]
		re := p.re.String()
		if len(re) > 120 {
			re = re[:120]
		}
		fmt.Printf("%4d %8v tries=%d anch=%v %s\n", r.id, r.d, r.tries, p.anchored != nil, re)
	}
}
