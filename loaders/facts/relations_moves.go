package facts

import (
	"regexp"
	"strings"

	"newsgraph/loaders/extract"
)

// movementRelations adds what the movement facts imply: a person deported
// from a country had gone there (fled_to), one who fled to a city fled to
// its country, and a person who died abroad had fled to that country.
func (v *view) movementRelations(rs *relationSet) {
	for _, r := range append([]extract.Relation(nil), rs.out...) {
		p := v.entityIndexByKey(r.SKey)
		o := v.entityIndexByKey(r.OKey)
		si := v.sentenceOf(r.Evidence)
		switch r.P {
		case "deported_from":
			rs.add(p, "fled_to", o, "", si)
		case "fled_to":
			// "he settled in Gyumri": he fled to Armenia, unless it is home
			if c := v.countryEntity(o); c >= 0 && c != o && !containsInt(rs.objects(p, "citizen_of"), c) {
				rs.add(p, "fled_to", c, "", si)
			}
		case "died_in":
			c := v.countryEntity(o)
			if c < 0 {
				for _, x := range rs.objects(o, "located_in") {
					if v.doc.Entities[x].Type == extract.Country {
						c = x
					}
				}
			}
			home := rs.objects(p, "citizen_of")
			if c >= 0 && len(home) > 0 && !containsInt(home, c) && !v.invaded(c) {
				// (a soldier killed in the invaded country did not flee there)
				rs.add(p, "fled_to", c, "", si)
			}
		}
	}
}

// invaded tells whether country c is the one the war is fought in (the
// default war's second party).
func (v *view) invaded(c int) bool {
	war := v.cues.lists["default_war"]
	return len(war) == 2 && strings.EqualFold(v.iso[c], war[1])
}

// warringState is the Country entity of the default war's first party
// (the invader), -1 when the article does not name it.
func (v *view) warringState() int {
	invader, _ := v.defaultWar()
	return invader
}

// defaultWar is the Country entities of the field's war, invader and
// invaded, each -1 when the article does not name it.
func (v *view) defaultWar() (invader, invaded int) {
	invader, invaded = -1, -1
	war := v.cues.lists["default_war"]
	if len(war) != 2 {
		return
	}
	if c, ok := v.countryOf[war[0]]; ok {
		invader = c
	}
	if c, ok := v.countryOf[war[1]]; ok {
		invaded = c
	}
	return
}

// sentenceOf finds the sentence index of an evidence record.
func (v *view) sentenceOf(ev *extract.Evidence) int {
	for i, s := range v.doc.Sentences {
		if ev != nil && s.Start == ev.Start {
			return i
		}
	}
	return 0
}

func containsInt(list []int, x int) bool {
	for _, y := range list {
		if y == x {
			return true
		}
	}
	return false
}

// movementPredicates are the facts whose subject does the moving: the
// person named before the verb must be who acts.
var movementPredicates = map[string]bool{
	"deserted_from": true, "fled_to": true, "sought_asylum_in": true,
	"deported_from": true, "deported_to": true, "died_in": true,
}

// agentByRE: a mask ends in "by" and up to two words of a description
// ("founded by the activist "): what follows is a passive's agent.
var agentByRE = regexp.MustCompile(`\bby (?:the |a |an )?(?:[a-z-]+ ){0,2}$`)

// actsInGap tells whether person mention p is still the subject of the verb
// a match ends with at mask offset end: not when p is a possessive
// ("X's office … applied"), when the words between ask about others ("how
// many", "whether") or report what others did ("X said most of them moved").
func (v *view) actsInGap(s *sentence, p mention, end int) bool {
	if p.mend > end {
		return true // the person comes after the verb ("with the help of")
	}
	if strings.HasPrefix(s.mask[p.mend:], "'s ") || strings.HasSuffix(s.mask[:p.mstart], "according to ") {
		return false // "X's office … applied"; "According to X, two clients were deported": X tells it
	}
	gap := " " + s.mask[p.mend:end] + " "
	if strings.Contains(gap, " if ") || strings.Contains(gap, " unless ") {
		return false // "… would face persecution if sent back to Russia": a condition, no act
	}
	if agentByRE.MatchString(s.mask[:p.mstart]) && (strings.Contains(gap, ", he ") || strings.Contains(gap, ", she ")) {
		return false // "with a group founded by the activist X that …, he crossed": X only founded it
	}
	for _, w := range v.cues.lists["other_subject"] {
		if strings.Contains(gap, " "+w+" ") {
			return false
		}
	}
	for _, w := range v.cues.lists["speech_verbs"] {
		i := strings.Index(gap, " "+w+" ")
		if i < 0 {
			continue
		}
		rest := gap[i+len(w)+1:]
		if !strings.Contains(rest, " he ") && !strings.Contains(rest, " she ") && !strings.Contains(rest, " they ") {
			return false
		}
	}
	return true
}
