package facts

import (
	"testing"
	"time"
)

func TestQuantities(t *testing.T) {
	c := mustCues()
	for _, tc := range []struct {
		text      string
		value     float64
		count     bool
		vague     bool
		qualifier string
	}{
		{"more than 4,200 cases", 4200, true, false, "more than"},
		{"almost 8 thousand applications", 8000, true, false, "almost"},
		{"half a million people left", 500000, true, false, ""},
		{"twelve soldiers", 12, true, false, ""},
		{"twenty-five conscripts", 25, true, false, ""},
		{"at least 40 men", 40, true, false, "at least"},
		{"fewer than 300 people", 300, true, false, "fewer than"},
		{"no fewer than 90 people", 90, true, false, "at least"},
		{"some 2.5 million people", 2500000, true, false, "about"},
		{"57k arrivals", 57000, true, false, ""},
		{"hundreds of thousands of men", 0, false, true, ""},
		{"tens of thousands of soldiers", 0, false, true, ""},
		{"a 24% decrease", 24, false, false, ""},
		{"the rate rose to 41 per cent", 41, false, false, ""},
		{"most were men between 18 and 45", 18, false, false, ""},
		{"conscripts aged 18 to 27", 18, false, false, ""},
		{"six and a half years in prison", 6.5, false, false, ""},
		{"10 or more years", 10, false, false, ""},
		{"in 2023 alone", 2023, false, false, ""},
		{"at least two of them agreed", 2, false, false, "at least"},
		{"one of the soldiers", 1, false, false, ""},
		{"@P0@, 31, a mechanic", 31, false, false, ""},
		{"@P0@ said 31, then more", 31, true, false, ""},
		{"closed on 30 september 2022", 30, false, false, ""},
		{"on sept. 21 they left", 21, false, false, ""},
		{"four countries refused", 4, false, false, ""},
		{"roughly 500 the year before", 500, true, false, "about"},
	} {
		qs := c.quantities(tc.text)
		if len(qs) == 0 {
			t.Errorf("%q: no quantity", tc.text)
			continue
		}
		q := qs[0]
		if q.value != tc.value || q.count != tc.count || q.vague != tc.vague || q.qualifier != tc.qualifier {
			t.Errorf("%q: got value=%v count=%v vague=%v qualifier=%q, want %v %v %v %q",
				tc.text, q.value, q.count, q.vague, q.qualifier, tc.value, tc.count, tc.vague, tc.qualifier)
		}
	}
	for _, text := range []string{"a man", "they fled", "an organization"} {
		if qs := c.quantities(text); len(qs) != 0 {
			t.Errorf("%q: found quantity %+v", text, qs[0])
		}
	}
}

func TestDates(t *testing.T) {
	c := mustCues()
	pub := time.Date(2023, 5, 10, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text      string
		published time.Time
		context   string // another sentence of the article
		want      string
	}{
		{"on sept. 21, 2022 the call-up began", time.Time{}, "", "2022-09-21"},
		{"it began in february 2022", time.Time{}, "", "2022-02"},
		{"it rose in 2023", time.Time{}, "", "2023"},
		{"21 september 2022 was the day", time.Time{}, "", "2022-09-21"},
		{"in february they left", pub, "", "2023-02"},
		{"in february they left", time.Time{}, "", ""},                                  // no year, no reference: no date
		{"after sept. 21, when", time.Time{}, "photo taken oct. 3, 2022", "2022-09-21"}, // year from the article's latest date
		{"on wednesday officials said", pub.AddDate(0, 0, 2), "", "2023-05-10"},         // published on a Friday
		{"on wednesday officials said", time.Time{}, "it was may 2, 2022", ""},          // relative: only against a publication date
		{"they applied last year", pub, "", "2022"},
		{"it shut in november and december last year", pub, "", "2022-11"},
		{"in march last year they left", pub, "", "2022-03"},
		{"it grew this year", pub, "", "2023"},
		{"they left last month", pub, "", "2023-04"},
		{"they left last month", time.Date(2023, 3, 31, 0, 0, 0, 0, time.UTC), "", "2023-02"},
		{"they crossed last summer", pub, "", "2022"}, // told in May: the summer before
		{"they crossed last spring", time.Date(2023, 9, 1, 0, 0, 0, 0, time.UTC), "", "2023"},
		{"they applied last year", time.Time{}, "it was may 2, 2022", ""},
	} {
		sents := []sentence{{mask: tc.text}}
		if tc.context != "" {
			sents = append(sents, sentence{mask: tc.context})
		}
		r := newDateResolver(c, tc.published, sents)
		ds := c.dates(tc.text)
		if len(ds) == 0 {
			t.Errorf("%q: no date phrase", tc.text)
			continue
		}
		if got := r.resolve(ds[0]); got != tc.want {
			t.Errorf("%q (published %v): got %q, want %q", tc.text, tc.published.Format("2006-01-02"), got, tc.want)
		}
	}
}
