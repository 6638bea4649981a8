package queries

import (
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"
)

// BenchmarkV1GizmoOut measures one client's latency of
// POST /api/v1/query/gizmo with g.V(x).Out().All() over a bolt store of
// about 6,200 quads, through a real listener, and reports p50/p99.
func BenchmarkV1GizmoOut(b *testing.B) {
	f := cayleyFixture{people: 1500, units: 20, articles: 50}
	srv := startCayleyServer(b, openFixtureStore(b, f), ServerOptions{})
	client := srv.Client()
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q := `g.V("<` + string(f.person(i%f.people)) + `>").Out().All()`
		start := time.Now()
		resp, err := client.Post(srv.URL+"/api/v1/query/gizmo", "text/plain", strings.NewReader(q))
		if err != nil {
			b.Fatal(err)
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		lat = append(lat, time.Since(start))
		if err != nil || resp.StatusCode != http.StatusOK || strings.Count(string(body), `"id"`) != 3 {
			b.Fatalf("%d %s %v", resp.StatusCode, body, err)
		}
	}
	b.StopTimer()
	slices.Sort(lat)
	pct := func(p float64) float64 { return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000 }
	b.ReportMetric(pct(0.50), "p50_ms")
	b.ReportMetric(pct(0.99), "p99_ms")
}
