package facts

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"newsgraph/loaders/extract"
	"newsgraph/loaders/gazetteer"
)

// organisationRelations finds part_of and based_in from what organisations
// are called: "European Commission" → part_of European Union, "the
// Kremlin" → part_of Russia (gazetteer), "Finnish Border Guard" →
// part_of Finland, "Independent Russian media" names → based_in, and a state
// agency named without its country → the one country named (not by
// demonym) beside it.
func (v *view) organisationRelations(rs *relationSet) {
	for oi, e := range v.doc.Entities {
		if e.Type != extract.Organization {
			continue
		}
		si := v.firstSentence(oi)
		if si < 0 {
			continue
		}
		forms := entityForms(e)
		if seat := v.knownSeat(forms); seat >= 0 {
			rs.add(oi, "based_in", seat, "", si) // "Frontex … in Warsaw": the agency's seat, named
		}
		if parent := v.institutionParent(forms); parent >= 0 {
			rs.add(oi, "part_of", parent, "", si)
			continue
		}
		if parent := v.parentInName(oi); parent >= 0 {
			rs.add(oi, "part_of", parent, "", si) // "the Immigration Bureau of the Royal Thai Police"
			continue
		}
		if army := v.nationalArmy(oi); army >= 0 {
			rs.add(oi, "part_of", army, "", si) // "the 58th Combined Arms Army" of the Russian army the story names
			continue
		}
		if c := v.stateBodyCountry(forms); c >= 0 {
			rs.add(oi, "part_of", c, "", si)
			continue
		}
		media := v.hasHeadNoun(forms, "media_nouns")
		organ := v.hasHeadNoun(forms, "state_organs") && !international(forms)
		if organ {
			if p := v.placeNamed(forms); p >= 0 {
				rs.add(oi, "based_in", p, "", si) // "Tbilisi City Court", "the embassy in Yerevan"
			}
		}
		if !media && !organ {
			if c := v.leadingCountry(e.Name); c >= 0 && v.hasHeadNoun(forms, "group_heads") && len(rs.objects(oi, "based_in")) == 0 &&
				c != v.migrantsCountry() {
				// "the Estonian Human Rights Centre", "Kazakhstan International
				// Bureau for …"; a group named after the people who left
				// ("Russian Democratic Society") works where they went
				rs.add(oi, "based_in", c, "", si)
			}
			continue
		}
		if c := v.orgCountry(oi); c >= 0 {
			if media {
				rs.add(oi, "based_in", c, "", si)
			} else {
				rs.add(oi, "part_of", c, "", si)
			}
			continue
		}
		if organ && !media {
			if first, _, _ := strings.Cut(e.Name, " "); namesCountry(first) && v.countryByWord(first) < 0 {
				continue // "the U.S. Army" in a story that names no United States: its state is none of the article's
			}
			if c, at := v.countryRightBefore(oi); c >= 0 {
				v.addPartOf(rs, oi, c, at) // "France's National Court of Asylum", "the Dutch Immigration Service"
				continue
			}
			if c := v.warringState(); c >= 0 && v.garrisonCourt(forms) {
				rs.add(oi, "part_of", c, "", si) // "a garrison military court in Sevastopol": the warring state's court, wherever it sits
				continue
			}
			if c := v.basedInCountry(rs, oi); c >= 0 {
				v.addPartOf(rs, oi, c, si) // "the Supreme Court in <a city of X>"
				continue
			}
			if c := v.seatCountry(oi); c >= 0 {
				v.addPartOf(rs, oi, c, si) // "the Interior Ministry in <a town of X>"
				continue
			}
			if c := v.placeInName(forms); c >= 0 {
				v.addPartOf(rs, oi, c, si) // "Oslo District Court"
				continue
			}
			if c, at := v.soleNamedCountry(oi, v.asylumBody(forms)); c >= 0 && !v.militaryBody(forms) {
				v.addPartOf(rs, oi, c, at) // (a unit's sentence names where its deserter went, not its state)
				continue
			}
			if c := v.sectionCountry(oi, si); c >= 0 && !v.militaryBody(forms) {
				v.addPartOf(rs, oi, c, si) // "Greece: the most visitors … The Ministry of Migration received"
				continue
			}
			if v.militaryBody(forms) {
				if c := v.warringState(); c >= 0 {
					v.addPartOf(rs, oi, c, si) // "the Yoshkar-Ola Garrison Military Court"
				}
			} else if c := v.hostCountry(); c >= 0 {
				v.addPartOf(rs, oi, c, si) // "A: The Immigration Service has decided 33 …" in a story set in one host country
			} else if c := v.countryReached(oi, si); c >= 0 && v.asylumBody(forms) {
				v.addPartOf(rs, oi, c, si) // "… flew to Lisbon. He applied with the Agency for Integration, Migration and Asylum"
			} else if c := v.settingCountry(); c >= 0 {
				v.addPartOf(rs, oi, c, si) // "Senate of the Czech Republic … Prague, 20 January" then "2. Ministry of the Interior"
			}
		}
	}
}

