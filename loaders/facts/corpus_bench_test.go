package facts

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"newsgraph/loaders/extract"
)

// goldenDocs are the analysed articles the golden test stores (see
// golden_test.go): every article of the repo, entities fixed.
func goldenDocs(t testing.TB) []*extract.Doc {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "golden", "*.doc.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden docs (%v)", err)
	}
	var out []*extract.Doc
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var d extract.Doc
		if err := json.Unmarshal(b, &d); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out = append(out, &d)
	}
	return out
}

// BenchmarkFactsCorpus reads every article of the repo (as analysed and
// stored for the golden test), one Read per op, and reports the mean
// article size and the time per 3 KB.
func BenchmarkFactsCorpus(b *testing.B) {
	docs := goldenDocs(b)
	size := 0
	for _, d := range docs {
		size += len(d.Text)
		Read(d) // load the data and fill the date memo outside the timing
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Read(docs[i%len(docs)])
	}
	b.StopTimer()
	perArticle := b.Elapsed() / time.Duration(b.N)
	mean := float64(size) / float64(len(docs))
	b.ReportMetric(mean, "bytes/article")
	b.ReportMetric(float64(perArticle.Microseconds())*3000/mean, "µs/3KB")
}
