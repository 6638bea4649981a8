package facts

import (
	"regexp"
	"strconv"
	"strings"

	"newsgraph/loaders/extract"
)

// Statistics run on in prose without their cue: "Germany received the
// largest share of claims, roughly 6,900, followed by France with over
// 3,400. Spain recorded about 1,250, while the Netherlands registered some
// 480." A figure no cue claimed, in a clause headed by a country and joined
// to it by a verb of counting (or just "with"), repeats the kind counted
// just before, for that country. A figure given as a comparison ("up from
// roughly 500 in 2023") is the same statistic for an earlier period.

// tallies reads the figures of sentence si that no cue claimed; qs and ds
// are its quantities and dates when the cue readers found them already.
func (r *eventReader) tallies(si int, qs []quantity, ds []datePhrase) {
	s := &r.v.sents[si]
	if !strings.ContainsAny(s.mask, "0123456789") {
		return // figures in words ("six") are counted by their cues
	}
	if qs == nil {
		qs = r.v.cues.quantitiesIn(s.words())
	}
	for i := range qs {
		q := &qs[i]
		if !q.count || q.vague {
			continue
		}
		if ds == nil {
			ds = r.v.cues.datesIn(s.mask, s.words())
			r.anchorDates(si, ds)
		}
		if r.claimed(si, q.value) {
			r.dateClaimedItem(s, q)
			continue
		}
		if !r.periodItem(s, q) && !r.comparedFigure(s, q, ds) && !r.periodFigure(s, q, ds) && !r.figureAnaphora(s, q, ds) && !r.breakdownFigure(s, q) && !r.courtTally(s, q) {
			r.tallyClause(s, q, qs, ds)
		}
	}
}

// claimed: a draft of sentence si already counts value.
func (r *eventReader) claimed(si int, value float64) bool {
	for k := len(r.drafts) - 1; k >= 0 && r.drafts[k].si == si; k-- {
		if c := r.drafts[k].count; c != nil && *c == value {
			return true
		}
	}
	return false
}

// comparedFigure reads "…, up from roughly 500 in 2023": a copy of the
// latest counted draft of the sentence with this count and the date that
// follows the figure, if any.
func (r *eventReader) comparedFigure(s *sentence, q *quantity, ds []datePhrase) bool {
	// the words before the figure, less a qualifier ("up from about")
	head := " " + s.mask[max(0, q.start-30):q.start]
	compared := false
	for _, w := range r.v.cues.lists["comparisons"] {
		if i := strings.LastIndex(head, " "+w+" "); i >= 0 {
			rest := head[i+len(w)+2:]
			compared = len(strings.Fields(rest)) <= 2 && !strings.ContainsAny(rest, ",;@0123456789")
		}
		if compared {
			break
		}
	}
	if !compared {
		return false
	}
	if base, ok := r.countedInSentence(s, q); ok {
		d := withFigure(base, q)
		for i := range ds {
			if gap := s.mask[q.end:max(q.end, ds[i].start)]; ds[i].start >= q.end && len(gap) <= 30 && !strings.ContainsAny(gap, ",;") {
				d.datePh = &ds[i] // "up from 1,600 in 2023", "in the whole of 2023"
				break
			}
		}
		if d.datePh == nil {
			d.date = r.yearBeforeBase(s, q, base) // "against 7,010 the year before"
		}
		r.addDraft(d)
		return true
	}
	return false
}

// partOfPeriodRE: words between a figure and its period that take a part
// of it ("600 in the first eight months of this year"): the figure is
// still that period's.
var partOfPeriodRE = regexp.MustCompile(`^(?:in |during |over )?(?:the )?(?:first|last|past|second) (?:[a-z0-9-]+ )?(?:months|weeks|days|half|quarter|month|week) of$`)

