package queries

import (
	"context"
	"testing"
	"time"
)

func TestDebugOne(t *testing.T) {
	ctx := context.Background()
	st, _ := openSynth(t, benchQuads(t))
	start := time.Now()
	var n int
	for i := 0; i < 100; i++ {
		p, err := FindPaths(ctx, st, "place/l004111", "person/p001470", PathOptions{})
		if err != nil {
			t.Fatal(err)
		}
		n = len(p)
		if i == 0 {
			for _, x := range p {
				t.Log(x.Nodes)
			}
		}
	}
	t.Log(time.Since(start)/100, dbgScans/100, dbgQuads/100, n)
}
