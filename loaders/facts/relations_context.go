package facts

import (
	"regexp"
	"strings"

	"newsgraph/loaders/extract"
)

// Context for titles written without their country or body ("President X",
// "Spokesman X", "Home Affairs Commissioner X"): the article says whose
// office it is elsewhere, nearest first.

// mentionRightBefore: a mention ends just before pos ("Finnish Foreign
// Minister", "Russia's defence minister"): a rule that reads that mention
// covers the title, so the bare-title rules leave it alone.
func (s *sentence) mentionRightBefore(pos int) bool {
	head := s.mask[:pos]
	return strings.HasSuffix(head, "@ ") || strings.HasSuffix(head, "@'s ")
}

// mentionCountry: the Country entity a mention stands for (a country, its
// demonym, a place of a known country, a state body), -1 if none.
func (v *view) mentionCountry(m mention) int {
	switch m.typ {
	case 'C', 'D':
		if v.doc.Entities[m.ent].Type == extract.Country {
			return m.ent
		}
	case 'L', 'O':
		if c := v.countryEntity(m.ent); c >= 0 {
			return c
		}
		if m.typ == 'O' {
			e := v.doc.Entities[m.ent]
			return v.stateBodyCountry(entityForms(e))
		}
	}
	return -1
}

// nearbyCountry: the country of a bare title at mask offset pos of sentence
// si: the nearest country named before it in the sentence, else the first
// one named by name after it there, else the first one of the nearest
// earlier sentence that names one, else the country the article is about.
func (v *view) nearbyCountry(si, pos int) int {
	s := &v.sents[si]
	if c := v.leadSubjectCountry(s, pos); c >= 0 {
		return c
	}
	for k := len(s.ments) - 1; k >= 0; k-- {
		if m := s.ments[k]; m.mend <= pos && !s.inWarPhrase(m) && !quoted(s.mask, m.mstart) {
			if c := v.mentionCountry(m); c >= 0 {
				return c
			}
		}
	}
	// "…," Interior Minister X told reporters in Vilnius: where they spoke
	if i := strings.Index(s.mask[pos:], " in @L"); i >= 0 && i < 60 {
		if m, ok := s.mentionAt(pos + i + 4); ok {
			if c := v.countryEntity(m.ent); c >= 0 {
				return c
			}
		}
	}
	// "President X said that Serbia would…": the country the holder is
	// said to act for, named by name after the title as a clause subject
	for _, m := range s.ments {
		if m.mstart > pos && m.typ == 'C' && v.actsAfter(s.mask[m.mend:]) && m.ent != v.warringState() {
			return m.ent // (not the state at war: "X has argued that Russia is using migrants as a weapon" speaks of it)
		}
	}
	// "Interior Minister X said deserters would be protected in Germany":
	// a host country the holder speaks of, before any earlier sentence's
	for _, m := range s.ments {
		if m.mstart > pos && m.typ == 'C' && m.ent != v.migrantsCountry() && !s.inWarPhrase(m) && strings.HasSuffix(s.mask[:m.mstart], " in ") {
			return m.ent
		}
	}
	for k := si - 1; k >= 0 && k >= si-3 && !v.opensEntry(k+1); k-- {
		p := &v.sents[k]
		for _, m := range p.ments {
			if !p.inWarPhrase(m) && !companion(p, m) && !(m.typ == 'D' && strings.HasSuffix(m.surface, "s")) { // "Russians" are people, not their state
				if c := v.mentionCountry(m); c >= 0 {
					return c
				}
			}
		}
	}
	if h := v.hostCountry(); h >= 0 && v.dominant == v.migrantsCountry() {
		return h // "Interior Minister X" in a story set in Kazakhstan about Russians who came
	}
	return v.dominant
}

// companion: mention m is in a list of those who act alongside the
// sentence's subject ("Together with Estonia, Lithuania and Poland it has
// refused entry"), not its subject.
func companion(s *sentence, m mention) bool {
	head := s.mask[:m.mstart]
	for {
		t := strings.TrimRight(head, " ")
		switch {
		case strings.HasSuffix(t, ","):
			head = t[:len(t)-1]
		case strings.HasSuffix(t, " and"):
			head = t[:len(t)-4]
		case strings.HasSuffix(t, "@"):
			i := strings.LastIndex(t[:len(t)-1], "@")
			if i < 0 {
				return false
			}
			head = t[:i]
		default:
			for _, w := range []string{"together with", "along with", "alongside", "unlike", "like", "as well as"} {
				if t == w || strings.HasSuffix(t, " "+w) {
					return true
				}
			}
			return false
		}
	}
}

