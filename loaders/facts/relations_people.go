package facts

import (
	"regexp"
	"strings"
)

// Nationality the text implies without a demonym next to the name: a
// hometown in apposition ("X, 34, an engineer from Murmansk") and a lead
// that introduces the person by nationality before naming them ("A Russian
// soldier who deserted … Kamil Kasimov, 24, crossed into …").

// hometownRE: a person, an age or a description of them ending in "from
// <place>" ("X, 29, from Pskov", "X, a warehouse worker from Pskov").
var hometownRE = regexp.MustCompile(`@P(\d+)@, (?:\d{1,2}, (?:a |an )?|a |an )(?:former |ex-)?(?:[a-z0-9-]+ ){0,4}?from @L(\d+)@`)

// peopleRelations adds citizen_of from hometowns and from the lead.
func (v *view) peopleRelations(rs *relationSet) {
	for si := range v.sents {
		s := &v.sents[si]
		if !strings.Contains(s.mask, " from @L") {
			continue
		}
		for _, m := range hometownRE.FindAllStringSubmatchIndex(s.mask, -1) {
			p, okP := s.mentionAt(m[2] - 2)
			l, okL := s.mentionAt(m[4] - 2)
			if !okP || !okL || p.typ != 'P' || l.typ != 'L' || len(rs.objects(p.ent, "citizen_of")) > 0 {
				continue
			}
			if c := v.countryEntity(l.ent); c >= 0 {
				rs.add(p.ent, "citizen_of", c, "", si)
			}
		}
	}
	v.leadCitizen(rs)
}

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
