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

// listedKinds are the counted kinds a statistics line can continue, and
// whether its country is the agent (grants, refusals) or the destination.
var listedKinds = map[string]string{
	"Emigration": "destination", "AsylumApplication": "destination",
	"AsylumGrant": "agent", "VisaGrant": "agent", "EntryRefusal": "agent",
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
	d := newDraft(r.drafts[prev].kind, si, m[1])
	d.count, d.qualifier = r.countNear(s, qs, m[1], m[1], true)
	if d.count == nil {
		return // a list line without a figure is no statistic
	}
	c := r.countryEntity(head.ent)
	if listedKinds[d.kind] == "agent" {
		d.agent = c
	} else {
		d.destination = c
	}
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
