package facts

import (
	"regexp"
	"strings"
)

// Statistics are often given as a list, one line a country, after a line
// that says what is counted ("Asylum claims last year:", "A roundup of the
// latest figures:"): "- Georgia: about 10,000 Russians a day". Such a line
// has no cue of its own; it repeats the kind of the latest counted event,
// for the country that heads it.

// listLineRE: a line that opens with a country and a colon.
var listLineRE = regexp.MustCompile(`^(?:[-•*–] ?)?@C(\d+)@: `)

// listHeadRE: a line headed by one or more countries and a colon ("-
// Germany: the federal office registered …", "Estonia, Latvia and
// Lithuania: the three states have refused …").
var listHeadRE = regexp.MustCompile(`^(?:[-•*–] ?)?@C\d+@(?:(?:,| and|, and) @C\d+@)*: `)

// listHeads: the countries heading sentence s as a list line, if any.
func (r *eventReader) listHeads(s *sentence) []int {
	m := listHeadRE.FindStringIndex(s.mask)
	if m == nil {
		return nil
	}
	var out []int
	for _, x := range s.mentionsIn(0, m[1]) {
		if x.typ == 'C' {
			out = append(out, r.countryEntity(x.ent))
		}
	}
	return out
}

// headedBy gives a draft of a list line the heading countries for its
// country slot (the destination of applications, the agent of grants and
// refusals) when the line's own words named none: one draft per country.
func headedBy(d draft, heads []int) []draft {
	role := listedKinds[d.kind]
	if len(heads) == 0 || role == "" || d.listedSlot() >= 0 {
		return []draft{d}
	}
	out := make([]draft, 0, len(heads))
	for _, c := range heads {
		if c < 0 || c == d.origin {
			continue
		}
		e := d
		e.setListedSlot(c)
		out = append(out, e)
	}
	if len(out) == 0 {
		return []draft{d}
	}
	return out
}

// listedKinds are the counted kinds a statistics line can continue, and
// whether its country is the agent (grants, refusals), the destination or
// the location (detentions).
var listedKinds = map[string]string{
	"Emigration": "destination", "AsylumApplication": "destination",
	"AsylumGrant": "agent", "VisaGrant": "agent", "EntryRefusal": "agent",
	"Deportation": "destination", "Detention": "location",
}

// listedSlot: the participant of d a list's country fills, -1 if unset.
func (d *draft) listedSlot() int {
	switch listedKinds[d.kind] {
	case "agent":
		return d.agent
	case "location":
		return d.location
	}
	return d.destination
}

// setListedSlot puts country c in the participant of d a list's country fills.
func (d *draft) setListedSlot(c int) {
	switch listedKinds[d.kind] {
	case "agent":
		d.agent = c
	case "location":
		d.location = c
	default:
		d.destination = c
	}
}

// listLine reads sentence si as a line of a statistics list.
func (r *eventReader) listLine(si int) {
	s := &r.v.sents[si]
	m := listLineRE.FindStringSubmatchIndex(s.mask)
	if m == nil {
		return
	}
	head, ok := s.mentionAt(m[2] - 2)
	if !ok {
		return
	}
	prev := -1
	for k := len(r.drafts) - 1; k >= 0 && r.drafts[k].si >= si-8; k-- {
		if d := r.drafts[k]; d.count != nil && listedKinds[d.kind] != "" {
			prev = k
			break
		}
	}
	if prev < 0 {
		return
	}
	words := s.words()
	qs := r.v.cues.quantitiesIn(words)
	kind := r.drafts[prev].kind
	if k := r.countedNounKind(s.mask, qs, m[1]); k != "" {
		kind = k // "- Poland: 1,450 applications." after a line of grants
	}
	d := newDraft(kind, si, m[1])
	d.count, d.qualifier = r.countNear(s, qs, m[1], m[1], true)
	if d.count == nil {
		return // a list line without a figure is no statistic
	}
	c := r.countryEntity(head.ent)
	d.setListedSlot(c)
	d.origin = r.demonymNear(s, m[1], len(s.mask))
	if d.origin < 0 {
		d.origin = r.drafts[prev].origin
	}
	if d.origin == c {
		d.origin = -1
	}
	ds := r.v.cues.datesIn(s.mask, words)
	if dp := r.nearestDate(s, ds, m[1], len(strings.TrimRight(s.mask, ".")), true); dp != nil {
		d.datePh = dp
	}
	d.src = r.sourceFor(s, m[1])
	r.addDraft(d)
}

