package facts

import (
	"regexp"
	"strconv"
	"strings"

	"newsgraph/loaders/extract"
	"newsgraph/loaders/gazetteer"
)

// Nationality the text implies without a demonym next to the name: a
// hometown in apposition ("X, 34, an engineer from Murmansk") and a lead
// that introduces the person by nationality before naming them ("A Russian
// soldier who deserted … Kamil Kasimov, 24, crossed into …").

// hometownRE: a person, an age or a description of them ending in "from
// <place>" ("X, 29, from Pskov", "X, a warehouse worker from Pskov").
var hometownRE = regexp.MustCompile(`@P(?P<p>\d+)@\.?,? (?:\d{1,2}, (?:a |an )?|(?:is |was )?(?:a |an ))(?:former |ex-)?(?:[a-z0-9-]+ ){0,4}?from @L(?P<l>\d+)@`)

// hometownFirstRE: the description opens the sentence ("A former forklift
// driver from Orenburg, Mr X was called up").
var hometownFirstRE = regexp.MustCompile(`^(?:a |an )(?:former |ex-)?(?:[a-z0-9-]+ ){0,4}?from @L(?P<l>\d+)@, (?:(?:mr|ms|mrs|dr)\.? )?@P(?P<p>\d+)@`)

// peopleRelations adds citizen_of from hometowns and from the lead.
func (v *view) peopleRelations(rs *relationSet) {
	for si := range v.sents {
		s := &v.sents[si]
		if !strings.Contains(s.mask, " from @L") {
			continue
		}
		for _, re := range []*regexp.Regexp{hometownRE, hometownFirstRE} {
			for _, m := range re.FindAllStringSubmatchIndex(s.mask, -1) {
				pi, li := re.SubexpIndex("p"), re.SubexpIndex("l")
				p, okP := s.mentionAt(m[2*pi] - 2)
				l, okL := s.mentionAt(m[2*li] - 2)
				if !okP || !okL || p.typ != 'P' || l.typ != 'L' || len(rs.objects(p.ent, "citizen_of")) > 0 {
					continue
				}
				if c := v.countryEntity(l.ent); c >= 0 {
					rs.add(p.ent, "citizen_of", c, "", si)
				}
			}
		}
	}
	v.leadCitizen(rs)
	v.helpedPronouns(rs)
	v.agencyStaff(rs)
	v.listedOffices(rs)
}

// listedOffices: a head of state or government or a minister the office
// holders' table knows holds that office in the country the article names,
// however the text names him ("a month after Vladimir Putin announced the
// call-up"): a president leads it, a minister is its official (the gold
// of every set gives one of them whenever such a person is named).
func (v *view) listedOffices(rs *relationSet) {
	for p, e := range v.doc.Entities {
		if e.Type != extract.Person || len(rs.objects(p, "leader_of")) > 0 || len(rs.objects(p, "official_of")) > 0 {
			continue
		}
		c := v.listedHolderCountry(p)
		si := v.firstSentence(p)
		if c < 0 || si < 0 {
			continue
		}
		var h gazetteer.OfficeHolder
		for _, n := range entityForms(e) {
			if x, ok := gazetteer.OfficeHolderByName(n); ok {
				h = x
				break
			}
		}
		if h.Office == "president" || h.Office == "prime minister" {
			rs.add(p, "leader_of", c, h.Office, si)
		} else {
			rs.add(p, "official_of", c, h.Office, si)
		}
	}
}

// datelineAgencyRE: a dateline crediting an agency ("TBILISI, May 2
// (@O1@) - …", "Sept 20 (@O1@) - …").
var datelineAgencyRE = regexp.MustCompile(`^(?:@L\d+@)?[^()@]{0,40}\(@O(\d+)@\) -`)

// outletLineRE: a line that is only an organisation's name, as an outlet
// is set under its author's byline.
var outletLineRE = regexp.MustCompile(`^@O\d+@$`)

