package facts

import (
	"regexp"
	"strings"

	"newsgraph/loaders/extract"
)

// cueCtx is one cue match being read into events.
type cueCtx struct {
	s          *sentence
	p          *pattern
	m          []int
	qs         []quantity
	ds         []datePhrase
	kindsHere  map[string]bool // kinds cued anywhere in the sentence
	hits       []cueHit        // all cue matches of the sentence
	sentOrigin int             // an emigration origin read elsewhere in the sentence
}

// g is the first entity a named group of the match captured, -1 if none.
func (c *cueCtx) g(name string) int {
	if x := c.s.group(c.p, c.m, name); len(x) > 0 {
		return x[0].ent
	}
	return -1
}

// slotReaders fill, per kind, a draft's participants, count and date from
// a cue match; they return the events read (none, one, or one per listed
// country).
var slotReaders = map[string]func(r *eventReader, c *cueCtx, d draft) []draft{
	"Invasion":          (*eventReader).invasion,
	"Mobilization":      (*eventReader).mobilization,
	"Desertion":         (*eventReader).desertion,
	"Emigration":        (*eventReader).emigration,
	"AsylumApplication": (*eventReader).asylumApplication,
	"AsylumGrant":       (*eventReader).grant,
	"VisaGrant":         (*eventReader).grant,
	"EntryRefusal":      (*eventReader).entryRefusal,
	"Deportation":       (*eventReader).deportation,
	"Death":             (*eventReader).death,
	"CriminalCase":      (*eventReader).criminalCase,
	"CourtRuling":       (*eventReader).courtRuling,
	"Detention":         (*eventReader).detention,
	"Massacre":          (*eventReader).massacre,
}

func (r *eventReader) invasion(c *cueCtx, d draft) []draft {
	s, m := c.s, c.m
	d.agent = r.v.countryEntity(c.g("agent"))
	d.location = r.v.countryEntity(c.g("location"))
	if s.groupText(c.p, m, "fight") != "" && (d.location < 0 || !r.v.invaded(d.location)) {
		return nil // "troops in Estonia": no war told
	}
	if d.location < 0 {
		d.location = r.warLocation
	}
	if d.agent < 0 && d.location == r.warLocation {
		d.agent = r.warAgent
	}
	if s.groupText(c.p, m, "date") != "" { // "the war began in February 2022"
		for _, dp := range c.ds {
			if dp.start >= m[0] && dp.end <= m[1] {
				d.date = r.dates.resolve(dp)
			}
		}
	}
	for i := range c.ds {
		dp := &c.ds[i]
		// "invaded Ukraine in February 2022"; "24 February 2022: Russian
		// forces invade Ukraine" (a timeline entry)
		if d.date == "" && (dp.start >= m[1] && dp.start-m[1] <= 3 && dp.prep == "in" || entryDate(s, dp)) {
			d.datePh = dp
		}
	}
	if d.location < 0 {
		// "since the full-scale invasion began": the field's war, when the
		// article names both its states
		if a, l := r.v.defaultWar(); a >= 0 && l >= 0 {
			d.agent, d.location = a, l
		}
	}
	if d.location < 0 {
		return nil // who invaded may stay unsaid; where may not
	}
	return []draft{d}
}

func (r *eventReader) mobilization(c *cueCtx, d draft) []draft {
	s, m := c.s, c.m
	if r.precededByList(s, m[0], 2, "mobilization_flight") {
		return nil // "men who fled the call-up": a cause told, not the call-up reported
	}
	if r.followedByList(s, m[1], "callup_documents") {
		return nil // "received call-up papers": a summons to one man, not a mobilisation
	}
	head := s.mask[max(0, m[0]-24):m[0]]
	for _, w := range r.v.cues.lists["callup_unreal"] {
		if strings.HasSuffix(head, w+" ") {
			return nil // "fear of mobilisation alone is not enough", "desertion during mobilisation": a call-up named, none told
		}
	}
	d.agent = r.v.countryEntity(c.g("agent"))
	if l := c.g("leader"); d.agent < 0 && l >= 0 {
		// "Putin's call-up": the leader's country
		if d.agent = r.v.listedHolderCountry(l); d.agent < 0 {
			d.agent = r.v.relationSet().countryOfPerson(l, "leader_of", "official_of", "citizen_of")
		}
	}
	if d.agent < 0 {
		d.agent = r.actingState(s, m[0], m[1]) // "after the Kremlin announced a call-up"
	}
	if d.agent < 0 {
		// "Russian men … call-up", "Russians who fled the draft": the
		// state that calls up its own people
		d.agent = r.demonymNear(s, m[0], m[1])
	}
	if d.agent < 0 {
		d.agent = r.possessiveCountryBefore(s, m[0])
	}
	if d.agent < 0 {
		d.agent = r.warAgent
	}
	if d.agent < 0 {
		d.agent = r.subjectCountryBefore(s, m[0]) // "when Y announced a call-up"
	}
	if d.agent < 0 {
		d.agent = r.peopleCountry() // those who fled it are its own
	}
	if d.agent < 0 {
		if d.agent = r.homeCountry(); d.agent >= 0 && r.v.invaded(d.agent) {
			d.agent = -1 // "the mobilisation … his service in Ukraine": the war's country calls no one up here
		}
	}
	if l := c.g("leader"); l >= 0 && d.agent >= 0 {
		// "X announced a mobilisation": X leads the state that called it
		rs := r.v.relationSet()
		if rs.countryOfPerson(l, "leader_of", "official_of") < 0 && !rs.tiedElsewhere(l, d.agent) {
			rs.add(l, "leader_of", d.agent, "", s.idx)
		}
	}
	// Otherwise who mobilised stays unsaid: the nearest country or the
	// article's subject is often the host the mobilised fled to.
	if s.groupText(c.p, m, "counted") != "" {
		// "300,000 men had been mobilised": a figure of the call-up
		d.count, d.qualifier = r.countNear(s, c.qs, m[0], m[1], false)
	}
	d.location = d.agent // the state calling up its own people
	if d.count == nil {
		if s.groupText(c.p, m, "counted") != "" {
			// "he was mobilised in Samara": where that man was called up
			if l := r.prepMention(s, m[1], m[1], []string{"in "}, "L", true); l >= 0 && r.within(s, l, m[1], 12) {
				d.location = l
			}
		}
	}
	d.datePh = r.nearestDate(s, c.ds, m[0], m[1], true)
	if d.datePh != nil && entryDate(s, d.datePh) && (r.referredTo(s, m[0]) || m[0]-d.datePh.end > 80) {
		d.datePh = nil // "Sept. 27 — … twice as many as before the call-up": the entry's date is not the call-up's
	}
	if dp := d.datePh; dp != nil && r.referredTo(s, m[0]) && (dp.end <= m[0] || strings.Contains(s.mask[m[1]:max(m[1], dp.start)], " and ")) {
		d.datePh = nil // "applied between the mobilisation and the end of 2024": the call-up marks a time, the date is another act's
	}
	if y := yearBefore(s.mask, m[0]); y != "" && (d.datePh == nil || !strings.HasPrefix(r.dates.resolve(*d.datePh), y)) {
		// "to escape the 2022 mobilisation was driven to the border on
		// Monday": the year names the call-up, the day another act
		d.date, d.datePh = y, nil
	}
	return []draft{d}
}

// yearBefore: a year written right before offset pos as an adjective
// ("the 2022 call-up"); "" if none.
func yearBefore(mask string, pos int) string {
	head := strings.TrimRight(mask[max(0, pos-6):pos], " ")
	if len(head) < 5 || head[len(head)-5] != ' ' {
		return ""
	}
	y := head[len(head)-4:]
	if y < "1900" || y > "2099" || strings.Trim(y, "0123456789") != "" {
		return ""
	}
	return y
}

// referredTo: the cue names an earlier happening as a point of time
// ("before the call-up", "since the mobilisation began").
func (r *eventReader) referredTo(s *sentence, pos int) bool {
	head := strings.Fields(s.mask[max(0, pos-12):pos])
	if len(head) >= 2 && head[len(head)-1] == "the" {
		head = head[:len(head)-1]
	}
	return len(head) > 0 && contains([]string{"before", "since", "after", "until", "between"}, head[len(head)-1])
}

func (r *eventReader) desertion(c *cueCtx, d draft) []draft {
	s, m := c.s, c.m
	if lawRE.MatchString(s.mask[m[1]:]) || lawBeforeRE.MatchString(s.mask[:m[0]]) {
		return nil // "desertion in wartime is punishable by up to 15 years", "Article 338 (desertion)": the law, no one deserted
	}
	if head := s.mask[max(0, m[0]-22):m[0]]; strings.HasSuffix(head, "anyone who ") || strings.HasSuffix(head, "whoever ") || strings.HasSuffix(head, "any soldier who ") ||
		(strings.HasSuffix(head, "those who ") && r.subjectPerson(s, m[0]) >= 0) {
		return nil // "X warned that anyone who abandoned his position …": a threat, not X's act ("those who" only where it would make X the deserter)
	}
	charged := (c.kindsHere["CriminalCase"] || c.kindsHere["CourtRuling"]) && !relativeCue(s.mask, m[0]) && !r.actInOwnClause(c)
	if charged || strings.HasSuffix(s.mask[:m[0]], " for ") {
		// desertion named as the charge of a case ("jailed for deserting") is
		// no separate event; "a soldier who deserted" in a ruling's story is
		return nil
	}
	if d.subject = c.g("subject"); d.subject >= 0 {
		// "deserter X", "X, an army deserter": that he deserted, from his
		// army's state; the sentence's figures and dates are of other acts
		if d.origin = r.armyCountry(d.subject); d.origin < 0 {
			d.origin = r.soldiersState()
		}
		return []draft{d}
	}
	if a := c.g("army"); s.groupText(c.p, m, "leftunit") != "" && (a < 0 || r.v.doc.Entities[a].Type != extract.Organization || !r.v.hasHeadNoun(entityForms(r.v.doc.Entities[a]), "military_units") && !r.v.hasHeadNoun(entityForms(r.v.doc.Entities[a]), "armed_forces")) {
		return nil // "left the Interior Ministry": only a unit or force is deserted
	}
	if head := strings.Fields(s.mask[max(0, m[0]-40):m[0]]); s.groupText(c.p, m, "leftunit") != "" && len(head) >= 2 && head[len(head)-1] == "who" &&
		!strings.HasSuffix(head[len(head)-2], ",") && !strings.HasPrefix(head[len(head)-2], "@P") {
		return nil // "representing Russian men who left the army": many men, told in passing
	}
	if d.subject = r.subjectPerson(s, m[0]); d.subject >= 0 && (r.isJudge(d.subject) || r.v.actsForState(r.v.relationSet(), d.subject)) {
		return nil // "Judge X found … that desertion is also an offence": desertion named by a judge or an official, no one deserted
	}
	if a := c.g("army"); a >= 0 {
		d.origin = r.v.countryEntity(a)
		if r.v.doc.Entities[a].Type == extract.Organization {
			d.agent = a // the force or unit left, for deserted_from; trimmed from the event
		}
	}
	if d.origin < 0 {
		d.origin = c.g("origin") // "helped soldiers leave X"
	}
	if d.origin < 0 && d.subject >= 0 {
		d.origin = r.armyCountry(d.subject) // "he deserted": the state whose army he served in
	}
	if d.origin < 0 && s.groupText(c.p, m, "surrender") != "" {
		// "a Russian soldier surrendered to Ukrainian troops": the army he
		// left is not the side he went over to
		side := s.group(c.p, m, "side")
		if d.origin = r.demonymBefore(s, m[0]); d.origin < 0 {
			d.origin = r.soldiersState()
		}
		if len(side) > 0 && d.origin == r.v.countryEntity(side[0].ent) {
			d.origin = -1
		}
	}
	if d.origin < 0 && s.groupText(c.p, m, "surrender") == "" {
		d.origin = r.originNear(s, m[0], m[1])
		if src := r.sourceFor(s, m[0]); d.origin >= 0 && d.origin == r.orgState(src) && r.v.doc.Entities[src].Type == extract.Organization && !r.isArmy(src) {
			// "…, the Dutch immigration service said, with applicants telling
			// officials they had deserted": the reporting body's state is where
			// they arrived, not the army they left
			d.origin = -1
		}
	}
	d.count, d.qualifier = r.countNear(s, c.qs, m[0], m[1], false)
	if d.origin < 0 && d.count != nil {
		// "helped more than 1,000 soldiers escape", "117 servicemen who had
		// left their units": the war's soldiers
		d.origin = r.soldiersState()
	}
	if d.count != nil && c.kindsHere["CourtRuling"] {
		return nil // "9,694 verdicts against servicemen who left their units": the rulings' charge
	}
	if dp := r.nearestDate(s, c.ds, m[0], m[1], false); dp != nil && !isDateline(s, dp) {
		d.datePh = dp // a dateline dates the report, not the desertion told in it
	}
	return []draft{d}
}