// addPartOf makes state body oi part of country c unless a place it sits
// in lies in another country ("a court in Rostov-on-Don" in a story that
// names only Ukraine is no Ukrainian court).
func (v *view) addPartOf(rs *relationSet, oi, c, si int) {
	for _, p := range rs.objects(oi, "based_in") {
		if iso := v.iso[p]; v.doc.Entities[p].Type == extract.Place && iso != "" && iso != v.iso[c] {
			return
		}
	}
	rs.add(oi, "part_of", c, "", si)
}

// knownSeat: the place of the article that is the listed seat of an
// organisation with these forms (gazetteer aliases, "seat"), -1 if the
// table gives none or the article does not name it.
func (v *view) knownSeat(forms []string) int {
	for _, f := range forms {
		o, ok := gazetteer.OrgByName(f)
		if !ok || o.Seat == "" {
			continue
		}
		return v.entityByNorm(norm(o.Seat), extract.Place)
	}
	return -1
}

// parentInName: the organisation of the article whose name ends the name
// of organisation oi after "of" ("Immigration Bureau of the Royal Thai
// Police", "Council of the EU"), -1 if none.
func (v *view) parentInName(oi int) int {
	name := v.doc.Entities[oi].Name
	i := strings.LastIndex(name, " of ")
	if i < 0 {
		return -1
	}
	tail := strings.TrimPrefix(name[i+len(" of "):], "the ")
	for p, e := range v.doc.Entities {
		if p == oi || e.Type != extract.Organization {
			continue
		}
		for _, f := range entityForms(e) {
			if strings.EqualFold(strings.TrimPrefix(f, "the "), tail) {
				return p
			}
		}
	}
	return -1
}

// nationalArmy: for a numbered unit of an army ("58th Combined Arms Army",
// "61st Marine Brigade"), the one unnumbered armed force of the article of
// the same state or of none ("the Russian army"), -1 if none or several.
func (v *view) nationalArmy(oi int) int {
	name := v.doc.Entities[oi].Name
	if name == "" || name[0] < '0' || name[0] > '9' {
		return -1
	}
	forms := entityForms(v.doc.Entities[oi])
	if !v.hasHeadNoun(forms, "armed_forces") && !v.hasHeadNoun(forms, "military_units") {
		return -1
	}
	own := v.orgCountry(oi)
	if own < 0 {
		own, _ = v.countryRightBefore(oi) // "Ukraine's 14th Brigade" is no unit of the Russian army
	}
	army := -1
	for a, e := range v.doc.Entities {
		if a == oi || e.Type != extract.Organization || e.Name == "" || e.Name[0] >= '0' && e.Name[0] <= '9' || !v.isArmyEntity(a) {
			continue
		}
		c := v.orgCountry(a)
		if c < 0 || own >= 0 && c != own {
			continue
		}
		if army >= 0 {
			return -1
		}
		army = a
	}
	return army
}