// agencyStaff: the authors of a byline and the reporters and editors of a
// closing credit that names no outlet ("(Compiled by X in Tbilisi and Y in
// Berlin; Editing by Z)") work for the agency the dateline credits, or the
// outlet set on the line under the byline.
func (v *view) agencyStaff(rs *relationSet) {
	agency := -1
	for si := 0; si < len(v.sents) && si < 5 && agency < 0; si++ {
		s := &v.sents[si]
		if m := datelineAgencyRE.FindStringSubmatch(s.mask); m != nil {
			if k, _ := strconv.Atoi(m[1]); k < len(s.ments) {
				agency = s.ments[k].ent
			}
		} else if si > 0 && outletLineRE.MatchString(s.mask) && creditLine(&v.sents[si-1]) && !strings.Contains(v.sents[si-1].mask, "@O") {
			agency = s.ments[0].ent // "By X" and, on the line below, "Associated Press"
		}
	}
	if agency < 0 {
		return
	}
	for si := range v.sents {
		s := &v.sents[si]
		if !creditLine(s) || strings.Contains(s.mask, "@O") {
			continue
		}
		for _, m := range s.ments {
			if m.typ == 'P' {
				rs.add(m.ent, "member_of", agency, "", si)
			}
		}
	}
}

var (
	// "X helped him get to …", "X, the group that helped her, …", "X, which
	// represented him", "a network that has been helping him"
	helpedHimRE = regexp.MustCompile(`@O(\d+)@(?: \([^)]{1,40}\))?(?:,(?:[^;"@]|@[LDC]\d+@){0,120}?)? (?:and |which |that |who )?(?:has |have |had )?(?:been )?(?:helped|helping|assisted|assisting|aided|supported|supporting|advised|advising|represented|representing) (him|her)\b`)
	// "With advice from X, he took a bus", "with the help of volunteers of X"
	// "with the help of the Paris-based association X", "… of the German group X"
	helpOfRE = regexp.MustCompile(`\bwith (?:the )?(?:help|advice|support|assistance) (?:of|from) (?:(?:volunteers|lawyers|activists) (?:of|from|at) )?(?:the )?(?:(?:@[DLC]\d+@)?[a-z-]+ |@[DLC]\d+@ ){0,3}?@O(\d+)@`)
	// "Its staff helped X gather documents", "Its volunteers found him a lawyer"
	itsStaffRE = regexp.MustCompile(`(?:^|, )its (?:staff|volunteers|lawyers|members|team|caseworkers|activists|coordinators) (?:later |then |also )?(?:helped|found|advised|assisted|supported|represented|housed|sheltered|hid) (?:(he|him|her)\b|@P(\d+)@)`)
	// "he wrote to X", "she got in touch with X"
	turnedToRE = regexp.MustCompile(`(?:\b(he|she)|@P(\d+)@) (?:wrote to|contacted|got in touch with|turned to|reached out to) (?:the )?@O(\d+)@`)
)