// relativeCue: the cue at pos is told in a relative clause ("a soldier who
// deserted", "who, according to his lawyer, had deserted").
func relativeCue(mask string, pos int) bool {
	head := mask[max(0, pos-30):pos]
	if i := strings.LastIndex(mask[max(0, pos-90):pos], ", according to "); i >= 0 {
		head = mask[max(0, pos-90) : max(0, pos-90)+i+1] // the aside credits the clause; look before it
	}
	return strings.Contains(head, " who ") || strings.HasSuffix(head, " who,")
}

// demonymBefore: the country of the last demonym before offset pos in the
// cue's clause ("a Russian soldier … surrendered"), -1 if none.
func (r *eventReader) demonymBefore(s *sentence, pos int) int {
	return r.lastDemonym(s, r.clauseStart(s, pos), pos)
}

// lastDemonym: the country of the last demonym in mask[from:pos], -1 if
// none.
func (r *eventReader) lastDemonym(s *sentence, from, pos int) int {
	found := -1
	for _, m := range s.ments {
		if m.typ == 'D' && m.mstart >= from && m.mend <= pos {
			found = r.v.countryEntity(m.ent)
		}
	}
	return found
}

// stateAgentBefore: the clause of the cue opens with a demonym and people
// who act for that state ("Kazakh officers", "Finnish border guards");
// it returns that demonym's entity, -1 if none.
func (r *eventReader) stateAgentBefore(s *sentence, pos int) int {
	return r.stateAgentIn(s, pos, pos)
}

// stateAgentIn: a demonym of the cue's clause before pos opening the
// words of people who act for its state, read up to end (end == pos: they
// reach the cue; end past it: the cue may begin inside them).
func (r *eventReader) stateAgentIn(s *sentence, pos, end int) int {
	cs := r.clauseStart(s, pos)
	for _, m := range s.ments {
		if m.typ != 'D' || m.mstart < cs || m.mend > pos {
			continue
		}
		if r.opensWithStateAgent(strings.TrimLeft(s.mask[m.mend:end], " ")) {
			return m.ent
		}
	}
	return -1
}

// stateAgentOf: like stateAgentBefore, for a cue that may begin inside the
// agents' words ("Kazakh border officers stopped X", the cue at
// "officers"): the demonym's entity, -1 if none.
func (r *eventReader) stateAgentOf(s *sentence, pos int) int {
	return r.stateAgentIn(s, pos, len(s.mask))
}

// subjectOrgState: the state of the organisation that is the subject of
// the cue at pos ("The Finnish Immigration Service received …"), -1 if
// the clause opens with none or its state is unknown.
func (r *eventReader) subjectOrgState(s *sentence, pos int) int {
	cs := r.clauseStart(s, pos)
	for k := len(s.ments) - 1; k >= 0; k-- {
		m := s.ments[k]
		if m.mend > pos {
			continue
		}
		if m.typ != 'O' || m.mstart < cs || len(s.mask[m.mend:pos]) > 45 || clausePunct(s.mask[m.mend:pos]) {
			return -1
		}
		if c := r.orgState(m.ent); c >= 0 && r.v.doc.Entities[c].Type == extract.Country {
			return c
		}
		return -1
	}
	return -1
}

// opensWithStateAgent: text opens with people who act for a state
// ("officers …", "border guards,").
func (r *eventReader) opensWithStateAgent(text string) bool {
	for _, w := range r.v.cues.lists["state_agents"] {
		if rest, ok := strings.CutPrefix(text, w); ok && (rest == "" || strings.ContainsRune(" ,.", rune(rest[0]))) {
			return true
		}
	}
	return false
}

// stateAgentAfterBy: "by" and a demonym with people who act for that
// state follow the cue ("turned back by Finnish officers"); the demonym's
// entity, -1 if not.
func (r *eventReader) stateAgentAfterBy(s *sentence, pos int) int {
	rest := strings.TrimLeft(s.mask[pos:], " ")
	if !strings.HasPrefix(rest, "by ") {
		return -1
	}
	for _, m := range s.ments {
		if m.typ != 'D' || m.mstart < pos || m.mstart-pos > 12 {
			continue
		}
		if r.opensWithStateAgent(strings.TrimLeft(s.mask[m.mend:], " ")) {
			return m.ent
		}
	}
	return -1
}

// countryNamedBefore: the first country named by name, or by a state
// body's name, before pos in the sentence, other than except; -1 if none.
func (r *eventReader) countryNamedBefore(s *sentence, pos, except int) int {
	for _, m := range s.ments {
		if m.mend > pos {
			break
		}
		if m.typ != 'C' && m.typ != 'O' || s.inWarPhrase(m) {
			continue
		}
		if c := r.countryEntity(m.ent); c >= 0 && c != except {
			return c
		}
	}
	return -1
}

// entryDate: the date heads the sentence as a timeline entry does ("24
// February 2022: …", "Sept. 27, 2022 — …").
func entryDate(s *sentence, dp *datePhrase) bool {
	if dp.start != 0 {
		return false
	}
	rest := strings.TrimLeft(s.mask[dp.end:], " ")
	return strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "- ")
}

// personReachedCountry: a weak cue ("reached", "entered") told of a person
// named or meant by "he"/"she" before it, about a country: one man's
// journey ("He reached Kazakhstan in July").
func (r *eventReader) personReachedCountry(c *cueCtx) bool {
	s, m := c.s, c.m
	dests := s.group(c.p, m, "destination")
	if len(dests) == 0 || dests[0].typ != 'C' {
		return false
	}
	if r.subjectPerson(s, m[0]) >= 0 {
		return true
	}
	head := " " + s.mask[r.clauseStart(s, m[0]):m[0]]
	return strings.HasSuffix(head, " he ") || strings.HasSuffix(head, " she ") || strings.HasSuffix(head, " he finally ") || strings.HasSuffix(head, " she finally ")
}

// isDateline: the date opens the sentence as a dateline does ("CITY, Jan 12
// — …", "CITY, Jan 2024 (Agency) —").
func isDateline(s *sentence, dp *datePhrase) bool {
	if dp.start == 0 || dp.start > 40 || strings.ContainsAny(s.mask[:dp.start], ".;") {
		return false // a date opening the sentence heads a timeline entry
	}
	rest := strings.TrimLeft(s.mask[dp.end:], " ")
	return strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "(")
}

// helperRE: a relative clause that says what a group does in general
// ("a group that helps soldiers leave Russia"), right before the cue.
var helperRE = regexp.MustCompile(`\b(?:that|which|who) (?:helps|assists|aids|enables) (?:[a-z0-9@-]+ ){0,4}$`)

