package loaders

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/itlightning/dateparse"
)

// dateLayouts are the forms news sources commonly print, tried before the
// general parser because they are unambiguous.
var dateLayouts = []string{
	time.RFC3339Nano,
	time.RFC3339,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006-01",
	time.RFC1123Z,
	time.RFC1123,
	time.RFC850,
	time.RFC822Z,
	time.RFC822,
	"Monday, January 2, 2006",
	"Monday, 2 January 2006",
	"Mon, January 2, 2006",
	"Mon, 2 Jan 2006",
	"January 2, 2006 3:04 PM",
	"January 2, 2006 15:04",
	"January 2, 2006",
	"Jan 2, 2006 3:04 PM",
	"Jan 2, 2006",
	"2 January 2006 15:04",
	"2 January 2006",
	"2 Jan 2006",
	"January 2006",
	"02.01.2006",
	"2006/01/02",
}

var (
	// "Sept." and "Sept" are how AP style writes September; Go knows "Sep".
	septRe = regexp.MustCompile(`(?i)\bsept\b\.?`)
	// "Jan." → "Jan": a dot after a month abbreviation.
	monthDotRe = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\.`)
	// Ordinal suffixes: "21st" → "21".
	ordinalRe = regexp.MustCompile(`\b(\d{1,2})(st|nd|rd|th)\b`)
	// Leading labels some pages print before the date.
	dateLabelRe = regexp.MustCompile(`(?i)^(published|updated|posted|date)( on)?:?\s*`)
)

// ParseDate reads a publication date leniently: RFC 3339, date-only,
// "Sept. 21, 2022", "21 September 2022", RFC 1123 and what
// github.com/itlightning/dateparse understands. Times without a zone are UTC.
func ParseDate(s string) (time.Time, error) {
	orig := s
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, fmt.Errorf("empty date")
	}
	s = dateLabelRe.ReplaceAllString(s, "")
	s = septRe.ReplaceAllString(s, "Sep")
	s = monthDotRe.ReplaceAllString(s, "$1")
	s = ordinalRe.ReplaceAllString(s, "$1")
	s = strings.Join(strings.Fields(s), " ")
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	if t, err := dateparse.ParseIn(s, time.UTC); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("unrecognised date %q", orig)
}

var (
	// "Published 9 April 2025", "Updated: Jan 12, 2024 10:00"
	publishedLineRe = regexp.MustCompile(`(?i)^(?:published|updated|posted|date)(?: on)?:?\s+(.{6,40}?)\s*(?:[|·,]\s*\d{1,2}[:.]\d{2}.*)?$`)
	// "KIRKENES, 20 February 2024 — …", "PRAGUE, Sept 22, 2022 (Agency) -",
	// "Yerevan, 14 March 2024"
	datelineRe = regexp.MustCompile(`^[\p{Lu}][\p{L} .'’-]{1,40}, ((?:\d{1,2} )?\p{L}{3,9}\.? (?:\d{1,2},? )?\d{4})(?:\s*$|\s*[(—–-])`)
)

// leadDate reads a publication date a plain article states at its top: a
// "Published …" line or a dateline with a year ("CITY, 20 February 2024 —").
// It looks at the first four non-blank lines; zero when none gives one.
func leadDate(text string) time.Time {
	n := 0
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if n++; n > 4 {
			break
		}
		for _, re := range []*regexp.Regexp{publishedLineRe, datelineRe} {
			if m := re.FindStringSubmatch(line); m != nil {
				if t, err := ParseDate(m[1]); err == nil && t.Year() >= 1900 {
					return t
				}
			}
		}
	}
	return time.Time{}
}
