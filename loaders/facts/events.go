package facts

import (
	"strings"

	"newsgraph/loaders/extract"
)

// draft is an event being assembled; participants are entity indexes, -1
// when unknown.
type draft struct {
	kind                                               string
	agent, subject, origin, destination, location, src int
	count                                              *float64
	qualifier, date                                    string
	datePh                                             *datePhrase // resolved in finish, if the event survives
	si, pos                                            int
}

func newDraft(kind string, si, pos int) draft {
	return draft{kind: kind, agent: -1, subject: -1, origin: -1, destination: -1, location: -1, src: -1, si: si, pos: pos}
}

// kindFields lists the fields each kind may carry; the rest are never
// filled, since a participant the gold lacks makes an event wrong.
var kindFields = map[string]string{
	"Invasion":          "agent location date",
	"Mobilization":      "agent location date",
	"Desertion":         "subject origin source count date",
	"Emigration":        "origin destination source count date",
	"AsylumApplication": "origin destination location source count date",
	"AsylumGrant":       "agent origin source count date",
	"VisaGrant":         "agent origin source count date",
	"EntryRefusal":      "agent origin date",
	"Deportation":       "agent subject origin destination date",
	"Death":             "subject location count date",
	"CriminalCase":      "subject location source count",
	"CourtRuling":       "agent subject location date",
	"Detention":         "subject location source count date",
	"Massacre":          "agent location date",
}

// background kinds are settings of a story, read in any mood.
var background = map[string]bool{"Invasion": true, "Mobilization": true}

// eventReader holds what the event rules share over one article.
type eventReader struct {
	v           *view
	sources     []int
	dates       *dateResolver
	warAgent    int
	warLocation int
	drafts      []draft
	hits        [][]cueHit // event cue matches per sentence
}

// cueHit is one match of an event cue.
type cueHit struct {
	cue *eventCue
	m   []int
}

// events reads the events of the article.
func (v *view) events() []extract.Event {
	r := &eventReader{v: v, sources: v.sentenceSources(), warAgent: -1, warLocation: -1}
	r.dates = newDateResolver(v.cues, v.doc.Published, v.sents)
	r.hits = make([][]cueHit, len(v.sents))
	for si := range v.sents {
		s := &v.sents[si]
		for ci := range v.cues.events {
			cue := &v.cues.events[ci]
			for _, m := range cue.pat.findAll(s) {
				r.hits[si] = append(r.hits[si], cueHit{cue, m})
			}
		}
	}
	r.findWar()
	for si := range v.sents {
		r.sentence(si)
	}
	return r.finish()
}

// findWar fixes the war the article is set in ("Russia's invasion of
// Ukraine"), so that "since the war began in February 2022" can be read.
func (r *eventReader) findWar() {
	for si := range r.v.sents {
		s := &r.v.sents[si]
		for _, h := range r.hits[si] {
			cue, m := h.cue, h.m
			if cue.kind != "Invasion" {
				continue
			}
			{
				loc := s.group(cue.pat, m, "location")
				if len(loc) == 0 {
					continue
				}
				if r.warLocation < 0 {
					r.warLocation = r.v.countryEntity(loc[0].ent)
				}
				if a := s.group(cue.pat, m, "agent"); len(a) > 0 && r.warAgent < 0 {
					r.warAgent = r.v.countryEntity(a[0].ent)
				}
			}
		}
	}
	if r.warAgent < 0 && r.warLocation >= 0 && r.v.dominant != r.warLocation {
		r.warAgent = r.v.dominant
	}
}

