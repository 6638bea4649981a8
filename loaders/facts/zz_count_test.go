package facts

import (
	"fmt"
	"os"
	"sort"
	"testing"
	"time"
)

func TestCountRuns(t *testing.T) {
	if os.Getenv("FACTS_COUNT") == "" {
		t.Skip()
	}
	c := mustCues()
	ents := append(append([]ent(nil), eventEnts...), "Estonia|Country|EE", "Latvia|Country|LV", "Kadri Tamm|Person",
		"Free Passage|Organization", "Marta Ilves|Person", "Reuters|Organization", "Maria Ortiz|Person", "Kremlin|Organization")
	_ = ents
	doc := testDoc(t, time.Now(), benchEnts, benchSentences...)
	v := newView(doc)
	type st struct {
		id, runs, hits int
		dur            time.Duration
	}
	stats := map[int]*st{}
	for _, s := range v.sents {
		for _, p := range c.patterns {
			if !s.possible[p.id] {
				continue
			}
			x := stats[p.id]
			if x == nil {
				x = &st{id: p.id}
				stats[p.id] = x
			}
			x.runs++
			t0 := time.Now()
			for k := 0; k < 100; k++ {
				p.re.FindAllStringSubmatchIndex(s.mask, -1)
			}
			x.dur += time.Since(t0) / 100
			if p.re.MatchString(s.mask) {
				x.hits++
			}
		}
	}
	var all []*st
	for _, x := range stats {
		all = append(all, x)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].dur > all[j].dur })
	var total time.Duration
	runs := 0
	for _, x := range all {
		total += x.dur
		runs += x.runs
	}
	fmt.Println("total", total, "runs", runs, "patterns", len(c.patterns), "sentences", len(v.sents))
	for _, x := range all[:12] {
		fmt.Printf("%6v runs=%d hits=%d need=%q re=%.90s\n", x.dur, x.runs, x.hits, c.patterns[x.id].need, c.patterns[x.id].re.String())
	}
}
