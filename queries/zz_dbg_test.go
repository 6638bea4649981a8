package queries

import (
	"context"
	"testing"
	"time"
)

func TestDebugPaths(t *testing.T) {
	ctx := context.Background()
	st, sg := openSynth(t, benchQuads(t))
	qs := synthQueries(ctx, t, st, sg, 40)

	for _, q := range qs {
		dbgFull, dbgProbe, dbgGeneric, dbgEvents = 0, 0, 0, 0
		start := time.Now()
		paths, err := FindPaths(ctx, st, q[0], q[1], PathOptions{})
		if err != nil {
			t.Fatal(err)
		}
		var lens []int
		for _, p := range paths {
			lens = append(lens, len(p.Hops))
		}
		t.Logf("%s %s %v lens=%v full=%d probe=%d generic=%d events=%d", q[0], q[1], time.Since(start).Round(time.Millisecond), lens, dbgFull, dbgProbe, dbgGeneric, dbgEvents)
	}
}
