package facts

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"newsgraph/loaders/extract"
	"newsgraph/loaders/gazetteer"
)

// objectTypes lists, per predicate, the entity types its subject and object
// may have (FORMAT.md).
var objectTypes = map[string][2][]string{
	"member_of":        {{extract.Person}, {extract.Organization}},
	"spokesperson_for": {{extract.Person}, {extract.Organization}},
	"leader_of":        {{extract.Person}, {extract.Organization, extract.Country}},
	"official_of":      {{extract.Person}, {extract.Country}},
	"founded":          {{extract.Person}, {extract.Organization}},
	"citizen_of":       {{extract.Person}, {extract.Country}},
	"based_in":         {{extract.Organization}, {extract.Country, extract.Place}},
	"part_of":          {{extract.Organization}, {extract.Organization, extract.Country}},
	"located_in":       {{extract.Place}, {extract.Place, extract.Country}},
	"borders":          {{extract.Country}, {extract.Country}},
	"deserted_from":    {{extract.Person}, {extract.Organization}},
	"fled_to":          {{extract.Person}, {extract.Country, extract.Place}},
	"sought_asylum_in": {{extract.Person}, {extract.Country}},
	"deported_from":    {{extract.Person}, {extract.Country, extract.Place}},
	"deported_to":      {{extract.Person}, {extract.Country, extract.Place}},
	"died_in":          {{extract.Person}, {extract.Place, extract.Country}},
	"sentenced_in":     {{extract.Person}, {extract.Country}},
	"helped":           {{extract.Organization, extract.Person}, {extract.Person}},
}

// relationSet collects relations without duplicates.
type relationSet struct {
	v    *view
	out  []extract.Relation
	seen map[[3]string]int
}

// add records "s p o" read from sentence si; it checks the contract's types.
func (rs *relationSet) add(s int, p string, o int, role string, si int) bool {
	if s < 0 || o < 0 || s == o {
		return false
	}
	types, ok := objectTypes[p]
	ents := rs.v.doc.Entities
	if !ok || !contains(types[0], ents[s].Type) || !contains(types[1], ents[o].Type) {
		return false
	}
	if p == "borders" && ents[o].Key < ents[s].Key {
		s, o = o, s
	}
	if p == "part_of" && rs.v.invaded(o) && rs.v.isArmyEntity(s) && rs.v.orgCountry(s) != o {
		return false // "the 58th Combined Arms Army … in the occupied part of Ukraine": an invader's army
	}
	k := [3]string{ents[s].Key, p, ents[o].Key}
	if i, dup := rs.seen[k]; dup {
		if rs.out[i].Role == "" && role != "" {
			rs.out[i].Role = role
		}
		return false
	}
	rs.seen[k] = len(rs.out)
	rs.out = append(rs.out, extract.Relation{
		S: ents[s].Name, P: p, O: ents[o].Name, Role: role,
		SKey: ents[s].Key, OKey: ents[o].Key, Evidence: rs.v.doc.Evidence(si),
	})
	return true
}

// tiedElsewhere: person p is already an official, leader or citizen of a
// country other than c.
func (rs *relationSet) tiedElsewhere(p, c int) bool {
	if p < 0 || c < 0 {
		return false
	}
	ents := rs.v.doc.Entities
	for _, r := range rs.out {
		if r.SKey != ents[p].Key || r.OKey == ents[c].Key ||
			r.P != "official_of" && r.P != "leader_of" && r.P != "citizen_of" {
			continue
		}
		if o := rs.v.entityIndexByKey(r.OKey); o >= 0 && ents[o].Type == extract.Country {
			return true
		}
	}
	return false
}

func (rs *relationSet) has(s int, p string, o int) bool {
	if s < 0 || o < 0 {
		return false
	}
	ents := rs.v.doc.Entities
	_, ok := rs.seen[[3]string{ents[s].Key, p, ents[o].Key}]
	return ok
}

