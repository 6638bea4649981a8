package facts

import (
	"regexp"
	"strconv"
	"strings"
)

// countNear: the count of a cue — the nearest number before it in its
// clause, or (withAfter) just after it ("visas to six soldiers"). A vague
// amount nearest the cue means no count.
func (r *eventReader) countNear(s *sentence, qs []quantity, a, b int, withAfter bool) (*float64, string) {
	cs := r.clauseStart(s, a)
	var best *quantity
	bestD := 1 << 30
	for i := range qs {
		q := &qs[i]
		if q.value < 20 && countsSites(s.mask[q.end:]) {
			continue
		}
		d := -1
		switch {
		case !q.count && !q.vague:
			if q.end <= a && q.start >= cs && partitiveSubjectRE.MatchString(s.mask[q.end:a]) && !strings.HasSuffix(s.mask[:q.start], "the ") {
				// ("the three of them crossed" is a family told by its number)
				d = a - q.end // "22 of whom have reached": the part is who acted
			}
		case q.start >= a && q.end <= b:
			d = 0 // inside the cue: "helped more than 1,500 servicemen desert"
		case q.end <= a && q.start >= cs && a-q.end <= 70:
			d = a - q.end
		case withAfter && q.start >= b && q.start-b <= 25 && !strings.Contains(s.mask[b:q.start], ", ") && // not "…, where 61 applied
			!strings.HasSuffix(s.mask[b:q.start], "the "): // "refused entry at the three crossings" counts crossings
			d = q.start - b + 5
		}
		if d >= 0 && d < bestD {
			best, bestD = q, d
		}
	}
	if best == nil || best.vague {
		return nil, ""
	}
	v := best.value
	return &v, best.qualifier
}

// partitiveSubjectRE: what stands between a part's figure and its verb
// when the part is the verb's subject ("22 of whom have since reached").
var partitiveSubjectRE = regexp.MustCompile(`^ of (?:whom|them|those|these) (?:(?:have|had|has|were|was) )?(?:(?:since|later|already|now|eventually|then|also) )?$`)

// countsSites: the words after a small figure name places, not people
// ("its four southeastern crossings", "two checkpoints"; "17,000 border
// crossings" are people's).
func countsSites(after string) bool {
	words := strings.Fields(after)
	for i := 0; i < len(words) && i < 3; i++ {
		switch strings.Trim(words[i], ",.;:") {
		case "crossings", "checkpoints", "checkpoint", "airports", "posts":
			return true
		}
	}
	return false
}

// nearestDate: the date phrase closest to the cue in the sentence, skipping
// ranges and starting points ("since 2022", "between 2022 and 2023");
// "after" counts only where allowAfter ("after Sept. 21, when … mobilization").
func (r *eventReader) nearestDate(s *sentence, ds []datePhrase, a, b int, allowAfter bool) *datePhrase {
	if d := r.offsetDate(s, ds, a); d != nil {
		return d
	}
	if d := r.nextDayDate(s, ds, a, b); d != nil {
		return d
	}
	var best *datePhrase
	bestD := 120
	var rel [][2]int
	if len(ds) > 0 {
		rel = r.relativeClauses(s)
	}
	for i := range ds {
		d := &ds[i]
		if inOtherRelative(rel, d.start, d.end, a) {
			continue // "X, who left in 2023, was killed on …": the other act's date
		}
		if outsideOwnRelative(rel, d.start, d.end, a) {
			continue // "Last month police detained X, who fled to Armenia": the arrest's date
		}
		head := s.mask[max(0, d.start-60):d.start]
		if i := strings.LastIndex(head, "since "); i >= 0 && !strings.ContainsAny(head[i:], ",;") {
			continue // "since the war began in February 2022": a starting point
		}
		if contains(r.v.cues.lists["date_range_preps"], d.prep) || d.prep == "after" && !allowAfter {
			continue
		}
		if isDateline(s, d) {
			continue // a dateline dates the report, not what it tells
		}
		if r.comparedDate(s, d) {
			continue // "15 percent more than in 2023", "up from 1,600 in 2023": another period's
		}
		if r.speechDate(s, d) && (d.end <= a || d.start >= b) {
			continue // "…, the group said on Friday": when it was said, not when it happened
		}
		dist := 0
		switch {
		case d.end <= a:
			dist = a - d.end
			if strings.Contains(s.mask[d.end:a], " and ") || strings.Contains(s.mask[d.end:a], "; ") {
				// "rejected it in June, and the court upheld it in October",
				// "left his unit in October and crossed into X in November":
				// the other clause's or verb's
				dist += 40
			}
		case d.start >= b:
			dist = d.start - b
			if joinsAnotherClause(s.mask[b:d.start]) {
				continue // "crossed into Kazakhstan, and in September he flew on": the next clause's
			}
		}
		if dist < bestD {
			best, bestD = d, dist
		}
	}
	return best
}

// offsetRE: a time counted from another date, before the cue: "two days
// later", "a month after", "a week before", "a year earlier".
// "A few days later" and "several weeks later" count as three.
var offsetRE = regexp.MustCompile(`\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|a few|several|a couple of) (day|days|week|weeks|month|months|year|years) (later|after|earlier|before)\b`)

var offsetCounts = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a few": 3, "several": 3, "a couple of": 2}

