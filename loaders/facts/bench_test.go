package facts

import (
	"syscall"
	"testing"
	"time"
)

// processCPU is the user+system CPU time this process has used.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkFacts reads a made-up article of about 3 KB in the style of the
// field (officials, numbers, destinations, refusals, named deserters).
func BenchmarkFacts(b *testing.B) {
	doc := testDoc(b, time.Date(2023, 3, 2, 0, 0, 0, 0, time.UTC), benchEnts, benchSentences...)
	Read(doc) // load the cue data and gazetteer outside the timing
	for _, bc := range []struct {
		name string
		read func()
	}{
		{"Read", func() { Read(doc) }},
		{"RelationsThenEvents", func() { Relations(doc); Events(doc) }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(doc.Text)))
			b.ReportAllocs()
			cpu0 := processCPU()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				bc.read()
			}
			b.StopTimer()
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
			// CPU time (this process, GC included) stays meaningful when
			// other work shares the machine and stretches the wall clock.
			if cpu := processCPU() - cpu0; cpu > 0 {
				b.ReportMetric(float64(b.N)/cpu.Seconds(), "articles/cpu-s")
			}
			b.ReportMetric(float64(len(doc.Text)), "bytes/article")
		})
	}
}

var benchEnts = append(append([]ent(nil), eventEnts...), "Estonia|Country|EE", "Latvia|Country|LV", "Kadri Tamm|Person",
	"Free Passage|Organization", "Marta Ilves|Person", "Reuters|Organization", "Maria Ortiz|Person", "Kremlin|Organization")

var benchSentences = []string{
	"More than 100,000 [Russians|~Russia] have left the country since [Russia]'s full-scale invasion of [Ukraine], according to [Exit Watch].",
	"Many [Russian|~Russia] men went to [Serbia], [Montenegro] and [Israel], while others crossed into [Finland] before it closed its borders.",
	"[Estonia]'s interior minister [Kadri Tamm] said on Wednesday that [Estonia] will not issue visas to [Russian|~Russia] citizens fleeing the call-up.",
	"\"Our position has not changed and it will not change,\" she told reporters in the capital after a meeting of the government.",
	"[Norway], [Poland] and [Finland] have said they will not allow [Russian|~Russia] tourists to enter, although exceptions exist for family visits.",
	"[Marta Ilves], a spokeswoman for [Free Passage], said the group had helped about 400 [Russian|~Russia] soldiers who fled the front since September.",
	"Nearly 2,500 [Russian|~Russia] nationals applied for asylum in [Finland] in 2022, and fewer than 50 of them were granted asylum by the end of the year.",
	"[Germany] has issued humanitarian visas to twelve [Russian|~Russia] deserters, a spokesman for the interior ministry confirmed on Thursday.",
	"[Ivan Sokolov], a [Russian|~Russia] tank commander who deserted in 2022, now lives in [Armenia] and says he fears deportation.",
	"[Oleg Petrov] was deported from [Armenia] to [Russia], where he was sentenced to five years in a penal colony for desertion.",
	"[Exit Watch] has counted more than 9,000 criminal cases in [Russia] over desertion and refusal to fight since the mobilization began.",
	"Units of the [Russian army] were accused of carrying out the massacre in [Izium] in the first months of the war in [Ukraine].",
	"About 400 people were detained in [Russia] on Sunday for protesting against the war, rights groups said.",
	"The [Moscow city court] ruled last week that two conscientious objectors must stay in custody until their trial in the spring.",
	"Some [Russians|~Russia] request asylum at [Helsinki]'s [Helsinki airport] after arriving on tourist visas issued before the war.",
	"[the Kremlin|Kremlin] said on Monday that reports of an exodus of draft-age men were exaggerated and that the situation was calm.",
	"Travellers queue at a checkpoint on the border with [Finland]. [Reuters] Photo/[Maria Ortiz]",
	"Officials in [Europe] are divided over whether deserters should be treated as refugees or as a security risk for the continent.",
	"Since the war began in February 2022, the number of [Russian|~Russia] citizens applying for protection abroad has risen sharply every year.",
	"Half a million [Russians|~Russia] have fled [Russia] since the start of the war, the organisation estimates in its latest report.",
}