func (r *eventReader) emigration(c *cueCtx, d draft) []draft {
	s, m := c.s, c.m
	for _, w := range r.v.cues.lists["entry_conditions"] {
		if strings.HasSuffix(s.mask[:m[0]], " "+w+" ") {
			return nil // "to hold a visa to enter the country": a condition of entry, no one entered
		}
	}
	if helperRE.MatchString(s.mask[max(0, m[0]-60):m[0]]) {
		return nil // "Free Siberia, a group that helps men leave Russia, says …": what it does, not a departure
	}
	if rest := s.mask[m[1]:min(len(s.mask), m[1]+40)]; s.groupText(c.p, m, "host") != "" && (strings.Contains(rest, " applications") || strings.Contains(rest, " claims")) {
		return nil // "Spain, which took in 1,150 Russian applications": claims, counted as such
	}
	// "arrived in X": a migration when said of many people, part of the
	// asylum claim when the sentence is about one
	if s.groupText(c.p, m, "weak") != "" && (!r.quantifiedBefore(s, m[0]) || c.kindsHere["AsylumApplication"]) &&
		(c.kindsHere["AsylumApplication"] || !r.personReachedCountry(c)) {
		return nil
	}
	if strings.Contains(s.mask[m[0]:m[1]], " back from ") {
		return nil // "came back from Ukraine in a coffin": a return home, no one emigrated
	}
	if rest := s.mask[m[1]:]; strings.HasPrefix(rest, " it ") || strings.HasPrefix(rest, " it.") || strings.HasPrefix(rest, " it,") {
		return nil // "147,000 of them had left it again": the country they had come to
	}
	if r.followedByList(s, m[1], "desertion_objects") {
		return nil // "had left their units": desertion, not emigration
	}
	if head := s.mask[max(0, m[0]-10):m[0]]; r.returnTold(c) && (strings.HasSuffix(head, "who ") || strings.HasSuffix(head, "who had ")) {
		return nil // "27 deserters who had fled the country were returned": the return is told
	}
	for _, h := range c.hits {
		if h.cue.kind == "Desertion" && h.m[0] < m[0] && h.m[1] > m[0] {
			return nil // "helped soldiers leave Russia": a desertion
		}
	}
	if (r.personRightBefore(s, m[0]) || r.personsJourney(s, m[0])) && c.g("from") < 0 {
		// (a leg with its start named, "left Moscow for Yerevan and later moved to X", is told for itself)
		for _, h := range c.hits {
			if h.cue.kind == "Emigration" && h.m[0] >= m[1] && dateAt(c.ds, m[1], h.m[0]) == nil {
				return nil // "crossed into Poland and travelled on to Vilnius": the journey's last leg tells where it went (a leg dated on its own is one)
			}
		}
	}
	if head := strings.Fields(s.mask[max(0, m[0]-24):m[0]]); len(head) > 0 && contains(r.v.cues.lists["invading_forces"], head[len(head)-1]) ||
		len(head) > 1 && contains(r.v.cues.lists["invading_forces"], head[len(head)-2]) && (head[len(head)-1] == "was" || head[len(head)-1] == "were") {
		return nil // "Russian troops crossed into Ukraine", "his unit was moved to X": the army moves, no one emigrated
	}
	if w := s.groupText(c.p, m, "carried"); w != "" {
		// "drove me across the border into Kazakhstan": whom the pronoun means
		if w == "me" || w == "us" {
			d.subject = r.v.teller()
		} else {
			d.subject = r.v.objectPerson(s.idx, m[0], pronounGender(w))
		}
	} else if verb := strings.Fields(s.mask[m[0]:m[1]]); len(verb) > 1 && (verb[1] == "him" || verb[1] == "her" || verb[1] == "them") {
		return nil // "flew him back to X": someone was taken, nobody emigrated
	}
	d.origin = r.v.countryEntity(c.g("origin"))
	if from := c.g("from"); from >= 0 {
		// "left Moscow for Yerevan", "flew from Almaty to Yerevan": the
		// place as the text names it
		d.origin = from
	} else if prev := r.earlierLegEnd(c); prev >= 0 {
		d.origin = prev // "left Moscow for Yerevan … and moved to X": on from Yerevan
	}
	if d.origin < 0 {
		d.origin = c.sentOrigin
	}
	if d.origin < 0 {
		d.origin = r.demonymNear(s, m[0], m[1])
	}
	if d.origin < 0 && strings.HasSuffix(s.mask[m[0]:m[1]], " the country") && s.groupText(c.p, m, "host") == "" {
		// "Russia's digital ministry estimated that 100,000 IT specialists
		// left the country": the reporting body's own country
		d.origin = r.orgState(r.sourceFor(s, m[0]))
	}
	d.count, d.qualifier = r.countNear(s, c.qs, m[0], m[1], true)
	if d.origin < 0 && (d.count != nil || len(s.group(c.p, m, "destination")) > 0) {
		d.origin = r.recentOrigin(s.idx, personsBefore(s, m[0])) // a figure or a destination of the people named before
	}
	if s.groupText(c.p, m, "stay") == "" {
		d.datePh = r.nearestDate(s, c.ds, m[0], m[1], false) // a stay abroad is not dated by what ended it
	}
	if s.groupText(c.p, m, "host") != "" || s.groupText(c.p, m, "arrivals") != "" {
		// "X, which took in 200,000 Russians", "Finland counted 17,000
		// arrivals": the country is where they went; a bare noun needs a count
		if d.count == nil && s.groupText(c.p, m, "arrivals") != "" {
			return nil
		}
		if d.destination = r.subjectCountry(s, m[0]); d.destination < 0 {
			d.destination = r.relativeSubject(s, m[0])
		}
		if d.destination < 0 {
			d.destination = r.orgState(r.sourceFor(s, m[0]))
		}
		if d.destination < 0 {
			d.destination = r.orgState(r.orgSubject(s, m[0])) // "Serbia's Interior Ministry has issued permits"
		}
		if d.destination < 0 {
			d.destination = r.leadCountry(s, m[0]) // "Georgia's statistics office, X, recorded", "In Armenia, the committee logged"
		}
		if d.destination < 0 && d.count != nil {
			d.destination = r.openingStateOfClause(s, m[0]) // "Finland stopped issuing visas …, days after 17,000 of them crossed the land border"
		}
		if d.origin < 0 && d.count != nil && strings.Contains(s.mask[max(0, m[0]-40):m[0]], " of them ") {
			d.origin = r.demonymInSentenceBefore(s, m[0]) // "visas to Russians …, after 17,000 of them crossed"
		}
		if d.destination < 0 && d.count != nil && s.groupText(c.p, m, "arrivals") != "" {
			d.destination = r.contextCountry(s, m[0]) // "Turkey was the first stop. … Russians holding permits reached 154,000"
		}
		if d.destination < 0 && strings.HasSuffix(s.mask[m[0]:m[1]], " the country") {
			d.destination = r.countryNamedBefore(s, m[0], d.origin) // "X said 200,000 … entered the country"
			if d.destination < 0 {
				d.destination = r.countryEntity(r.stateAgentBefore(s, m[0])) // "Kazakh officials said … the country"
			}
		}
		if cue := s.mask[m[0]:m[1]]; d.destination < 0 && (strings.HasSuffix(cue, " his country") || strings.HasSuffix(cue, " her country") || strings.HasSuffix(cue, " here")) {
			// "the minister said 200,000 Russians had entered his country", "… live here"
			d.destination = r.v.relationSet().countryOfPerson(r.sourceFor(s, m[0]), "official_of", "leader_of", "citizen_of")
		}
		if d.destination == d.origin {
			d.destination = -1
		}
		if list := r.subjectCountryList(s, m[0]); len(list) > 1 && s.groupText(c.p, m, "host") != "" {
			// "Kazakhstan, Armenia and Georgia absorbed …": each took people in
			var out []draft
			for _, c := range list {
				if c != d.origin {
					e := d
					e.destination, e.count, e.qualifier = c, nil, ""
					out = append(out, e)
				}
			}
			return out
		}
		return []draft{d}
	}
	dests := s.group(c.p, m, "destination")
	if len(dests) == 0 {
		return []draft{d}
	}
	if strings.Contains(s.mask[m[0]:m[1]], " through ") {
		for _, h := range c.hits {
			if h.cue.kind == "Emigration" && h.m[0] >= m[1] {
				return nil // "travelled through Belarus and Serbia, and entered Montenegro": stops on the way to the leg told next
			}
		}
	}
	if s.groupText(c.p, m, "residents") != "" {
		// a count of those who live in a place, where the text puts them
		if d.count == nil || dests[0].ent == d.origin {
			return nil
		}
		d.destination = dests[0].ent
		return []draft{d}
	}
	var out []draft
	for _, dm := range dests { // one event per destination
		if s.inWarPhrase(dm) || strings.HasSuffix(s.mask[:dm.mstart], "former ") {
			continue // "fled mobilisation for the war in Ukraine", "countries of the former Soviet Union": no place he went to
		}
		if d.origin < 0 && dm.typ == 'L' {
			continue // "moved on to Almaty": a move within the country reached, from nowhere said
		}
		if dm.typ == 'L' && d.origin >= 0 && r.countryEntity(dm.ent) == d.origin && c.g("from") < 0 {
			continue // "took a bus to Samara": a trip inside the country left
		}
		if dm.ent != d.origin && (dm.typ != 'O' || r.isUnion(dm.ent)) {
			e := d
			e.destination = dm.ent
			if dm.typ == 'L' && !r.isPlace(d.origin) && c.g("from") < 0 { // "left Moscow for Yerevan", "from X to Brussels": a leg as written
				if c := r.countryEntity(dm.ent); c >= 0 && c != d.origin {
					e.destination = c // "11,600 crossed at Syrym", "fled to Tbilisi": into that place's country
				}
			}
			out = append(out, e)
		}
	}
	return r.onwardLegs(c, out)
}

// onwardRE: the next leg of a journey told without its verb, right after a
// leg: ", and from Istanbul to Mexico City", "and from there to X", "and on
// to X", ", and on 20 May from Istanbul to Chișinău".
var onwardRE = regexp.MustCompile(`^,? (?:and )?(?:then |later |finally )?(?P<when>(?:on|in) [^@,]{3,24}? )?(?:from (?:there|@[LC](?P<from>\d+)@) )?(?:on )?to @[LC](?P<to>\d+)@`)

// onwardLegs follows a journey's legs told without their verb after the
// last of legs. A stop on the way ("flew from A to B, and from B to C")
// is no leg of its own: the leg ends where the journey went on to. A leg
// with its own date ("on 14 May from A to B, and on 20 May from B to C")
// is one.
func (r *eventReader) onwardLegs(c *cueCtx, legs []draft) []draft {
	if len(legs) == 0 || !strings.Contains(c.s.mask[c.m[1]:], " to @") {
		return legs
	}
	s := c.s
	for pos := c.m[1]; ; {
		om := onwardRE.FindStringSubmatchIndex(s.mask[pos:])
		if om == nil {
			return legs
		}
		last := &legs[len(legs)-1]
		toMent, _ := s.mentionAt(pos + om[6] - 2) // the group holds the digits of "@L12@"
		to := toMent.ent
		if r.isPlace(to) && !r.isPlace(last.destination) {
			to = r.countryEntity(to) // the journey told by countries stays so
		}
		if to < 0 || to == last.destination {
			return legs
		}
		if om[2] < 0 {
			last.destination = to
		} else {
			when := dateAt(c.ds, pos+om[2], pos+om[3])
			if when == nil {
				return legs // "and in Almaty to X" is no date
			}
			e := *last
			e.origin, e.destination, e.datePh, e.date = last.destination, to, when, ""
			if from, ok := s.mentionAt(pos + om[4] - 2); om[4] >= 0 && ok {
				e.origin = from.ent
			}
			legs = append(legs, e)
		}
		pos += om[1]
	}
}

// dateAt: the date phrase that starts within [a, b), nil if none.
func dateAt(ds []datePhrase, a, b int) *datePhrase {
	for i := range ds {
		if ds[i].start >= a && ds[i].start < b {
			return &ds[i]
		}
	}
	return nil
}

// leadCountry: a country that owns the sentence's subject ("Georgia's
// statistics office, X, recorded …") or sets its scene ("In neighbouring
// Armenia, the committee logged …") before pos; -1 if none.
func (r *eventReader) leadCountry(s *sentence, pos int) int {
	for _, m := range s.ments {
		if m.mstart >= pos || m.typ != 'C' {
			continue
		}
		if strings.HasPrefix(s.mask[m.mend:], "'s ") || leadInRE.MatchString(s.mask[:m.mstart]) {
			return m.ent
		}
	}
	return -1
}

// leadInRE: a sentence opening that sets a scene ("In neighbouring ").
var leadInRE = regexp.MustCompile(`^(?:further [a-z]+, )?(?:in|across) (?:neighbouring |neighboring |nearby )?$`)

// earlierLegEnd: where an earlier leg of the sentence with its start
// named ended ("left Moscow for Yerevan, and later moved to …"), or -1.
func (r *eventReader) earlierLegEnd(c *cueCtx) int {
	for _, h := range c.hits {
		if h.cue.kind != "Emigration" || h.m[1] > c.m[0] || len(c.s.group(h.cue.pat, h.m, "from")) == 0 {
			continue
		}
		if ds := c.s.group(h.cue.pat, h.m, "destination"); len(ds) > 0 {
			return ds[len(ds)-1].ent
		}
	}
	return -1
}

// judgesCourt: the court person p sits on as a judge (by the relations
// read), -1 if p is none.
func (r *eventReader) judgesCourt(p int) int {
	if p < 0 {
		return -1
	}
	for _, o := range r.v.relationSet().objects(p, "member_of") {
		if r.isCourt(o) {
			return o
		}
	}
	return -1
}

// objectPronounRE: a ruling's verb with a person's pronoun as its object.
var objectPronounRE = regexp.MustCompile(`\b(?:sentenced|found|gave|convicted|fined|jailed|acquitted|released) (him|her)\b`)

// lastPersonNotJudge: the person named last before pos in sentence si or
// the two before it who is no judge and may be of gender g (0: either);
// -1 if none.
func (r *eventReader) lastPersonNotJudge(si, pos int, g byte) int {
	for k := si; k >= 0 && k >= si-2; k-- {
		s := &r.v.sents[k]
		for j := len(s.ments) - 1; j >= 0; j-- {
			if x := s.ments[j]; x.typ == 'P' && (k < si || x.mend <= pos) && !r.isJudge(x.ent) && (g == 0 || r.v.mayBe(x.ent, g)) {
				return x.ent
			}
		}
		if k < si && r.v.unnamedPersonIn(s) {
			return -1 // "Kazakhstan deported a former border guard officer. A court later sentenced him": no one named
		}
	}
	return -1
}

// nextClauseAt: entity ent is named after pos only past a clause joined
// by ", and", ", but" or a semicolon ("detained X in April, and Y was
// apprehended in Novokuznetsk": Y's place).
func nextClauseAt(s *sentence, ent, pos int) bool {
	for _, x := range s.ments {
		if x.ent == ent && x.mstart >= pos {
			return joinsAnotherClause(s.mask[pos:x.mstart])
		}
	}
	return false
}

// joinsAnotherClause: the text between a cue and what follows it opens a
// clause of its own (", and", ", but", a semicolon), whose dates and
// places are that clause's.
func joinsAnotherClause(gap string) bool {
	return strings.Contains(gap, ", and ") || strings.Contains(gap, ", but ") || strings.Contains(gap, "; ")
}

// isJudge: person p sits on a court.
func (r *eventReader) isJudge(p int) bool { return r.judgesCourt(p) >= 0 }

// quantitiesNear: the figures of qs that lie within a..b.
func quantitiesNear(qs []quantity, a, b int) []quantity {
	var out []quantity
	for _, q := range qs {
		if q.start >= a && q.end <= b {
			out = append(out, q)
		}
	}
	return out
}

