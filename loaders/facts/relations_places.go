package facts

import (
	"strings"

	"newsgraph/loaders/extract"
	"newsgraph/loaders/gazetteer"
)

// placeRelations adds located_in from a place's country code when the
// article names that country, unless the text already put the place inside
// another place of the same country ("Tallinn's main airport").
func (v *view) placeRelations(rs *relationSet) {
	for pi, e := range v.doc.Entities {
		if e.Type != extract.Place {
			continue
		}
		if v.iso[pi] == "" {
			// "Istanbul airport", "Madrid-Barajas airport": a site the
			// gazetteer does not know, in the town its name opens with
			if t := v.townInName(pi); t >= 0 && v.isSiteName(e.Name) {
				if si := v.firstSentence(pi); si >= 0 {
					rs.add(pi, "located_in", t, "", si)
				}
			}
			continue
		}
		c, ok := v.countryOf[v.iso[pi]]
		if !ok {
			continue
		}
		if t := v.townInName(pi); t >= 0 && v.isSiteName(e.Name) {
			// "Almaty International Airport", "Istanbul airport": in the town
			if si := v.firstSentence(pi); si >= 0 {
				rs.add(pi, "located_in", t, "", si)
			}
		}
		inner := false
		for _, o := range rs.objects(pi, "located_in") {
			if v.doc.Entities[o].Type == extract.Place && v.iso[o] == v.iso[pi] {
				inner = true
			}
		}
		if inner {
			continue
		}
		if si := v.firstSentence(pi); si >= 0 {
			rs.add(pi, "located_in", c, "", si)
		}
	}
}

// townInName: the place of the article whose name opens place pi's name
// and lies in the same country ("Almaty" in "Almaty International
// Airport"), -1 if none.
func (v *view) townInName(pi int) int {
	name := v.doc.Entities[pi].Name
	for t, e := range v.doc.Entities {
		if t == pi || e.Type != extract.Place || v.iso[pi] != "" && v.iso[t] != v.iso[pi] || v.iso[t] == "" ||
			!strings.HasPrefix(name, e.Name+" ") && !strings.HasPrefix(name, e.Name+"-") {
			continue
		}
		return t
	}
	return -1
}

// isSiteName: a name whose last word makes it a site in a town: an
// airport, a station, a port.
func (v *view) isSiteName(name string) bool {
	last := strings.ToLower(name[strings.LastIndex(name, " ")+1:])
	return contains(v.cues.lists["town_sites"], last)
}

// borderRelations adds borders the text states or implies ("which borders
// Russia to the east", "the Finland-Russia border crossing") and the
// gazetteer confirms; "closed their borders to" states no border.
func (v *view) borderRelations(rs *relationSet) {
	for si := range v.sents {
		s := &v.sents[si]
		for _, p := range v.cues.borders {
			for _, m := range p.findAll(s) {
				bs := s.group(p, m, "b")
				if len(bs) == 0 {
					continue
				}
				b := v.countryEntity(bs[0].ent)
				var as []int
				if a := s.group(p, m, "a"); len(a) > 0 {
					as = append(as, v.countryEntity(a[0].ent))
				} else if s.groupText(p, m, "which") != "" {
					// "…in his country, which borders X": the countries named before
					for k := len(s.ments) - 1; k >= 0; k-- {
						if s.ments[k].mend <= m[0] && !v.peopleDemonym(s, s.ments[k]) { // "Russian citizens … at the border with X": people, not the state
							as = append(as, v.countryEntity(s.ments[k].ent))
						}
					}
					if len(as) == 0 && strings.HasPrefix(s.mask, "its ") {
						as = append(as, v.previousSubjectCountry(si)) // "Kazakhstan is the opposite case. Its border with Russia …"
					}
				}
				all := s.groupText(p, m, "all") != "" // "Finland, Estonia and Latvia, which all border Russia"
				for _, a := range as {
					if v.confirmBorder(a, b) {
						rs.add(a, "borders", b, "", si)
						if !all {
							break
						}
					}
				}
			}
		}
		v.crossingBorders(rs, si)
		// "Georgia-Russia border" inside one place mention
		if !containsFold(s.text, "border") {
			continue // then the lower-case text has no "border" either
		}
		lower := s.lowerText()
		if !strings.Contains(lower, "- border") && !strings.Contains(lower, " border") {
			continue
		}
		// every match has a "-" and then " border"
		if dash := strings.IndexByte(lower, '-'); dash < 0 || !strings.Contains(lower[dash:], " border") {
			continue
		}
		for _, m := range v.cues.borderWords.FindAllStringSubmatch(s.lowerText(), -1) {
			a := v.countryByWord(lastWords(m[1], 2))
			if a < 0 {
				a = v.countryByWord(lastWords(m[1], 1))
			}
			b := v.countryByWord(m[2])
			if v.confirmBorder(a, b) {
				rs.add(a, "borders", b, "", si)
			}
		}
	}
}