// sentence reads the events of one sentence.
func (r *eventReader) sentence(si int) {
	s := &r.v.sents[si]
	question := strings.HasSuffix(strings.TrimRight(s.mask, ` "'`), "?")
	hits := r.hits[si]
	if len(hits) == 0 {
		return
	}
	var kindsHere = map[string]bool{}
	for _, h := range hits {
		kindsHere[h.cue.kind] = true
	}
	qs := r.v.cues.quantitiesIn(s.words())
	ds := r.v.cues.datesIn(s.mask, s.words())
	// an origin read anywhere in the sentence serves its other emigration cues
	sentOrigin := -1
	for _, h := range hits {
		if h.cue.kind == "Emigration" {
			if o := s.group(h.cue.pat, h.m, "origin"); len(o) > 0 {
				sentOrigin = r.v.countryEntity(o[0].ent)
				break
			}
		}
	}
	for _, h := range hits {
		kind, p, m := h.cue.kind, h.cue.pat, h.m
		if question {
			continue
		}
		if !background[kind] && r.hypothetical(s, m[0]) {
			continue
		}
		// desertion named as the charge of a case is no separate event
		if kind == "Desertion" && (kindsHere["CriminalCase"] || kindsHere["CourtRuling"]) {
			continue
		}
		d := newDraft(kind, si, m[0])
		g := func(name string) int {
			if x := s.group(p, m, name); len(x) > 0 {
				return x[0].ent
			}
			return -1
		}
		switch kind {
		case "Invasion":
			d.agent = r.v.countryEntity(g("agent"))
			d.location = r.v.countryEntity(g("location"))
			if d.location < 0 {
				d.location = r.warLocation
			}
			if d.agent < 0 && d.location == r.warLocation {
				d.agent = r.warAgent
			}
			if t := s.groupText(p, m, "date"); t != "" {
				for _, dp := range ds {
					if dp.start >= m[0] && dp.end <= m[1] {
						d.date = r.dates.resolve(dp)
					}
				}
			}
			if d.location < 0 || d.agent < 0 {
				continue
			}
		case "Mobilization":
			d.agent = r.v.countryEntity(g("agent"))
			if d.agent < 0 && g("leader") >= 0 {
				d.agent = r.v.dominant
			}
			if d.agent < 0 {
				d.agent = r.nearestCountry(s, m[0], m[1])
			}
			if d.agent < 0 {
				d.agent = r.v.dominant
			}
			d.location = d.agent
			d.datePh = r.nearestDate(s, ds, m[0], m[1], true)
		case "Desertion":
			d.subject = r.subjectPerson(s, m[0])
			if a := g("army"); a >= 0 {
				d.origin = r.v.countryEntity(a)
			}
			if d.origin < 0 {
				d.origin = r.originNear(s, m[0], m[1])
			}
			d.count, d.qualifier = r.countNear(s, qs, m[0], m[1], false)
		case "Emigration":
			if s.groupText(p, m, "weak") != "" && !r.quantifiedBefore(s, m[0]) {
				continue
			}
			if r.personRightBefore(s, m[0]) || r.personsJourney(s, m[0]) {
				continue // a named person's journey is a relation, not a statistic
			}
			d.origin = r.v.countryEntity(g("origin"))
			if d.origin < 0 {
				d.origin = sentOrigin
			}
			if d.origin < 0 {
				d.origin = r.demonymNear(s, m[0], m[1])
			}
			d.count, d.qualifier = r.countNear(s, qs, m[0], m[1], false)
			d.datePh = r.nearestDate(s, ds, m[0], m[1], false)
			if dests := s.group(p, m, "destination"); len(dests) > 0 {
				for _, dm := range dests {
					e := d
					e.destination = dm.ent
					if e.destination == e.origin {
						continue
					}
					e.src = r.sources[si]
					r.drafts = append(r.drafts, e)
				}
				continue
			}
		case "AsylumApplication":
			if r.negated(s, m[0]) {
				continue
			}
			d.destination = g("destination")
			if d.destination < 0 {
				d.destination = r.prepMention(s, m[0], m[1], []string{"in ", "to "}, "CLE", false)
			}
			if d.destination < 0 {
				d.destination = r.subjectCountry(s, m[0]) // "Germany received 7,663 asylum applications"
			}
			d.origin = r.countryEntity(g("origin"))
			if d.origin < 0 {
				d.origin = r.demonymNear(s, m[0], m[1])
			}
			if d.origin == d.destination {
				d.destination = -1
			}
			d.location = r.prepMention(s, m[0], m[1], []string{"at "}, "L", false)
			d.count, d.qualifier = r.countNear(s, qs, m[0], m[1], false)
			d.datePh = r.nearestDate(s, ds, m[0], m[1], false)
		case "AsylumGrant", "VisaGrant":
			d.agent = r.subjectCountry(s, m[0])
			if d.agent < 0 {
				d.agent = r.prepMention(s, m[0], m[1], []string{"in "}, "C", false)
			}
			d.origin = r.demonymAfter(s, m[1])
			if d.origin < 0 {
				d.origin = r.demonymNear(s, m[0], m[1])
			}
			if r.negated(s, m[0]) {
				// "Latvia will not issue visas": a refusal by the subject
				if d.agent = r.subjectCountry(s, m[0]); d.agent < 0 {
					continue
				}
				d.kind = "EntryRefusal"
				d.datePh = nil
				r.addDraft(d)
				continue
			}
			d.count, d.qualifier = r.countNear(s, qs, m[0], m[1], true)
			d.datePh = r.nearestDate(s, ds, m[0], m[1], false)
		case "EntryRefusal":
			d.origin = r.demonymAfter(s, m[1])
			if d.origin < 0 {
				d.origin = r.demonymNear(s, m[0], m[1])
			}
			var agents []int
			for _, a := range r.subjectCountryList(s, m[0]) {
				if a != d.origin { // "countries bordering Russia refused Russians"
					agents = append(agents, a)
				}
			}
			for _, a := range agents {
				e := d
				e.agent = a
				e.src = r.sources[si]
				r.addDraft(e)
			}
			if len(agents) > 0 {
				continue
			}
		case "Deportation":
			// "X was deported from A and returned to B", "A deported a
			// soldier back to B": the deporting state is where he was sent from
			d.subject = r.subjectPerson(s, m[0])
			d.agent = r.subjectCountry(s, m[0])
			if from := r.prepMention(s, m[1], m[1], []string{"from "}, "CL", true); from >= 0 && r.within(s, from, m[1], 40) {
				d.origin = from
			}
			if d.origin < 0 {
				d.origin = d.agent
			}
			if d.agent < 0 && d.origin >= 0 && r.v.doc.Entities[d.origin].Type == extract.Country {
				d.agent = d.origin
			}
			if to := r.prepMention(s, m[1], m[1], []string{"to ", "back to "}, "CL", true); to >= 0 && r.within(s, to, m[1], 80) {
				d.destination = to
			}
			if d.destination == d.origin {
				d.destination = -1
			}
		case "Death":
			d.subject = g("subject")
			if d.subject < 0 {
				d.subject = r.subjectPerson(s, m[0])
			}
			d.location = r.prepMention(s, m[0], m[1], []string{"in ", "at "}, "L", true)
			if d.location < 0 {
				d.location = r.prepMention(s, m[0], m[1], []string{"in "}, "C", true)
			}
			d.datePh = r.nearestDate(s, ds, m[0], m[1], false)
			if d.subject < 0 {
				d.count, d.qualifier = r.countNear(s, qs, m[0], m[1], false)
			}
		case "CriminalCase":
			d.location = r.v.countryEntity(g("location"))
			if d.location < 0 {
				d.location = r.v.countryEntity(g("court"))
			}
			if d.location < 0 {
				d.location = r.prepMention(s, m[0], m[1], []string{"in "}, "C", false)
			}
			d.subject = r.prepMention(s, m[0], m[1], []string{"against "}, "P", true)
			d.count, d.qualifier = r.countNear(s, qs, m[0], m[1], false)
		case "CourtRuling":
			if c := g("court"); c >= 0 && !r.isCourt(c) {
				continue // "the ministry ruled out": not a court
			}
			d.agent = r.courtBefore(s, m[1])
			d.location = r.v.countryEntity(d.agent)
			if d.location < 0 {
				d.location = r.demonymRightBefore(s, m[0], "court")
			}
			if d.location < 0 {
				d.location = r.countryBeforeWhere(s, m[0])
			}
			if d.location < 0 {
				d.location = r.prepMention(s, m[0], m[1], []string{"in "}, "C", false)
			}
			d.subject = r.subjectPerson(s, m[0])
			if d.subject < 0 {
				if x := s.mentionsIn(m[0], m[1]); len(x) > 0 && x[0].typ == 'P' {
					d.subject = x[0].ent
				}
			}
			d.datePh = r.nearestDate(s, ds, m[0], m[1], false)
		case "Detention":
			d.location = r.v.countryEntity(g("location"))
			if d.location < 0 {
				d.location = g("location")
			}
			d.subject = r.subjectPerson(s, m[0])
			d.count, d.qualifier = r.countNear(s, qs, m[0], m[1], false)
			d.datePh = r.nearestDate(s, ds, m[0], m[1], false)
		case "Massacre":
			d.location = g("location")
			d.agent = r.armyBefore(s, m[0])
			d.datePh = r.nearestDate(s, ds, m[0], m[1], false)
		}
		d.src = r.sources[si]
		r.addDraft(d)
	}
}

func (r *eventReader) countryEntity(ent int) int { return r.v.countryEntity(ent) }

func (r *eventReader) addDraft(d draft) { r.drafts = append(r.drafts, d) }