// transitLeg tells whether ent opens a "from X to Y" leg in s.
func transitLeg(s *sentence, ent int) bool {
	for _, x := range s.ments {
		if x.ent == ent && strings.HasSuffix(s.mask[:x.mstart], "from ") && strings.HasPrefix(s.mask[x.mend:], " to ") {
			return true
		}
	}
	return false
}

func (r *eventReader) asylumApplication(c *cueCtx, d draft) []draft {
	s, m := c.s, c.m
	if r.negated(s, m[0]) {
		return nil // "won't accept asylum applications": a refusal
	}
	if head := strings.Fields(s.mask[max(0, m[0]-30):m[0]]); len(head) >= 2 && head[len(head)-1] == "on" &&
		(head[len(head)-2] == "decisions" || head[len(head)-2] == "rulings") {
		return nil // "issued 1,611 decisions on applications by Russians": the decisions are counted
	}
	if head := strings.Fields(s.mask[max(0, m[0]-20):m[0]]); len(head) >= 1 {
		switch head[len(head)-1] {
		case "visa", "visas", "residence", "permit", "citizenship", "passport", "work":
			return nil // "accepts visa applications from Russians": no claim to protection
		}
	}
	if s.groupText(c.p, m, "bare") != "" {
		if rest := s.mask[m[1]:]; strings.HasPrefix(rest, " for ") || strings.HasPrefix(rest, " to ") || strings.HasPrefix(rest, " with ") ||
			!r.asylumStory() || !countedIn(quantitiesNear(c.qs, m[0]-60, m[1])) {
			return nil // "applied for a visa", "applied to the court"; or no claims told of
		}
	}
	d.destination = c.g("destination")
	if d.destination < 0 {
		d.destination = r.prepMention(s, m[0], m[1], []string{"in ", "to ", "across "}, "CLE", false)
		if d.destination >= 0 && !near(s, d.destination, m[0], m[1], 80) {
			d.destination = -1 // "…, a group based in Riga": another clause's place
		}
	}
	if rest := s.mask[m[1]:]; d.destination < 0 && (strings.HasPrefix(rest, " there") && (len(rest) == 6 || strings.ContainsRune(" ,.;", rune(rest[6])))) {
		// "Germany gave him a visa, and he applied for asylum there": the
		// country named last before
		for k := len(s.ments) - 1; k >= 0; k-- {
			x := s.ments[k]
			if x.mend > m[0] || x.typ != 'C' || transitRE.MatchString(s.mask[:x.mstart]) {
				continue // "reached Germany through Kazakhstan and Turkey": not a stop on the way
			}
			d.destination = x.ent
			break
		}
	}
	journey := d.destination >= 0 && !mentionedAfter(s, d.destination, m[0]) // the destination is where a leg told before led
	if d.destination < 0 {
		d.destination = r.unionAfter(s, m[1], []string{"in ", "across ", "to "})
	}
	if d.destination < 0 {
		d.destination = r.orgState(c.g("authority")) // "asked the Norwegian police for protection"
	}
	if d.destination < 0 && (strings.Contains(s.mask[m[0]:m[1]], " police ") || strings.Contains(s.mask[m[0]:m[1]], " guards ")) {
		for _, x := range s.mentionsIn(m[0], m[1]) {
			if x.typ == 'D' && d.destination < 0 {
				d.destination = r.countryEntity(x.ent) // "asked Norwegian border guards for asylum"
			}
		}
	}
	if d.destination < 0 {
		d.destination = r.openingSetting(s) // "Across the European Union, Russians lodged …"
	}
	if d.destination < 0 {
		d.destination = r.subjectCountry(s, m[0]) // "Germany received 7,663 asylum applications"
	}
	if d.destination < 0 && countedIn(quantitiesNear(c.qs, m[0]-40, m[1]+40)) {
		d.destination = r.subjectOrgState(s, m[0]) // "The Finnish Immigration Service received 1,050 applications"
	}
	if d.destination < 0 && strings.HasPrefix(s.mask[m[0]:m[1]], "out of ") {
		d.destination = r.countryNamedBefore(s, m[0], d.origin) // "Sweden granted protection to 212, out of about 900 who applied"
	}
	if o := r.prepMention(s, m[1], m[1], []string{"to ", "with "}, "O", true); d.destination < 0 && o >= 0 && r.within(s, o, m[1], 12) {
		// "applied for asylum to the General Inspectorate for Migration": in its state
		if d.destination = r.orgState(o); d.destination < 0 {
			d.destination = r.v.hostCountry()
		}
	}
	if d.destination < 0 && !countedIn(quantitiesNear(c.qs, m[0]-40, m[1]+40)) {
		// "He reached Luxembourg via Serbia. He applied for protection on the
		// day he arrived": where the person's journey, told before, led
		if p := r.subjectPerson(s, m[0]); p >= 0 {
			d.destination = r.v.relationSet().lastRefuge(p, s.idx)
			journey = d.destination >= 0
		}
	}
	d.origin = r.countryEntity(c.g("origin"))
	near := false
	if d.origin < 0 {
		d.origin, near = r.demonymNear(s, m[0], m[1]), true
		if transitLeg(s, d.origin) {
			d.origin = -1 // "travelled on from Kazakhstan to Brussels and applied": a stop on the way, not whence the claimant comes
		}
	}
	if d.origin == d.destination && d.origin >= 0 {
		if near {
			d.origin = -1 // "applied for asylum in France …, the French office": where, not who
		} else {
			d.destination = -1
		}
	}
	// "at <a site>" only after the cue: "applied for asylum at X", not
	// "crossed at the X border post and applied"
	if loc := r.prepMention(s, m[0], m[1], []string{"at "}, "L", false); loc >= 0 && mentionedAfter(s, loc, m[0]) {
		d.location = loc
		if journey && r.isCrossing(loc) {
			// "flew on to Mexico City, and asked for asylum at the San Ysidro
			// crossing": at a border one asks the state across it, not the
			// one the leg before led to
			d.destination = -1
		}
		if c := r.v.countryEntity(loc); d.destination < 0 && c >= 0 && c != d.origin && r.v.firstSentence(c) >= 0 {
			d.destination = c // "applied for asylum at Helsinki airport": in Finland
		}
	}
	if c := r.v.countryEntity(d.destination); c >= 0 && c != d.destination {
		// "applied for asylum in a city": the city's country is where; a
		// site (an airport, a crossing) is also the location
		if r.isSite(d.destination) && d.location < 0 {
			d.location = d.destination
		}
		d.destination = c
	} else if d.destination >= 0 && r.v.doc.Entities[d.destination].Type == extract.Place && r.isSite(d.destination) {
		// "flew to X airport, where he asked for asylum": a site of a
		// country not known is where, not to which state
		if d.location < 0 {
			d.location = d.destination
		}
		d.destination = -1
	}
	d.count, d.qualifier = r.countNear(s, c.qs, m[0], m[1], false)
	if s.groupText(c.p, m, "applicants") != "" && d.count == nil {
		return nil // "most of the applicants": no figure, no claim told
	}
	if d.destination < 0 && d.count != nil {
		// "its migration office registered 2,900 applications": a national count
		if d.destination = r.orgState(r.sourceFor(s, m[0])); d.destination == d.origin {
			d.destination = -1
		}
	}
	if d.destination < 0 && d.count != nil && d.origin < 0 {
		// "Finland shut its frontier after 1,300 asylum seekers arrived at its
		// checkpoints": the country the sentence is about
		if d.destination = r.contextCountry(s, m[0]); d.destination == r.v.migrantsCountry() {
			d.destination = -1
		}
	}
	switch {
	case d.destination >= 0 && d.destination == r.v.warringState():
		d.destination = -1 // no one flees to the state at war for asylum: a misreading of where ("hiding in Kaliningrad … asking for protection")
	case d.destination >= 0 && d.destination == d.origin:
		d.origin = -1 // "deported from Kazakhstan after his request there was rejected": where, not whence
	}
	d.datePh = r.nearestDate(s, c.ds, m[0], m[1], false)
	return []draft{d}
}

// asylumStory: the article tells of claims to asylum, so that "applied"
// alone means claimed it.
func (r *eventReader) asylumStory() bool {
	if r.asylum == 0 {
		r.asylum = -1
		if t := strings.ToLower(r.v.doc.Text); strings.Contains(t, "asylum") || strings.Contains(t, "refugee status") {
			r.asylum = 1
		}
	}
	return r.asylum > 0
}

