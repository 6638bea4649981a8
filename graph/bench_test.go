package graph

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"strconv"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/kv/leveldb"
	"github.com/cayleygraph/quad"
)

// leveldb is registered for the load comparison only.
func init() {
	RegisterBackend(Backend{Name: "leveldb", Cayley: "leveldb", Persistent: true,
		Options: cgraph.Options{"no_bloom": true}, KV: true})
}

// synthArticle makes a made-up article of about 150 quads: 10 entities from
// a shared pool of 5000, 5 relations, 2 events.
func synthArticle(i int, version int) ArticleQuads {
	r := rand.New(rand.NewSource(int64(i)))
	types := []string{"Person", "Organization", "Country", "Place"}
	prefix := map[string]string{"Person": "person", "Organization": "org", "Country": "country", "Place": "place"}
	a := tArticle{id: fmt.Sprintf("synthetic/%06d", i), hash: fmt.Sprintf("%d-%d", i, version),
		headline: fmt.Sprintf("Synthetic report number %d", i)}
	for j := 0; j < 10; j++ {
		n := r.Intn(5000)
		typ := types[n%4]
		a.entities = append(a.entities, tEntity{
			key: fmt.Sprintf("%s/e%d", prefix[typ], n), typ: typ, name: fmt.Sprintf("Entity %d", n),
			aliases: []string{fmt.Sprintf("E%d", n)},
		})
	}
	for j := 0; j < 5+version%2; j++ {
		s, o := a.entities[r.Intn(10)], a.entities[r.Intn(10)]
		a.relations = append(a.relations, tRelation{s.key, Relations[r.Intn(len(Relations))], o.key,
			fmt.Sprintf("Sentence %d of report %d links two parties.", j, i)})
	}
	for j := 0; j < 2; j++ {
		a.events = append(a.events, tEvent{kind: EventKinds[r.Intn(len(EventKinds))],
			origin: a.entities[r.Intn(10)].key, count: int64(r.Intn(10000)),
			sentence: fmt.Sprintf("Event sentence %d of report %d.", j, i)})
	}
	return a.quads()
}

func benchStore(b *testing.B, backend string) *Store {
	b.Helper()
	var addr string
	switch backend {
	case "postgres":
		addr = freshPostgres(b)
	case "memory":
	default:
		addr = b.TempDir() + "/graph." + backend
	}
	s, err := Open(backend, addr)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// BenchmarkWriteArticle: new articles, one transaction each.
func BenchmarkWriteArticle(b *testing.B) {
	for _, backend := range []string{"bolt", "memory", "postgres"} {
		b.Run(backend, func(b *testing.B) {
			s := benchStore(b, backend)
			ctx := context.Background()
			arts := make([]ArticleQuads, b.N)
			quads := 0
			for i := range arts {
				arts[i] = synthArticle(i, 0)
				quads += len(arts[i].Quads)
			}
			b.ResetTimer()
			start := time.Now()
			for i := range arts {
				if _, err := s.WriteArticle(ctx, arts[i]); err != nil {
					b.Fatal(err)
				}
			}
			sec := time.Since(start).Seconds()
			b.ReportMetric(float64(b.N)/sec, "articles/s")
			b.ReportMetric(float64(quads)/sec, "quads/s")
		})
	}
}

// BenchmarkReplaceArticle: rewriting changed articles in a store already
// holding 2000 articles.
func BenchmarkReplaceArticle(b *testing.B) {
	for _, backend := range []string{"bolt", "memory", "postgres"} {
		b.Run(backend, func(b *testing.B) {
			s := benchStore(b, backend)
			ctx := context.Background()
			const stored = 2000
			var all []quad.Quad
			for i := 0; i < stored; i++ {
				all = append(all, synthArticle(i, 0).Quads...)
			}
			if _, err := s.Import(ctx, quad.NewReader(all)); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				out, err := s.WriteArticle(ctx, synthArticle(i%stored, 1+i/stored))
				if err != nil || out != Replaced {
					b.Fatal(out, err)
				}
			}
		})
	}
}

// benchQuads is the size of the Stats and load benchmarks' graphs
// (NEWSGRAPH_BENCH_QUADS, default 150k quads, about 1000 articles).
func benchQuads() int {
	if n, err := strconv.Atoi(os.Getenv("NEWSGRAPH_BENCH_QUADS")); err == nil && n > 0 {
		return n
	}
	return 150000
}

func synthQuads(n int) []quad.Quad {
	var all []quad.Quad
	for i := 0; len(all) < n; i++ {
		all = append(all, synthArticle(i, 0).Quads...)
	}
	return all
}

// BenchmarkLoad compares bulk-loading the same synthetic articles.
func BenchmarkLoad(b *testing.B) {
	all := synthQuads(benchQuads())
	for _, backend := range []string{"bolt", "leveldb", "memory", "postgres"} {
		b.Run(backend, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				s := benchStore(b, backend)
				b.StartTimer()
				start := time.Now()
				n, err := s.Import(context.Background(), quad.NewReader(all))
				if err != nil || n != len(dedupe(all)) {
					b.Fatal(n, err)
				}
				b.ReportMetric(float64(n)/time.Since(start).Seconds(), "quads/s")
			}
		})
	}
}

// BenchmarkStats counts a graph of benchQuads() quads.
func BenchmarkStats(b *testing.B) {
	all := synthQuads(benchQuads())
	for _, backend := range []string{"bolt", "memory", "postgres"} {
		b.Run(backend, func(b *testing.B) {
			s := benchStore(b, backend)
			if _, err := s.Import(context.Background(), quad.NewReader(all)); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				st, err := s.Stats(context.Background())
				if err != nil || st.Articles == 0 {
					b.Fatal(st, err)
				}
			}
		})
	}
}