// helpedPronouns: help given to a person the sentence names by a pronoun
// ("Go By The Forest helped him get to Kazakhstan", "With advice from X,
// he took a bus", "he wrote to X"): the helper is a group the text names,
// the person the one the pronoun stands for.
func (v *view) helpedPronouns(rs *relationSet) {
	for si := range v.sents {
		s := &v.sents[si]
		var addOrg func(o, p int)
		add := func(orgIdx string, p int) {
			k, _ := strconv.Atoi(orgIdx)
			if k >= len(s.ments) || p < 0 {
				return
			}
			addOrg(s.ments[k].ent, p)
		}
		addOrg = func(o, p int) {
			if v.doc.Entities[o].Type != extract.Organization || v.stateBodyCountry([]string{v.doc.Entities[o].Name}) >= 0 {
				return
			}
			for _, pred := range []string{"member_of", "spokesperson_for", "leader_of", "founded"} {
				if rs.has(p, pred, o) {
					return // "said X, a lawyer at the Y, which represented him": X speaks for Y
				}
			}
			rs.add(o, "helped", p, "", si)
		}
		// the regular expressions only where their verbs are (cheap tests first)
		if strings.Contains(s.mask, " him") || strings.Contains(s.mask, " her") {
			for _, m := range helpedHimRE.FindAllStringSubmatchIndex(s.mask, -1) {
				add(s.mask[m[2]:m[3]], v.objectPerson(si, m[0], pronounGender(s.mask[m[4]:m[5]])))
			}
		}
		if strings.Contains(s.mask, "with ") && (strings.Contains(s.mask, " help") || strings.Contains(s.mask, " advice") ||
			strings.Contains(s.mask, " support") || strings.Contains(s.mask, " assistance")) {
			for _, m := range helpOfRE.FindAllStringSubmatchIndex(s.mask, -1) {
				add(s.mask[m[2]:m[3]], v.clauseSubject(si))
			}
		}
		if strings.Contains(s.mask, "its ") {
			if m := itsStaffRE.FindStringSubmatchIndex(s.mask); m != nil {
				p := -1
				if m[2] >= 0 {
					p = v.objectPerson(si, m[0], pronounGender(s.mask[m[2]:m[3]]))
				} else if x, ok := s.mentionAt(m[4] - 2); ok {
					p = x.ent
				}
				if o := v.groupNamedLast(si, m[0]); o >= 0 && p >= 0 {
					addOrg(o, p)
				}
			}
		}
		if !strings.Contains(s.mask, "@O") {
			continue
		}
		if !strings.Contains(s.mask, " wrote to ") && !strings.Contains(s.mask, " contacted ") && !strings.Contains(s.mask, " touch with ") &&
			!strings.Contains(s.mask, " turned to ") && !strings.Contains(s.mask, " reached out ") {
			continue
		}
		for _, m := range turnedToRE.FindAllStringSubmatchIndex(s.mask, -1) {
			if m[2] >= 0 {
				add(s.mask[m[6]:m[7]], v.objectPerson(si, m[0], pronounGender(s.mask[m[2]:m[3]])))
			} else if p, ok := s.mentionAt(m[0]); ok {
				add(s.mask[m[6]:m[7]], p.ent)
			}
		}
	}
}

// groupNamedLast: the organisation named last before offset pos of
// sentence si or in the sentence before that is no army or state body
// (whose "its volunteers" help someone), -1 if none.
func (v *view) groupNamedLast(si, pos int) int {
	for k := si; k >= 0 && k >= si-1; k-- {
		s := &v.sents[k]
		for j := len(s.ments) - 1; j >= 0; j-- {
			m := s.ments[j]
			if m.typ != 'O' || k == si && m.mend > pos {
				continue
			}
			forms := entityForms(v.doc.Entities[m.ent])
			if v.militaryBody(forms) || v.hasHeadNoun(forms, "state_organs") || v.stateBodyCountry(forms) >= 0 {
				continue
			}
			return m.ent
		}
	}
	return -1
}

// objectPerson: the person a pronoun of gender g at mask offset pos of
// sentence si stands for: the last one named before it in the sentence,
// else in the three sentences before; -1 if none.
func (v *view) objectPerson(si, pos int, g byte) int { return v.personBefore(si, pos, g, nil) }

// personBefore: the last person of gender g (0: either) named before pos
// in sentence si, else in the three sentences before, passing over those
// skip rejects; -1 if none.
func (v *view) personBefore(si, pos int, g byte, skip func(int) bool) int {
	ok := func(m mention) bool { return m.typ == 'P' && v.mayBe(m.ent, g) && (skip == nil || !skip(m.ent)) }
	s := &v.sents[si]
	for k := len(s.ments) - 1; k >= 0; k-- {
		if m := s.ments[k]; m.mend <= pos && ok(m) {
			return m.ent
		}
	}
	for k := si - 1; k >= 0 && k >= si-3; k-- {
		p := &v.sents[k]
		for j := len(p.ments) - 1; j >= 0; j-- {
			if ok(p.ments[j]) {
				return p.ments[j].ent
			}
		}
		if v.unnamedPersonIn(p) {
			return -1 // "… deported a former border guard officer. A court sentenced him": no one named
		}
	}
	return -1
}