// grant reads AsylumGrant and VisaGrant: the granting country is the
// subject or where it happens; refused, it is an EntryRefusal.
func (r *eventReader) grant(c *cueCtx, d draft) []draft {
	s, m := c.s, c.m
	if a := r.countryEntity(c.g("agent")); a >= 0 {
		d.agent = a // "a visa that France had issued", "obtained a visa from Portugal"
	} else if a := r.orgState(c.g("agent")); a >= 0 {
		d.agent = a // "a visa issued by the Italian embassy in Tbilisi": the embassy's state
	}
	if b := r.prepMention(s, m[1], m[1], []string{"by "}, "OC", true); d.agent < 0 && b >= 0 && r.within(s, b, m[1], 20) {
		if d.agent = r.countryEntity(b); d.agent < 0 {
			d.agent = r.orgState(b) // "was granted asylum by the Dutch immigration service"
		}
	}
	if head := s.mask[max(0, m[0]-4):m[0]]; d.agent < 0 && (head == " it " || strings.HasPrefix(s.mask, "it ") && m[0] == 3) {
		// "AIMA interviewed him twice, and last month it granted him": the
		// body that opens the sentence, else the one the sentence before
		// was about ("The ministry received 196 applications. It granted …")
		body := -1
		for _, x := range s.ments {
			if x.mstart < m[0] && x.typ == 'O' {
				body = x.ent
				break
			}
		}
		if body < 0 && m[0] == 3 {
			body = r.v.sentenceSubjectOrg(s.idx - 1)
		}
		if body >= 0 {
			if d.agent = r.orgState(body); d.agent < 0 {
				d.agent = r.v.hostCountry() // a body of the country the story is set in
			}
		}
	}
	if in := r.prepMention(s, m[1], m[1], []string{"in "}, "C", true); d.agent < 0 && d.kind == "AsylumGrant" && in >= 0 && r.within(s, in, m[1], 9) {
		d.agent = in // "has been granted asylum in the Netherlands": the state the grant is in
	}
	named := d.agent >= 0 // the cue names the grantor: no other reading overrides it
	if d.agent < 0 && d.kind == "VisaGrant" {
		for _, x := range s.mentionsIn(m[0], m[1]) {
			if x.typ == 'D' {
				d.agent = r.countryEntity(x.ent) // "won the family German humanitarian visas"
			}
		}
	}
	// "French consulates in A and B have issued": the officials' state;
	// "consulates of EU countries": the union
	if d.agent < 0 {
		d.agent = r.countryEntity(r.stateAgentBefore(s, m[0]))
	}
	if d.agent < 0 {
		d.agent = r.agentsOf(s, m[0])
	}
	if d.agent < 0 {
		d.agent = r.subjectCountry(s, m[0])
	}
	if d.agent >= 0 && !named && r.countryIsObject(s, d.agent, m[0]) {
		d.agent = -1 // "who surrendered to X is granted": X is not who grants
	}
	if d.agent < 0 {
		d.agent = r.actingState(s, m[0], m[1]) // "the Norwegian migration board granted"
	}
	if d.agent < 0 {
		d.agent = r.prepMention(s, m[0], m[1], []string{"in "}, "C", false)
	}
	if d.agent < 0 && r.orgSubject(s, m[0]) >= 0 {
		// "The Immigration Service granted": a state body of the country
		// the paragraph is about
		d.agent = r.contextCountry(s, m[0])
	}
	if d.agent < 0 && len(s.ments) > 0 {
		// "The Norwegian Directorate of Immigration decided 5,890 cases and
		// granted protection in 3,150": the body that opens the sentence
		// ("Portugal's Migration Agency" after its state's possessive)
		first, opens := s.ments[0], s.ments[0].mstart <= 4
		if first.typ == 'C' && first.mstart == 0 && len(s.ments) > 1 && strings.HasPrefix(s.mask[first.mend:], "'s @O") {
			first = s.ments[1]
		}
		if first.typ == 'O' && opens && first.mend <= m[0] && strings.Contains(s.mask[first.mend:m[0]], " and ") {
			d.agent = r.orgState(first.ent)
		}
	}
	d.origin = r.demonymAfter(s, m[1])
	near := false
	if d.origin < 0 {
		d.origin, near = r.demonymNear(s, m[0], m[1]), true
	}
	if d.origin < 0 && r.peopleNounAfter(s, m[1]) {
		d.origin = r.peopleCountry() // "issued 20 visas to deserters"
	}
	if d.kind == "AsylumGrant" && d.origin < 0 && d.agent >= 0 && d.agent == r.v.migrantsCountry() && !named {
		d.agent = -1 // "it granted him refugee status … prosecution in Russia": not the people's own state
	}
	if d.agent == d.origin && d.agent >= 0 {
		// no state grants its own citizens asylum: one is a misreading;
		// "OFPRA, the French refugee office, granted him": the demonym
		// near the cue is the granting state's, "granted Russians" the
		// people's
		if near {
			d.origin = -1
		} else {
			d.agent = -1
		}
	}
	if r.negated(s, m[0]) || noneGranted(s.mask[m[0]:m[1]]) {
		// "Latvia will not issue visas", "issued no visas": a refusal by the subject
		if d.agent = r.subjectCountry(s, m[0]); d.agent < 0 {
			return nil
		}
		d.kind = "EntryRefusal"
		return []draft{d}
	}
	d.count, d.qualifier = r.countNear(s, c.qs, m[0], m[1], true)
	for _, q := range c.qs {
		// "asylum was granted in 396 cases", "decided 5,890 cases and granted
		// protection in 3,150 of them": the figure after "in" is the grants'
		if q.start == m[1]+4 && strings.HasPrefix(s.mask[m[1]:], " in ") && q.value > 0 {
			v := q.value
			d.count, d.qualifier = &v, q.qualifier
		}
		if q.start >= m[0] && q.end <= m[1] && q.value > 0 && q.part {
			v := q.value // "granted 95 of them refugee status"
			d.count, d.qualifier = &v, q.qualifier
			break
		}
		// "granted protection at first instance to 1,140 people", "to 35 of
		// some 410 Russians": the figure it was granted to
		if q.start > m[1] && q.value > 0 && grantedToRE.MatchString(s.mask[m[1]:q.start]) {
			v := q.value
			d.count, d.qualifier = &v, q.qualifier
			break
		}
	}
	cue := s.mask[max(0, m[0]-6):m[1]]
	passive := strings.Contains(cue, "was ") || strings.Contains(cue, "were ") || strings.Contains(cue, "been ")
	if d.agent < 0 && d.origin < 0 && d.count != nil && passive {
		// "Of the 26 applicants, 19 were granted asylum": by the country
		// the story is about
		if d.agent = r.contextCountry(s, m[0]); d.agent < 0 || d.agent == r.v.migrantsCountry() {
			d.agent = r.v.hostCountry()
		}
	}
	d.datePh = r.nearestDate(s, c.ds, m[0], m[1], false)
	if d.kind == "AsylumGrant" && d.count == nil {
		d.subject = r.grantee(c) // not reported (kindFields); it makes the relation sought_asylum_in
	}
	if list := r.subjectCountryList(s, m[0]); len(list) > 1 && containsInt(list, d.agent) && d.count == nil {
		// "Norway and Sweden have granted protection to a handful": each did
		out := make([]draft, 0, len(list))
		for _, a := range list {
			if a != d.origin {
				e := d
				e.agent = a
				out = append(out, e)
			}
		}
		return out
	}
	return []draft{d}
}

// grantedToRE: the words between a grant and the figure it was granted
// to ("protection at first instance to 1,140").
var grantedToRE = regexp.MustCompile(`^(?: at first instance| on appeal| in (?:first instance|[0-9]{4}))? to (?:only |just |some |about |around |roughly |nearly |almost |more than |fewer than |over )?$`)

// grantee: the one person an asylum grant names ("granted X refugee
// status", "to grant protection to X", "granted him asylum", "X was
// granted asylum"), -1 if none.
func (r *eventReader) grantee(c *cueCtx) int {
	s, m := c.s, c.m
	if p := c.g("subject"); p >= 0 {
		return p
	}
	if p := c.g("grantee"); p >= 0 {
		return p
	}
	cue := s.mask[m[0]:m[1]]
	if f := strings.Fields(cue); len(f) > 1 && (f[1] == "him" || f[1] == "her") {
		return r.pronounPerson(s, m[0]+len(f[0]))
	}
	if head := s.mask[max(0, m[0]-12):m[0]]; strings.HasSuffix(head, "was ") || strings.HasSuffix(head, "has been ") || strings.HasSuffix(head, "had been ") {
		return r.subjectPerson(s, m[0]) // "X was granted asylum"
	}
	return -1
}

func (r *eventReader) entryRefusal(c *cueCtx, d draft) []draft {
	s, m := c.s, c.m
	if s.groupText(c.p, m, "visas") != "" && r.negated(s, m[0]) {
		return nil // "Argentina does not require visas from Russians": entry stays open
	}
	officials := r.stateAgentBefore(s, m[0]) // "Kazakh officers refused entry"
	if officials < 0 {
		at := m[1]
		if i := strings.Index(s.mask[m[0]:m[1]], " by @"); i >= 0 {
			at = m[0] + i // the cue read the demonym as who is refused
		}
		officials = r.stateAgentAfterBy(s, at) // "was turned back by Finnish officers"
	}
	d.origin = r.v.countryEntity(c.g("origin"))
	if d.origin == officials {
		d.origin = -1
	}
	if d.origin < 0 {
		if d.origin = r.demonymAfter(s, m[1]); d.origin == officials {
			d.origin = -1 // "turned back by Finnish officers": who refuses, not who is refused
		}
	}
	if d.origin < 0 && officials < 0 {
		d.origin = r.demonymNear(s, m[0], m[1])
	}
	for _, x := range s.ments {
		if x.ent == d.origin && x.typ == 'D' && x.mstart >= m[0] && (strings.HasPrefix(s.mask[x.mend:], " border") || strings.HasPrefix(s.mask[x.mend:], " frontier")) {
			d.origin = -1 // "turned back at the Serbian border": where, not whose citizens
		}
	}
	if w := r.prepMention(s, m[1], m[1], []string{"with "}, "C", true); d.origin < 0 && w >= 0 && r.within(s, w, m[1], 30) {
		d.origin = w // "closed its border crossings with X"
	}
	closed := s.groupText(c.p, m, "closedby") != ""
	if d.origin < 0 && closed {
		for _, x := range s.ments {
			if x.typ == 'C' && x.mstart > m[0] && x.mend <= m[1] && strings.HasSuffix(s.mask[:x.mstart], "with ") {
				d.origin = x.ent // "whose land border with Russia has been closed"
			}
		}
	}
	d.datePh = r.nearestDate(s, c.ds, m[0], m[1], false)
	if d.datePh == nil && closed {
		for i := range c.ds {
			// "has been closed since December 2023": a closure dates from its start
			if dp := &c.ds[i]; dp.prep == "since" && dp.start >= m[1] && dp.start-m[1] <= 2 {
				d.datePh = dp
			}
		}
	}
	d.count, d.qualifier = r.countNear(s, c.qs, m[0], m[1], true) // "turned back 2,940 Russians"
	var out []draft
	if officials >= 0 {
		if a := r.countryEntity(officials); a >= 0 && a != d.origin {
			d.agent = a
			return []draft{d}
		}
	}
	for _, a := range r.subjectCountryList(s, m[0]) { // one event per refusing country
		if a != d.origin { // "countries bordering Russia refused Russians"
			e := d
			e.agent = a
			out = append(out, e)
		}
	}
	if a := r.relativeSubject(s, m[0]); len(out) == 0 && a >= 0 && a != d.origin {
		d.agent = a // "Norway, whose only crossing is at X, … stopped admitting Russians"
		return []draft{d}
	}
	if len(out) == 0 {
		if d.agent = r.orgState(r.orgSubject(s, m[0])); d.agent < 0 { // "Latvia's State Border Guard turned back"
			d.agent = r.refusingState(s, m[0], m[1])
		}
		if d.agent < 0 && closed {
			// "the entire border was closed again": by the country told of,
			// its own possessive first ("Finland's border was closed")
			if d.agent = r.possessiveCountryBefore(s, m[0]); d.agent < 0 {
				d.agent = r.contextCountry(s, m[0])
			}
			if d.agent < 0 || d.agent == d.origin || d.agent == r.v.migrantsCountry() {
				return nil
			}
		}
		if d.agent == d.origin {
			d.agent = -1
		}
		out = append(out, d)
	}
	return out
}

// refusingState: who refuses entry when no country is the subject: the
// state of the body that reports it ("…, the Finnish Border Guard said"),
// of the speaker's "his country", or of the crossing where it happens
// ("Officers at the Narva crossing point turned back …"); -1 if none.
func (r *eventReader) refusingState(s *sentence, a, b int) int {
	src := r.sourceFor(s, a)
	if c := r.orgState(src); c >= 0 {
		return c
	}
	if src >= 0 && r.v.doc.Entities[src].Type == extract.Person {
		// "…, Finnish Border Guard spokesperson X said": the body X speaks for
		rs := r.v.relationSet()
		for _, o := range append(rs.objects(src, "spokesperson_for"), rs.objects(src, "member_of")...) {
			if c := r.orgState(o); c >= 0 {
				return c
			}
		}
	}
	head := s.mask[r.clauseStart(s, a):a]
	if src >= 0 && (strings.Contains(head, "his country") || strings.Contains(head, "her country")) {
		if c := r.v.relationSet().countryOfPerson(src, "official_of", "leader_of"); c >= 0 {
			return c
		}
	}
	if at := r.prepMention(s, a, b, []string{"at ", "at the "}, "L", false); at >= 0 && near(s, at, a, b, 40) {
		return r.countryEntity(at)
	}
	return -1
}

// deportation: "X was deported from A and returned to B", "A deported a
// soldier back to B": the deporting state is where he was sent from.
// transitRE: the mask before a country named as a stop on the way
// ("through Kazakhstan and", "via").
var transitRE = regexp.MustCompile(`(?:through|via) (?:@C\d+@(?:,| and| or) )*$`)

// lawRE: what follows a desertion named as an offence ("… in wartime is
// punishable by", "carries up to 15 years").
var lawRE = regexp.MustCompile(`^(?: in wartime| during mobili[sz]ation| in time of war)? (?:is|are) (?:punishable|punished)\b|^(?: in wartime)?,? (?:which )?carries (?:up to|a)\b|^\)`)

// lawBeforeRE: what precedes a desertion named as an offence ("punishes
// desertion", "Article 338 (desertion", "the crime of desertion").
var lawBeforeRE = regexp.MustCompile(`(?:punish(?:es|ed)?|criminali[sz]e[sd]?|article \d+ \(|article \d+, |the (?:crime|offence|offense) of) $`)

// requestRE: the words before a removal asked for, not done ("asked
// Kyrgyzstan to extradite him", "a request to extradite").
var requestRE = regexp.MustCompile(`\b(?:asked|asks|requested|requests|request|urged|pressed|called on|wants|wanted|sought) (?:@[CO]\d+@ |[a-z]+ ){0,3}to $`)

// deportedNounRE: the object of a removal told by a noun before the
// person's name ("deported another Russian serviceman, X,").
var deportedNounRE = regexp.MustCompile(`^ (?:a|an|another|the|one) (?:@D\d+@ |[a-z-]+ ){0,3}[a-z-]+, $`)

