package facts

import (
	"regexp"
	"strings"

	"newsgraph/loaders/extract"
)

// A named person's event states a relation too: "X deserted" is X
// deserted_from the army, "he applied for asylum in Oslo" is X
// sought_asylum_in Norway, "a court sentenced him" is X sentenced_in the
// court's country. The event rules have already settled who the person is
// (names, pronouns, "him" after the cue), so the relation is read from the
// drafts rather than by a second set of patterns that could disagree.

// eventRelations adds, to the article's relations, those the drafts of
// named people's events imply. It runs before the drafts are trimmed:
// the person of an emigration is known here even though the event does not
// report a subject. It returns each draft's people, for
// leaversCitizenship, which needs every relation read first.
func (r *eventReader) eventRelations() [][]int {
	rs := r.v.relationSet()
	byDraft := make([][]int, len(r.drafts))
	for i, d := range r.drafts {
		byDraft[i] = r.draftPeople(d)
	}
	leftAgain := map[[2]int]bool{} // person, place a leg of theirs set out from
	for i, d := range r.drafts {
		if d.kind == "Emigration" && d.origin >= 0 {
			for _, p := range byDraft[i] {
				leftAgain[[2]int{p, d.origin}] = true
			}
		}
	}
	for i, d := range r.drafts {
		people := byDraft[i]
		if len(people) > 0 && d.subject < 0 && d.kind == "Emigration" || d.subject >= 0 && d.count == nil {
			// one person's journey, desertion or trial is told, not reported
			// as a figure: whoever the sentence credits is no source of it
			r.drafts[i].src = -1
		}
		for _, p := range people {
			if d.kind == "Emigration" && r.isPlace(d.destination) {
				// a town reached puts the person in its country, a stop on the way too
				r.v.reachedAbroad(rs, p, r.countryEntity(d.destination), d.si)
			}
			if d.kind == "Emigration" && leftAgain[[2]int{p, d.destination}] {
				continue // a stop left again ("to Tbilisi, and on 20 May from Tbilisi to Yerevan") is no refuge
			}
			r.personRelations(rs, d, p)
		}
	}
	r.rejectedClaims(rs)
	r.v.asylumMeansArrival(rs)
	return byDraft
}

// rejectedClaimRE: a body turns down a person's claim to protection ("the
// Migration Agency rejected his application", "turned down X's claim").
var rejectedClaimRE = regexp.MustCompile(`\b(?:rejected|refused|turned down|denied|dismissed) (?:(his|her)|@P(\d+)@'s) (?:asylum |refugee |protection |international protection )?(?:claim|application|request)s?\b|\b(?:refusing|refused|denying|denied) (him|her) (?:asylum|refugee status|protection)\b`)

// rejectedClaims: who had a claim rejected by a state's body had sought
// asylum in that state, when the text names the body or the state before
// the verb.
func (r *eventReader) rejectedClaims(rs *relationSet) {
	for si := range r.v.sents {
		s := &r.v.sents[si]
		if !strings.Contains(s.mask, "rejected") && !strings.Contains(s.mask, "turned down") && !strings.Contains(s.mask, "refused") &&
			!strings.Contains(s.mask, "denied") && !strings.Contains(s.mask, "dismissed") && !strings.Contains(s.mask, "refusing") &&
			!strings.Contains(s.mask, "denying") {
			continue
		}
		for _, m := range rejectedClaimRE.FindAllStringSubmatchIndex(s.mask, -1) {
			p := -1
			if m[2] < 0 && m[6] >= 0 {
				m[2], m[3] = m[6], m[7] // "after refusing him asylum"
			}
			if m[2] >= 0 {
				g := pronounGender("she")
				if w := s.mask[m[2]:m[3]]; w == "his" || w == "him" {
					g = pronounGender("he")
				}
				p = r.v.clientPerson(rs, si, m[0], g, -1) // whose claim: not an official named before
			} else if x, ok := s.mentionAt(m[4] - 2); ok {
				p = x.ent
			}
			c := r.countryEntity(r.stateAgentBefore(s, m[0]))
			if c < 0 {
				c = r.orgState(r.orgBefore(s, m[0], 6)) // "Kazakhstan's Migration Service, which …, turned down"
			}
			if c < 0 {
				c = r.subjectCountry(s, m[0]) // "Norway rejected his claim"
			}
			if c < 0 {
				c = r.leadCountry(s, m[0]) // "Kazakhstan's migration authorities rejected …"
			}
			if c < 0 && len(s.ments) > 0 && s.ments[0].typ == 'C' && s.ments[0].mstart == 0 && strings.HasSuffix(s.mask[:m[0]], "after ") {
				c = s.ments[0].ent // "Kazakhstan deported X … after refusing him asylum": the sentence's subject
			}
			if p < 0 || c < 0 || c == r.v.migrantsCountry() || rs.has(p, "citizen_of", c) {
				continue
			}
			rs.add(p, "sought_asylum_in", c, "", si)
		}
	}
}

