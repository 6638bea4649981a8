package queries

import (
	"context"
	"os"
	"sort"
	"strconv"
	"testing"
	"time"
)

// benchQuads is the size of the synthetic graph: 1M quads unless
// NEWSGRAPH_BENCH_QUADS says otherwise (e.g. 100000 for a quick run).
func benchQuads(tb testing.TB) int {
	if s := os.Getenv("NEWSGRAPH_BENCH_QUADS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1000 {
			tb.Fatalf("NEWSGRAPH_BENCH_QUADS=%q: want a number of quads ≥ 1000", s)
		}
		return n
	}
	return 1_000_000
}

// BenchmarkFindPaths times 3-shortest-path queries (max 4 hops, relations
// and events) between people and places of the synthetic graph and reports
// latency percentiles.
func BenchmarkFindPaths(b *testing.B) {
	ctx := context.Background()
	st, sg := openSynth(b, benchQuads(b))
	if sg.Build > 0 {
		b.ReportMetric(sg.Build.Seconds(), "build-s")
	}
	queries := synthQueries(ctx, b, st, sg, 200)
	var lat []time.Duration
	found := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q := queries[i%len(queries)]
		start := time.Now()
		paths, err := FindPaths(ctx, st, q[0], q[1], PathOptions{})
		lat = append(lat, time.Since(start))
		if err != nil {
			b.Fatalf("%s → %s: %v", q[0], q[1], err)
		}
		if len(paths) > 0 {
			found++
		}
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) float64 {
		return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(float64(found)/float64(b.N), "found/op")
}
