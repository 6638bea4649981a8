package evaluate

import "testing"

// BenchmarkScoreHeldOutSelf scores every held-out gold file against itself:
// about the size of a real article's extraction.
func BenchmarkScoreHeldOutSelf(b *testing.B) {
	var docs []Document
	for _, n := range []string{"numbers_mobilisation_exodus", "officials_baltic_entry_ban", "wire_finland_closes_border"} {
		d, err := ReadDocument("testdata/gold/" + n + ".json")
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			Score(d, d)
		}
	}
}

func BenchmarkNorm(b *testing.B) {
	for b.Loop() {
		Norm("Lithuania’s Interior Minister Agnė Bilotaitė")
	}
}