// namesCountry: word is a country's name or demonym in the gazetteer
// ("U.S.", "Russian"), whether or not the article names that country.
func namesCountry(word string) bool {
	if _, ok := gazetteer.CountryByDemonym(word); ok {
		return true
	}
	_, ok := gazetteer.CountryByName(word)
	return ok
}

// leadingCountry: the country a name opens with, as a demonym or a name
// ("Estonian Human Rights Centre", "Kazakhstan International Bureau"); -1 if
// none.
func (v *view) leadingCountry(name string) int {
	first, _, _ := strings.Cut(name, " ")
	return v.countryByWord(first)
}

// firstSentence is the index of the first sentence that mentions entity
// ent, also inside another name ("the Samara garrison military court"
// names Samara); -1 if none.
func (v *view) firstSentence(ent int) int {
	for si, s := range v.sents {
		for _, m := range s.ments {
			if m.ent == ent {
				return si
			}
		}
	}
	if ms := v.doc.Entities[ent].Mentions; len(ms) > 0 {
		for si, s := range v.doc.Sentences {
			if ms[0].Start >= s.Start && ms[0].Start < s.Start+len(s.Text) {
				return si
			}
		}
	}
	return -1
}

// institutionParent resolves a known institution to its parent body, when
// the article names that body.
func (v *view) institutionParent(forms []string) int {
	for _, f := range forms {
		if parent, ok := v.cues.institutions[norm(f)]; ok {
			if p := v.entityByNorm(norm(parent), extract.Organization); p >= 0 {
				return p
			}
			if p := v.entityIndexByKey(gazetteer.OrgKey(parent)); p >= 0 {
				return p // written only as "EU" or "the bloc"
			}
		}
	}
	return -1
}

// stateBodyCountry resolves a government body or agency the gazetteer
// knows ("the Kremlin", "FSB", "Customs and Border Protection") to its
// country, when the article names that country. Media and companies are
// left out: based_in needs the text to say where they are from.
func (v *view) stateBodyCountry(forms []string) int {
	for _, f := range forms {
		o, ok := gazetteer.OrgByName(f)
		if !ok {
			// "FSB Border Service": a listed body opening the name is its state's
			if w, _, found := strings.Cut(f, " "); found {
				o, ok = gazetteer.OrgByName(w)
			}
		}
		if !ok || o.Country == "" || (o.Kind != "government" && o.Kind != "agency") {
			continue
		}
		if c, ok := v.countryOf[strings.ToUpper(o.Country)]; ok {
			return c
		}
	}
	return -1
}

// hasHeadNoun tells whether a name ends in (or is) a word of the list:
// "National Police", "Foreign Ministry", "Customs and Border Protection".
// It depends on the names only, so it is remembered across articles.
func (v *view) hasHeadNoun(forms []string, list string) bool {
	key := list + "\x00" + strings.Join(forms, "\x00")
	if got, ok := headNounMemo.Load(key); ok {
		return got.(bool)
	}
	got := v.headNounOf(forms, list)
	if headNounCount.Add(1) <= maxNormMemo {
		headNounMemo.Store(key, got)
	}
	return got
}

var (
	headNounMemo  sync.Map
	headNounCount atomic.Int64
)

func (v *view) headNounOf(forms []string, list string) bool {
	for _, f := range forms {
		n := " " + norm(f)
		if list == "military_units" && numberedUnit(n) {
			return true // "military unit 52892": its head is its number
		}
		for _, w := range v.cues.normLists[list] {
			if strings.HasSuffix(n, " "+w) || strings.Contains(n, " "+w+" of ") || strings.Contains(n, " "+w+" for ") ||
				strings.Contains(strings.Replace(n, " general in ", " in ", 1), " "+w+" in ") { // "the High Court in Podgorica", "the consulate general in X"
				return true
			}
		}
	}
	return false
}

// numberedUnit: a normalised name (with a leading space) ends in "unit"
// and a unit's number ("military unit 52892", "unit 52892").
func numberedUnit(n string) bool {
	i := strings.LastIndexByte(n, ' ')
	return i >= 5 && n[i-5:i] == " unit" && extract.UnitNumber(n[i+1:])
}