// objects returns the objects of subject s under p, in order found.
func (rs *relationSet) objects(s int, p string) []int {
	var out []int
	ents := rs.v.doc.Entities
	for _, r := range rs.out {
		if r.P == p && r.SKey == ents[s].Key {
			if o := rs.v.entityIndexByKey(r.OKey); o >= 0 {
				out = append(out, o)
			}
		}
	}
	return out
}

func (v *view) entityIndexByKey(key string) int {
	if v.byKey == nil {
		v.byKey = make(map[string]int, len(v.doc.Entities))
		for i := len(v.doc.Entities) - 1; i >= 0; i-- {
			v.byKey[v.doc.Entities[i].Key] = i // the first entity of a key, as a scan would find
		}
	}
	if i, ok := v.byKey[key]; ok {
		return i
	}
	return -1
}

// relations runs every relation family over the article.
func (v *view) relations() []extract.Relation {
	rs := v.relationSet()
	if rs.out == nil {
		return []extract.Relation{}
	}
	rs.partyRelations()
	rs.fleersCitizenship()
	return rs.withoutOfficeHoldersMoving()
}

// fleersCitizenship: a named person who fled abroad or was killed at war,
// with no citizenship, office or other state's service told, is a citizen
// of the country whose people the article follows ("X, 27, crossed into
// Georgia in May" in a story of Russians leaving); the relation keeps the
// sentence it rests on. One who went to that country, or who holds an
// office, is not read so.
func (rs *relationSet) fleersCitizenship() {
	home := rs.v.migrantsCountry()
	if home < 0 {
		return
	}
	for i := 0; i < len(rs.out); i++ {
		r := rs.out[i]
		if !leaverPredicates[r.P] {
			continue
		}
		p := rs.v.entityIndexByKey(r.SKey)
		if p < 0 || len(rs.objects(p, "citizen_of")) > 0 || rs.countryOfPerson(p, "official_of", "leader_of") >= 0 || rs.wentTo(p, home) ||
			rs.servedAnotherState(p, home) {
			continue
		}
		rs.add(p, "citizen_of", home, "", rs.v.sentenceOf(r.Evidence))
	}
}

// servedAnotherState: person p served in, or deserted from, the forces
// of a state other than home ("a US Army mechanic who deserted").
func (rs *relationSet) servedAnotherState(p, home int) bool {
	for _, pred := range []string{"member_of", "deserted_from"} {
		for _, o := range rs.objects(p, pred) {
			forms := entityForms(rs.v.doc.Entities[o])
			if !rs.v.hasHeadNoun(forms, "armed_forces") && !rs.v.hasHeadNoun(forms, "military_units") {
				continue
			}
			if c := rs.v.orgStateIn(rs, o); c >= 0 && c != home {
				return true
			}
		}
	}
	return false
}

// leaverPredicates are what the text tells of the people it follows that
// gives no other state: fleeing, asking for asylum, dying at war (deserters,
// the deported and the sentenced are read by their army, origin or court).
var leaverPredicates = map[string]bool{"fled_to": true, "sought_asylum_in": true, "died_in": true}

// wentTo: person p fled to or asked for asylum in country c, or in one
// of its places ("reached Bishkek, the Kyrgyz capital").
func (rs *relationSet) wentTo(p, c int) bool {
	for _, pred := range []string{"fled_to", "sought_asylum_in"} {
		for _, o := range rs.objects(p, pred) {
			if o == c || rs.v.countryEntity(o) == c {
				return true
			}
		}
	}
	return false
}