// opensEntry: sentence si heads a timeline entry with its date ("21
// September 2022: …"), so the entries before it are another story.
func (v *view) opensEntry(si int) bool {
	s := &v.sents[si]
	if len(s.mask) == 0 || !(s.mask[0] >= '0' && s.mask[0] <= '9' || s.mask[0] >= 'a' && s.mask[0] <= 'z') {
		return false
	}
	for _, d := range v.cues.datesIn(s.mask, s.words()) {
		return entryDate(s, &d)
	}
	return false
}

// contextOrg: the organisation a bare "Spokesman X" speaks for: the nearest
// one named before it in the sentence, else the last one of the sentence
// before; media are left out (they report, they have no spokesman here).
func (v *view) contextOrg(si, pos int) int {
	pick := func(s *sentence, end int) int {
		for k := len(s.ments) - 1; k >= 0; k-- {
			m := s.ments[k]
			if m.mend > end || m.typ != 'O' {
				continue
			}
			e := v.doc.Entities[m.ent]
			if !v.hasHeadNoun(entityForms(e), "news_media") { // an outlet reports; a group's people are its own
				return m.ent
			}
		}
		return -1
	}
	if o := pick(&v.sents[si], pos); o >= 0 {
		return o
	}
	if si > 0 {
		return pick(&v.sents[si-1], len(v.sents[si-1].mask))
	}
	return -1
}

// sentenceSubjectOrg: the organisation sentence si opens with (its first
// mention, before any verb), -1 if none.
func (v *view) sentenceSubjectOrg(si int) int {
	if si < 0 {
		return -1
	}
	s := &v.sents[si]
	if len(s.ments) == 0 || s.ments[0].typ != 'O' || s.ments[0].mstart > 4 {
		return -1
	}
	return s.ments[0].ent
}

// contextCourt: the court a bare "Judge X" sits on: the story's court,
// the first the article names before X (a court report's lead names the
// court that ruled; lower courts come later, in the case's history);
// -1 if none.
func (v *view) contextCourt(si, pos int) int {
	for k := 0; k <= si; k++ {
		for _, m := range v.sents[k].ments {
			if k == si && m.mend > pos {
				break
			}
			if m.typ != 'O' {
				continue
			}
			if e := v.doc.Entities[m.ent]; v.hasHeadNoun(entityForms(e), "court_heads") {
				return m.ent
			}
		}
	}
	return -1
}

// contextGroup: the civic group "the group" names again: the nearest
// organisation named before pos in the sentence or the two before it that
// is neither a state body nor an international institution.
func (v *view) contextGroup(si, pos int) int {
	for k := si; k >= 0 && k >= si-2; k-- {
		s := &v.sents[k]
		for j := len(s.ments) - 1; j >= 0; j-- {
			m := s.ments[j]
			if m.typ != 'O' || k == si && m.mend > pos {
				continue
			}
			e := v.doc.Entities[m.ent]
			forms := entityForms(e)
			if v.hasHeadNoun(forms, "state_organs") || v.hasHeadNoun(forms, "unions") || v.isInstitution(m.ent) || v.countryEntity(m.ent) >= 0 {
				continue
			}
			return m.ent
		}
	}
	return -1
}

// lastNamedBody: the organisation named last before pos of sentence si
// (or in the three sentences before) whose name holds noun ("the party's
// spokesperson": the party named last); -1 if none.
func (v *view) lastNamedBody(si, pos int, noun string) int {
	for k := si; k >= 0 && k >= si-3; k-- {
		s := &v.sents[k]
		for j := len(s.ments) - 1; j >= 0; j-- {
			m := s.ments[j]
			if m.typ != 'O' || k == si && m.mend > pos {
				continue
			}
			if nameHolds(v.doc.Entities[m.ent], noun) {
				return m.ent
			}
		}
	}
	return -1
}

// mainGroup: the group the article is about, whose report or project "the
// report's lead author" works on: the organisation, not a state's organ or
// an institution, named most often; -1 if none or a tie.
func (v *view) mainGroup() int {
	counts := map[int]int{}
	for si := range v.sents {
		for _, m := range v.sents[si].ments {
			if m.typ != 'O' {
				continue
			}
			e := v.doc.Entities[m.ent]
			forms := entityForms(e)
			if v.hasHeadNoun(forms, "state_organs") || v.isInstitution(m.ent) || v.countryEntity(m.ent) >= 0 {
				continue
			}
			counts[m.ent]++
		}
	}
	best, bestN := -1, 0
	for ent, n := range counts {
		switch {
		case n > bestN:
			best, bestN = ent, n
		case n == bestN && ent < best:
			best = ent
		}
	}
	for ent, n := range counts {
		if n == bestN && ent != best {
			return -1
		}
	}
	return best
}

