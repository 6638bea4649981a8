package queries

import (
	"context"
	"testing"
)

func TestDebugBrute(t *testing.T) {
	ctx := context.Background()
	st, _ := openSynth(t, benchQuads(t))
	for _, h := range []int{2, 3} {
		want := bruteCosts(t, st, "place/l004111", "person/p001470", h, 3)
		p, _ := FindPaths(ctx, st, "place/l004111", "person/p001470", PathOptions{MaxHops: h})
		var got []pathCost
		for _, x := range p {
			got = append(got, pathCost{len(x.Hops), x.Weakness})
		}
		t.Log(h, want, got)
	}
}
