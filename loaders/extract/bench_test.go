package extract

import (
	"strings"
	"testing"
	"time"
)

// benchArticle is a realistic article of about 3 KB, written for the
// benchmark (no real article is copied).
var benchArticle = strings.TrimSpace(`
Kazakhstan sends deserter back to Russia as asylum hopes fade

By Anna Smirnova

ALMATY, Kazakhstan (Reuters) - Authorities in Kazakhstan on Tuesday handed a Russian soldier who had fled his unit in the Belgorod region back to Russian border guards, rights groups said, in the latest case to alarm Russians who escaped the war in Ukraine.

Dmitry Orlov, 27, a contract soldier from Chelyabinsk, crossed into Kazakhstan in October 2023 and applied for asylum, according to the Idite Lesom network, which helps Russians avoid the draft. The group's founder, Grigory Sverdlin, told Reuters that Orlov was handed over at the Semey checkpoint after a court in Astana rejected his appeal.

Kazakh police declined to comment. The Kazakh Interior Ministry said in a statement that Orlov had broken migration rules and that his case had been handled "in line with the law". Human Rights Watch urged Astana to stop such transfers. "Kazakhstan must respect its obligations under the Refugee Convention," said Tanya Lokshina, associate Europe and Central Asia director at HRW.

In Moscow, Kremlin spokesman Dmitry Peskov said the case was a matter for the courts. The Russian Defence Ministry did not respond to a request for comment. Orlov faces up to 15 years in prison on desertion charges, his lawyer said.

Many thousands of Russian men went to Kazakhstan after President Vladimir Putin announced a partial mobilisation in September 2022. Many later moved on to Georgia, Armenia or Turkey, and some reached Germany, France and Portugal. The European Union has granted few of them protection: EU states logged about 17,000 requests for protection filed by Russian nationals last year, according to the European Union Agency for Asylum.

Most Russians can no longer enter Estonia, Latvia or Lithuania at all. Finland shut its land crossings in December, and Finnish Interior Minister Mari Rantanen told public broadcaster Yle that the border would stay closed "as long as necessary". The European Commission said member states were free to decide.

France has been more open. A court in Paris ruled last year that men who reject call-up papers can qualify as refugees, and the French asylum office has since granted protection to several deserters, the Guardian reported.

Not everyone who leaves is safe abroad. Last year a Russian helicopter pilot who had flown to Ukraine was found dead in Torrevieja, Spain, and Spanish investigators said they suspected a contract killing. "Nobody can promise these men that the long arm of the state will not reach them," said Elena Volkova, 38, a lawyer who advises deserters in Tbilisi. She said her clients now avoid Turkey and the United Arab Emirates, where Russian requests for extradition are often granted, and prefer to wait for humanitarian visas in Georgia or Armenia.

Photo: Pavel Mikheyev/Reuters
`)

func BenchmarkAnalyze(b *testing.B) {
	Analyze(benchArticle, time.Time{}) // load data once, outside the timing
	b.SetBytes(int64(len(benchArticle)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Analyze(benchArticle, time.Time{})
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkTagging is the share of Analyze that is prose's work:
// segmenting, tokenising and tagging, without the entity rules.
func BenchmarkTagging(b *testing.B) {
	b.SetBytes(int64(len(benchArticle)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, s := range sentences(benchArticle) {
			tokens(s.Text, s.Start)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