// periodFigure reads a figure for another period joined to a counted one
// ("437 verdicts in 2022 … and 5,802 in 2023", "12 in 2023 and 57 in 2024,
// as well as 31 so far this year", "11,340 cases in 2024, against 7,010
// the year before"): a copy of the latest counted draft of the sentence
// with this count and that period.
func (r *eventReader) periodFigure(s *sentence, q *quantity, ds []datePhrase) bool {
	head := r.v.cues.withoutQualifier(strings.TrimRight(s.mask[max(0, q.start-30):q.start], " ")) // "… and almost 17,400 in 2022"
	if t := strings.TrimSuffix(head, " to"); strings.HasSuffix(t, " and") {
		head = t // "refused entry to 712 in 2024 and to 648 in 2025"
	}
	if strings.HasSuffix(head, ":") {
		return r.colonPeriod(s, q, ds) // "…: 1,215 in 2024 and 1,388 in 2025"
	}
	joined := false
	for _, w := range r.v.cues.lists["period_joins"] {
		if strings.HasSuffix(head, " "+w) || strings.HasSuffix(head, ","+w) {
			joined = true
			break
		}
	}
	var when *datePhrase
	for i := range ds {
		gap := strings.TrimSpace(s.mask[q.end:max(q.end, ds[i].start)])
		if ds[i].start >= q.end && (gap == "" || gap == "so far" || partOfPeriodRE.MatchString(gap)) {
			when = &ds[i]
			break
		}
	}
	if !joined && strings.HasSuffix(head, ",") && when != nil {
		joined = true // "11 convictions in 2022, 62 in 2023, …": a series by period
	}
	if !joined {
		return false
	}
	if base, ok := r.countedInSentence(s, q); ok {
		d := withFigure(base, q)
		if when != nil {
			w := *when
			if w.storyYear == 0 && base.datePh != nil {
				w.storyYear = base.datePh.storyYear // "341 in January, 287 in February": the months of one year
			}
			d.datePh = &w
		} else if d.date = r.yearBeforeBase(s, q, base); d.date == "" {
			return false // neither a period after the figure nor "the year before"
		}
		r.addDraft(d)
		return true
	}
	return false
}

// colonPeriod reads the first of the figures a colon lists by period
// after a cue that gave none ("refused entry to more Russians than any
// other state: 1,215 in 2024 and …"): the cue's event with this figure and
// the period right after it.
func (r *eventReader) colonPeriod(s *sentence, q *quantity, ds []datePhrase) bool {
	colon := strings.LastIndex(s.mask[:q.start], ":")
	var when *datePhrase
	for i := range ds {
		if ds[i].start >= q.end && strings.TrimSpace(s.mask[q.end:ds[i].start]) == "" {
			when = &ds[i]
			break
		}
	}
	if when == nil {
		return false
	}
	for k := len(r.drafts) - 1; k >= 0 && r.drafts[k].si == s.idx; k-- {
		if base := r.drafts[k]; base.count == nil && base.pos < colon && listedKinds[base.kind] != "" {
			d := withFigure(base, q)
			d.datePh = when
			r.drafts[k] = d // the cue's event, now counted
			return true
		}
	}
	return false
}

// figureAnaphoraRE: a sentence that gives the figure of the statistic told
// just before, for its own period: "In 2024 alone it was more than 9,000",
// "The figure rose to 1,200 last year".
var figureAnaphoraRE = regexp.MustCompile(`^(?:[^,;]{0,40},? )?(?:it|(?:the|that) (?:corresponding |comparable |equivalent |same )?(?:figure|number|total|tally|count)) (?:alone )?(?:was|is|stood at|reached|rose to|fell to|came to|totalled|totaled|grew to|climbed to|dropped to)$|^of (?:them|those|these),?$`)

// figureAnaphora reads a figure given for the statistic of the sentence
// before ("… at least 15,000 cases. In 2024 alone it was more than
// 9,000"): a copy of that sentence's last counted draft, with this count
// and this sentence's date.
func (r *eventReader) figureAnaphora(s *sentence, q *quantity, ds []datePhrase) bool {
	head := strings.TrimSpace(s.mask[:q.start])
	for _, qp := range r.v.cues.qualifiers { // "it was more than 9,000"
		head = strings.TrimSpace(strings.TrimSuffix(head, strings.Join(qp.words, " ")))
	}
	if s.idx == 0 || !figureAnaphoraRE.MatchString(head) {
		return false
	}
	partOf := strings.HasPrefix(head, "of ") // "Of them, 612 left in 2024 alone": a part of the figure before, for its period
	for k := len(r.drafts) - 1; k >= 0; k-- {
		base := r.drafts[k]
		if base.si < s.idx-1 {
			break
		}
		if base.si != s.idx-1 || base.count == nil {
			continue
		}
		d := base
		v := q.value
		d.count, d.qualifier, d.si, d.pos = &v, q.qualifier, s.idx, q.start
		d.date, d.datePh = "", nil
		if d.location >= 0 && r.v.doc.Entities[d.location].Type == extract.Place {
			d.location = -1 // the part told before was at a place; the whole is not
		}
		for i := range ds {
			if ds[i].start < q.start {
				d.datePh = &ds[i] // "In 2024 alone it was …"
			}
		}
		for i := range ds {
			if d.datePh == nil && ds[i].start >= q.end && (ds[i].start-q.end <= 4 || partOf && ds[i].start-q.end <= 20) {
				d.datePh = &ds[i] // "The corresponding figure was 1,530 in 2023", "Of them, 612 left in 2024"
			}
		}
		if src := r.sourceFor(s, q.start); src >= 0 {
			d.src = src // "…, the service's spokesman X told reporters"
		}
		r.addDraft(d)
		return true
	}
	return false
}