// crossingBorders reads the border a land crossing implies: a sentence
// about a checkpoint or about crossing into a country, naming it and the
// country the article is about ("queues at Kazakhstan's checkpoints as
// Russians flee"), where the gazetteer has a land border between them.
func (v *view) crossingBorders(rs *relationSet, si int) {
	s := &v.sents[si]
	if v.dominant < 0 || !s.hasListWord(v.cues, 0, len(s.mask), "crossing_words") {
		return
	}
	named := func(s *sentence) []int {
		var out []int
		for _, m := range s.ments {
			if c := v.mentionCountry(m); c >= 0 && !s.inWarPhrase(m) {
				out = append(out, c)
			}
		}
		return out
	}
	here := named(s)
	if !containsInt(here, v.dominant) && (si == 0 || !containsInt(named(&v.sents[si-1]), v.dominant)) {
		return // the article's country is named neither here nor just before
	}
	for _, w := range v.cues.lists["invading_forces"] {
		if strings.Contains(s.mask, " "+w+" crossed ") || strings.Contains(s.mask, " "+w+" entered ") {
			return // "after Russian troops crossed into Ukraine": an army's crossing, no border told
		}
	}
	for _, c := range here {
		if c != v.dominant && v.confirmBorder(c, v.dominant) && !v.bordersAnother(s, c) {
			rs.add(c, "borders", v.dominant, "", si)
		}
	}
}

// bordersAnother: the sentence names c as the other side of a border it
// gives to someone else ("refused entry on the border with Belarus" in a
// story of Lithuania): c's border with the article's country is not told.
func (v *view) bordersAnother(s *sentence, c int) bool {
	for _, m := range s.ments {
		if v.mentionCountry(m) != c {
			continue
		}
		head := s.mask[max(0, m.mstart-20):m.mstart]
		if strings.HasSuffix(head, "border with ") || strings.HasSuffix(head, "frontier with ") ||
			strings.HasSuffix(head, "border with the ") || strings.HasSuffix(head, "frontier with the ") {
			return true
		}
	}
	return false
}

// lastWords keeps the last n words of a phrase ("near south korea", 2 →
// "south korea").
func lastWords(s string, n int) string {
	k := 0
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == ' ' {
			k++
			if k == n {
				return s[i+1:]
			}
		}
	}
	return s
}

// confirmBorder checks a land border between two Country entities.
func (v *view) confirmBorder(a, b int) bool {
	if a < 0 || b < 0 || a == b {
		return false
	}
	ia, ib := v.iso[a], v.iso[b]
	return ia != "" && ib != "" && gazetteer.Borders(ia, ib)
}

// previousSubjectCountry: the country the sentence before si opens with,
// as its subject; -1 if it opens otherwise.
func (v *view) previousSubjectCountry(si int) int {
	if si == 0 {
		return -1
	}
	p := &v.sents[si-1]
	if len(p.ments) == 0 || p.ments[0].typ != 'C' {
		return -1
	}
	if lead := strings.TrimPrefix(p.mask, "the "); strings.HasPrefix(lead, p.mask[p.ments[0].mstart:p.ments[0].mend]) {
		return v.countryEntity(p.ments[0].ent)
	}
	return -1
}
