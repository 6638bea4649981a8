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
	"Mobilization":      "agent location source count date",
	"Desertion":         "subject origin source count date",
	"Emigration":        "origin destination source count date",
	"AsylumApplication": "origin destination location source count date",
	"AsylumGrant":       "agent origin source count date",
	"VisaGrant":         "agent origin source count date",
	"EntryRefusal":      "agent origin count date",
	"Deportation":       "agent subject origin destination source count date",
	"Death":             "subject location count date",
	"CriminalCase":      "subject location source count date",
	"CourtRuling":       "agent subject location source count date",
	"Detention":         "subject location source count date",
	"Massacre":          "agent location date",
}

// background kinds are settings of a story, read in any mood.
var background = map[string]bool{"Invasion": true, "Mobilization": true}

// negationAware kinds handle a negation themselves: a refusal is one, a
// grant refused becomes a refusal.
var negationAware = map[string]bool{"EntryRefusal": true, "AsylumGrant": true, "VisaGrant": true}

// eventReader holds what the event rules share over one article.
type eventReader struct {
	v           *view
	sources     []int    // per sentence, the entity it attributes its facts to
	sourceAt    [][2]int // and where in the mask that attribution is
	answered    []bool   // per sentence: an interview answer, credited to the interviewee
	dates       *dateResolver
	warAgent    int
	warLocation int
	people      int // the nationality the article's people mostly have, -2 until read
	asylum      int // whether the article tells of asylum claims: 1 yes, -1 no, 0 until asked
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
	r := &eventReader{v: v, warAgent: -1, warLocation: -1, people: v.migrants}
	r.sources, r.sourceAt = v.sentenceSources()
	r.answered = v.interviewSources(r.sources)
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
	r.chargedDeserters()
	r.countedHaveNoSubject()
	r.deportationOrigins()
	r.leaversCitizenship(r.eventRelations())
	return r.finish()
}

// chargedDeserters: a named person tried or sentenced for desertion
// ("sentenced X in absentia to ten years for desertion") deserted, though
// the desertion is told only as the charge; one Desertion for each such
// person with none told otherwise, undated (the ruling's date is not the
// desertion's).
func (r *eventReader) chargedDeserters() {
	has := map[int]bool{}
	for _, d := range r.drafts {
		if d.kind == "Desertion" && d.subject >= 0 {
			has[d.subject] = true
		}
	}
	n := len(r.drafts)
	for i := 0; i < n; i++ {
		d := r.drafts[i]
		if d.kind != "CourtRuling" && d.kind != "CriminalCase" || d.subject < 0 || d.count != nil || has[d.subject] {
			continue
		}
		if m := r.v.sents[d.si].mask; !strings.Contains(m, "for desertion") && !strings.Contains(m, "of desertion") && !strings.Contains(m, "with desertion") {
			continue
		}
		e := newDraft("Desertion", d.si, d.pos)
		e.subject = d.subject
		if e.origin = r.armyCountry(d.subject); e.origin < 0 {
			e.origin = r.soldiersState()
		}
		r.addDraft(e)
		has[d.subject] = true
	}
}

// countedHaveNoSubject: an event counted in more than one happened to a
// group, not to the person named beside it ("X has represented about
// forty men who deserted").
func (r *eventReader) countedHaveNoSubject() {
	for i := range r.drafts {
		if d := &r.drafts[i]; d.count != nil && *d.count > 1 {
			d.subject = -1
		}
	}
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
	// An unnamed invader is the country the article is about, unless that
	// is a host country (see homeCountry).
	if r.warAgent < 0 && r.warLocation >= 0 && r.v.dominant != r.warLocation {
		r.warAgent = r.homeCountry()
	}
}

// sentence reads the events of one sentence.
func (r *eventReader) sentence(si int) {
	s := &r.v.sents[si]
	question := strings.HasSuffix(strings.TrimRight(s.mask, ` "'`), "?")
	hits := r.hits[si]
	if len(hits) == 0 {
		r.echo(si)
		r.listLine(si)
		r.tallies(si, nil, nil)
		return
	}
	var kindsHere = map[string]bool{}
	for _, h := range hits {
		kindsHere[h.cue.kind] = true
	}
	qs := r.v.cues.quantitiesIn(s.words())
	ds := r.v.cues.datesIn(s.mask, s.words())
	r.anchorDates(si, ds)
	defer r.tallies(si, qs, ds) // the figures no cue claimed, once the cues are read
	heads := r.listHeads(s)
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
		kind, m := h.cue.kind, h.m
		switch {
		case question:
			continue // a question asserts nothing
		case !background[kind] && r.hypothetical(s, m[0]):
			continue
		case !background[kind] && !negationAware[kind] && r.negated(s, m[0]):
			// "will not extradite", "have not left": no event (refusals
			// and grants read their own negations)
			continue
		}
		c := &cueCtx{s: s, p: h.cue.pat, m: m, qs: qs, ds: ds, kindsHere: kindsHere, hits: hits, sentOrigin: sentOrigin}
		var read []draft
		for _, d := range slotReaders[kind](r, c, newDraft(kind, si, m[0])) {
			read = append(read, headedBy(d, heads)...)
		}
		read = r.partsAtSites(s, qs, read)
		for _, d := range read {
			d.src = r.sourceFor(s, m[0])
			if d.kind == "CourtRuling" && d.src >= 0 && (d.src == d.agent || r.isJudge(d.src)) {
				d.src = -1 // "Judge X sentenced him": the court rules, it does not report
			}
			if d.subject >= 0 && d.subject == d.src && d.count != nil {
				d.subject = -1 // "by X's count, 14 were detained": X counts, X is not held
			}
			if r.tellsOfSelf(s, d.src, m[0]) {
				// "X told the police that he … asked for asylum": X's own act
				if d.subject < 0 {
					d.subject = d.src
				}
				d.src = -1
			}
			if r.answered != nil && r.answered[si] && (d.subject >= 0 || !countedIn(qs)) {
				// a named person's story, or a claim with no figure, told in an
				// answer: the interviewee speaks, but reports no figure to credit
				d.src = -1
			}
			r.addDraft(d)
		}
	}
}