func (r *eventReader) deportation(c *cueCtx, d draft) []draft {
	s, m := c.s, c.m
	if body := strings.Fields(s.mask[max(0, m[0]-12):m[0]]); len(body) > 0 && contains([]string{"body", "remains", "ashes", "coffin"}, body[len(body)-1]) {
		return nil // "his body was returned to": no one was sent back
	}
	if cue := " " + s.mask[m[0]:m[1]] + " "; strings.Contains(cue, " case ") || strings.Contains(cue, " file ") || strings.Contains(cue, " matter ") || strings.Contains(cue, " decision ") {
		return nil // "sent the case back to the board": a ruling, no one sent back
	}
	if requestRE.MatchString(s.mask[max(0, m[0]-40):m[0]]) {
		return nil // "Russia has asked Kyrgyzstan to extradite him": a request, no one sent back yet
	}
	if cue := s.mask[m[0]:m[1]]; strings.HasPrefix(cue, "and ") || strings.HasPrefix(cue, "then ") {
		for _, o := range r.drafts {
			if o.kind == "Deportation" && o.si == s.idx {
				return nil // "handed over to Russian officers … and put on a flight to Moscow": the same removal told on
			}
		}
	}
	d.subject = r.pronounPerson(s, m[1]) // "deported him"
	if i := pronounIndex(s.mask[m[0]:m[1]]); d.subject < 0 && i >= 0 {
		d.subject = r.pronounPerson(s, m[0]+i) // "handed him over to"
	}
	if x := s.mentionsIn(m[0], m[1]); d.subject < 0 && len(x) > 0 && x[0].typ == 'P' {
		d.subject = x[0].ent // "send X back to"
	}
	if d.subject < 0 {
		for _, x := range s.mentionsIn(m[1], min(len(s.mask), m[1]+50)) {
			if x.typ == 'P' && strings.HasSuffix(s.mask[:x.mstart], ", ") && strings.HasPrefix(s.mask[x.mend:], ",") &&
				deportedNounRE.MatchString(s.mask[m[1]:x.mstart]) {
				d.subject = x.ent // "deported another Russian serviceman, X, to Russia": the name in apposition
				break
			}
		}
	}
	if x, ok := s.mentionAt(m[1] + 1); d.subject < 0 && ok && x.typ == 'P' && strings.HasPrefix(s.mask[m[1]:], " @P") {
		d.subject = x.ent // "Kyrgyzstan deported X, 27, to Russia"
	}
	if d.subject < 0 {
		d.subject = r.subjectPerson(s, m[0])
	}
	d.agent = r.subjectCountry(s, m[0])
	if d.agent < 0 {
		d.agent = r.orgState(r.orgSubject(s, m[0])) // "the Police Immigration Service carried out 3,402 forced returns"
	}
	if d.agent < 0 {
		d.agent = r.statePoliceBefore(s, m[0]) // "police in X detained him and put him on a flight to Y"
	}
	if d.agent < 0 {
		d.agent = r.countryEntity(r.stateAgentBefore(s, m[0])) // "Kazakh authorities had handed over"
	}
	from := c.g("origin") // "were sent to Russia from Dubai"
	if from < 0 {
		if f := r.prepMention(s, m[1], m[1], []string{"from "}, "CL", true); f >= 0 && r.within(s, f, m[1], 40) && !r.afterColon(s, f, m[1]) {
			from = f
		}
	}
	if from >= 0 {
		d.origin = from
		if st := r.countryEntity(from); st >= 0 && r.isPlace(from) {
			d.origin = st // "deported from Bishkek": out of Kyrgyzstan
		}
	}
	if d.agent < 0 && d.origin >= 0 && r.v.doc.Entities[d.origin].Type == extract.Country {
		d.agent = d.origin
	}

	// "transferred 38 applicants to other member states …, chiefly to
	// Poland (17)": the cue's own "to" names no country, a part's does
	openTo := strings.HasSuffix(s.mask[m[0]:m[1]], " to") && !strings.HasPrefix(strings.TrimPrefix(s.mask[m[1]:], " the"), " @")
	if to := r.prepMention(s, m[1], m[1], []string{"to ", "back to "}, "CLOD", true); to >= 0 && r.within(s, to, m[1], 80) && !openTo {
		if d.destination = to; r.v.doc.Entities[to].Type == extract.Organization {
			d.destination = r.v.mentionCountry(mention{ent: to, typ: 'O'}) // "handed over to X border guards"
			if d.destination >= 0 && d.destination == r.contextCountry(s, m[0]) && d.destination != r.v.migrantsCountry() {
				return nil // "… asylum in the United States. He was handed over to ICE": custody where he is, no removal
			}
		}
		if r.v.doc.Entities[to].Type == extract.Country {
			d.destination = r.countryEntity(to) // "handed over to Russian officers"
		}

	}
	if to := c.g("destination"); to >= 0 {
		d.destination = to
	}
	if d.origin < 0 && d.agent >= 0 && r.v.doc.Entities[d.agent].Type == extract.Country {
		d.origin = d.agent // "Tajikistan handed over 14 of the men": out of Tajikistan
	}
	if d.destination == d.origin {
		d.destination = -1
	}
	if d.subject < 0 {
		d.count, d.qualifier = r.countNear(s, c.qs, m[0], m[1], true) // "11 were deported", "handed over three deserters"
	}
	if dp := r.nearestDate(s, c.ds, m[0], m[1], false); dp != nil && !isDateline(s, dp) {
		d.datePh = dp
	}
	return []draft{d}
}

// warPlaceMention: entity ent is mentioned in sentence s only as the place
// of the war ("units fighting in Ukraine").
func (r *eventReader) warPlaceMention(s *sentence, ent int) bool {
	if ent < 0 {
		return false
	}
	found := false
	for _, m := range s.ments {
		if m.ent == ent {
			if !s.inWarPhrase(m) {
				return false
			}
			found = true
		}
	}
	return found
}

// isPlace: an entity that is a place below a country (-1 is none).
func (r *eventReader) isPlace(ent int) bool {
	return ent >= 0 && r.v.doc.Entities[ent].Type == extract.Place
}

// isSite: a place that is a site rather than a town: an airport, a border
// crossing, a checkpoint.
func (r *eventReader) isSite(place int) bool {
	e := r.v.doc.Entities[place]
	return r.v.hasHeadNoun(entityForms(e), "site_words")
}

// openingStateOfClause: the country opening sentence s as its subject
// when the cue at pos sits in a clause of time after it ("Finland closed
// the border, days after 17,000 of them crossed the land border"), -1 if
// none.
func (r *eventReader) openingStateOfClause(s *sentence, pos int) int {
	if len(s.ments) == 0 || s.ments[0].typ != 'C' || s.ments[0].mstart != 0 || strings.HasPrefix(s.mask[s.ments[0].mend:], "'s") {
		return -1
	}
	between := s.mask[s.ments[0].mend:pos]
	for _, w := range []string{" after ", " when ", " as ", " once ", " before "} {
		if strings.Contains(between, w) {
			return s.ments[0].ent
		}
	}
	return -1
}

// demonymInSentenceBefore: the country of the last demonym before pos in
// any clause of the sentence ("visas to Russians, … after 17,000 of them
// crossed"), -1 if none.
func (r *eventReader) demonymInSentenceBefore(s *sentence, pos int) int {
	return r.lastDemonym(s, 0, pos)
}

// actInOwnClause: a desertion told as a named person's act in a clause of
// its own before the court's ("X had fled his unit in Samara, and a court
// there sentenced him"), not as the charge ("sentenced for desertion").
func (r *eventReader) actInOwnClause(c *cueCtx) bool {
	s, m := c.s, c.m
	if !strings.HasPrefix(s.mask[m[0]:], "fled ") && !strings.HasPrefix(s.mask[m[0]:], "deserted ") && !strings.HasPrefix(s.mask[m[0]:], "abandoned ") &&
		!strings.HasPrefix(s.mask[m[0]:], "left ") && !strings.HasPrefix(s.mask[m[0]:], "walked ") {
		return false
	}
	if r.subjectPerson(s, m[0]) < 0 {
		return false
	}
	for _, h := range c.hits {
		if h.cue.kind != "CourtRuling" && h.cue.kind != "CriminalCase" {
			continue
		}
		if h.m[0] <= m[1] || !joinsAnotherClause(s.mask[m[1]:h.m[0]]) {
			return false // the court's clause tells the desertion as what it judged
		}
	}
	return true
}

// returnTold: the sentence of the cue tells a return as done, not refused
// ("refused to extradite X, a programmer who moved to Armenia": his move
// is told for itself).
func (r *eventReader) returnTold(c *cueCtx) bool {
	for _, h := range c.hits {
		if h.cue.kind == "Deportation" && !r.negated(c.s, h.m[0]) {
			return true
		}
	}
	return false
}

// isCrossing: a place named as a border crossing or checkpoint.
func (r *eventReader) isCrossing(place int) bool {
	for _, f := range entityForms(r.v.doc.Entities[place]) {
		f = strings.ToLower(f)
		if strings.HasSuffix(f, " crossing") || strings.HasSuffix(f, " checkpoint") || strings.HasSuffix(f, " border post") || strings.HasSuffix(f, " crossing point") {
			return true
		}
	}
	return false
}

// courtCity: the place a court is based in by the relations read (its name
// or "the court in X"), -1 if none.
func (r *eventReader) courtCity(court int) int {
	if court < 0 {
		return -1
	}
	for _, o := range r.v.relationSet().objects(court, "based_in") {
		if r.v.doc.Entities[o].Type == extract.Place {
			return o
		}
	}
	return -1
}

// afterColon: a colon stands between offset pos and the first mention of
// ent after it ("returned to Russia: 11 from Kazakhstan").
func (r *eventReader) afterColon(s *sentence, ent, pos int) bool {
	for _, m := range s.ments {
		if m.ent == ent && m.mstart >= pos {
			return strings.Contains(s.mask[pos:m.mstart], ":")
		}
	}
	return false
}

func (r *eventReader) death(c *cueCtx, d draft) []draft {
	s, m := c.s, c.m
	d.subject = c.g("subject")
	if d.subject < 0 {
		d.subject = r.subjectPerson(s, m[0])
	}
	d.location = r.prepMention(s, m[0], m[1], []string{"in ", "at ", "near "}, "L", true)
	if d.location < 0 {
		d.location = r.prepMention(s, m[0], m[1], []string{"in "}, "C", true)
	}
	d.datePh = r.nearestDate(s, c.ds, m[0], m[1], false)
	if d.subject < 0 {
		d.count, d.qualifier = r.countNear(s, c.qs, m[0], m[1], false) // "40 people were killed"
	}
	return []draft{d}
}

// caseTownRE: the town a case was opened in, right after whom it is
// against ("… against Lomakin in Yekaterinburg", "against two of our
// volunteers in Saratov"); the first group is the town's placeholder.
var caseTownRE = regexp.MustCompile(` against (?:@P\d+@|him|her|them|(?:[a-z0-9]+ ){1,4}?[a-z]+)(?: in absentia)? in (@L\d+@)`)

// investigatorsInRE: the investigators who open a case and their town
// ("military investigators in Chelyabinsk", "an investigation unit in
// Saratov"); group 1 is the town's placeholder.
var investigatorsInRE = regexp.MustCompile(`\b(?:investigators|investigation (?:unit|department|directorate|office)|investigative (?:committee|department|directorate)|prosecutors|prosecutor's office) in (@L\d+@)`)