// soleNamedCountry: the only country named by name in the sentences that
// mention organisation oi ("Customs and Border Protection … at US borders"),
// also as the possessive of another body's name.
func (v *view) soleNamedCountry(oi int, asylum bool) (int, int) {
	for si, s := range v.sents {
		in := false
		for _, m := range s.ments {
			in = in || m.ent == oi
		}
		if !in {
			continue
		}
		found, at := -1, -1
		for _, m := range s.ments {
			if m.typ == 'O' && m.ent != oi {
				// "Norway's Immigration Appeals Board" names its country
				if c := v.possessiveCountry(m.ent); c >= 0 {
					if found >= 0 && found != c {
						return -1, -1
					}
					found, at = c, si
				}
				continue
			}
			if m.typ != 'C' || s.inWarPhrase(m) || v.afterListWord(&s, m, "neighbour_preps") || v.warPlace(&s, m) || requesterMention(&s, m) ||
				v.peoplesHomeAbroad(m.ent) || asylum && m.ent == v.migrantsCountry() {
				continue // "refused entry on the border with X", "units in Ukraine", "X's extradition request": not its state
			}
			if found >= 0 && found != m.ent {
				return -1, -1
			}
			found, at = m.ent, si
		}
		if found >= 0 {
			return found, at
		}
	}
	return -1, -1
}

// asylumBody: an organisation's name tells it decides on asylum or
// migration: it is the host's, never the state the people fled ("AIMA …
// prosecution in Russia").
func (v *view) asylumBody(forms []string) bool {
	for _, f := range forms {
		l := strings.ToLower(f)
		for _, w := range v.cues.lists["asylum_body_words"] {
			if strings.Contains(l, w) {
				return true
			}
		}
	}
	return false
}

// countryReached: the country a journey story has reached when it first
// names organisation oi (in sentence si): the nearest country, or town of
// a country, named before it in that sentence or the three before,
// other than the people's own; -1 if none.
func (v *view) countryReached(oi, si int) int {
	home := v.migrantsCountry()
	for k := si; k >= 0 && k > si-4; k-- {
		s := &v.sents[k]
		last := len(s.ments)
		if k == si {
			for x, m := range s.ments {
				if m.ent == oi {
					last = x // what follows the body's own name is not before it
					break
				}
			}
		}
		for x := last - 1; x >= 0; x-- {
			m := s.ments[x]
			if m.typ != 'C' && m.typ != 'D' && m.typ != 'L' || s.inWarPhrase(m) || v.afterListWord(s, m, "passed_preps") {
				continue // "flew to Lisbon via Istanbul": passed through
			}
			if c := v.countryEntity(m.ent); c >= 0 && c != home && !v.invaded(c) {
				return c
			}
		}
	}
	return -1
}

// basedInCountry: the country of the place a state body is based in, when
// the article names that country; -1 if none.
func (v *view) basedInCountry(rs *relationSet, oi int) int {
	for _, p := range rs.objects(oi, "based_in") {
		if v.doc.Entities[p].Type == extract.Place {
			if c := v.countryEntity(p); c >= 0 {
				return c
			}
		}
	}
	return -1
}

// placeInName: the country of a place an organisation's name opens with
// ("Oslo District Court"), when the article names that country; -1 if none.
func (v *view) placeInName(forms []string) int {
	for pi, e := range v.doc.Entities {
		if e.Type != extract.Place || v.iso[pi] == "" {
			continue
		}
		c, ok := v.countryOf[v.iso[pi]]
		if !ok {
			continue
		}
		p := norm(e.Name)
		for _, f := range forms {
			if n := norm(f); p != "" && strings.HasPrefix(n, p+" ") {
				return c
			}
		}
	}
	// a town the article names only inside the body's name ("the Orenburg
	// Garrison Military Court"): the gazetteer's city of that name, when it
	// is a capital or a division's seat of a country the article names
	for _, f := range forms {
		words := strings.Fields(f)
		for n := min(2, len(words)-1); n >= 1; n-- {
			if ps := gazetteer.PlacesByName(strings.Join(words[:n], " ")); len(ps) > 0 && ps[0].Rank <= 2 && ps[0].Kind == "city" {
				if c, ok := v.countryOf[ps[0].Country]; ok {
					return c
				}
			}
		}
	}
	return -1
}

