package facts

import (
	"fmt"
	"testing"
	"time"

	dps "github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-dateparser/date"
)

// dateparserISO is what dateResolver.resolve makes of a phrase through
// go-dateparser.
func dateparserISO(phrase string, ref time.Time) string {
	cfg := &dps.Configuration{CurrentTime: ref, PreferredDateSource: dps.Past, Languages: []string{"en"}}
	dt, err := dps.Parse(cfg, phrase)
	if err != nil || dt.IsZero() {
		return ""
	}
	switch dt.Period {
	case date.Year:
		return dt.Time.Format("2006")
	case date.Month:
		return dt.Time.Format("2006-01")
	}
	return dt.Time.Format("2006-01-02")
}

// The fast path must give exactly what go-dateparser gives, for every
// month word of cues.yaml and every shape datesIn makes.
func TestFullDateAgreesWithDateparser(t *testing.T) {
	c := mustCues()
	var phrases []string
	for _, y := range []int{1900, 1999, 2000, 2020, 2022, 2023, 2024, 2025, 2100} {
		phrases = append(phrases, fmt.Sprint(y))
	}
	for m := range c.months {
		for _, y := range []int{2019, 2024} {
			phrases = append(phrases, fmt.Sprintf("%s %d", m, y), fmt.Sprintf("%s. %d", m, y), fmt.Sprintf("%s, %d", m, y),
				fmt.Sprintf("%s of %d", m, y))
			for _, d := range []int{1, 2, 3, 9, 11, 12, 13, 21, 22, 23, 28, 29, 30, 31} {
				phrases = append(phrases, fmt.Sprintf("%d %s %d", d, m, y), fmt.Sprintf("%s %d, %d", m, d, y),
					fmt.Sprintf("%s. %d, %d", m, d, y), fmt.Sprintf("%s %d %d", m, d, y))
			}
			phrases = append(phrases, fmt.Sprintf("%s 1st, %d", m, y), fmt.Sprintf("%s 22nd %d", m, y),
				fmt.Sprintf("%s 3rd, %d", m, y), fmt.Sprintf("%s 14th, %d", m, y))
		}
	}
	fast := 0
	for _, p := range phrases {
		got, ok := c.fullDate(p)
		if !ok {
			continue
		}
		fast++
		// a publication date, a day of a year the phrases name, and the
		// stand-in resolve uses when there is none
		for _, ref := range []time.Time{time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC),
			time.Date(2019, 6, 15, 0, 0, 0, 0, time.UTC), time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC)} {
			if want := dateparserISO(p, ref); got != want {
				t.Errorf("fullDate(%q) = %q, go-dateparser %q (reference %s)", p, got, want, ref.Format("2006-01-02"))
			}
		}
	}
	if fast < len(phrases)/2 {
		t.Errorf("only %d of %d phrases took the fast path", fast, len(phrases))
	}
	for _, p := range []string{"february", "last week", "31 june 2022", "2022 september", "21 september", "may"} {
		if got, ok := c.fullDate(p); ok {
			t.Errorf("fullDate(%q) = %q, want no fast answer", p, got)
		}
	}
}