func (r *eventReader) criminalCase(c *cueCtx, d draft) []draft {
	s, m := c.s, c.m
	d.location = r.v.countryEntity(c.g("location"))
	if d.location < 0 && strings.Contains(s.mask[m[0]:m[1]], " at home ") {
		d.location = r.v.migrantsCountry() // "wanted at home for desertion": where the people the story follows come from
	}
	if d.location < 0 {
		d.location = r.v.countryEntity(c.g("court"))
	}
	if d.location < 0 {
		d.location = r.orgState(r.orgBefore(s, m[0], 5)) // "Russia's Investigative Committee in March opened a case against X, who lives in Germany"
	}
	if d.location < 0 {
		d.location = r.prepMention(s, m[0], m[1], []string{"in "}, "C", false)
	}
	d.subject = r.prepMention(s, m[0], m[1], []string{"against "}, "P", true)
	if cue := s.mask[m[0]:m[1]]; d.subject < 0 && strings.HasSuffix(cue, " against") {
		// "launched a desertion case against X", "… against him"
		if x, ok := s.mentionAt(m[1] + 1); ok && x.typ == 'P' {
			d.subject = x.ent
		} else if strings.HasPrefix(s.mask[m[1]:], " him") || strings.HasPrefix(s.mask[m[1]:], " her ") || s.mask[m[1]:] == " her" {
			d.subject = r.pronounPerson(s, m[1])
		}
	}
	if rest := strings.TrimLeft(s.mask[m[1]:], " "); d.subject < 0 && strings.HasPrefix(rest, "against ") &&
		!strings.HasPrefix(rest, "against her ") && !strings.HasPrefix(rest, "against his ") && !strings.HasPrefix(rest, "against their ") {
		// "a case against him"; not "against her son", whom the pronoun does not name
		d.subject = r.pronounPerson(s, m[1]+strings.Index(s.mask[m[1]:], "against ")+len("against"))
	}
	if d.subject < 0 && s.groupText(c.p, m, "counted") == "" {
		// "a criminal case for desertion was opened against him in 2023"
		tail := s.mask[m[1]:min(len(s.mask), m[1]+60)]
		if i := strings.Index(tail, " opened against him"); i >= 0 && !strings.ContainsAny(tail[:i], ",;") {
			d.subject = r.pronounPerson(s, m[1]+i+len(" opened against")) // ("against her" may go on: "her son")
		}
	}
	if cue := s.mask[m[0]:m[1]]; d.subject < 0 && strings.Contains(cue, "wanted") {
		// "he is wanted for desertion", "he had been put on Russia's wanted
		// list": the clause's person, wanted by the state named with it
		d.subject = r.subjectPerson(s, m[0])
		if x := s.mentionsIn(m[0], m[1]); d.location < 0 && len(x) > 0 && x[0].typ == 'C' {
			d.location = x[0].ent
		}
		if i := strings.LastIndex(s.mask[:m[0]], ", where "); d.location < 0 && i > 0 {
			if x, ok := s.mentionEndingAt(i); ok && x.typ == 'C' {
				d.location = x.ent // "handed over to Russia, where he is wanted"
			}
		}
	}
	if d.subject < 0 && s.groupText(c.p, m, "faces") != "" {
		d.subject = r.subjectPerson(s, m[0]) // "X now faces a charge of …"
	}
	if ch := s.group(c.p, m, "charged"); d.subject < 0 && len(ch) > 0 && ch[0].typ == 'P' {
		d.subject = ch[0].ent // "charged X with desertion"
	} else if d.subject < 0 && s.groupText(c.p, m, "charged") != "" {
		d.subject = r.pronounPerson(s, m[0]+len("charged")) // "investigators charged him with desertion"
	} else if d.subject < 0 && strings.HasPrefix(s.mask[m[0]:], "charged with") && strings.HasSuffix(s.mask[:m[0]], ", ") {
		d.subject = r.subjectPerson(s, m[0]) // "He is in detention in X, charged with desertion"
	}
	if ms := investigatorsInRE.FindAllStringSubmatchIndex(s.mask[:m[0]], -1); len(ms) > 0 && ms[len(ms)-1][0] > r.clauseStart(s, m[0])-1 {
		if x, ok := s.mentionAt(ms[len(ms)-1][2]); ok && x.typ == 'L' {
			d.location = x.ent // "military investigators in Chelyabinsk opened a case": where it was opened
		}
	}
	if x := caseTownRE.FindStringSubmatchIndex(s.mask[m[0]:min(len(s.mask), m[1]+80)]); x != nil && !strings.Contains(s.mask[m[0]:m[0]+x[1]], " living ") {
		if t, ok := s.mentionAt(m[0] + x[2]); ok && t.typ == 'L' && (d.location < 0 || r.countryEntity(t.ent) == d.location) {
			d.location = t.ent // "opened a criminal case against X in Yekaterinburg": where it was opened
		}
	}
	d.count, d.qualifier = r.countNear(s, c.qs, m[0], m[1], false)
	if rest := strings.TrimLeft(s.mask[m[1]:], " "); d.count == nil && d.subject < 0 && strings.HasPrefix(rest, "against ") {
		d.count, d.qualifier = r.countNear(s, c.qs, m[1], m[1], true) // "criminal cases against 43 people"
	}
	if d.location < 0 && d.subject >= 0 {
		// a named person's case: where they were sent back to, else home
		d.location = r.v.relationSet().countryOfPerson(d.subject, "deported_to", "citizen_of")
	}
	if d.location < 0 && d.count != nil && d.subject < 0 {
		d.location = r.namedCourtsCountry(s.idx) // "Russian military courts … - 2024: 10,468 cases"
	}
	if d.location < 0 && d.count != nil {
		d.location = r.contextCountry(s, m[0]) // "Inside X, the courts … found 5,517 convictions"
	}
	if d.location < 0 && d.count != nil {
		d.location = r.peopleCountry() // "10,000 cases of desertion": at home
	}
	if d.location < 0 && d.count != nil {
		d.location = r.soldiersState() // soldiers' cases are tried by their army's state
	}
	d.datePh = r.nearestDate(s, c.ds, m[0], m[1], false)
	return []draft{d}
}

// rulingObjectRE: words between a ruling's verb and the person it is on
// ("sentenced", "a decision to extradite", "the expulsion of", "stopped the
// deportation of").
var rulingObjectRE = regexp.MustCompile(`sentenc|convict|extradit|expul|expel|deport|remov|releas|custody|arrest|detention`)

// courtAfterBy: the court named right after the cue's end as its agent
// ("sentenced by the X Court", "sentenced in absentia by X"), -1 if none.
func (r *eventReader) courtAfterBy(s *sentence, end int) int {
	rest := s.mask[end:]
	i := strings.Index(rest, " by ")
	if i < 0 || i > 30 || strings.ContainsAny(rest[:i], ",;@") {
		return -1
	}
	at := end + i + len(" by ")
	if strings.HasPrefix(s.mask[at:], "the ") {
		at += len("the ")
	}
	if x, ok := s.mentionAt(at); ok && x.typ == 'O' && r.isCourt(x.ent) {
		return x.ent
	}
	return -1
}

// townRightBefore: a town named right before noun at pos ("an Almaty
// court"), -1 if none.
func (r *eventReader) townRightBefore(s *sentence, pos int, noun string) int {
	if !strings.HasPrefix(s.mask[pos:], noun) {
		return -1
	}
	for _, x := range s.ments {
		if x.typ == 'L' && x.mend == pos-1 {
			return x.ent
		}
	}
	return -1
}

func (r *eventReader) courtRuling(c *cueCtx, d draft) []draft {
	s, m := c.s, c.m
	if ct := c.g("court"); ct >= 0 && !r.isCourt(ct) {
		return nil // "the ministry ruled out": not a court
	}
	if d.agent = c.g("court"); d.agent < 0 {
		d.agent = r.courtBefore(s, m[1])
	}
	if d.agent < 0 {
		d.agent = r.courtAfterBy(s, m[1]) // "was sentenced by the Orenburg Garrison Military Court"
	}
	if verb := strings.Fields(s.mask[m[0]:m[1]]); d.agent < 0 && strings.HasSuffix(s.mask[:m[0]], "the ") && len(verb) > 1 && verb[0] == "court" &&
		!strings.HasSuffix(verb[len(verb)-1], "s") && !strings.HasPrefix(s.mask, `"`) && s.idx > 0 {
		// (not "\"The court decides, not the police\"": a court in general)
		d.agent = r.v.bodyNamedBefore(s.idx-1, "court") // "the court granted him refugee status": the court told of
	}
	// where a court sits: its city when the text names one ("Tbilisi City
	// Court", "a court in Hamburg"), else its country
	d.location = r.courtCity(d.agent)
	if l := c.g("location"); d.location < 0 && l >= 0 && r.v.doc.Entities[l].Type == extract.Place {
		d.location = l
	}
	if d.location < 0 {
		d.location = r.v.countryEntity(d.agent)
	}
	if d.location < 0 {
		d.location = r.v.countryEntity(c.g("location"))
	}
	if d.location < 0 {
		d.location = r.demonymRightBefore(s, m[0], "court") // "a French court"
	}
	if d.location < 0 && (s.idx > 0 || !r.hasHeadline()) {
		d.location = r.townRightBefore(s, m[0], "court") // "an Almaty court" (a headline's is told again below)
	}
	if d.location < 0 {
		d.location = r.countryBeforeWhere(s, m[0]) // "returned to Russia, where he was sentenced"
	}
	if d.location < 0 {
		d.location = r.prepMention(s, m[0], m[1], []string{"in "}, "C", false)
		if r.warPlaceMention(s, d.location) {
			d.location = -1 // "its proximity to the units fighting in Ukraine": the war's place
		}
	}
	d.subject = r.subjectPerson(s, m[0])
	if court := r.judgesCourt(d.subject); court >= 0 {
		// "Judge X handed down the sentence to Y", "X found him guilty": the
		// judge rules for the court; whom the ruling is on comes after
		if d.agent < 0 {
			d.agent = court
		}
		d.subject = -1
		for _, x := range s.ments {
			if x.typ == 'P' && x.mstart >= m[0] && x.ent != court && !r.isJudge(x.ent) {
				d.subject = x.ent
				break
			}
		}
	}
	if d.subject < 0 {
		for _, x := range s.mentionsIn(m[0], m[1]) {
			if x.typ == 'P' {
				d.subject = x.ent // "sentenced X", "the court found X guilty"
				break
			}
		}
	}
	if d.subject < 0 {
		d.subject = r.pronounPerson(s, m[1]) // "a court ordered him out"
	}
	if pm := objectPronounRE.FindStringSubmatch(s.mask[m[0]:min(len(s.mask), m[1]+12)]); d.subject >= 0 && r.isJudge(d.subject) || d.subject < 0 && d.agent >= 0 && pm != nil {
		g := byte(0)
		if pm != nil {
			g = pronounGender(pm[1])
		}
		d.subject = r.lastPersonNotJudge(s.idx, m[0], g) // "Judge X heard the case of Y. X gave him two years": Y
	}
	if d.subject < 0 {
		// "… on Monday sentenced X", "overturned a decision to extradite X"
		for _, x := range s.ments {
			if x.mstart >= m[1] && x.mstart-m[1] <= 90 && !strings.ContainsAny(s.mask[m[1]:x.mstart], "\";:") &&
				(x.mstart-m[1] <= 1 || rulingObjectRE.MatchString(s.mask[m[0]:x.mstart])) {
				if x.typ == 'P' {
					d.subject = x.ent
				}
				break
			}
		}
	}
	d.count, d.qualifier = r.countNear(s, c.qs, m[0], m[1], true)
	if d.location < 0 && d.agent < 0 && d.count != nil && d.subject < 0 {
		d.location = r.namedCourtsCountry(s.idx) // "Russian military courts … - 2024: 10,468 convictions"
	}
	if d.location < 0 && d.agent < 0 && (d.subject >= 0 || d.count != nil) {
		d.location = r.contextCountry(s, m[0]) // the country the story is in
	}
	if d.location < 0 && d.agent < 0 && d.count != nil {
		d.location = r.earlierLocation(d.kind, s.idx, 2) // "… the courts issued a further 6,115 such sentences"
	}
	if d.location < 0 && d.agent < 0 && d.count != nil && d.subject < 0 {
		d.location = r.courtsHome() // "11 convictions in 2022, 62 in 2023": the courts told of before
	}
	if d.location < 0 && d.agent < 0 && d.count != nil {
		d.location = r.peopleCountry() // "1,300 people have been convicted": at home
	}
	if d.location < 0 && d.agent < 0 && d.count != nil {
		d.location = r.soldiersState() // soldiers' cases are tried by their army's state
	}
	if d.count != nil && d.agent >= 0 {
		d.location = -1 // a court's tally: the court says where (its seat is a relation of its own)
	}
	d.datePh = r.nearestDate(s, c.ds, m[0], m[1], false)
	return []draft{d}
}