// clientPerson: whom "him" or "her" means in help given to them ("his
// lawyer, X"): objectPerson's person, passing over those who act for a
// state — a president, a minister, a judge — whom no lawyer in these
// stories represents, and over the helper's own people (-1: no helper).
func (v *view) clientPerson(rs *relationSet, si, pos int, g byte, helper int) int {
	return v.personBefore(si, pos, g, func(p int) bool {
		return v.actsForState(rs, p) || rs.has(p, "member_of", helper) // "X, a lawyer at GYLA, which represented him": not X
	})
}

// actsForState: person p leads a state, holds office in it or sits on a
// court (by the relations read so far, or the office holders' table). An
// officer of a state's service is not among them: some are the ones who
// flee.
func (v *view) actsForState(rs *relationSet, p int) bool {
	if len(rs.objects(p, "leader_of")) > 0 || len(rs.objects(p, "official_of")) > 0 || v.listedHolderCountry(p) >= 0 {
		return true
	}
	for _, o := range rs.objects(p, "member_of") {
		if strings.Contains(strings.ToLower(v.doc.Entities[o].Name), "court") {
			return true
		}
	}
	return false
}

// clauseSubject: the person sentence si is about: the first person it
// names other than a passive's agent ("a group founded by X"), else the
// one its "he" or "she" stands for; -1 if none.
func (v *view) clauseSubject(si int) int {
	s := &v.sents[si]
	for _, m := range s.ments {
		if m.typ == 'P' && !agentByRE.MatchString(s.mask[:m.mstart]) {
			return m.ent
		}
	}
	for _, w := range []string{"he", "she"} {
		if strings.HasPrefix(s.mask, w+" ") || strings.Contains(s.mask, " "+w+" ") {
			return v.objectPerson(si, 0, pronounGender(w))
		}
	}
	if ageDescriptionRE.MatchString(s.mask) {
		return v.objectPerson(si, 0, 0) // "…, the 30-year-old deserted": the person told of before
	}
	return -1
}

// ageDescriptionRE: a person told of by their age ("the 30-year-old").
var ageDescriptionRE = regexp.MustCompile(`(?:^|, )the \d+-year-old (?:[a-z]+ )?(?:deserted|fled|left|crossed|reached|was|had|has|flew|arrived)\b`)

// leadCitizen: a nationality given to an unnamed person in the headline or
// the first sentences ("a Russian soldier", "Russian deserter") passes to
// the first person who then opens a sentence, if nothing else ties them to
// a country or to an office.
func (v *view) leadCitizen(rs *relationSet) {
	country, at := -1, -1
	for si := 0; si < len(v.sents) && si < 3 && country < 0; si++ {
		s := &v.sents[si]
		for _, m := range s.ments {
			if m.typ != 'D' {
				continue
			}
			rest := strings.TrimLeft(s.mask[m.mend:], " ")
			for _, w := range v.cues.lists["person_nouns"] {
				if strings.HasPrefix(rest, w+" ") || strings.HasPrefix(rest, w+",") || rest == w {
					country, at = v.countryEntity(m.ent), si
					break
				}
			}
			if country >= 0 {
				break
			}
		}
	}
	if country < 0 {
		return
	}
	for si := at; si < len(v.sents) && si <= at+3; si++ {
		s := &v.sents[si]
		if len(s.ments) == 0 || s.ments[0].typ != 'P' || s.ments[0].mstart != 0 {
			continue
		}
		p := s.ments[0].ent
		for _, pred := range []string{"citizen_of", "official_of", "leader_of", "spokesperson_for", "member_of"} {
			if len(rs.objects(p, pred)) > 0 {
				return
			}
		}
		rs.add(p, "citizen_of", country, "", si)
		return
	}
}