// countedInSentence: the latest draft of sentence s with a count, read
// before the figure q.
func (r *eventReader) countedInSentence(s *sentence, q *quantity) (draft, bool) {
	for k := len(r.drafts) - 1; k >= 0 && r.drafts[k].si == s.idx; k-- {
		if base := r.drafts[k]; base.count != nil && base.pos <= q.start {
			return base, true
		}
	}
	return draft{}, false
}

// withFigure: the statistic of base with the figure q instead, undated.
func withFigure(base draft, q *quantity) draft {
	d := base
	v := q.value
	d.count, d.qualifier, d.pos = &v, q.qualifier, q.start
	d.date, d.datePh = "", nil
	return d
}

// yearBeforeBase: for a figure followed by "the year before" (or "a year
// earlier"), the year before base's year; "" if the text says no such thing
// or base is not dated by a year.
func (r *eventReader) yearBeforeBase(s *sentence, q *quantity, base draft) string {
	rest := s.mask[q.end:]
	for _, p := range r.v.cues.lists["previous_period"] {
		if strings.HasPrefix(rest, " "+p) {
			date := base.date
			if date == "" && base.datePh != nil {
				date = r.dates.resolve(*base.datePh)
			}
			if y, err := strconv.Atoi(date); err == nil {
				return strconv.Itoa(y - 1)
			}
		}
	}
	return ""
}

// courtTallyRE: a court joined to the figure after it by "with" ("the
// Chita Garrison Military Court with 389").
var courtTallyRE = regexp.MustCompile(`@O(\d+)@ with $`)

// courtTally reads a court's share of a count of rulings ("The X court
// issued 468 verdicts. It was followed by the Y court with 431, the Z
// court with 389"): the rulings counted just before, by that court.
func (r *eventReader) courtTally(s *sentence, q *quantity) bool {
	head := r.v.cues.withoutQualifier(strings.TrimRight(s.mask[:q.start], " ")) + " " // "with about 389"
	m := courtTallyRE.FindStringIndex(head)
	if m == nil {
		return false
	}
	court, ok := s.mentionAt(m[0])
	if !ok || !r.isCourt(court.ent) {
		return false
	}
	base := -1
	for k := len(r.drafts) - 1; k >= 0 && r.drafts[k].si >= s.idx-2; k-- {
		if d := r.drafts[k]; d.kind == "CourtRuling" && d.count != nil && (d.si < s.idx || d.pos < q.start) {
			base = k
			break
		}
	}
	if base < 0 || r.drafts[base].agent == court.ent {
		return false
	}
	d := withFigure(r.drafts[base], q)
	d.si, d.agent, d.subject, d.location, d.src = s.idx, court.ent, -1, -1, -1
	d.date, d.datePh = r.drafts[base].date, r.drafts[base].datePh
	r.addDraft(d)
	return true
}