// offsetDate reads the date of a cue told as an offset from another date:
// "On 19 September 2022 … Two days later Putin announced a mobilisation"
// (the earlier date plus two days); "in October 2022, a month after Putin
// announced the mobilisation" (that date less a month). The offset must
// open the cue's clause and the date be the last one before it, in the
// sentence or, for "later", in the sentence before; nil otherwise.
func (r *eventReader) offsetDate(s *sentence, ds []datePhrase, a int) *datePhrase {
	from := max(0, a-60)
	w := s.mask[from:a]
	if !strings.Contains(w, " later") && !strings.Contains(w, " after") && !strings.Contains(w, " earlier") && !strings.Contains(w, " before") {
		return nil
	}
	ms := offsetRE.FindAllStringSubmatchIndex(w, -1)
	if ms == nil {
		return nil
	}
	m := ms[len(ms)-1]
	if gap := s.mask[from+m[1] : a]; strings.ContainsAny(gap, ",;") || len(strings.Fields(gap)) > 8 {
		return nil // the offset belongs to another clause
	}
	at := from + m[0]
	n, ok := offsetCounts[s.mask[from+m[2]:from+m[3]]]
	if !ok {
		n, _ = strconv.Atoi(s.mask[from+m[2] : from+m[3]])
	}
	unit, dir := s.mask[from+m[4]:from+m[5]], s.mask[from+m[6]:from+m[7]]
	if dir == "after" || dir == "earlier" {
		n = -n // "a month after X" told at the later date: X is a month before it
	}
	var anchor *datePhrase
	for i := range ds {
		if ds[i].end <= at && (yearRE.MatchString(ds[i].text) || ds[i].storyYear > 0) {
			anchor = &ds[i]
		}
	}
	if anchor == nil && dir == "later" && s.idx > 0 {
		p := &r.v.sents[s.idx-1]
		pds := r.v.cues.datesIn(p.mask, p.words())
		r.anchorDates(s.idx-1, pds)
		for i := range pds {
			if yearRE.MatchString(pds[i].text) || pds[i].storyYear > 0 {
				anchor = &pds[i]
			}
		}
	}
	if anchor == nil {
		return nil
	}
	return shiftedBy(*anchor, n, unit)
}

// shiftedBy is date phrase d moved by n of unit ("day", "weeks", "month",
// "years").
func shiftedBy(d datePhrase, n int, unit string) *datePhrase {
	switch strings.TrimSuffix(unit, "s") {
	case "day":
		d.shiftDays = n
	case "week":
		d.shiftDays = 7 * n
	case "month":
		d.shiftMonths = n
	case "year":
		d.shiftMonths = 12 * n
	}
	return &d
}

// nextDayRE: a time counted on from the date told before, after the cue
// and the way it took: "applied for asylum the next day", "… two weeks
// later", "reached Armenia through the X checkpoint two days later".
var nextDayRE = regexp.MustCompile(`^(?: (?:through|via|at|across|by) (?:the )?@[LC]\d+@(?: (?:checkpoint|crossing|border crossing|crossing point|airport))?)? (?:(?:on )?the (next|following) (day|week|month)|(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (day|days|week|weeks|month|months) later)\b`)

// nextDayDate reads the date of a cue that a later-day phrase follows
// ("He landed in Berlin on 6 August and applied for asylum the next
// day"): the last date before the cue in its sentence, moved on by it;
// nil if there is no such phrase or date.
func (r *eventReader) nextDayDate(s *sentence, ds []datePhrase, a, b int) *datePhrase {
	m := nextDayRE.FindStringSubmatchIndex(s.mask[b:])
	if m == nil {
		return nil
	}
	n, unit := 1, ""
	if m[2] >= 0 {
		unit = s.mask[b+m[4] : b+m[5]]
	} else {
		if n = offsetCounts[s.mask[b+m[6]:b+m[7]]]; n == 0 {
			n, _ = strconv.Atoi(s.mask[b+m[6] : b+m[7]])
		}
		unit = s.mask[b+m[8] : b+m[9]]
	}
	var anchor *datePhrase
	for i := range ds {
		if ds[i].end <= a && ds[i].prep != "since" {
			anchor = &ds[i]
		}
	}
	if anchor == nil {
		return nil
	}
	return shiftedBy(*anchor, n, unit)
}

// comparedDate: the date belongs to a comparison ("more than in 2023", "up
// from roughly 1,600 in 2023", "compared with 2019") in its clause.
func (r *eventReader) comparedDate(s *sentence, d *datePhrase) bool {
	head := " " + s.mask[max(0, d.start-60):d.start]
	if i := max(strings.LastIndex(head, ", "), strings.LastIndex(head, ";")); i >= 0 {
		head = head[i+1:] // a clause's comma, not a figure's ("2,500")
	}
	if strings.HasSuffix(strings.TrimRight(head, " "), " than") {
		return true // "15 percent more than in 2023", not "more than 200,000 … in 2022"
	}
	for _, w := range r.v.cues.lists["comparisons"] {
		i := strings.LastIndex(head, " "+w+" ")
		if w == "from" || i < 0 {
			continue
		}
		if rest := head[i+len(w)+2:]; w == "against" && (strings.HasPrefix(rest, "@") || strings.HasPrefix(rest, "him ") ||
			strings.HasPrefix(rest, "her ") || strings.HasPrefix(rest, "them ")) {
			continue // "a case against X in April 2024": whom it is against, no other period
		}
		return true
	}
	return false
}

// speechDate: the date follows a verb of saying ("said on Friday", "told
// reporters on Monday").
func (r *eventReader) speechDate(s *sentence, d *datePhrase) bool {
	words := strings.Fields(s.mask[max(0, d.start-25):d.start])
	for i := len(words) - 1; i >= 0 && i >= len(words)-2; i-- {
		if contains(r.v.cues.lists["speech_verbs"], strings.Trim(words[i], ",")) {
			return true
		}
	}
	return false
}