// withoutOfficeHoldersMoving drops the moves read for a head of state or
// an official ("Putin ordered the call-up. Two days later he drove into
// Kazakhstan"): a pronoun that reached the office holder meant someone
// the text did not name again. It also drops a spokesperson's membership
// of the body spoken for.
func (rs *relationSet) withoutOfficeHoldersMoving() []extract.Relation {
	office := map[string]bool{}
	for _, r := range rs.out {
		if (r.P == "leader_of" || r.P == "official_of") && strings.HasPrefix(r.OKey, "country/") {
			office[r.SKey] = true // a state's office; an exiled party's leader may well flee
		}
	}
	speaks := map[[2]string]bool{}
	for _, r := range rs.out {
		if r.P == "spokesperson_for" {
			speaks[[2]string{r.SKey, r.OKey}] = true
		}
	}
	out := rs.out[:0:0]
	for _, r := range rs.out {
		if office[r.SKey] && movementPredicates[r.P] && r.P != "died_in" {
			continue
		}
		if r.P == "member_of" && speaks[[2]string{r.SKey, r.OKey}] {
			continue // a body's spokesperson is told as that, not also as a member
		}
		out = append(out, r)
	}
	return out
}

// relationSet reads the relations once; the event rules ask them too (the
// country a named president leads, the country a deserter was sent to).
func (v *view) relationSet() *relationSet {
	if v.rels != nil {
		return v.rels
	}
	rs := &relationSet{v: v, seen: map[[3]string]int{}}
	v.patternRelations(rs)
	v.organisationRelations(rs)
	v.placeRelations(rs)
	v.borderRelations(rs)
	v.movementRelations(rs)
	v.peopleRelations(rs)
	v.officesInOrgans(rs)
	v.impliedCitizenship(rs)
	v.rels = rs
	return rs
}

// officesInOrgans: a member of a state's organ in a political office of
// the list ("a parliamentary state secretary at the Federal Interior
// Ministry") holds an office of that state as well.
func (v *view) officesInOrgans(rs *relationSet) {
	for _, r := range append([]extract.Relation(nil), rs.out...) {
		if r.P != "member_of" || r.Role == "" || endsWithEntry(strings.ToLower(r.Role), v.cues.lists["organ_offices"]) == "" {
			continue
		}
		p, o := v.entityIndexByKey(r.SKey), v.entityIndexByKey(r.OKey)
		if p < 0 || o < 0 {
			continue
		}
		for _, c := range rs.objects(o, "part_of") {
			if v.doc.Entities[c].Type == extract.Country && !rs.tiedElsewhere(p, c) {
				rs.add(p, "official_of", c, r.Role, v.sentenceOf(r.Evidence))
			}
		}
	}
}

// impliedCitizenship: an office holder of a country is its citizen
// ("Finland's interior minister X"), as is who serves in or deserted from
// a state's army or one of its units, unless the text ties them to
// another country.
func (v *view) impliedCitizenship(rs *relationSet) {
	for _, pred := range []string{"official_of", "member_of", "deserted_from"} {
		for _, r := range rs.out {
			if r.P != pred {
				continue
			}
			p, o := v.entityIndexByKey(r.SKey), v.entityIndexByKey(r.OKey)
			if p < 0 || o < 0 || len(rs.objects(p, "citizen_of")) > 0 {
				continue
			}
			c := o
			if pred != "official_of" {
				if forms := entityForms(v.doc.Entities[o]); !v.hasHeadNoun(forms, "armed_forces") && !v.hasHeadNoun(forms, "military_units") {
					continue
				}
				c = v.orgStateIn(rs, o)
			}
			if c < 0 || v.doc.Entities[c].Type != extract.Country || rs.tiedElsewhere(p, c) {
				continue
			}
			rs.add(p, "citizen_of", c, "", v.sentenceOf(r.Evidence))
		}
	}
}

// teamLeadRE: a team or desk of an organisation led, not the organisation.
var teamLeadRE = regexp.MustCompile(` (?:team|unit|desk|section|programme|program|hotline|department) (?:at|of|in|for) `)

// otherSubjectRE: between a person and a cue, a reported clause with a
// subject of its own ("that the applicant had") or a denial ("never
// served"): the cue is not the person's act.
var otherSubjectRE = regexp.MustCompile(` that (?:the|a|an|his|her|their) [a-z-]+ | (?:never|not) (?:served|fought|joined|deserted)\b`)

