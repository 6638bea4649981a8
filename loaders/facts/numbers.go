package facts

import (
	"strconv"
	"strings"
)

// quantity is a number phrase in a masked sentence.
type quantity struct {
	start, end int     // mask offsets
	value      float64 // 0 when vague
	vague      bool    // "hundreds of thousands": a number but no count
	count      bool    // usable as a count of people or things
	part       bool    // "39 of them": a part of a figure told before
	qualifier  string  // "more than", "almost", …
}

// word is a token of a masked sentence; mention placeholders become "@".
type word struct {
	s          string
	start, end int
}

// words splits a masked sentence into number-relevant tokens.
func words(mask string) []word {
	out := make([]word, 0, len(mask)/4+4)
	for i := 0; i < len(mask); {
		c := mask[i]
		switch {
		case c == '@' && i+1 < len(mask) && mask[i+1] >= 'A' && mask[i+1] <= 'Z':
			j := strings.IndexByte(mask[i+1:], '@')
			if j < 0 {
				j = len(mask) - i - 1
			}
			out = append(out, word{"@", i, i + j + 2})
			i += j + 2
		case c >= '0' && c <= '9':
			j := i + 1
			for j < len(mask) && (isDigit(mask[j]) || (mask[j] == ',' || mask[j] == '.') && j+1 < len(mask) && isDigit(mask[j+1])) {
				j++
			}
			out = append(out, word{mask[i:j], i, j})
			i = j
		case c >= 'a' && c <= 'z':
			j := i + 1
			for j < len(mask) && (mask[j] >= 'a' && mask[j] <= 'z' || mask[j] == '-' && j+1 < len(mask) && mask[j+1] >= 'a' && mask[j+1] <= 'z') {
				j++
			}
			out = append(out, word{mask[i:j], i, j})
			i = j
		case c == ' ':
			i++
		default:
			out = append(out, word{mask[i : i+1], i, i + 1})
			i++
		}
	}
	return out
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// quantities finds the number phrases of a masked sentence.
func (c *cues) quantities(mask string) []quantity { return c.quantitiesIn(words(mask)) }

// quantitiesIn finds the number phrases among a sentence's tokens.
func (c *cues) quantitiesIn(w []word) []quantity {
	var out []quantity
	for i := 0; i < len(w); {
		if n := matchPhrase(w, i, c.vague); n > 0 {
			out = append(out, quantity{start: w[i].start, end: w[i+n-1].end, vague: true})
			i += n
			continue
		}
		v, j, ok := c.numberAt(w, i)
		if !ok {
			i++
			continue
		}
		q := quantity{start: w[i].start, end: w[j-1].end, value: v, count: true}
		tok := w[i].s
		plainInt := isDigit(tok[0]) && !strings.ContainsAny(tok, ",.")
		if plainInt && j == i+1 && len(tok) == 4 && v >= 1900 && v <= 2100 {
			q.count = false // a year
		}
		if tok == "one" && j == i+1 && c.qualifierBefore(w, i) != "at least" {
			q.count = false // "one of them", "one soldier": a pronoun more than a count; "at least one deserter" counts
		}
		if c.unitFollows(w, j) || c.partitive(w, j) || isAge(w, i, j) || c.dayOfMonth(w, i, j) || c.unitGlued(w[j-1].s) {
			q.count = false
		}
		if i >= 3 && w[i-1].s == "the" && w[i-2].s == "of" && isDigit(w[i-3].s[0]) {
			q.count = false // "14 of the 18 men": the whole the part was taken from
		}
		q.part = c.partitive(w, j) && j+1 < len(w) && w[j+1].s == "them"
		q.qualifier = c.qualifierBefore(w, i)
		out = append(out, q)
		i = j
	}
	return out
}

// withoutQualifier: text less a qualifier it ends with ("… with about"
// → "… with").
func (c *cues) withoutQualifier(text string) string {
	for _, q := range c.qualifiers {
		if w := " " + strings.Join(q.words, " "); strings.HasSuffix(text, w) {
			return strings.TrimSuffix(text, w)
		}
	}
	return text
}

// dayOfMonth: a bare number of one or two digits next to a month name ("30
// September", "Sept. 21") is a day of a date.
func (c *cues) dayOfMonth(w []word, i, j int) bool {
	if j != i+1 || len(w[i].s) > 2 || !isDigit(w[i].s[0]) {
		return false
	}
	if j < len(w) && c.months[w[j].s] > 0 {
		return true
	}
	k := i - 1
	if k >= 0 && w[k].s == "." {
		k-- // "Sept. 21"
	}
	return k >= 0 && c.months[w[k].s] > 0
}

// isAge: a bare number set off by commas right after a name ("X, 29, a
// mechanic"), which news style uses for a person's age.
func isAge(w []word, i, j int) bool {
	if i >= 2 && j == i+1 && j < len(w) && w[i-1].s == "," && w[i-2].s == "@" &&
		w[j].s == "," && isDigit(w[i].s[0]) && len(w[i].s) <= 3 {
		return true
	}
	return ageRange(w, i)
}

// ageRange: word i is a bound of "men between 18 and 45", "aged 18 to 27".
func ageRange(w []word, i int) bool {
	k := i - 1
	if k >= 0 && (w[k].s == "and" || w[k].s == "to") && k >= 2 && isDigit(w[k-1].s[0]) {
		k -= 2 // the upper bound: look at what opens the range
	}
	if k < 1 || (w[k].s != "between" && w[k].s != "aged") {
		return false
	}
	if w[k].s == "aged" {
		return true
	}
	switch w[k-1].s {
	case "men", "women", "people", "aged", "ages", "those", "conscripts", "reservists":
		return true
	}
	return false
}

// numberAt reads a number starting at word i: "4,200", "8 thousand",
// "half a million", "six", "twenty-five", "six and a half". It returns the
// value and the index after it.
func (c *cues) numberAt(w []word, i int) (float64, int, bool) {
	var v float64
	j := i
	s := w[i].s
	switch {
	case isDigit(s[0]):
		f, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
		if err != nil {
			return 0, i, false
		}
		v, j = f, i+1
	default:
		u, ok := c.unitValue(s)
		if !ok {
			return 0, i, false
		}
		if s == "a" || s == "an" || s == "half" {
			// only as part of "a million", "half a million", "a dozen"
			k := i + 1
			if s == "half" && k < len(w) && (w[k].s == "a" || w[k].s == "an") {
				k++
			}
			if k >= len(w) {
				return 0, i, false
			}
			if _, isScale := c.scales[w[k].s]; !isScale && w[k].s != "dozen" {
				return 0, i, false
			}
			if s != "half" {
				u = 1
			}
			v, j = u, k
		} else {
			v, j = u, i+1
		}
	}
	// "six and a half"
	if j+2 < len(w) && w[j].s == "and" && w[j+1].s == "a" && w[j+2].s == "half" {
		v += 0.5
		j += 3
	}
	for j < len(w) {
		if sc, ok := c.scales[w[j].s]; ok && (j > i || isDigit(s[0])) {
			v *= sc
			j++
			continue
		}
		if w[j].s == "dozen" {
			v *= 12
			j++
			continue
		}
		break
	}
	return v, j, true
}

// unitValue reads a number word, including hyphenated tens ("twenty-five").
func (c *cues) unitValue(s string) (float64, bool) {
	if u, ok := c.units[s]; ok {
		return u, true
	}
	if strings.Contains(s, "-") {
		var sum float64
		for _, part := range strings.Split(s, "-") {
			u, ok := c.units[part]
			if !ok {
				return 0, false
			}
			sum += u
		}
		return sum, true
	}
	return 0, false
}

// unitFollows: the number measures time, money, distance or a share.
func (c *cues) unitFollows(w []word, j int) bool {
	units := c.lists["non_count_units"]
	for k := j; k < len(w) && k < j+3; k++ {
		s := w[k].s
		if s == "@" || s == "." || s == "," || s == ";" || s == "the" || s == "this" || s == "that" || s == "in" || s == "last" || s == "next" || s == "so" {
			return false // "500 the year before": a time for the figure, not its unit
		}
		if s == "a" && k+2 < len(w) && (w[k+2].s == "earlier" || w[k+2].s == "before" || w[k+2].s == "ago") {
			return false // "2,640 a year earlier": the same count, a year back
		}
		if contains(c.lists["people_nouns"], s) {
			return false // "10,000 people a day": people counted, at a rate
		}
		two := ""
		if k+1 < len(w) {
			two = s + " " + w[k+1].s // "per cent"
		}
		for _, u := range units {
			if s == u || two == u || s == strings.TrimPrefix(u, "-") || strings.HasSuffix(s, "-"+strings.TrimPrefix(u, "-")) {
				return true
			}
		}
	}
	return false
}

// unitGlued: a number token carries its unit ("1,340-kilometre").
func (c *cues) unitGlued(tok string) bool {
	i := strings.IndexByte(tok, '-')
	if i < 0 {
		return false
	}
	unit := tok[i+1:]
	for _, u := range c.lists["non_count_units"] {
		if unit == strings.TrimPrefix(u, "-") {
			return true
		}
	}
	return false
}

// qualifierBefore returns the qualifier phrase ending just before word i.
func (c *cues) qualifierBefore(w []word, i int) string {
	for _, q := range c.qualifiers {
		n := len(q.words)
		if i-n < 0 {
			continue
		}
		ok := true
		for k := 0; k < n; k++ {
			if w[i-n+k].s != q.words[k] {
				ok = false
				break
			}
		}
		if ok && n == 1 && q.words[0] == "over" && i >= 2 && contains(c.lists["phrasal_over_verbs"], w[i-2].s) {
			continue // "handed over 14 of the men": the verb's particle, no "more than"
		}
		if ok {
			return q.label
		}
	}
	return ""
}

// matchPhrase returns the length of the first phrase that starts at word i.
func matchPhrase(w []word, i int, phrases [][]string) int {
	for _, p := range phrases {
		if i+len(p) > len(w) {
			continue
		}
		ok := true
		for k, pw := range p {
			if w[i+k].s != pw {
				ok = false
				break
			}
		}
		if ok {
			return len(p)
		}
	}
	return 0
}

// partitive: "two of them", "three of the states" count a part of something
// named elsewhere, not the people of the event.
func (c *cues) partitive(w []word, j int) bool {
	if j+2 < len(w) && w[j].s == "of" && w[j+1].s == "the" && w[j+2].s != "" && w[j+2].s[0] >= '0' && w[j+2].s[0] <= '9' {
		return false // "14 of the 18 men": the 14 are counted, out of 18 told here
	}
	return j+1 < len(w) && w[j].s == "of" && contains(c.lists["partitive"], w[j+1].s)
}