// contextBody: the international body a bare "Commissioner X" belongs to:
// the nearest institution of cues.yaml (or parent of one) named in the
// sentence, else in the sentence before.
func (v *view) contextBody(si, pos int) int {
	for _, k := range []int{si, si - 1} {
		if k < 0 {
			continue
		}
		best, bestD := -1, 1<<30
		for _, m := range v.sents[k].ments {
			if m.typ != 'O' || !v.isInstitution(m.ent) {
				continue
			}
			d := 0
			if k == si {
				d = distance(m, pos, pos)
			}
			if d < bestD {
				best, bestD = m.ent, d
			}
		}
		if best >= 0 {
			return best
		}
	}
	return -1
}

// isInstitution: an organisation named in the institutions table, as a
// member body or as a parent.
func (v *view) isInstitution(ent int) bool {
	e := v.doc.Entities[ent]
	for _, f := range entityForms(e) {
		n := norm(f)
		if _, ok := v.cues.institutions[n]; ok {
			return true
		}
		if v.cues.institutionParents[n] {
			return true
		}
	}
	return false
}

// actsAfter: the text after a country mention makes it the subject of a
// clause ("… would not extradite", "… should look after them").
func (v *view) actsAfter(rest string) bool {
	for _, w := range v.cues.lists["clause_aux"] {
		if strings.HasPrefix(rest, " "+w+" ") {
			return true
		}
	}
	return false
}

// holderCountry: the country of a bare title ("President X") from the text
// around it, as nearbyCountry reads it, but -1 when the country nearest
// before the title is where people go ("crossed into Y after President
// X…", "hoping to reach Y"): that country is the story's destination, not
// necessarily the holder's.
func (v *view) holderCountry(si, pos int) int {
	s := &v.sents[si]
	for k := len(s.ments) - 1; k >= 0; k-- {
		m := s.ments[k]
		if m.mend > pos || s.inWarPhrase(m) || v.mentionCountry(m) < 0 {
			continue
		}
		if m.typ == 'C' && v.afterObjectWord(s, m) {
			return -1
		}
		break
	}
	return v.nearbyCountry(si, pos)
}

// afterObjectWord: a word of going somewhere comes right before the
// mention ("into Y", "reach Y").
func (v *view) afterObjectWord(s *sentence, m mention) bool {
	head := strings.Fields(s.mask[max(0, m.mstart-12):m.mstart])
	return len(head) > 0 && contains(v.cues.lists["toward_words"], head[len(head)-1])
}

// bareTitleBefore: a leader's or official's title stands right before the
// mention ("Prime Minister X").
func (v *view) bareTitleBefore(s *sentence, m mention) bool {
	head := strings.ToLower(strings.TrimSpace(s.mask[max(0, m.mstart-30):m.mstart]))
	for _, list := range []string{"bare_leader_titles", "bare_official_titles"} {
		for _, t := range v.cues.lists[list] {
			if strings.HasSuffix(" "+head, " "+t) {
				return true
			}
		}
	}
	return false
}

// attributionRE: a title and name that credit the sentence ("…, Justice
// Minister X said.").
var attributionRE = regexp.MustCompile(`^[^,;@]{0,40}@P\d+@ (?:said|says|told|added|announced|confirmed)\b`)

// leadSubjectCountry: for a title in the attribution that ends a sentence
// opening with a country as its subject ("KIRKENES - Norway closed the
// crossing to Russian citizens, Justice Minister X said"), that country;
// -1 otherwise.
func (v *view) leadSubjectCountry(s *sentence, pos int) int {
	if !attributionRE.MatchString(s.mask[pos:]) || len(s.ments) == 0 {
		return -1
	}
	lead := s.mask
	if i := strings.Index(lead, " - "); i >= 0 && i < 90 {
		lead = lead[i+3:] // a dateline before the lead
	}
	lead = strings.TrimPrefix(lead, "the ")
	for _, m := range s.ments {
		if m.typ != 'C' {
			continue
		}
		if strings.HasPrefix(lead, s.mask[m.mstart:m.mend]+" ") && v.countryEntity(m.ent) >= 0 {
			return v.countryEntity(m.ent)
		}
	}
	return -1
}

// quoted: mask offset pos lies inside a quotation (an odd number of
// quotation marks before it): what a speaker says, not what the text
// says of them.
func quoted(mask string, pos int) bool {
	return strings.Count(mask[:pos], "\"")%2 == 1
}