// asylumMeansArrival: who sought asylum in a country got there, so fled
// to it ("he applied for asylum in Germany"), told in the same sentence.
func (v *view) asylumMeansArrival(rs *relationSet) {
	n := len(rs.out)
	for i := 0; i < n; i++ {
		r := rs.out[i]
		if r.P != "sought_asylum_in" {
			continue
		}
		p, c := v.entityIndexByKey(r.SKey), v.entityIndexByKey(r.OKey)
		if p < 0 || c < 0 || c == v.migrantsCountry() || c == v.warringState() || rs.has(p, "citizen_of", c) {
			continue // no one flees to their own country: that reading is doubtful already
		}
		rs.add(p, "fled_to", c, "", v.sentenceOf(r.Evidence))
	}
}

// reachedAbroad: person p, held in or sent back from country c, had fled
// to it, unless c is home to the people the story follows, the warring
// state, or p's own country.
func (v *view) reachedAbroad(rs *relationSet, p, c, si int) {
	if c < 0 || c == v.migrantsCountry() || c == v.warringState() || rs.has(p, "citizen_of", c) || rs.has(p, "official_of", c) {
		return
	}
	rs.add(p, "fled_to", c, "", si)
}

// personRelations adds the relations person p's event d implies.
func (r *eventReader) personRelations(rs *relationSet, d draft, p int) {
	s := &r.v.sents[d.si]
	switch d.kind {
	case "Desertion":
		if d.agent >= 0 {
			rs.add(p, "deserted_from", d.agent, "", d.si) // "did not return to the 1462nd Regiment"
		} else if a := r.armyOf(rs, p); a >= 0 {
			rs.add(p, "deserted_from", a, "", d.si)
		}
	case "Emigration":
		if d.destination >= 0 {
			rs.add(p, "fled_to", d.destination, "", d.si)
		}
	case "AsylumApplication":
		c := r.countryEntity(d.destination)
		if c < 0 {
			c = r.countryEntity(d.location)
		}
		if c >= 0 {
			rs.add(p, "sought_asylum_in", c, "", d.si)
		}
	case "AsylumGrant":
		// who was granted asylum had asked for it there (not at home: that
		// reading of the grantor is a misreading)
		c := r.countryEntity(d.agent)
		if c < 0 {
			c = r.orgState(d.agent)
		}
		if c >= 0 && c != r.v.migrantsCountry() && !rs.has(p, "citizen_of", c) {
			rs.add(p, "sought_asylum_in", c, "", d.si)
		}
	case "Deportation":
		if d.destination >= 0 {
			rs.add(p, "deported_to", d.destination, "", d.si)
		}
		from := d.origin
		if from < 0 && r.countryEntity(d.agent) >= 0 && d.agent != r.v.migrantsCountry() {
			from = d.agent // "Kyrgyzstan deported X": out of Kyrgyzstan
		}
		if from >= 0 {
			rs.add(p, "deported_from", from, "", d.si)
			r.v.reachedAbroad(rs, p, r.countryEntity(from), d.si) // sent back from where he had fled to
		}
	case "Detention":
		c := r.countryEntity(d.location)
		if c < 0 {
			c = r.countryEntity(r.stateAgentOf(s, d.pos)) // "Kazakh border officers stopped X"
		}
		r.v.reachedAbroad(rs, p, c, d.si) // police in Kyrgyzstan detained X
	case "CourtRuling":
		// a ruling is a sentence only when the text says so
		if strings.Contains(s.mask, "sentenc") {
			c := r.orgState(d.agent) // the court's state, wherever the story is set
			if c < 0 {
				c = r.countryEntity(d.location)
			}
			if c >= 0 {
				rs.add(p, "sentenced_in", c, "", d.si)
			}
		}
	case "Death":
		if d.location >= 0 {
			rs.add(p, "died_in", d.location, "", d.si)
			if c := r.countryEntity(d.location); c >= 0 && !r.v.invaded(c) {
				r.v.reachedAbroad(rs, p, c, d.si) // "shot dead in Spain": an exile where he had fled to, not a soldier at war
			}
		}
	}
}

// draftPeople: the named people an event happened to: draftPerson's one,
// or the two people named just before a journey told of "they" ("X … his
// friend Y … When they finally crossed into Kazakhstan").
func (r *eventReader) draftPeople(d draft) []int {
	if p := r.draftPerson(d); p >= 0 {
		return []int{p}
	}
	if d.kind != "Emigration" && d.kind != "AsylumApplication" || d.count != nil || d.subject >= 0 {
		return nil
	}
	s := &r.v.sents[d.si]
	head := " " + s.mask[r.clauseStart(s, d.pos):d.pos]
	group := false
	for _, w := range []string{" they ", " the two of them ", " the three of them ", " the four of them ", " the family "} {
		group = group || strings.Contains(head, w)
	}
	if !group || strings.Contains(head, "@") {
		return nil
	}
	if pair := r.v.pairBefore(d.si); pair != nil {
		return pair
	}
	return r.v.family()
}

