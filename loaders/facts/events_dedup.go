package facts

import (
	"sort"
	"strings"

	"newsgraph/loaders/extract"
	"newsgraph/loaders/gazetteer"
)

// finish turns the drafts into events: it keeps only the fields each kind
// carries, drops events with no participant (but a reported count of
// detentions: "at least 40 were detained in 2024, the group said"), merges repeats (same kind,
// participants, count and date) and puts the most specific events first.
func (r *eventReader) finish() []extract.Event {
	trimmed := make([]draft, 0, len(r.drafts))
	for _, d := range r.drafts {
		if d = trimFields(r.withoutUnfitParticipants(d)); d.hasParticipant() || d.kind == "Detention" && d.count != nil && *d.count > 1 && d.src >= 0 {
			if d.datePh != nil && d.date == "" {
				d.date = r.dates.resolve(*d.datePh) // only now: parsing dates is the costly part
			}
			trimmed = append(trimmed, d)
		}
	}
	trimmed = mergeHeadlineReturn(dropReturnedFlights(trimmed))
	// Within one sentence, a cue that adds nothing to another of the same
	// kind ("those fleeing Russia … went to Turkey") is the same claim.
	kept := make([]draft, 0, len(trimmed))
	for i, d := range trimmed {
		redundant := false
		for j, o := range trimmed {
			if i != j && o.si == d.si && o.kind == d.kind && d.count == nil && d.date == "" &&
				d.strictlyWithin(o) {
				redundant = true
				break
			}
		}
		if !redundant {
			kept = append(kept, d)
		}
	}
	out := make([]draft, 0, len(kept))
	for i, d := range kept {
		drop := false
		for j, o := range kept {
			same := d
			if same.src < 0 && o.src >= 0 && d.count != nil {
				same.src = o.src // a figure told again where it says who gave it ("key points", then the entry)
			}
			if i == j || o.kind != d.kind || o.participants() != same.participants() {
				continue
			}
			// A unique happening (an invasion) told again without its date
			// is the same event; a statistic without a number is a claim of
			// its own ("Russians have fled" beside "700,000 left").
			if !background[d.kind] && !d.sameFigures(o) {
				continue
			}
			if d.subsumedBy(o) && (same.src != d.src || !o.subsumedBy(d) || j < i) {
				drop = true
				break
			}
		}
		if !drop {
			out = append(out, d)
		}
	}
	out = mergeUnnamedTellings(mergePersonEvents(out))
	if r.hasHeadline() {
		out = dropHeadlineSummaries(mergeHeadlineGrant(dropHeadlineAnnouncements(out)))
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].specificity() > out[j].specificity() })
	events := make([]extract.Event, 0, len(out))
	for _, d := range out {
		events = append(events, r.toEvent(d))
	}
	return events
}

// withoutUnfitParticipants empties the fields whose entity cannot fill
// them: a body the text only describes as agent ("a court in Orenburg
// ordered …" acts unnamed, where it sat stays told), the army deserted from
// as a desertion's source ("… had deserted from the Russian armed forces,
// the ministry said"), a world region as origin, destination or location
// ("asylum claims in Europe" is no country's figure).
func (r *eventReader) withoutUnfitParticipants(d draft) draft {
	ents := r.v.doc.Entities
	if d.agent >= 0 && describedOnly(ents[d.agent].Name) {
		d.agent = -1
	}
	if d.kind == "Desertion" && d.src >= 0 && ents[d.src].Type == extract.Organization && r.v.militaryBody(entityForms(ents[d.src])) {
		d.src = -1
	}
	for _, slot := range []*int{&d.origin, &d.destination, &d.location} {
		if *slot >= 0 && gazetteer.Lex().Regions[ents[*slot].Name] != nil {
			*slot = -1
		}
	}
	return d
}

// describedOnly: an entity name that is a description ("court in
// Orenburg", "military court in Rostov-on-Don"), not a proper name.
func describedOnly(name string) bool {
	return name != "" && name[0] >= 'a' && name[0] <= 'z'
}

func trimFields(d draft) draft {
	f := kindFields[d.kind]
	keep := func(name string) bool { return strings.Contains(f, name) }
	if !keep("agent") {
		d.agent = -1
	}
	if !keep("subject") {
		d.subject = -1
	}
	if !keep("origin") {
		d.origin = -1
	}
	if !keep("destination") {
		d.destination = -1
	}
	if !keep("location") {
		d.location = -1
	}
	if !keep("source") {
		d.src = -1
	}
	if !keep("count") {
		d.count, d.qualifier = nil, ""
	}
	if !keep("date") {
		d.date, d.datePh = "", nil
	}
	if d.count == nil {
		d.qualifier = ""
	}
	// a call-up is told by its source only as a figure ("X said 300,000 men
	// had been mobilised"); otherwise the speaker just mentions it
	if d.kind == "Mobilization" && d.count == nil {
		d.src = -1
	}
	// one entity in two roles is a misreading of the second
	if d.src >= 0 && (d.src == d.agent || d.src == d.subject || d.src == d.destination) {
		d.src = -1
	}
	return d
}

func (d draft) slots() [6]int {
	return [6]int{d.agent, d.subject, d.origin, d.destination, d.location, d.src}
}

// hasParticipant: the event names someone besides who reported it.
func (d draft) hasParticipant() bool {
	slots := d.slots()
	for _, x := range slots[:5] {
		if x >= 0 {
			return true
		}
	}
	return false
}

// strictlyWithin: every participant of d is o's, and o has more.
func (d draft) strictlyWithin(o draft) bool {
	return d.slotsWithin(o) && d.slots() != o.slots()
}

// participants is a comparable signature of the participant fields.
func (d draft) participants() [6]int { return d.slots() }

