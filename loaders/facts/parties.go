package facts

import (
	"strings"

	"newsgraph/loaders/extract"
)

// A story that follows several people together — a family, a couple, two
// friends — tells their journey with "they", "the family" or the family's
// plural ("the Sorokins"). Such a subject is read as the party's first
// person (the one named most so far), so that every rule reads the
// sentence as it would read "he"; the relations of moving (fled_to,
// sought_asylum_in, deported_from/to) and help received then hold for
// each of the party.

// partyMention: the mention standing for a group subject of sentence sv
// and the people of that group, the first of them being whom the mention
// names; ok is false when the sentence opens with no group subject or it
// is not clear whom it means.
func (v *view) partyMention(sv sentence, s extract.Sentence) (extract.Mention, []int, bool) {
	plural, family := v.familyParty()
	words := v.groupWords
	at, word := v.subjectPronounOf(sv.text, words)
	if at < 0 {
		return extract.Mention{}, nil, false
	}
	for _, m := range sv.ments {
		if m.typ == 'P' && strings.Index(sv.text, m.surface) < at {
			return extract.Mention{}, nil, false // "X and his wife said they …": the rules read X
		}
	}
	si := len(v.sents)
	var party []int
	switch lw := strings.ToLower(word); {
	case plural != "" && strings.HasSuffix(lw, " "+plural):
		party = family
	case contains(v.cues.lists["pair_subjects"], lw):
		if party = v.pairBefore(si); party == nil && family != nil && v.partyRecent(si, family) {
			party = family
		}
	default: // family_subjects: "the family", "the three of them"
		if party = family; party == nil {
			party = v.pairBefore(si)
		}
	}
	if len(party) < 2 {
		return extract.Mention{}, nil, false
	}
	party = v.leadFirst(party)
	m := extract.Mention{Text: word, Entity: party[0]}
	m.Start, m.End = s.Start+at, s.Start+at+len(word)
	return m, party, true
}

// partyRecent: one of party was named, or a group subject read as it, in
// one of the three sentences before si.
func (v *view) partyRecent(si int, party []int) bool {
	for k := si - 1; k >= 0 && k >= si-3; k-- {
		if v.sents[k].party != nil {
			return true
		}
		for _, m := range v.sents[k].ments {
			if m.typ == 'P' && containsInt(party, m.ent) {
				return true
			}
		}
	}
	return false
}

// leadFirst orders a party with the person named most so far first (the
// story's protagonist); the order is otherwise kept.
func (v *view) leadFirst(party []int) []int {
	lead := 0
	for i, p := range party {
		if v.mentionsSoFar[p] > v.mentionsSoFar[party[lead]] {
			lead = i
		}
	}
	out := append([]int{party[lead]}, party[:lead]...)
	return append(out, party[lead+1:]...)
}

// familyParty: the plural an article names its family by ("sorokins",
// lower case) and the family's people, once; "" and nil if none.
func (v *view) familyParty() (string, []int) {
	if v.familyDone {
		return v.familyPlural, v.familyPeople
	}
	v.familyDone = true
	v.familyPeople = v.family()
	v.groupWords = append(append([]string(nil), v.cues.lists["pair_subjects"]...), v.cues.lists["family_subjects"]...)
	if len(v.familyPeople) > 0 {
		w := strings.Fields(v.doc.Entities[v.familyPeople[0]].Name)
		v.familyPlural = strings.ToLower(surnameStem(w[len(w)-1])) + "s"
		v.groupWords = append(v.groupWords, "the "+v.familyPlural, "all the "+v.familyPlural)
	}
	return v.familyPlural, v.familyPeople
}

// partyRelations: the relations of moving and of help read of a party's
// first person, in a sentence whose subject is the party, hold for each
// of its people.
func (rs *relationSet) partyRelations() {
	n := len(rs.out)
	for i := 0; i < n; i++ {
		r := rs.out[i]
		if !partyPredicates[r.P] {
			continue
		}
		si := rs.v.sentenceOf(r.Evidence)
		party := rs.v.sents[si].party
		if party == nil {
			continue
		}
		s, o := rs.v.entityIndexByKey(r.SKey), rs.v.entityIndexByKey(r.OKey)
		for _, p := range party[1:] {
			switch {
			case r.P == "helped" && o == party[0]:
				rs.add(s, r.P, p, r.Role, si)
			case r.P != "helped" && s == party[0]:
				rs.add(p, r.P, o, r.Role, si)
			}
		}
	}
}

// partyPredicates: what a party's people share when told of them together.
var partyPredicates = map[string]bool{
	"fled_to": true, "sought_asylum_in": true, "deported_from": true, "deported_to": true, "helped": true,
}
