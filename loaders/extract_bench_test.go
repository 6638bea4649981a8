package loaders

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkExtract runs the whole extraction (entities, relations, events)
// over the bundled example articles, or the .txt files NEWSGRAPH_BENCH_CORPUS
// names (a glob), and reports articles/s, KB/s and the mean article size
// (3 KB articles/s = KB/s ÷ 3). Run it with -cpu 1 for the per-core figure.
func BenchmarkExtract(b *testing.B) {
	glob := "../examples/articles/*.txt"
	if g := os.Getenv("NEWSGRAPH_BENCH_CORPUS"); g != "" {
		glob = g
	}
	files, _ := filepath.Glob(glob)
	var arts []Article
	size := 0
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, Article{ID: f, Text: string(text), Published: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)})
		size += len(text)
	}
	if len(arts) == 0 {
		b.Fatal("no example articles")
	}
	Extract(arts[0]) // load the data files outside the timing
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		Extract(arts[i%len(arts)])
	}
	secs := time.Since(start).Seconds()
	kbPerArticle := float64(size) / float64(len(arts)) / 1024
	b.ReportMetric(float64(b.N)/secs, "articles/s")
	b.ReportMetric(kbPerArticle, "KB/article")
	b.ReportMetric(float64(b.N)*kbPerArticle/secs, "KB/s")
}