// tallyClause reads a figure headed by a country of its own clause.
func (r *eventReader) tallyClause(s *sentence, q *quantity, qs []quantity, ds []datePhrase) {
	prev := r.countedBefore(s.idx, q.start, figureKind(s.mask[q.end:]))
	if prev < 0 {
		return
	}
	base := r.drafts[prev]
	role := listedKinds[base.kind]
	c, people := r.tallyCountry(s, q, qs)
	if c < 0 {
		return
	}
	d := newDraft(base.kind, s.idx, q.start)
	v := q.value
	d.count, d.qualifier = &v, q.qualifier
	switch {
	case people:
		// "after Syrians, with 1,236": the same count of another nationality
		// (not of removals: "Georgians, with 212 returned": who was sent where is not told)
		if c == base.origin || c == base.agent || c == base.destination || base.kind == "Deportation" {
			return
		}
		d.agent, d.destination, d.origin = base.agent, base.destination, c
	case c == base.listedSlot() || c == base.origin:
		return // the same statistic again, or the country people come from
	case role == "agent":
		d.agent = c
	default:
		d.agent = base.agent // "Austria transferred 38 …, chiefly to Poland (17)"
		d.setListedSlot(c)
	}
	if !people { // a nationality heading the figure is its origin already
		if d.origin = r.demonymAfter(s, q.end); d.origin < 0 || d.origin == c {
			d.origin = base.origin
		}
	}
	if d.src = r.sourceFor(s, q.start); d.src < 0 && base.si >= s.idx-2 {
		d.src = base.src
	}
	if dp := r.nearestDate(s, ds, q.start, q.end, true); dp != nil {
		d.datePh = dp
	} else {
		d.date, d.datePh = base.date, base.datePh
	}
	r.addDraft(d)
}

// countedBefore: the latest counted draft of a listed kind (of kind, if
// not "") in sentence si before pos or in the three sentences before, -1
// if none.
func (r *eventReader) countedBefore(si, pos int, kind string) int {
	var rel [][2]int
	for k := len(r.drafts) - 1; k >= 0 && r.drafts[k].si >= si-3; k-- {
		d := r.drafts[k]
		if d.si == si && d.pos > pos {
			continue
		}
		if d.si == si && d.count == nil {
			if rel == nil {
				rel = r.relativeClauses(&r.v.sents[si])
			}
			if inOtherRelative(rel, d.pos, d.pos+1, pos) {
				continue // "In X, whose border has been closed since 2023, officials granted 90": the clause tells another act
			}
		}
		if kind != "" && d.kind != kind {
			continue
		}
		// in its own sentence a cue counts even without a figure: "France
		// granted protection to 1,900 Russians and Germany to 1,400"
		if (d.count != nil || d.si == si) && listedKinds[d.kind] != "" {
			return k
		}
	}
	return -1
}

// tallyCountry: the country heading the figure's clause ("France with over
// 3,400", "Spain recorded about 1,250", "the Czech Republic 310", "In
// Finland, …, Eurostat counted roughly 260"), or the nationality that does
// ("Syrians, with 1,236", "Afghans (455)", with people set); -1 if none.
func (r *eventReader) tallyCountry(s *sentence, q *quantity, qs []quantity) (int, bool) {
	for k := len(s.ments) - 1; k >= 0; k-- {
		m := s.ments[k]
		if m.mend > q.start {
			continue
		}
		gap := s.mask[m.mend:q.start]
		if strings.ContainsAny(gap, ";\"") || len(gap) > 140 {
			return -1, false
		}
		for _, o := range qs {
			if o.start >= m.mend && o.end <= q.start && (o.count || o.vague) {
				return -1, false // another figure stands between
			}
		}
		if m.typ == 'D' && strings.HasSuffix(strings.ToLower(m.surface), "s") && len(gap) <= 12 && r.tallyLink(gap) {
			return r.countryEntity(m.ent), true // "Syrians, with 1,236", "Afghans (455)"
		}
		if m.typ != 'C' || s.inWarPhrase(m) {
			continue
		}
		opener := m.mstart == 3 && strings.HasPrefix(s.mask, "in ")
		if r.objectPosition(s, m) && !opener && !strings.HasSuffix(s.mask[:m.mstart], "followed by ") && strings.TrimSpace(gap) != "(" {
			// ("chiefly to Poland (17)": a part in brackets heads its figure)
			continue // "closed since its border with Russia": not the clause's head
		}
		if !opener && len(gap) > 70 || !r.tallyLink(gap) {
			return -1, false
		}
		return r.countryEntity(m.ent), false
	}
	return -1, false
}