// placeNamed: the place a state body's name opens with ("Tbilisi City
// Court") or ends in ("district court in The Hague"), -1 if none.
func (v *view) placeNamed(forms []string) int {
	for pi, e := range v.doc.Entities {
		if e.Type != extract.Place {
			continue
		}
		p := norm(e.Name)
		if p == "" {
			continue
		}
		for _, f := range forms {
			if n := norm(f); strings.HasPrefix(n, p+" ") || strings.HasSuffix(n, " in "+p) || strings.HasSuffix(n, " in the "+p) ||
				strings.HasSuffix(n, " of "+p) || strings.HasSuffix(n, " of the "+p) { // "District Court of The Hague"
				return pi // "district court in The Hague": Norm drops the city's article
			}
		}
	}
	return -1
}

// possessiveCountry: the country an organisation's name opens with as a
// possessive ("Norway's Immigration Appeals Board"), -1 if none.
func (v *view) possessiveCountry(oi int) int {
	name := v.doc.Entities[oi].Name
	i := strings.Index(name, "'s ")
	if i < 0 {
		i = strings.Index(name, "’s ")
	}
	if i <= 0 {
		return -1
	}
	c := v.countryByWord(strings.ToLower(name[:i]))
	if c >= 0 && v.doc.Entities[c].Type == extract.Country {
		return c
	}
	return -1
}

// seatCountry: the country of a place an organisation is said to be "in"
// right after its name ("the Interior Ministry in Oral"), -1 if none.
func (v *view) seatCountry(oi int) int {
	for si := range v.sents {
		s := &v.sents[si]
		for k, m := range s.ments {
			if m.ent != oi || k+1 >= len(s.ments) || s.ments[k+1].typ != 'L' {
				continue
			}
			if s.mask[m.mend:s.ments[k+1].mstart] == " in " {
				if c := v.countryEntity(s.ments[k+1].ent); c >= 0 {
					return c
				}
			}
		}
	}
	return -1
}

// countryRightBefore: the country that modifies a mention of organisation
// oi right before it, by possessive or demonym ("France's National Court of
// Asylum", "the Dutch Immigration Service"), and the sentence; -1 if none.
func (v *view) countryRightBefore(oi int) (int, int) {
	for si := range v.sents {
		s := &v.sents[si]
		for k, m := range s.ments {
			if m.ent != oi || k == 0 {
				continue
			}
			p := s.ments[k-1]
			gap := s.mask[p.mend:m.mstart]
			if p.typ == 'C' && gap == "'s " || p.typ == 'D' && gap == " " {
				if c := v.countryEntity(p.ent); c >= 0 {
					return c, si
				}
			}
		}
	}
	return -1, -1
}

// international: the gazetteer knows the organisation as an international
// body (a court of human rights is no state's organ).
func international(forms []string) bool {
	for _, f := range forms {
		if o, ok := gazetteer.OrgByName(f); ok && o.Kind == "international" {
			return true
		}
	}
	return false
}

// afterListWord: mention m follows (perhaps with "the") a word of the list.
func (v *view) afterListWord(s *sentence, m mention, list string) bool {
	head := strings.TrimRight(s.mask[:m.mstart], " ")
	if strings.HasSuffix(head, " the") {
		head = strings.TrimSuffix(head, " the")
	}
	for _, w := range v.cues.lists[list] {
		if strings.HasSuffix(head, " "+w) || head == w {
			return true
		}
	}
	return false
}