// countedNounKind: the kind whose counted_<Kind> cue list holds the noun
// right after the first figure past pos ("1,450 applications"), "" if none.
func (r *eventReader) countedNounKind(mask string, qs []quantity, pos int) string {
	for _, q := range qs {
		if q.start < pos || !q.count {
			continue
		}
		w, _, _ := strings.Cut(strings.TrimLeft(mask[q.end:], " "), " ")
		w = strings.Trim(w, ".,;:")
		for kind := range listedKinds {
			if contains(r.v.cues.lists["counted_"+kind], w) {
				return kind
			}
		}
		return ""
	}
	return ""
}

// Figures listed by period, one item each, after a lead that ends with a
// colon: "Convictions rose every year:" then "- 2022: 1,150 convictions;",
// "- 2023: 5,740;". Each item is the statistic counted just before (in
// the item above, or the lead), for the item's period.

// itemPeriod: the year heading a list item ("- 2023: 5,740", "• January
// to June 2025: 6,815 convictions") when figure q follows right after its
// colon; nil if s is no such item or its heading names no single year.
func itemPeriod(s *sentence, q *quantity) *datePhrase {
	m := s.mask
	if !listItem(m) {
		return nil
	}
	colon := strings.IndexByte(m, ':')
	if colon < 0 || colon > 32 || q.start < colon {
		return nil
	}
	if gap := strings.TrimSpace(m[colon+1 : q.start]); gap != "" && q.qualifier == "" || len(gap) > 16 {
		return nil // the figure is not the item's own ("- 2023: after 40 days, 12 …")
	}
	var year *datePhrase
	for _, w := range strings.Fields(m[2:colon]) {
		if isYear(w) {
			if year != nil {
				return nil // "2022–2023": a span, not one period
			}
			at := strings.Index(m, w)
			year = &datePhrase{start: at, end: at + len(w), prep: "in", text: w}
		}
	}
	return year
}

// listItem: a sentence that is an item of a list ("- …", "• …").
func listItem(mask string) bool {
	return strings.HasPrefix(mask, "- ") || strings.HasPrefix(mask, "• ") || strings.HasPrefix(mask, "* ")
}

// periodListLead: the sentence that leads the list holding item si (the
// one right before its first item), when it ends with a colon; -1 if si
// is no item of such a list.
func (r *eventReader) periodListLead(si int) int {
	for k := si - 1; k >= 0 && k >= si-12; k-- {
		if m := strings.TrimSpace(r.v.sents[k].mask); !listItem(m) {
			if strings.HasSuffix(m, ":") {
				return k
			}
			return -1
		}
	}
	return -1
}

// periodItem reads an item's figure no cue claimed: the statistic of the
// item above (or of the lead) with this figure and the item's period.
func (r *eventReader) periodItem(s *sentence, q *quantity) bool {
	when := itemPeriod(s, q)
	lead := r.periodListLead(s.idx)
	if when == nil || lead < 0 {
		return false
	}
	var base *draft
	for k := len(r.drafts) - 1; k >= 0 && r.drafts[k].si >= s.idx-12; k-- {
		d := &r.drafts[k]
		if d.si >= s.idx || background[d.kind] {
			continue
		}
		if d.count != nil || d.si == lead {
			base = d
		}
		break
	}
	if base == nil {
		return false
	}
	d := withFigure(*base, q)
	d.si, d.datePh = s.idx, when
	r.addDraft(d)
	return true
}

// dateClaimedItem dates a figure a cue claimed in a period list's item by
// the item's period ("- 2022: 1,150 convictions, …").
func (r *eventReader) dateClaimedItem(s *sentence, q *quantity) {
	when := itemPeriod(s, q)
	if when == nil || r.periodListLead(s.idx) < 0 {
		return
	}
	for k := len(r.drafts) - 1; k >= 0 && r.drafts[k].si == s.idx; k-- {
		if d := &r.drafts[k]; d.count != nil && *d.count == q.value && d.date == "" {
			d.datePh = when
		}
	}
}