// subsumedBy: o says everything d says (same participants, and d's count
// and date are o's or missing).
func (d draft) subsumedBy(o draft) bool {
	if d.count != nil && (o.count == nil || *o.count != *d.count) {
		return false
	}
	if d.date != "" && !strings.HasPrefix(o.date, d.date) {
		return false
	}
	return true
}

func (d draft) sameFigures(o draft) bool {
	return d.date == o.date && (d.count == nil) == (o.count == nil) && (d.count == nil || *d.count == *o.count)
}

func (d draft) specificity() int {
	n := 0
	for _, x := range d.slots() {
		if x >= 0 {
			n++
		}
	}
	if d.count != nil {
		n++
	}
	if d.date != "" {
		n++
	}
	return n
}

func (r *eventReader) toEvent(d draft) extract.Event {
	ents := r.v.doc.Entities
	ev := extract.Event{Kind: d.kind, Count: d.count, Qualifier: d.qualifier, Date: d.date,
		Evidence: r.v.doc.Evidence(d.si)}
	set := func(field string, dst *string, ent int) {
		if ent < 0 {
			return
		}
		*dst = ents[ent].Name
		if ev.Keys == nil {
			ev.Keys = map[string]string{}
		}
		ev.Keys[field] = ents[ent].Key
	}
	set("agent", &ev.Agent, d.agent)
	set("subject", &ev.Subject, d.subject)
	set("origin", &ev.Origin, d.origin)
	set("destination", &ev.Destination, d.destination)
	set("location", &ev.Location, d.location)
	set("source", &ev.Source, d.src)
	return ev
}

// hasHeadline: the article's first sentence is a headline, not a sentence
// of the story (it has no closing stop).
func (r *eventReader) hasHeadline() bool {
	if len(r.v.sents) < 2 {
		return false
	}
	t := strings.TrimRight(r.v.sents[0].mask, ` "'`)
	return !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "!") && !strings.HasSuffix(t, "?")
}

// dropHeadlineAnnouncements drops a headline statistic without its figure
// ("group says it helped a record number of soldiers desert in 2024") when
// the body gives that figure with all the headline says.
func dropHeadlineAnnouncements(ds []draft) []draft {
	out := ds[:0:0]
	for _, d := range ds {
		announced := false
		if d.si == 0 && d.count == nil && !background[d.kind] {
			for _, o := range ds {
				if o.si > 0 && o.kind == d.kind && o.count != nil && d.slotsWithin(o) && strings.HasPrefix(o.date, d.date) {
					announced = true
					break
				}
			}
		}
		if !announced {
			out = append(out, d)
		}
	}
	return out
}

// dropHeadlineSummaries drops a headline event that names no one and
// gives no figure ("German court bars deportation of Russian deserter")
// when the body tells an event of that kind of a named person, or by a
// named agent the headline does not name: the headline sums up that
// event, which the body tells with its court, person and date.
func dropHeadlineSummaries(ds []draft) []draft {
	out := ds[:0:0]
	for _, d := range ds {
		summary := false
		if d.si == 0 && d.subject < 0 && d.count == nil && !background[d.kind] {
			for _, o := range ds {
				if o.si > 0 && o.kind == d.kind && (o.subject >= 0 || o.agent >= 0 && d.agent < 0) {
					summary = true
					break
				}
			}
		}
		if !summary {
			out = append(out, d)
		}
	}
	return out
}

// slotsWithin: every participant d names, o names too.
func (d draft) slotsWithin(o draft) bool {
	ds, os := d.slots(), o.slots()
	for k := range ds {
		if ds[k] >= 0 && ds[k] != os[k] {
			return false
		}
	}
	return true
}

// mergePersonEvents: what happened to a named person, told twice ("X
// deserted …" and "X, who had left his regiment, …, the group said"), is
// one event when nothing the tellings say disagrees; the first telling
// keeps the other's details.
func mergePersonEvents(ds []draft) []draft {
	out := ds[:0:0]
	for _, d := range ds {
		merged := false
		if d.subject >= 0 && d.count == nil {
			for k := range out {
				o := &out[k]
				if o.kind != d.kind || o.subject != d.subject || o.count != nil || !datesAgree(o.date, d.date) {
					continue
				}
				if m, ok := mergeDrafts(*o, d); ok {
					if m.date == "" || len(d.date) > len(m.date) {
						m.date = d.date
					}
					*o, merged = m, true
					break
				}
			}
		}
		if !merged {
			out = append(out, d)
		}
	}
	return out
}

// mergeUnnamedTellings: an event told of an unnamed person ("police
// detained a Russian deserter at a house on the island") and, within two
// sentences, of a named one ("officers arrested X, 29, for …") is one
// event when nothing the tellings say disagrees.
func mergeUnnamedTellings(ds []draft) []draft {
	gone := make([]bool, len(ds))
	for i := range ds {
		d := &ds[i]
		if d.subject < 0 || d.count != nil {
			continue
		}
		for k := range ds {
			o := ds[k]
			if gone[k] || k == i || o.kind != d.kind || o.subject >= 0 || o.count != nil || o.si == 0 ||
				o.si < d.si-2 || o.si > d.si+2 || !datesAgree(o.date, d.date) {
				continue
			}
			if m, ok := mergeDrafts(*d, o); ok {
				if len(o.date) > len(m.date) {
					m.date = o.date
				}
				*d, gone[k] = m, true
				break
			}
		}
	}
	out := ds[:0:0]
	for i, d := range ds {
		if !gone[i] {
			out = append(out, d)
		}
	}
	return out
}

// datesAgree: one date is missing or a prefix of the other.
func datesAgree(a, b string) bool {
	return a == "" || b == "" || strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}
