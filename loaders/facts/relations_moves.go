package facts

import "newsgraph/loaders/extract"

// movementRelations adds what the movement facts imply: a person deported
// from a country had gone there (fled_to), and a person who died abroad had
// fled to that country.
func (v *view) movementRelations(rs *relationSet) {
	for _, r := range append([]extract.Relation(nil), rs.out...) {
		p := v.entityIndexByKey(r.SKey)
		o := v.entityIndexByKey(r.OKey)
		si := v.sentenceOf(r.Evidence)
		switch r.P {
		case "deported_from":
			rs.add(p, "fled_to", o, "", si)
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
			if c >= 0 && len(home) > 0 && !containsInt(home, c) {
				rs.add(p, "fled_to", c, "", si)
			}
		}
	}
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