// sectionCountry: the one country, other than its people's, that the
// paragraph of organisation oi's first mention (sentence si) names before
// it, or, when the paragraph names none, the heading right above it
// ("Greece: the most visitors"); -1 if none or several. A piece that goes
// country by country names each state's bodies without their state.
func (v *view) sectionCountry(oi, si int) int {
	home := v.migrantsCountry()
	found := -1
	one := func(k, until int) bool { // false when a second country shows
		s := &v.sents[k]
		for _, m := range s.ments {
			if m.mstart >= until {
				break
			}
			if m.ent == home || s.inWarPhrase(m) || v.afterListWord(s, m, "neighbour_preps") || v.warPlace(s, m) ||
				!(m.typ == 'C' || m.typ == 'D' && !strings.HasSuffix(m.surface, "s")) || otherSide(s, m) {
				continue // "Russians", "on the border with Turkey", "on the Belarusian side", the war's place
			}
			if found >= 0 && found != m.ent {
				return false
			}
			found = m.ent
		}
		return true
	}
	start := v.paragraphStart(si)
	for k := start; k <= si; k++ {
		until := len(v.sents[k].mask)
		if k == si {
			for _, m := range v.sents[k].ments {
				if m.ent == oi {
					until = m.mstart
					break
				}
			}
		}
		if !one(k, until) {
			return -1
		}
	}
	if found < 0 && start > 0 && v.heading(start-1) && !one(start-1, len(v.sents[start-1].mask)) {
		return -1
	}
	return found
}

// otherSide: a demonym names a side of a border ("movement on the
// Belarusian side", "the Belarusian border"), not whose bodies a story names.
func otherSide(s *sentence, m mention) bool {
	rest := s.mask[m.mend:]
	return m.typ == 'D' && (strings.HasPrefix(rest, " side") || strings.HasPrefix(rest, " border") || strings.HasPrefix(rest, " frontier"))
}

// warPlace: mention m is the invaded country after "in" ("units in
// Ukraine"), where the war is, not whose bodies a story names.
func (v *view) warPlace(s *sentence, m mention) bool {
	return m.typ == 'C' && v.invaded(m.ent) && strings.HasSuffix(s.mask[:m.mstart], " in ")
}

// paragraphStart is the first sentence of the paragraph sentence si is in.
func (v *view) paragraphStart(si int) int {
	ss := v.doc.Sentences
	for k := si; k > 0; k-- {
		if ss[k-1].End <= ss[k].Start && strings.Contains(v.doc.Text[ss[k-1].End:ss[k].Start], "\n") {
			return k
		}
	}
	return 0
}

// heading: sentence k is a paragraph of its own, of a few words and
// without a closing stop: a section's title.
func (v *view) heading(k int) bool {
	t := strings.TrimSpace(v.doc.Sentences[k].Text)
	return v.paragraphStart(k) == k && (k+1 >= len(v.sents) || v.paragraphStart(k+1) == k+1) &&
		t != "" && !strings.ContainsRune(".!?\"'”", lastRune(t)) && strings.Count(t, " ") < 12
}

// lastRune is the last character of a non-empty text.
func lastRune(t string) rune {
	r, _ := utf8.DecodeLastRuneInString(t)
	return r
}

// hostCountry: the country an article is set in when it is not the one
// its people left: named at least three times, twice as often as any other
// but theirs and as often as all others together (a survey of many
// countries has none); -1 if none stands out.
func (v *view) hostCountry() int {
	if v.host != -2 {
		return v.host
	}
	v.host = -1
	home := v.migrantsCountry()
	counts := map[int]int{}
	for _, s := range v.sents {
		for _, m := range s.ments {
			if (m.typ == 'C' || m.typ == 'D') && m.ent != home && !s.inWarPhrase(m) {
				counts[m.ent]++
			} else if m.typ == 'L' {
				// a town of the country tells where the story is set too
				if c := v.countryEntity(m.ent); c >= 0 && c != home {
					counts[c]++
				}
			}
		}
	}
	best, second, all := -1, 0, 0
	for c, n := range counts {
		all += n
		switch {
		case best < 0 || n > counts[best]:
			if best >= 0 {
				second = counts[best]
			}
			best = c
		case n > second:
			second = n
		}
	}
	if best >= 0 && counts[best] >= 3 && counts[best] >= 2*second && 2*counts[best] >= all && !v.openedAtHome(home, best) {
		v.host = best
	}
	return v.host
}