// leftAgain tells whether the sentence goes on from place o ("… from
// Istanbul to …") after position pos.
func leftAgain(s *sentence, o mention, pos int) bool {
	for _, x := range s.ments {
		if x.ent == o.ent && x.mstart >= pos && strings.HasSuffix(s.mask[:x.mstart], "from ") && strings.HasPrefix(s.mask[x.mend:], " to ") {
			return true
		}
	}
	return false
}

// lastRefuge: the country person p was last told to have fled to, in the
// relations read from sentence si or before; -1 if none.
func (rs *relationSet) lastRefuge(p, si int) int {
	best, bestSi := -1, -1
	for _, rel := range rs.out {
		if rel.P != "fled_to" || rel.SKey != rs.v.doc.Entities[p].Key {
			continue
		}
		o := rs.v.entityIndexByKey(rel.OKey)
		at := rs.v.sentenceOf(rel.Evidence)
		if c := rs.v.countryEntity(o); c >= 0 && at <= si && at >= bestSi {
			best, bestSi = c, at
		}
	}
	return best
}

// inParty: person p is already read as a member of a party.
func (rs *relationSet) inParty(p int) bool {
	for _, o := range rs.objects(p, "member_of") {
		if rs.v.hasHeadNoun(entityForms(rs.v.doc.Entities[o]), "party_heads") {
			return true
		}
	}
	return false
}

// countryOfPerson: the country person p leads or holds office in (by the
// relations read), -1 if none or no person (p < 0).
func (rs *relationSet) countryOfPerson(p int, preds ...string) int {
	if p < 0 {
		return -1
	}
	for _, pred := range preds {
		for _, o := range rs.objects(p, pred) {
			if rs.v.doc.Entities[o].Type == extract.Country {
				return o
			}
		}
	}
	return -1
}