func (r *eventReader) detention(c *cueCtx, d draft) []draft {
	s, m := c.s, c.m
	if s.groupText(c.p, m, "noun") != "" {
		// "Kyrgyzstan recorded 12 detentions", "Kazakhstan …, with 21
		// detentions": a tally, held where the clause's country is
		if cc, people := r.tallyCountry(s, &quantity{start: m[0], end: m[0]}, c.qs); cc >= 0 && !people {
			d.location = cc
		}
		d.count, d.qualifier = r.countNear(s, c.qs, m[0], m[1], false)
		d.datePh = r.nearestDate(s, c.ds, m[0], m[1], false)
		return []draft{d}
	}
	if d.location = c.g("location"); d.location >= 0 && listedWithOthers(s, d.location, m[0]) {
		d.location = -1 // "detained in Kazakhstan, Kyrgyzstan or Armenia"
	}
	if d.location < 0 {
		// "detained on arrival at Sheremetyevo airport in Moscow": the site
		if l := r.prepMention(s, m[1], m[1], []string{"at "}, "L", true); l >= 0 && r.within(s, l, m[1], 30) && (r.isSite(l) || r.siteNounAfter(s, l)) {
			d.location = l // "… at the Mashtakovo checkpoint": the place the site is named after
		}
	}
	if d.location < 0 {
		// "detained X in the Armenian city of Y", "detained him in Y"; not a
		// place of a relative clause ("X, a conscript who had left his unit
		// in the Belgorod region")
		if l := r.prepMention(s, m[1], m[1], []string{"in ", "of "}, "LC", true); l >= 0 && r.within(s, l, m[1], 70) && !r.inRelativeAfter(s, l, m[1]) &&
			!r.requestingState(s, l, m[1]) && !listedWithOthers(s, l, m[1]) && !nextClauseAt(s, l, m[1]) {
			d.location = l
		}
	}
	if d.location < 0 {
		d.location = r.countryEntity(r.stateAgentBefore(s, m[0])) // "Kazakh officers detained X": in Kazakhstan
	}
	if d.location < 0 {
		// "Officers of the border service at Kyakhta detained …", "Police in
		// Almaty arrested …": where those who held them are
		if l := r.prepMention(s, r.clauseStart(s, m[0]), m[0], []string{"at ", "in "}, "L", false); l >= 0 && near(s, l, m[0], m[0], 40) && r.mentionBefore(s, l, m[0]) {
			d.location = l
		}
	}
	if o := r.orgBefore(s, m[0], 3); d.location < 0 && o >= 0 {
		// "Belgrade police held him": where the body that held him sits
		for _, p := range r.v.relationSet().objects(o, "based_in") {
			if r.isPlace(p) {
				d.location = p
				break
			}
		}
	}
	if d.subject = c.g("subject"); d.subject < 0 {
		d.subject = r.personAfter(s, m[1])
	}
	if d.subject < 0 {
		d.subject = r.pronounPerson(s, m[1])
	}
	if cue := " " + s.mask[m[0]:m[1]] + " "; d.subject < 0 && (strings.Contains(cue, " him ") || strings.Contains(cue, " her ")) {
		// "took him out of the car", "holding him for a week": the pronoun inside the cue
		g := pronounGender("him")
		if strings.Contains(cue, " her ") {
			g = pronounGender("her")
		}
		d.subject = r.v.objectPerson(s.idx, m[0], g)
	}
	if d.subject < 0 {
		d.subject = r.subjectPerson(s, m[0])
	}
	d.count, d.qualifier = r.countNear(s, c.qs, m[0], m[1], d.subject < 0 && r.peopleCountedAfter(s, m[1])) // "detained four Russian citizens"
	d.datePh = r.nearestDate(s, c.ds, m[0], m[1], false)
	return []draft{d}
}

// listedWithOthers: the first mention of entity ent after pos opens a list
// of places ("detained in Kazakhstan, Kyrgyzstan or Armenia"): the count
// is of all of them, in no one.
func listedWithOthers(s *sentence, ent, pos int) bool {
	for _, x := range s.ments {
		if x.ent != ent || x.mstart < pos {
			continue
		}
		rest := s.mask[x.mend:]
		for _, sep := range []string{", @C", ", @L", " or @C", " or @L", " and @C", " and @L"} {
			if strings.HasPrefix(rest, sep) {
				return true
			}
		}
		return false
	}
	return false
}

// siteNounAfter: a mention of entity ent is followed by a word for a
// site ("the Mashtakovo checkpoint", "Narva crossing").
func (r *eventReader) siteNounAfter(s *sentence, ent int) bool {
	for _, x := range s.ments {
		if x.ent != ent {
			continue
		}
		rest := s.mask[x.mend:]
		for _, w := range r.v.cues.lists["site_words"] {
			if strings.HasPrefix(rest, " "+w) {
				return true
			}
		}
	}
	return false
}

// mentionBefore: entity ent is named in sentence s before pos.
func (r *eventReader) mentionBefore(s *sentence, ent, pos int) bool {
	for _, x := range s.ments {
		if x.ent == ent && x.mend <= pos {
			return true
		}
	}
	return false
}

// requestingState: entity ent is named after pos only as who asked for
// the act ("at the request of Russia", "on behalf of Moscow"), not where.
func (r *eventReader) requestingState(s *sentence, ent, pos int) bool {
	for _, x := range s.ments {
		if x.ent != ent || x.mstart < pos {
			continue
		}
		head := s.mask[max(0, x.mstart-24):x.mstart]
		if !strings.HasSuffix(head, "request of ") && !strings.HasSuffix(head, "behalf of ") && !strings.HasSuffix(head, "demand of ") &&
			!strings.HasSuffix(head, "orders of ") && !strings.HasSuffix(head, "warrant of ") {
			return false
		}
	}
	return true
}

// inRelativeAfter tells whether entity ent is named, after pos, only
// inside a relative clause of sentence s.
func (r *eventReader) inRelativeAfter(s *sentence, ent, pos int) bool {
	rel := r.relativeClauses(s)
	for _, x := range s.ments {
		if x.ent == ent && x.mstart >= pos {
			return inOtherRelative(rel, x.mstart, x.mend, pos)
		}
	}
	return false
}

// soldiersState: the state whose soldiers the article is about: the one
// waging its war, else the state of the one army it names; -1 if neither.
func (r *eventReader) soldiersState() int {
	if r.warAgent >= 0 {
		return r.warAgent
	}
	found := -1
	for i, e := range r.v.doc.Entities {
		if e.Type != extract.Organization || !r.isArmy(i) {
			continue
		}
		if c := r.orgState(i); c >= 0 {
			if found >= 0 && found != c {
				return -1 // two states' armies: no telling
			}
			found = c
		}
	}
	return found
}

// namedCourtsCountry: the country whose courts the article names by a
// demonym ("Russian military courts") last by sentence at, where the
// cases it counts are tried; -1 if none.
func (r *eventReader) namedCourtsCountry(at int) int {
	for si := at; si >= 0; si-- { // the nearest naming, back from sentence at
		s := &r.v.sents[si]
		for _, m := range s.ments {
			if m.typ != 'D' && m.typ != 'O' {
				continue
			}
			rest := strings.TrimLeft(s.mask[m.mend:], " ")
			for _, w := range []string{"military ", "garrison ", "district ", "regional "} {
				rest = strings.TrimPrefix(rest, w)
			}
			if strings.HasPrefix(rest, "courts") || strings.HasPrefix(rest, "court") {
				// "Russian courts"; "Russian military courts" when "Russian
				// military" is read as the army
				if c := r.v.mentionCountry(m); c >= 0 {
					return c
				}
			}
		}
	}
	return -1
}

// courtsHome: the country of the latest court ruling read, by where it
// was or by its court; -1 if none.
func (r *eventReader) courtsHome() int {
	for k := len(r.drafts) - 1; k >= 0; k-- {
		if d := r.drafts[k]; d.kind == "CourtRuling" {
			if c := r.countryEntity(d.location); c >= 0 {
				return c
			}
			if c := r.countryEntity(d.agent); c >= 0 {
				return c
			}
		}
	}
	return -1
}

// earlierLocation: the location of the latest event of the kind read in
// the n sentences before si, a statistic the text goes on with; -1 if none.
func (r *eventReader) earlierLocation(kind string, si, n int) int {
	for k := len(r.drafts) - 1; k >= 0; k-- {
		d := r.drafts[k]
		if d.si < si-n {
			break
		}
		if d.kind == kind && d.si < si && d.location >= 0 {
			return d.location
		}
	}
	return -1
}

// clausePronounPerson: for a "he"/"she" subject of the clause before pos,
// the person an earlier event of the same sentence is about; -1 if none.
func (r *eventReader) clausePronounPerson(s *sentence, pos int) int {
	clause := " " + s.mask[r.clauseStart(s, pos):pos]
	if !strings.Contains(clause, " he ") && !strings.Contains(clause, " she ") {
		return -1
	}
	who, at := -1, -1
	for _, d := range r.drafts {
		if d.si == s.idx && d.subject >= 0 && d.pos < pos && d.pos > at {
			who, at = d.subject, d.pos
		}
	}
	return who
}

// statePoliceBefore: the country of "police in X" or "X's police" opening
// the sentence as its subject, -1 if none.
func (r *eventReader) statePoliceBefore(s *sentence, pos int) int {
	for _, m := range s.ments {
		if m.typ != 'C' || m.mend > pos || m.mstart > 60 {
			continue
		}
		before := strings.ToLower(strings.TrimRight(s.mask[:m.mstart], " "))
		for _, w := range []string{"police in", "authorities in"} {
			if lead, ok := strings.CutSuffix(before, w); ok && (strings.TrimSpace(lead) == "" || strings.HasSuffix(lead, ", ")) {
				return r.countryEntity(m.ent) // not "held by police in X"
			}
		}
	}
	return -1
}

func (r *eventReader) massacre(c *cueCtx, d draft) []draft {
	s, m := c.s, c.m
	d.location = c.g("location")
	d.agent = r.armyBefore(s, m[0])
	d.datePh = r.nearestDate(s, c.ds, m[0], m[1], false)
	return []draft{d}
}

// mentionedAfter: entity ent is named in s at or after mask offset pos.
func mentionedAfter(s *sentence, ent, pos int) bool {
	for _, m := range s.ments {
		if m.ent == ent && m.mstart >= pos {
			return true
		}
	}
	return false
}

// countryIsObject: the last mention of ent before pos follows a preposition
// or a verb of motion ("surrendered to X"), so X is not the subject there.
func (r *eventReader) countryIsObject(s *sentence, ent, pos int) bool {
	for k := len(s.ments) - 1; k >= 0; k-- {
		if m := s.ments[k]; m.ent == ent && m.mend <= pos {
			return r.objectPosition(s, m)
		}
	}
	return false
}

// noneGranted: the cue grants nothing ("issued almost no visas").
func noneGranted(cue string) bool {
	for _, w := range strings.Fields(cue) {
		if w == "no" || w == "zero" || w == "none" {
			return true
		}
	}
	return false
}