// draftPerson: the named person an event happened to — its subject, or
// the one whose journey an emigration or asylum claim tells (the event
// itself reports no subject then); -1 if none.
func (r *eventReader) draftPerson(d draft) int {
	p := d.subject
	s := &r.v.sents[d.si]
	if p < 0 && (d.kind == "Emigration" || d.kind == "AsylumApplication") && d.count == nil && !nominalCue(s.mask[d.pos:]) && r.personsJourney(s, d.pos) {
		p = r.subjectPerson(&r.v.sents[d.si], d.pos)
	}
	if p < 0 || r.v.doc.Entities[p].Type != extract.Person {
		return -1
	}
	return p
}

// nominalCue tells whether a cue is a noun ("emigration from Russia", "the
// exodus"), which a person studies or reports rather than makes.
func nominalCue(rest string) bool {
	for _, w := range []string{"emigration", "exodus", "outflow", "flight from", "asylum seekers", "asylum applications", "applications"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// leaversCitizenship: a named person who left a country — deserted its
// army, fled it, asked for asylum from it — is its citizen when the text
// gives them no other ("X crossed from Russia into Kazakhstan"): the
// people this field follows are told of by where they left. The country
// is the origin of their own departure, else the state of the army they
// left; the relation keeps that event's sentence. people holds each
// draft's people, as eventRelations found them.
func (r *eventReader) leaversCitizenship(people [][]int) {
	rs := r.v.relationSet()
	for i, d := range r.drafts {
		for _, p := range people[i] {
			r.leaverCitizenship(rs, d, p)
		}
	}
}

// leaverCitizenship: leaversCitizenship for person p of draft d.
func (r *eventReader) leaverCitizenship(rs *relationSet, d draft, p int) {
	if d.count != nil || len(rs.objects(p, "citizen_of")) > 0 || rs.countryOfPerson(p, "official_of", "leader_of") >= 0 {
		return
	}
	home := -1
	switch d.kind {
	case "Emigration", "AsylumApplication", "Desertion":
		home = r.countryEntity(d.origin)
		if r.isPlace(d.origin) && home != r.v.migrantsCountry() {
			home = -1 // "flew from Tashkent to Istanbul": a stop abroad, not home
		}
		if home < 0 && d.kind == "Desertion" {
			home = r.orgState(r.armyOf(rs, p))
		}
	}
	if home >= 0 && home != r.countryEntity(d.destination) && !rs.wentTo(p, home) {
		rs.add(p, "citizen_of", home, "", d.si)
	}
}

// deportationOrigins: a person deported with no "from" was sent out of the
// country the story last placed them in: where they were detained or had
// gone, told of them in the three sentences before ("Kazakh officers
// stopped X at Astana airport. Eight days later he was deported to Russia").
func (r *eventReader) deportationOrigins() {
	for i := range r.drafts {
		d := &r.drafts[i]
		if d.kind == "Deportation" && d.subject < 0 && d.count == nil {
			// "police detained him in X, and within days he was deported"
			d.subject = r.clausePronounPerson(&r.v.sents[d.si], d.pos)
		}
		if d.kind != "Deportation" || d.subject < 0 || d.origin >= 0 {
			continue
		}
		for j := len(r.drafts) - 1; j >= 0; j-- {
			o := r.drafts[j]
			if o.si < d.si-3 || o.si > d.si || o.si == d.si && o.pos > d.pos || o.subject != d.subject {
				continue
			}
			at := -1
			switch o.kind {
			case "Detention":
				at = o.location
			case "Emigration", "AsylumApplication":
				at = o.destination
			}
			if c := r.countryEntity(at); c >= 0 && c != d.destination {
				d.origin = c
				break
			}
		}
	}
}

// armyOf: the armed force person p deserted from: the one p is a member of,
// else the only armed force the article names; -1 if that is not clear.
func (r *eventReader) armyOf(rs *relationSet, p int) int {
	for _, o := range rs.objects(p, "member_of") {
		// the unit p served in first ("the 61st Marine Brigade"), else the force
		if e := r.v.doc.Entities[o]; r.v.hasHeadNoun(entityForms(e), "military_units") {
			return o
		}
	}
	for _, o := range rs.objects(p, "member_of") {
		if r.isArmy(o) {
			return o
		}
	}
	found := -1
	for i, e := range r.v.doc.Entities {
		if e.Type != extract.Organization || !r.isArmy(i) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// isArmy: an organisation whose name ends in a word for an armed force.
func (r *eventReader) isArmy(ent int) bool { return r.v.isArmyEntity(ent) }

// isArmyEntity: an organisation whose name ends in a word for an armed force.
func (v *view) isArmyEntity(ent int) bool {
	e := v.doc.Entities[ent]
	return e.Type == extract.Organization && v.hasHeadNoun(entityForms(e), "armed_forces")
}

// armyCountry: the state whose armed force person p deserted from, else
// the country p is a citizen of; -1 if neither is known.
func (r *eventReader) armyCountry(p int) int {
	rs := r.v.relationSet()
	a := r.armyOf(rs, p)
	if c := r.orgState(a); c >= 0 {
		return c
	}
	if a >= 0 {
		for _, force := range rs.objects(a, "part_of") { // a unit's state is its force's
			if c := r.orgState(force); c >= 0 {
				return c
			}
		}
	}
	if home := rs.objects(p, "citizen_of"); len(home) > 0 {
		return home[0]
	}
	return -1
}
