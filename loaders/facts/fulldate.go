package facts

import (
	"fmt"
	"strconv"
	"strings"
)

// fullDate reads the date phrases that state their year ("2022",
// "september 2022", "21 september 2022", "sept. 21st, 2022") without
// go-dateparser, which takes 30-160 µs a phrase: they mean one date
// whatever the reference day. It returns what go-dateparser makes of them
// (TestFullDateAgreesWithDateparser holds it to that) and false for any
// other shape, or a day the month does not have.
func (c *cues) fullDate(phrase string) (string, bool) {
	toks := strings.FieldsFunc(phrase, func(r rune) bool { return r == ' ' || r == ',' || r == '.' })
	var year, month, day int
	for i, t := range toks {
		switch {
		case isYear(t) && year == 0 && i == len(toks)-1:
			year, _ = strconv.Atoi(t)
		case c.isMonth(t) && month == 0:
			month = c.months[t]
		case day == 0 && month == 0 && isDay(t) && i == 0:
			day, _ = strconv.Atoi(t) // "21 september 2022"
		case day == 0 && month != 0 && i == 1 && isDay(strings.TrimRight(t, "stndrh")):
			d := strings.TrimRight(t, "stndrh") // "september 21st, 2022"
			if d != t && !isOrdinal(t[len(d):]) {
				return "", false
			}
			day, _ = strconv.Atoi(d)
		case t == "of" && month != 0 && day == 0 && i == 1: // "may of 2022"
		default:
			return "", false
		}
	}
	switch {
	case year == 0:
		return "", false
	case month == 0 && day == 0 && len(toks) == 1:
		return strconv.Itoa(year), true
	case month == 0:
		return "", false
	case day == 0:
		return fmt.Sprintf("%04d-%02d", year, month), true
	case day > daysIn(month, year):
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", year, month, day), true
}

func daysIn(month, year int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