// tallyLink: the words between a country and its figure join them as a
// count: nothing but punctuation, or a verb of counting or "with".
func (r *eventReader) tallyLink(gap string) bool {
	if strings.Trim(gap, " ,(") == "" {
		return true
	}
	for _, w := range strings.Fields(gap) {
		if contains(r.v.cues.lists["tally_links"], strings.Trim(w, ",.")) {
			return true
		}
	}
	return false
}

// breakdownFigure reads a figure that breaks a total down by country after
// a colon ("27 were returned to Russia: 11 from Kazakhstan, 8 from
// Kyrgyzstan …"): the total's event again, with this count and country.
func (r *eventReader) breakdownFigure(s *sentence, q *quantity) bool {
	colon := strings.LastIndex(s.mask[:q.start], ":")
	if colon < 0 {
		return false
	}
	rest := s.mask[q.end:]
	prep := ""
	for _, p := range []string{" from ", " in ", " to "} {
		if strings.HasPrefix(rest, p+"@C") {
			prep = strings.TrimSpace(p)
		}
	}
	if prep == "" {
		return false
	}
	m, ok := s.mentionAt(q.end + len(prep) + 2)
	if !ok {
		return false
	}
	c := r.countryEntity(m.ent)
	for k := len(r.drafts) - 1; k >= 0 && r.drafts[k].si == s.idx; k-- {
		base := r.drafts[k]
		if base.count == nil || base.pos > colon {
			continue
		}
		d := base
		v := q.value
		d.count, d.qualifier, d.pos = &v, q.qualifier, q.start
		switch {
		case d.kind == "Deportation" && prep == "from":
			d.origin, d.agent = c, c // the state that sent them back
		case listedKinds[d.kind] == "agent":
			d.agent = c
		case listedKinds[d.kind] == "destination" && prep != "from":
			d.destination = c
		case d.kind == "Emigration" || d.kind == "AsylumApplication":
			d.origin = c
		case prep == "in" && strings.Contains(kindFields[d.kind], "location"):
			// "23 were detained abroad: 14 in Kazakhstan, …": the whole
			// was in no one of the places its parts name
			d.location = c
			if loc := base.location; loc >= 0 && mentionedAfter(s, loc, colon) && !r.mentionBefore(s, loc, colon) {
				r.drafts[k].location = -1
			}
		default:
			return false
		}
		r.addDraft(d)
		return true
	}
	return false
}

// partsAtSites: a counted event followed by a part of its figure at a place
// ("143 Russians applied for asylum, 39 of them after crossing at the X
// checkpoint") is two events: the whole, and the part at that place; the
// place belongs to the part only.
func (r *eventReader) partsAtSites(s *sentence, qs []quantity, ds []draft) []draft {
	n := len(ds)
	for i := 0; i < n; i++ {
		d := ds[i]
		if d.count == nil || !strings.Contains(kindFields[d.kind], "location") {
			continue
		}
		for _, q := range qs {
			if !q.part || q.start < d.pos || q.value <= 0 || otherFigureBetween(qs, d, q) {
				continue
			}
			end := len(s.mask)
			if k := strings.IndexAny(s.mask[q.end:], ",;"); k >= 0 {
				end = q.end + k
			}
			site := -1
			for _, m := range s.ments {
				if m.typ == 'L' && m.mstart >= q.end && m.mend <= end {
					site = m.ent
					break
				}
			}
			if site < 0 {
				continue
			}
			part := d
			v := q.value
			part.count, part.qualifier, part.location = &v, q.qualifier, site
			if ds[i].location == site {
				ds[i].location = -1
			}
			ds = append(ds, part)
			break
		}
	}
	return ds
}

// otherFigureBetween: a figure other than d's own stands between d's cue
// and the part q, whose whole it is then ("14 were detained, three
// returned, two of them via X").
func otherFigureBetween(qs []quantity, d draft, q quantity) bool {
	for _, o := range qs {
		if o.count && o.start > d.pos && o.start < q.start && o.value != *d.count {
			return true
		}
	}
	return false
}

// figureKind: the kind of statistic the words right after a figure name
// ("610 Russian applicants" are asylum claims), "" if they name none.
func figureKind(rest string) string {
	words := strings.Fields(rest)
	for i, w := range words {
		if i >= 3 {
			break
		}
		switch strings.Trim(w, ".,;:") {
		case "applicants", "applications", "claims", "claimants":
			return "AsylumApplication"
		}
	}
	return ""
}