// patternRelations applies the pattern rules of cues.yaml.
func (v *view) patternRelations(rs *relationSet) {
	lastOfficialCountry := -1
	var bare []bareTitle
	for si := range v.sents {
		s := &v.sents[si]
		if len(s.ments) == 0 {
			continue
		}
		for ri := range v.cues.relations {
			rule := &v.cues.relations[ri]
			for _, m := range rule.pat.findAll(s) {
				subj := s.group(rule.pat, m, "s")
				if len(subj) == 0 {
					continue
				}
				if (rule.P == "member_of" || rule.P == "deserted_from") && otherSubjectRE.MatchString(s.mask[subj[0].mend:m[1]]) {
					continue // "X replied that the applicant had never served in the army": another's act, and denied
				}
				var obj []mention
				o := -1
				switch rule.O {
				case "context_country":
					o = lastOfficialCountry
					if strings.HasPrefix(strings.ToLower(s.mask[m[0]:m[1]]), "its ") {
						o = v.countryBefore(si, m[0]) // "its": the country named last, not the last official's
					}
					if o < 0 {
						o = v.previousCountry(si)
					}
				case "dominant_country":
					if v.bareTitleBefore(s, subj[0]) {
						continue // "Prime Minister X's government": the title's rule reads it
					}
					o = v.dominant
					if rs.tiedElsewhere(subj[0].ent, o) {
						continue // "Zelensky's government" in an article about Russia
					}
				case "context_group":
					// "a coordinator with the group": the one introduced as a
					// group ("X, the group that …"), else the group named last
					words := strings.Fields(s.mask[m[0]:m[1]])
					if o = v.orgIntroducedAs(words[len(words)-1]); o < 0 {
						o = v.contextGroup(si, m[0])
					}
					if o < 0 {
						continue
					}
				case "subject_org":
					// "Otkaz … opened a hotline on Telegram. Its coordinator, X":
					// "its" is the organisation the sentence before was about
					if contains(v.cues.lists["spokes_words"], strings.TrimSpace(s.groupText(rule.pat, m, "role"))) {
						continue // "Its spokesman X": a spokesperson, read by that rule
					}
					if o = v.sentenceSubjectOrg(si - 1); o < 0 {
						if o = v.contextOrg(si, m[0]); o < 0 {
							continue
						}
					}
				case "object_pronoun":
					g := pronounGender(strings.TrimSpace(s.groupText(rule.pat, m, "pron")))
					if rule.P == "helped" {
						o = v.clientPerson(rs, si, m[0], g, subj[0].ent)
					} else {
						o = v.objectPerson(si, m[0], g)
					}
					if o < 0 || o == subj[0].ent {
						continue
					}
				case "context_court":
					if strings.HasPrefix(s.mask[m[1]:], " of ") || strings.HasPrefix(s.mask[m[1]:], ", of ") {
						continue // "Judge X of the Y court": the court named, read by its own rule
					}
					if o = v.contextCourt(si, m[0]); o < 0 {
						continue
					}
				case "refuge_country":
					// where a claim was refused: the country the person had
					// gone to, else the one the sentence names before
					if o = rs.lastRefuge(subj[0].ent, si); o < 0 {
						o = v.sentenceCountryBefore(si, m[0])
					}
					if o < 0 || o == v.migrantsCountry() {
						continue
					}
				case "main_group":
					if o = v.mainGroup(); o < 0 {
						continue
					}
				case "org_country":
					// "Russian army captain X": a citizen of the army's state
					x := s.group(rule.pat, m, "x")
					if len(x) == 0 {
						continue
					}
					e := v.doc.Entities[x[0].ent]
					forms := entityForms(e)
					if o = v.stateBodyCountry(forms); o < 0 && v.hasHeadNoun(forms, "state_organs") && !international(forms) {
						o = v.orgCountry(x[0].ent)
					}
					if o < 0 {
						continue // only a state's own body: "NOAS secretary general X" is no citizenship
					}
				case "party_adjective":
					// "X, a Social Democratic member of parliament": the party
					// the adjective names, when the article names it
					if o = v.partyByAdjective(s.groupText(rule.pat, m, "adj")); o < 0 {
						continue
					}
				case "named_org":
					noun := s.groupText(rule.pat, m, "noun")
					if o = v.orgByNoun(noun); o < 0 {
						o = v.orgIntroducedAs(noun) // 'the state project "X"' … "the project's spokesman"
					}
					if o < 0 && noun == "party" && !rs.inParty(subj[0].ent) {
						o = v.lastNamedBody(si, m[0], noun) // "the party's spokesperson": of the party named last
					}
					if o < 0 && contains(v.cues.lists["group_nouns"], noun) {
						// "the group's spokesperson" of a group not called a group
						if o = v.contextGroup(si, m[0]); o < 0 {
							o = v.mainGroup()
						}
					}
					if o < 0 {
						continue
					}
				case "nearby_country", "context_org", "context_body":
					_, titled := v.cues.titleBodies[strings.ToLower(strings.TrimSpace(s.groupText(rule.pat, m, "role")))]
					if s.mentionRightBefore(m[0]) && !(rule.O == "context_body" && titled) {
						continue // "Finnish Foreign Minister X": another rule reads it ("Italian MEP X" still sits in the Parliament)
					}
					switch rule.O {
					case "nearby_country":
						// "President X": the country only from a tie the
						// text states for X (read once all are read)
						bare = append(bare, bareTitle{subj[0].ent, rule.P, strings.TrimSpace(s.groupText(rule.pat, m, "role")), si, m[0]})
						continue
					case "context_org":
						if rule.P == "spokesperson_for" && len(rs.objects(subj[0].ent, rule.P)) > 0 {
							continue // "the service's spokesman X": read by the named-org rule
						}
						if rule.P == "member_of" && contains(v.cues.lists["spokes_words"], strings.TrimSpace(s.groupText(rule.pat, m, "role"))) {
							continue // "Its spokesman X": a spokesperson, read by that rule
						}
						o = v.contextOrg(si, m[0])
					default:
						o = v.contextBody(si, m[0])
						if body, ok := v.cues.titleBodies[strings.ToLower(strings.TrimSpace(s.groupText(rule.pat, m, "role")))]; o < 0 && ok {
							o = v.entityByNorm(norm(body), extract.Organization) // "MEP X": the European Parliament the article names
						}
					}
				default:
					obj = s.group(rule.pat, m, "o")
					if len(obj) == 0 {
						continue
					}
					o = obj[0].ent
				}
				role := rule.Role
				if t := s.groupText(rule.pat, m, "role"); t != "" {
					role = strings.TrimSpace(t)
					for _, a := range []string{"the ", "a ", "an "} {
						role = strings.TrimPrefix(role, a)
					}
					for _, ck := range rule.pat.checks {
						if ck.group == rule.pat.groupIndex("role", m) {
							role = exactEntry(role, ck.list) // "the foreign minister" → "foreign minister"
						}
					}
				}
				sEnt := subj[0].ent
				if rule.P == "leader_of" && teamLeadRE.MatchString(s.mask[m[0]:m[1]]) {
					continue // "who leads the casework team at X": a member who leads a team
				}
				if rule.P == "leader_of" && v.spokesWordAt(s.mask[m[1]:]) {
					continue // "X, the service's chief spokeswoman": she speaks for it
				}
				if rule.P == "fled_to" && len(obj) > 0 && v.countryEntity(obj[0].ent) >= 0 && v.countryEntity(obj[0].ent) == v.migrantsCountry() {
					continue // "took a bus to Vladikavkaz": a trip at home, no flight
				}
				if rule.P == "fled_to" && len(obj) > 0 && leftAgain(s, obj[0], m[1]) {
					continue // "flew from Sochi to Istanbul, and on 20 May from Istanbul to X": a stop
				}
				if movementPredicates[rule.P] && (!v.actsInGap(s, subj[0], m[1]) || creditAside(s.mask, subj[0])) {
					continue // "who, according to his lawyer X, crossed": X only tells
				}
				if rule.SList != "" {
					e := v.doc.Entities[sEnt]
					if !v.hasHeadNoun(entityForms(e), rule.SList) {
						continue
					}
				}
				if rule.OList != "" {
					e := v.doc.Entities[o]
					if !v.hasHeadNoun(entityForms(e), rule.OList) {
						continue
					}
				}
				if rule.InRegion && !v.inRegion(sEnt, o) {
					continue
				}
				if rule.P == "located_in" && v.placeElsewhere(sEnt, o) {
					continue // "crossed into Kazakhstan through the Orenburg region": the gazetteer knows it is Russia's
				}
				// demonym objects of person facts mean the country
				if rule.P != "located_in" && rule.P != "based_in" && len(obj) > 0 && obj[0].typ == 'E' {
					continue
				}
				if !rs.add(sEnt, rule.P, o, role, si) && !rs.has(sEnt, rule.P, o) {
					continue
				}
				if rule.P == "official_of" {
					lastOfficialCountry = o
				}
				if rule.Also != "" {
					rs.add(sEnt, rule.Also, o, "", si)
				}
				if rule.AlsoCountry != "" && v.doc.Entities[o].Type == extract.Country {
					rs.add(sEnt, rule.AlsoCountry, o, "", si)
				}
			}
		}
	}
	for _, b := range bare {
		o := v.listedHolderCountry(b.person)
		if o < 0 {
			o = rs.countryOfPerson(b.person, "leader_of", "official_of", "citizen_of")
		}
		if o < 0 {
			o = v.holderCountry(b.si, b.pos)
			if h := v.hostCountry(); o >= 0 && o == v.migrantsCountry() && h >= 0 {
				o = h // "Interior Minister X said Russians…" in a story set where they arrive
			}
			if o >= 0 && v.invaded(o) {
				o = -1 // "… outside Pokrovsk. Immigration Minister X said": the war's country is no bare title's
			}
		}
		if o >= 0 {
			rs.add(b.person, b.p, o, b.role, b.si)
		}
	}
}

