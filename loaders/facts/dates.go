package facts

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	dps "github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-dateparser/date"
)

// datePhrase is a date expression in a masked sentence.
type datePhrase struct {
	start, end int    // mask offsets of the whole phrase
	prep       string // leading preposition ("since", "in"), "" if none
	text       string // the phrase without its preposition
	lastYear   bool   // a month told as "of last year" ("in November and December last year")
	thatYear   bool   // a month of a year told before: "that September", "in September that year"
	// shift moves the phrase's date by days and months: "two days later"
	// after "19 September 2022", "a month after" before "in October 2022"
	shiftDays, shiftMonths int
	storyYear              int // for a month without a year: the year the text around it is in, 0 if none
}

// parsedDates memoises go-dateparser (about 90 µs a call) by phrase and,
// for phrases that need one, reference day.
var (
	parsedDates sync.Map
	parsedCount atomic.Int64
)

const maxParsedDates = 50000

var (
	yearRE = regexp.MustCompile(`\b(1[89]\d\d|20\d\d|2100)\b`)
	dayRE  = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\b`)
)

// dates finds the date phrases of a masked sentence: "sept. 21, 2022",
// "21 september 2022", "february 2022", "in 2023", "in february", "on
// wednesday". A month alone needs a preposition before it ("in may").
func (c *cues) dates(mask string) []datePhrase { return c.datesIn(mask, words(mask)) }

// datesIn is dates over tokens already made.
func (c *cues) datesIn(mask string, w []word) []datePhrase {
	var out []datePhrase
	for i := 0; i < len(w); i++ {
		t := w[i].s
		first, end := -1, -1 // token range of the phrase without its preposition
		thatYear := false
		switch {
		case c.isMonth(t):
			first, end = i, i+1
			k := i + 1
			if k < len(w) && w[k].s == "." {
				k++
			}
			if i > 0 && isDay(w[i-1].s) { // "21 september"
				first = i - 1
			} else if k < len(w) && isDay(w[k].s) { // "sept. 21"
				k++
				if k < len(w) && isOrdinal(w[k].s) {
					k++
				}
				end = k
			}
			y := k
			if y < len(w) && w[y].s == "of" {
				y++
			}
			if y < len(w) && w[y].s == "," {
				y++
			}
			if y < len(w) && isYear(w[y].s) {
				end = y + 1
			} else if k+1 < len(w) && w[k].s == "that" && w[k+1].s == "year" {
				end, thatYear = k+2, true // "in September that year"
			} else if k+2 < len(w) && w[k].s == "of" && w[k+1].s == "that" && w[k+2].s == "year" {
				end, thatYear = k+3, true // "in September of that year"
			}
			if first == i && end == i+1 && !c.datePrep(w, i, c.lists["date_month_preps"]) {
				continue // "may", "march": a month alone only after "in", "since", …
			}
		case isYear(t) && c.datePrep(w, i, c.lists["date_year_preps"]):
			first, end = i, i+1
		case c.weekdays[t] && c.datePrep(w, i, c.lists["date_weekday_preps"]):
			first, end = i, i+1
		case (t == "year" || t == "month" || c.seasons[t] > 0) && i > 0 && (w[i-1].s == "last" || w[i-1].s == "this"):
			first, end = i, i+1 // "last year", "this month", "last summer"

		default:
			continue
		}
		d := datePhrase{start: w[first].start, end: w[end-1].end}
		d.text = mask[d.start:d.end]
		if c.isMonth(t) && !isYear(w[end-1].s) {
			d.lastYear = c.lastYearAfter(w, end) // "November and December last year"
		}
		if first > 0 && c.isDatePrep(w[first-1].s) {
			d.prep = w[first-1].s
			d.start = w[first-1].start
		}
		d.thatYear = thatYear || d.prep == "that" && c.isMonth(t)
		out = append(out, d)
		i = end - 1
	}
	return out
}

// datePrep: the word before token i is one of preps ("mid-2022" too).
func (c *cues) datePrep(w []word, i int, preps []string) bool {
	k := i - 1
	if k >= 0 && w[k].s == "-" {
		k--
	}
	return k >= 0 && contains(preps, w[k].s)
}

func (c *cues) isDatePrep(s string) bool {
	return contains(c.lists["date_year_preps"], s) || contains(c.lists["date_month_preps"], s)
}

func (c *cues) isMonth(s string) bool {
	_, ok := c.months[s]
	return ok && len(s) >= 3
}

func isDay(s string) bool {
	if len(s) == 0 || len(s) > 2 || !isDigit(s[0]) || len(s) == 2 && !isDigit(s[1]) {
		return false
	}
	n, _ := strconv.Atoi(s)
	return n >= 1 && n <= 31
}

func isOrdinal(s string) bool { return s == "st" || s == "nd" || s == "rd" || s == "th" }

func isYear(s string) bool {
	if len(s) != 4 || !isDigit(s[0]) || !isDigit(s[1]) || !isDigit(s[2]) || !isDigit(s[3]) {
		return false
	}
	n, _ := strconv.Atoi(s)
	return n >= 1900 && n <= 2100
}

// dateResolver normalises date phrases of one article against its
// publication date (or, when unknown, the latest full date it states).
type dateResolver struct {
	c         *cues
	published bool
	ref       time.Time // zero: phrases without a year cannot be resolved
	refDone   bool      // ref was looked for in the text
	sents     []sentence
	cache     map[string]string
}

func newDateResolver(c *cues, published time.Time, sents []sentence) *dateResolver {
	return &dateResolver{c: c, published: !published.IsZero(), ref: published, sents: sents, cache: map[string]string{}}
}

// reference is the date phrases without a year are read against: the
// publication date, else (found on first need) the day after the latest
// full date the article states — an article is written after it.
func (r *dateResolver) reference() time.Time {
	if r.ref.IsZero() && !r.refDone {
		r.refDone = true
		if last := r.c.latestStatedDate(r.sents); !last.IsZero() {
			r.ref = last.AddDate(0, 0, 1)
		}
	}
	return r.ref
}

// latestStatedDate is the latest date an article writes out with its year
// and month.
func (c *cues) latestStatedDate(sents []sentence) time.Time {
	var best time.Time
	for i := range sents {
		s := &sents[i]
		for _, d := range c.datesIn(s.mask, s.words()) {
			y := yearRE.FindString(d.text)
			if y == "" {
				continue
			}
			year, _ := strconv.Atoi(y)
			m := c.monthIn(d.text)
			if m == 0 {
				continue // a bare year says too little about when the article was written
			}
			// the month's last day unless the day is stated
			t := time.Date(year, time.Month(m)+1, 0, 12, 0, 0, 0, time.UTC)
			rest := strings.Replace(d.text, y, "", 1)
			if dm := dayRE.FindStringSubmatch(rest); dm != nil {
				day, _ := strconv.Atoi(dm[1])
				t = time.Date(year, time.Month(m), day, 12, 0, 0, 0, time.UTC)
			}
			if t.After(best) {
				best = t
			}
		}
	}
	return best
}

// monthIn returns the month a phrase names, 0 if none.
func (c *cues) monthIn(s string) int {
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '.' || r == ',' }) {
		if m, ok := c.months[f]; ok {
			return m
		}
	}
	return 0
}

// resolve returns the ISO 8601 prefix a phrase means ("2022-09-21",
// "2022-02", "2023"), "" when it cannot be resolved without guessing.
func (r *dateResolver) resolve(d datePhrase) string {
	if d.shiftDays != 0 || d.shiftMonths != 0 {
		return r.shifted(d)
	}
	hasYear := yearRE.MatchString(d.text)
	relative := d.prep == "last" || d.prep == "this" || d.prep == "next" || d.prep == "on" && r.c.monthIn(d.text) == 0
	if d.storyYear > 0 && !hasYear && !relative {
		// "In October 2023 he walked out … crossed on 4 November"
		iso := strconv.Itoa(d.storyYear) + "-" + twoDigits(r.c.monthIn(d.text))
		if day := dayRE.FindStringSubmatch(d.text); day != nil {
			n, _ := strconv.Atoi(day[1])
			iso += "-" + twoDigits(n)
		}
		return iso
	}
	switch {
	case relative && !r.published:
		return "" // "on Wednesday", "last week": only against a known publication date
	case !hasYear && r.reference().IsZero():
		return ""
	}
	phrase := d.text
	if relative {
		phrase = d.prep + " " + d.text
	}
	if iso, ok := r.cache[phrase]; ok {
		return iso
	}
	if d.lastYear && r.published && !hasYear {
		// "in November last year": that month of the year before publication
		iso := strconv.Itoa(r.ref.Year()-1) + "-" + twoDigits(r.c.monthIn(d.text))
		r.cache[phrase+"|last"] = iso
		return iso
	}
	if iso, ok := r.c.periodBefore(d, r.ref); ok {
		r.cache[phrase] = iso
		return iso
	}
	if wd, ok := r.c.weekdayIndex(d.text); ok && d.prep == "on" {
		// "on Wednesday": the last such day on or before publication
		back := (int(r.ref.Weekday()) - wd + 7) % 7
		iso := r.ref.AddDate(0, 0, -back).Format("2006-01-02")
		r.cache[phrase] = iso
		return iso
	}
	if hasYear && !relative {
		if iso, ok := r.c.fullDate(phrase); ok {
			r.cache[phrase] = iso
			return iso
		}
	}
	memoKey := phrase
	if !hasYear || relative {
		memoKey = phrase + "|" + r.ref.Format("2006-01-02")
	}
	if iso, ok := parsedDates.Load(memoKey); ok {
		return iso.(string)
	}
	ref := r.ref
	if ref.IsZero() {
		ref = time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	cfg := &dps.Configuration{CurrentTime: ref, PreferredDateSource: dps.Past, Languages: []string{"en"}}
	iso := ""
	if dt, err := dps.Parse(cfg, phrase); err == nil && !dt.IsZero() {
		switch dt.Period {
		case date.Year:
			iso = dt.Time.Format("2006")
		case date.Month:
			iso = dt.Time.Format("2006-01")
		default:
			iso = dt.Time.Format("2006-01-02")
		}
	}
	if iso != "" && !hasYear && !r.published && !strings.HasPrefix(iso, r.ref.Format("2006")) {
		// The reference is only the latest date the article states: a
		// month that would fall in an earlier year than it is a guess.
		iso = ""
	}
	r.cache[phrase] = iso
	if parsedCount.Add(1) <= maxParsedDates {
		parsedDates.Store(memoKey, iso) // the same phrase and reference always give the same date
	}
	return iso
}

// shifted resolves a phrase moved by days or months, to the precision the
// phrase itself has: a day moved by days, a month by months (a month moved
// by days keeps its month only when the days stay inside it, else "").
func (r *dateResolver) shifted(d datePhrase) string {
	days, months := d.shiftDays, d.shiftMonths
	d.shiftDays, d.shiftMonths = 0, 0
	iso := r.resolve(d)
	switch len(iso) {
	case 10:
		t, err := time.Parse("2006-01-02", iso)
		if err != nil {
			return ""
		}
		return t.AddDate(0, months, days).Format("2006-01-02")
	case 7:
		if days != 0 && months == 0 {
			return "" // "two days after" a month: which month is a guess
		}
		t, err := time.Parse("2006-01", iso)
		if err != nil {
			return ""
		}
		return t.AddDate(0, months, 0).Format("2006-01")
	}
	return ""
}

// lastYearAfter: "last year" follows token k, perhaps after another month
// ("November and December last year").
func (c *cues) lastYearAfter(w []word, k int) bool {
	if k+2 < len(w) && (w[k].s == "and" || w[k].s == "or" || w[k].s == "to") && c.isMonth(w[k+1].s) {
		k += 2
	}
	return k+1 < len(w) && w[k].s == "last" && w[k+1].s == "year"
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// periodBefore resolves "last year", "this month", "last summer" against the
// publication day ref; ok is false for other phrases.
func (c *cues) periodBefore(d datePhrase, ref time.Time) (string, bool) {
	if d.prep != "last" && d.prep != "this" {
		return "", false
	}
	y, m := ref.Year(), int(ref.Month())
	switch {
	case d.text == "year" && d.prep == "last":
		return strconv.Itoa(y - 1), true
	case d.text == "year":
		return strconv.Itoa(y), true
	case d.text == "month" && d.prep == "last":
		return ref.AddDate(0, -1, 1-ref.Day()).Format("2006-01"), true
	case d.text == "month":
		return ref.Format("2006-01"), true
	case c.seasons[d.text] > 0 && d.prep == "last" && m <= c.seasons[d.text]:
		return strconv.Itoa(y - 1), true // "last summer" told in July: the one before
	case c.seasons[d.text] > 0:
		return strconv.Itoa(y), true
	}
	return "", false
}

// weekdayIndex: "wednesday" → 3 (time.Weekday numbering).
// The weekdays list of cues.yaml runs Monday to Sunday.
func (c *cues) weekdayIndex(w string) (int, bool) {
	for i, d := range c.weekdayOrder {
		if w == d {
			return (i + 1) % 7, true
		}
	}
	return 0, false
}

// anchorDates gives the month phrases of sentence si that lack a year the
// year of the story told around them (see storyMonth: "In August 2023 … and
// in September"), when the month does not come before that phrase's.
func (r *eventReader) anchorDates(si int, ds []datePhrase) {
	for i := range ds {
		d := &ds[i]
		m := r.v.cues.monthIn(d.text)
		if m == 0 || d.lastYear || yearRE.MatchString(d.text) || d.prep == "last" || d.prep == "this" || d.prep == "next" {
			continue
		}
		if y := headingYear(r.v.sents[si].text); y > 0 {
			d.storyYear = y // "- 2022: 465 verdicts, … announced in September": the line's year
			continue
		}
		if d.thatYear {
			if y := r.yearBefore(si, d.start); y > 0 {
				d.storyYear = y // "in 2022 … that September": the year told before
			}
			continue
		}
		if y, cm, told := r.storyMonth(si, d.start); y > 0 && m >= cm && (!told || !r.recentMonth(m)) {
			d.storyYear = y // a story told forward; an earlier month may be a flashback or the next year
		}
	}
	r.monthSeries(ds)
}

// headingYear: the year a line opens with as its heading ("2022: …", "-
// 2023: …", "In 2024:"), 0 if none.
func headingYear(text string) int {
	t := strings.TrimLeft(text, "-–—•* ")
	t = strings.TrimPrefix(strings.TrimPrefix(t, "In "), "in ")
	if len(t) < 5 || t[4] != ':' || !isYear(t[:4]) {
		return 0
	}
	y, _ := strconv.Atoi(t[:4])
	return y
}

// monthSeries gives the bare months a sentence lists in order ("341 in
// January, 287 in February and 301 in March") one year: the latest before
// publication of the last of them, which the months before it share.
func (r *eventReader) monthSeries(ds []datePhrase) {
	pub := r.v.doc.Published
	var series []*datePhrase
	last := 0
	for i := range ds {
		d := &ds[i]
		m := r.v.cues.monthIn(d.text)
		if m == 0 || m <= last || d.storyYear > 0 || d.lastYear || d.thatYear || yearRE.MatchString(d.text) || d.prep != "in" {
			if len(series) > 0 {
				break
			}
			continue
		}
		series, last = append(series, d), m
	}
	if len(series) < 2 || pub.IsZero() {
		return
	}
	y := pub.Year()
	if last >= int(pub.Month()) {
		y-- // a month not yet over when the piece appeared is last year's
	}
	for _, d := range series {
		d.storyYear = y
	}
}

// yearBefore: the year of the latest date phrase with a year before pos in
// sentence si, else in the sentence before; 0 if none.
func (r *eventReader) yearBefore(si, pos int) int {
	for k := si; k >= 0 && k >= si-1; k-- {
		s := &r.v.sents[k]
		y := 0
		for _, d := range r.v.cues.datesIn(s.mask, s.words()) {
			if k == si && d.start >= pos {
				break
			}
			if yy := yearRE.FindString(d.text); yy != "" {
				y, _ = strconv.Atoi(yy)
			}
		}
		if y > 0 {
			return y
		}
	}
	return 0
}

// storyMonth: the year and month of the latest phrase with both before pos
// in sentence si, else of the sentence before when it opens with one (a
// story told on: "In October 2023 he left. … on 4 November"); 0, 0 if none.
func (r *eventReader) storyMonth(si, pos int) (year, month int, told bool) {
	for k := si; k >= 0 && k >= si-1; k-- {
		s := &r.v.sents[k]
		y, m := 0, 0
		for i, d := range r.v.cues.datesIn(s.mask, s.words()) {
			if k == si && d.start >= pos {
				break
			}
			if k < si && i == 0 && d.start > 0 {
				told = true // the sentence before does not open with its date: a background told in passing
			}
			if yy := yearRE.FindString(d.text); yy != "" && r.v.cues.monthIn(d.text) > 0 {
				y, _ = strconv.Atoi(yy)
				m = r.v.cues.monthIn(d.text)
			}
		}
		if y > 0 {
			return y, m, told && k < si
		}
		told = false
	}
	if head := strings.TrimSpace(r.v.sents[si].mask[:pos]); head == "" || head == "in" || head == "on" || head == "by" {
		y, m := r.storyMonthBack(si) // "In June a court …": the story goes on
		return y, m, false
	}
	return 0, 0, false
}

// recentMonth: month m, read as the latest before publication, falls in the
// three months up to it: news of the last weeks, not a story told on from
// a date in passing ("… opened in March 2023. He was detained on October 9").
func (r *eventReader) recentMonth(m int) bool {
	pub := r.v.doc.Published
	if pub.IsZero() {
		return true
	}
	back := int(pub.Month()) - m
	if back < 0 {
		back += 12
	}
	return back <= 2
}

// storyMonthBack: the year and month a story of bare months goes on from
// ("… in February 2024. The service rejected the claim in April. In June a
// court …"): the latest phrase with both in the three sentences before,
// reached through sentences dated by bare months only; 0, 0 if a year
// alone or no date comes first.
func (r *eventReader) storyMonthBack(si int) (int, int) {
	chained := false // a sentence of bare months stands between (the sentence right before is read by storyMonth)
	for k := si - 1; k >= 0 && k >= si-3; k-- {
		s := &r.v.sents[k]
		y, m, bare := 0, 0, false
		for _, d := range r.v.cues.datesIn(s.mask, s.words()) {
			yy, mm := yearRE.FindString(d.text), r.v.cues.monthIn(d.text)
			switch {
			case yy != "" && mm > 0:
				y, _ = strconv.Atoi(yy)
				m = mm
			case yy != "":
				return 0, 0 // a year alone: another time told
			case mm > 0:
				bare = true
			}
		}
		if y > 0 && chained {
			return y, m
		}
		if y > 0 || !bare {
			return 0, 0
		}
		chained = true
	}
	return 0, 0
}
