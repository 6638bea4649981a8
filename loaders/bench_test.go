package loaders

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"newsgraph/graph"
	"newsgraph/loaders/extract"
)

func BenchmarkToQuads(b *testing.B) {
	t := &testing.T{}
	a, x := sampleArticle(t)
	b.ReportAllocs()
	for b.Loop() {
		ToQuads(a, x)
	}
}

func BenchmarkReadFormats(b *testing.B) {
	for _, name := range []string{"mobilization.txt", "asylum.md", "border.html", "feed.jsonl"} {
		p := filepath.Join("testdata", "corpus", name)
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		f := FormatOfPath(p)
		b.Run(f.Name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				f.Read(bytes.NewReader(data), name)
			}
		})
	}
}

// BenchmarkLoadBolt measures the write side of a load (hash check,
// resolution, quads, one bolt transaction per article) with a fixed
// extraction of 12 entities, 6 relations and 3 events per article.
func BenchmarkLoadBolt(b *testing.B) {
	const n = 200
	ctx := context.Background()
	dir := b.TempDir()
	var srcs []Source
	for i := range n {
		p := filepath.Join(dir, fmt.Sprintf("a%03d.txt", i))
		text := fmt.Sprintf("Report %d\n\nThe border guards of country %d counted more arrivals this week.", i, i)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, Source{Path: p, Name: filepath.Base(p), Format: FormatByName("txt")})
	}
	ex := func(a Article) extract.Extraction {
		var x extract.Extraction
		for j := range 12 {
			x.Entities = append(x.Entities, extract.Entity{Key: fmt.Sprintf("person/p%d-%s", j, a.ID), Name: fmt.Sprintf("Person %d %s", j, a.ID), Type: extract.Person})
		}
		ev := &extract.Evidence{Sentence: a.Text, Start: 0, End: len(a.Text)}
		for j := range 6 {
			x.Relations = append(x.Relations, extract.Relation{P: "helped", SKey: x.Entities[j].Key, OKey: x.Entities[j+6].Key, Evidence: ev})
		}
		for j := range 3 {
			c := float64(100 * j)
			x.Events = append(x.Events, extract.Event{Kind: "Emigration", Count: &c, Keys: map[string]string{"subject": x.Entities[j].Key}, Evidence: ev})
		}
		return x
	}
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		store, err := graph.Open("bolt", filepath.Join(b.TempDir(), "g.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		sum, err := Load(ctx, store, srcs, LoadOptions{Extract: ex})
		if err != nil || sum.Added != n {
			b.Fatalf("%+v %v", sum, err)
		}
		b.StopTimer()
		b.ReportMetric(float64(sum.Quads), "quads/op")
		store.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}