// listedHolderCountry: the country of a known head of state or government
// or minister (gazetteer.OfficeHolderByName) when the article names it; -1
// otherwise. "President X" in a story set in Lisbon is still X's country.
func (v *view) listedHolderCountry(p int) int {
	e := v.doc.Entities[p]
	for _, n := range entityForms(e) {
		if h, ok := gazetteer.OfficeHolderByName(n); ok {
			if c, named := v.countryOf[h.Country]; named {
				return c
			}
			return -1
		}
	}
	return -1
}

// bareTitle is a title before a name with no country tied to it
// ("President X"); it names a country only through X's other ties.
type bareTitle struct {
	person int
	p      string
	role   string
	si     int
	pos    int // where the title starts in the sentence's mask
}

// countryBefore: the country named last before position pos of sentence
// si, or in the nearest earlier sentence that names one; -1 if none.
func (v *view) countryBefore(si, pos int) int {
	s := &v.sents[si]
	for k := len(s.ments) - 1; k >= 0; k-- {
		if m := s.ments[k]; m.mend <= pos && m.typ == 'C' {
			return m.ent
		}
	}
	return v.previousCountry(si)
}

// sentenceCountryBefore: the country of the last mention before pos in
// sentence si that names or belongs to one ("Kazakhstan's Supreme Court
// upheld …"), outside a phrase of the war; -1 if none.
func (v *view) sentenceCountryBefore(si, pos int) int {
	s := &v.sents[si]
	for k := len(s.ments) - 1; k >= 0; k-- {
		if m := s.ments[k]; m.mend <= pos && !s.inWarPhrase(m) {
			if c := v.mentionCountry(m); c >= 0 {
				return c
			}
		}
	}
	return -1
}

