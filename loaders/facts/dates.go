package facts

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	dps "github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-dateparser/date"
)

// datePhrase is a date expression in a masked sentence.
type datePhrase struct {
	start, end int    // mask offsets of the whole phrase
	prep       string // leading preposition ("since", "in"), "" if none
	text       string // the phrase without its preposition
}

var (
	leadingPrep = regexp.MustCompile(`^(in|since|during|by|until|from|of|early|late|mid-|throughout|before|after|between|and|on|last|this|next) ?`)
	yearRE      = regexp.MustCompile(`\b(1[89]\d\d|20\d\d|2100)\b`)
	dayRE       = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\b`)
)

// dates finds the date phrases of a masked sentence.
func (c *cues) dates(mask string) []datePhrase {
	if !strings.ContainsAny(mask, "0123456789") && !c.mayHaveMonth(mask) {
		return nil
	}
	var out []datePhrase
	for _, m := range c.datePhrase.FindAllStringIndex(mask, -1) {
		t := mask[m[0]:m[1]]
		d := datePhrase{start: m[0], end: m[1], text: t}
		if p := leadingPrep.FindString(t); p != "" && len(p) < len(t) {
			d.prep = strings.TrimSpace(p)
			d.text = t[len(p):]
		}
		out = append(out, d)
	}
	return out
}

// mayHaveMonth is a cheap check before the date regexp runs on a sentence
// without digits.
func (c *cues) mayHaveMonth(mask string) bool {
	for m := range c.months {
		if len(m) > 3 && strings.Contains(mask, m) {
			return true
		}
	}
	for d := range c.weekdays {
		if strings.Contains(mask, d) {
			return true
		}
	}
	return strings.Contains(mask, "sept") || strings.Contains(mask, "dec.") || strings.Contains(mask, "jan.")
}

// dateResolver normalises date phrases of one article against its
// publication date (or, when unknown, the latest full date it states).
type dateResolver struct {
	c         *cues
	published bool
	ref       time.Time // zero: phrases without a year cannot be resolved
	cache     map[string]string
}

func newDateResolver(c *cues, published time.Time, sents []sentence) *dateResolver {
	r := &dateResolver{c: c, published: !published.IsZero(), ref: published, cache: map[string]string{}}
	if r.ref.IsZero() {
		// an article is written after the last date it states
		if last := c.latestStatedDate(sents); !last.IsZero() {
			r.ref = last.AddDate(0, 0, 1)
		}
	}
	return r
}

// latestStatedDate is the latest date an article writes out with its year.
func (c *cues) latestStatedDate(sents []sentence) time.Time {
	var best time.Time
	for _, s := range sents {
		for _, d := range c.dates(s.mask) {
			y := yearRE.FindString(d.text)
			if y == "" {
				continue
			}
			year, _ := strconv.Atoi(y)
			t := time.Date(year, 12, 31, 12, 0, 0, 0, time.UTC)
			if m := c.monthIn(d.text); m > 0 {
				// the month's last day unless the day is stated
				t = time.Date(year, time.Month(m)+1, 0, 12, 0, 0, 0, time.UTC)
				rest := strings.Replace(d.text, y, "", 1)
				if dm := dayRE.FindStringSubmatch(rest); dm != nil {
					day, _ := strconv.Atoi(dm[1])
					t = time.Date(year, time.Month(m), day, 12, 0, 0, 0, time.UTC)
				}
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
	hasYear := yearRE.MatchString(d.text)
	relative := d.prep == "last" || d.prep == "this" || d.prep == "next" || d.prep == "on" && r.c.monthIn(d.text) == 0
	switch {
	case relative && !r.published:
		return "" // "on Wednesday", "last week": only against a known publication date
	case !hasYear && r.ref.IsZero():
		return ""
	}
	phrase := d.text
	if relative {
		phrase = d.prep + " " + d.text
	}
	if iso, ok := r.cache[phrase]; ok {
		return iso
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
	r.cache[phrase] = iso
	return iso
}