// settingCountry: the one country the first of a report's opening lines
// after the headline that names any (a dateline, the body that issued it)
// names; -1 if none, if that line names several (a survey of many
// countries is set in none), or if the opening lines name the country its
// people left by name or town ("Okno | Riga |" then "Russia's military
// courts …": an outlet abroad reporting on home).
func (v *view) settingCountry() int {
	home := v.migrantsCountry()
	setting := -1
	for si := 1; si < len(v.sents) && si <= 4; si++ {
		s := &v.sents[si]
		if creditLine(s) {
			continue
		}
		found, several := -1, false
		// a town sets a report ("…, Prague, 20 January"); a country only a
		// header line does (short, with no full stop)
		header := len(strings.Fields(s.mask)) <= 12 && !strings.HasSuffix(strings.TrimSpace(s.mask), ".")
		for _, m := range s.ments {
			if m.typ != 'C' && m.typ != 'L' || s.inWarPhrase(m) {
				continue
			}
			c := v.countryEntity(m.ent)
			switch {
			case c < 0 || c == found:
			case c == home:
				return -1
			case m.typ == 'C' && !header:
			case found >= 0:
				several = true
			default:
				found = c
			}
		}
		if setting < 0 && found >= 0 {
			if several {
				return -1
			}
			setting = found
		}
	}
	return setting
}

// openedAtHome: the headline tells of a town of the home country and not
// of the host ("Moscow court jails exiled journalist"): the story is set
// at home, wherever the people it follows now live.
func (v *view) openedAtHome(home, host int) bool {
	if len(v.sents) == 0 || home < 0 {
		return false
	}
	atHome := false
	for _, m := range v.sents[0].ments {
		switch c := v.countryEntity(m.ent); {
		case c == host:
			return false
		case c == home && m.typ == 'L':
			atHome = true
		}
	}
	return atHome
}

// militaryBody: an army or military unit, a military court or prosecutor, or a security service's
// unit ("Garrison Military Court", "FSB Border Service"): the warring
// state's, wherever the story is set.
func (v *view) militaryBody(forms []string) bool {
	if v.hasHeadNoun(forms, "armed_forces") || v.hasHeadNoun(forms, "military_units") {
		return true // "the 1st Guards Tank Army": the war's army, not the host country's
	}
	for _, f := range forms {
		l := " " + strings.ToLower(f) + " "
		if strings.Contains(l, " military ") || strings.Contains(l, " garrison ") || strings.Contains(l, " fsb ") {
			return true
		}
	}
	return false
}

// garrisonCourt: a garrison military court, a court of the army's own state.
func (v *view) garrisonCourt(forms []string) bool {
	for _, f := range forms {
		if strings.Contains(strings.ToLower(f), "garrison") && strings.Contains(strings.ToLower(f), "court") {
			return true
		}
	}
	return false
}

// requesterMention: country mention m owns a request made to others
// ("Moscow's extradition request", "Russia's warrant").
func requesterMention(s *sentence, m mention) bool {
	rest, ok := strings.CutPrefix(s.mask[m.mend:], "'s ")
	if !ok {
		return false
	}
	rest = rest[:min(len(rest), 30)]
	return strings.Contains(rest, "request") || strings.Contains(rest, "warrant") || strings.Contains(rest, "demand")
}

// peoplesHomeAbroad: country c is home to the people a story set in
// another host country follows ("nationals of the Russian Federation" in a
// Vienna ministry's report): naming it beside a body does not make the body
// its state's.
func (v *view) peoplesHomeAbroad(c int) bool {
	h := v.hostCountry()
	return c == v.migrantsCountry() && h >= 0 && h != c
}