// previousCountry is the first country named in the nearest earlier
// sentence that names one ("The country's foreign minister").
func (v *view) previousCountry(si int) int {
	for k := si - 1; k >= 0 && k >= si-3; k-- {
		for _, m := range v.sents[k].ments {
			if m.typ == 'C' || m.typ == 'D' {
				return m.ent
			}
		}
	}
	return -1
}

// orgIntroducedAs: the one organisation the article introduces with the
// noun, before its name ('the state project "X"'), after it ('"X"
// hotline') or in apposition ("X, a volunteer network"); -1 if none or
// several.
func (v *view) orgIntroducedAs(noun string) int {
	if noun == "" {
		return -1
	}
	re := introducedRE(noun)
	found := -1
	for si := range v.sents {
		s := &v.sents[si]
		if !strings.Contains(s.mask, noun) {
			continue
		}
		for _, m := range re.FindAllStringSubmatchIndex(s.mask, -1) {
			for g := 1; g <= 3; g++ {
				if m[2*g] < 0 {
					continue
				}
				k, _ := strconv.Atoi(s.mask[m[2*g]:m[2*g+1]])
				if k >= len(s.ments) {
					continue
				}
				o := s.ments[k].ent
				if found >= 0 && found != o {
					return -1
				}
				found = o
			}
		}
	}
	return found
}

// introducedREs caches introducedRE's patterns by noun (a few nouns
// recur), up to maxIntroducedREs of them: each is a compiled program.
var (
	introducedREs     sync.Map
	introducedRECount atomic.Int64
)

const maxIntroducedREs = 1024