func (r *eventReader) countryEntity(ent int) int { return r.v.countryEntity(ent) }

// tellsOfSelf: person src, named before pos, says that "he" or "she" did
// what the cue at pos tells ("X told the border police that he was a
// deserter and asked for asylum").
func (r *eventReader) tellsOfSelf(s *sentence, src, pos int) bool {
	if src < 0 || r.v.doc.Entities[src].Type != extract.Person {
		return false
	}
	for _, m := range s.ments {
		if m.ent != src || m.mend > pos {
			continue
		}
		between := s.mask[m.mend:pos]
		if f := strings.Fields(between); len(f) >= 3 && contains(r.v.cues.lists["speech_verbs"], f[0]) && !strings.Contains(between, `"`) {
			if f[1] == "that" {
				f = f[1:]
			}
			if (f[1] == "he" || f[1] == "she") && r.v.mayBe(src, pronounGender(f[1])) {
				return true // "He said he went home on leave, took a bus … and flew to X": all his own acts
			}
		}
		for _, w := range []string{"he", "she"} {
			if !r.v.mayBe(src, pronounGender(w)) || strings.ContainsAny(between, "@\"") {
				continue
			}
			if strings.Contains(between, " that "+w+" ") {
				return true
			}
			// "He says he walked away from his unit"
			if f := strings.Fields(between); len(f) == 2 && f[1] == w && contains(r.v.cues.lists["speech_verbs"], f[0]) {
				return true
			}
		}
	}
	return false
}

// sourceFor: the sentence's source, unless a clause break separates its
// attribution from the cue ("X said …, as 98,000 people entered").
func (r *eventReader) sourceFor(s *sentence, pos int) int {
	src := r.sources[s.idx]
	if src < 0 {
		return -1
	}
	if r.answered != nil && r.answered[s.idx] {
		return src // the whole answer is the interviewee's
	}
	at := r.sourceAt[s.idx]
	if at[0] == 0 && strings.HasPrefix(s.mask, "according to") || len(strings.TrimRight(s.mask[at[1]:], ` ."'`)) == 0 {
		return src // "According to X, …" and "…, X said." speak for the whole sentence
	}
	a, b := at[0], pos
	if a > b {
		a, b = b, a
	}
	if r.clauseStart(s, b) > a {
		return -1
	}
	return src
}

func (r *eventReader) addDraft(d draft) { r.drafts = append(r.drafts, d) }

// echoKinds are the acts of a state that "X took a similar step" repeats.
var echoKinds = map[string]bool{"EntryRefusal": true, "VisaGrant": true, "AsylumGrant": true, "Deportation": true}

// echo reads "X, Y and Z took a similar step": the latest act of a state
// told before, once for each country named as the subject, dated by this
// sentence.
func (r *eventReader) echo(si int) {
	s := &r.v.sents[si]
	for _, p := range r.v.cues.echo {
		m := p.find(s)
		if m == nil {
			continue
		}
		agents := r.subjectCountryList(s, m[0])
		if len(agents) == 0 {
			return
		}
		prev := -1
		for k := len(r.drafts) - 1; k >= 0; k-- {
			if echoKinds[r.drafts[k].kind] && r.drafts[k].si < si {
				prev = k
				break
			}
		}
		if prev < 0 {
			return
		}
		was := r.drafts[prev]
		ds := r.v.cues.datesIn(s.mask, s.words())
		r.anchorDates(si, ds) // "… on 19 September 2022. Finland followed on 30 September": the story's year
		for _, a := range agents {
			d := newDraft(was.kind, si, m[0])
			d.agent, d.origin = a, was.origin
			if d.origin == a {
				d.origin = -1
			}
			d.datePh = r.nearestDate(s, ds, m[0], m[1], false)
			r.addDraft(d)
		}
		return
	}
}

// countedIn: the sentence's quantities hold a count of something.
func countedIn(qs []quantity) bool {
	for _, q := range qs {
		if q.count && !q.vague {
			return true
		}
	}
	return false
}