// introducedRE matches an organisation introduced with the noun: before
// its name, after it, or in apposition.
func introducedRE(noun string) *regexp.Regexp {
	if re, ok := introducedREs.Load(noun); ok {
		return re.(*regexp.Regexp)
	}
	w := regexp.QuoteMeta(noun)
	re := regexp.MustCompile(`\b` + w + ` "?@O(\d+)@|@O(\d+)@"? ` + w + `\b|@O(\d+)@"?(?: \([^)]*\))?, (?:a|an|the) (?:[a-z-]+ ){0,3}?` + w + `\b`)
	if introducedRECount.Add(1) <= maxIntroducedREs {
		introducedREs.Store(noun, re)
	}
	return re
}

// orgByNoun: the one organisation of the article whose name has the word
// ("the observatory's director" → "Nordic Migration Observatory"), -1 if
// none or several do.
func (v *view) orgByNoun(noun string) int {
	if noun == "" {
		return -1
	}
	found := -1
	for i, e := range v.doc.Entities {
		if e.Type != extract.Organization {
			continue
		}
		if nameHolds(e, noun) {
			if found >= 0 && found != i {
				return -1
			}
			found = i
		}
	}
	return found
}

// partyByAdjective: the one organisation of the article a party's
// adjective names ("social democratic": the Social Democratic Party;
// "green": the Greens, the Green League), -1 if none or several.
func (v *view) partyByAdjective(adj string) int {
	if adj == "" {
		return -1
	}
	found := -1
	for i, e := range v.doc.Entities {
		if e.Type != extract.Organization {
			continue
		}
		for _, f := range entityForms(e) {
			n := norm(f)
			rest, ok := strings.CutPrefix(n, adj+" ")
			if n == adj+"s" || ok && (rest == "party" || rest == "league" || rest == "alliance" || rest == "union") {
				if found >= 0 && found != i {
					return -1
				}
				found = i
				break
			}
		}
	}
	return found
}

// nameHolds: one of the entity's forms holds noun as a word ("party" in
// "the Finns Party").
func nameHolds(e extract.Entity, noun string) bool {
	for _, f := range entityForms(e) {
		if strings.Contains(" "+norm(f)+" ", " "+noun+" ") {
			return true
		}
	}
	return false
}

// placeElsewhere: place p has a gazetteer reading in another country than
// country c (a place of an unknown country, or c no country, is not).
func (v *view) placeElsewhere(p, c int) bool {
	pe, ce := v.doc.Entities[p], v.doc.Entities[c]
	if ce.Type != extract.Country || pe.Type != extract.Place || len(pe.ISO3166) != 2 || pe.ISO3166 == "--" {
		return false
	}
	return !strings.EqualFold(pe.ISO3166, ce.ISO3166)
}

// inRegion: the gazetteer puts town p in region r, comparing the opening
// letters of their names, since GeoNames, gountries and news spell regions
// differently ("Buryatiya Republic", "Buryatia"; "Ivanovskaya Oblast'",
// "Ivanovo region").
func (v *view) inRegion(p, r int) bool {
	pe, re := v.doc.Entities[p], v.doc.Entities[r]
	if pe.Type != extract.Place || re.Type != extract.Place || v.iso[p] == "" || v.iso[r] != v.iso[p] {
		return false
	}
	stem := func(name string) string {
		n := gazetteer.Norm(name)
		return n[:min(len(n), 5)]
	}
	want := stem(re.Name)
	if len(want) < 4 || want == stem(pe.Name) {
		return false // "Kursk, Kursk": no region is told
	}
	for _, g := range gazetteer.PlacesByName(pe.Name) {
		if g.Country == v.iso[p] && g.Region != "" {
			return stem(g.Region) == want
		}
	}
	return false
}

// spokesWordAt: the text opens with a word for a spokesperson ("the
// service's chief spokeswoman": the title goes on).
func (v *view) spokesWordAt(rest string) bool {
	for _, w := range v.cues.lists["spokes_words"] {
		if strings.HasPrefix(rest, " "+w) {
			return true
		}
	}
	return false
}
