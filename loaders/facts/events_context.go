package facts

import (
	"regexp"
	"strings"

	"newsgraph/loaders/extract"
)

// Participants read from around a cue rather than from its own words:
// pronouns ("detained him"), the person named after the cue, the state a
// named leader or a state body stands for, and the topic of the sentences
// before.

// objectPronounAfter: the cue is followed by "him", "her" or "them".
func objectPronounAfter(s *sentence, b int) bool {
	rest := s.mask[b:]
	for _, p := range []string{" him", " her ", " them"} {
		if strings.HasPrefix(rest, p) && (len(rest) == len(p) || !isWordByte(rest[len(p)-1]) || !isWordByte(rest[len(p)])) {
			return true
		}
	}
	return false
}

// pronounIndex: where " him", " her" or " them" begins in text, -1 if nowhere.
func pronounIndex(text string) int {
	for _, p := range []string{" him ", " her ", " them "} {
		if i := strings.Index(text+" ", p); i >= 0 {
			return i
		}
	}
	return -1
}

// pronounPerson: the person "him"/"her" after a cue stands for: the last
// person named before it in the sentence, else in the three sentences before.
func (r *eventReader) pronounPerson(s *sentence, b int) int {
	if !objectPronounAfter(s, b) {
		return -1
	}
	w, _, _ := strings.Cut(strings.TrimLeft(s.mask[b:], " "), " ")
	w = strings.Trim(w, ",.;:")
	if w == "them" && s.party == nil {
		return -1 // "register them … and hand them over": people the text counts, no one named
	}
	return r.v.objectPerson(s.idx, b, pronounGender(w))
}

// personAfter: a person named just after the cue, in the same clause
// ("detained another deserter, X, in …").
func (r *eventReader) personAfter(s *sentence, b int) int {
	for _, m := range s.ments {
		if m.mstart < b {
			continue
		}
		if m.typ == 'P' && m.mstart-b <= 40 && !strings.ContainsAny(s.mask[b:m.mstart], ";\"@") {
			return m.ent
		}
		return -1
	}
	return -1
}

// actingState: the country of a named leader or of a state body ("the
// Kremlin announced", "President X ordered") in the clause of the cue.
func (r *eventReader) actingState(s *sentence, a, b int) int {
	rs := r.v.relationSet()
	cs := r.clauseStart(s, a)
	best, bestD := -1, 1<<30
	for _, m := range s.ments {
		if m.mstart < cs || m.mend > a || a-m.mend > 60 {
			continue // who acts is named before the cue
		}
		c := -1
		switch m.typ {
		case 'P':
			c = rs.countryOfPerson(m.ent, "leader_of")
		case 'O':
			e := r.v.doc.Entities[m.ent]
			c = r.v.stateBodyCountry(entityForms(e))
		}
		if d := distance(m, a, b); c >= 0 && d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// recentOrigin: the origin of the latest emigration read in this sentence
// or the two before it ("… left Russia. 261,000 men had left in the first
// days alone"): the text goes on about the same people. A journey of
// other named people is not theirs: people are the persons sentence si
// names before the cue.
func (r *eventReader) recentOrigin(si int, people []int) int {
	for k := len(r.drafts) - 1; k >= 0; k-- {
		d := r.drafts[k]
		if d.si < si-2 {
			break
		}
		if d.kind == "Emigration" && d.origin >= 0 && !r.otherPeople(d.si, people) {
			return d.origin
		}
	}
	return -1
}

// otherPeople: sentence si names persons, and none of people.
func (r *eventReader) otherPeople(si int, people []int) bool {
	if len(people) == 0 {
		return false
	}
	named := false
	for _, m := range r.v.sents[si].ments {
		if m.typ == 'P' {
			if containsInt(people, m.ent) {
				return false
			}
			named = true
		}
	}
	return named
}

// personsBefore: the persons sentence s names before mask offset pos.
func personsBefore(s *sentence, pos int) []int {
	var out []int
	for _, m := range s.ments {
		if m.typ == 'P' && m.mend <= pos {
			out = append(out, m.ent)
		}
	}
	return out
}

// contextCountry: the country the sentence's setting names: the nearest
// country-like mention before pos, else the first of the sentence before
// ("Kazakh police detained him. A court then ordered …").
func (r *eventReader) contextCountry(s *sentence, pos int) int {
	if c := r.v.sentenceCountryBefore(s.idx, pos); c >= 0 {
		return c
	}
	if s.idx > 0 {
		p := &r.v.sents[s.idx-1]
		for _, m := range p.ments {
			if !p.inWarPhrase(m) {
				if c := r.v.mentionCountry(m); c >= 0 {
					return c
				}
			}
		}
	}
	return -1
}

// relativeHead matches a country with a relative clause before its verb:
// "X, which also shares a border with Y, registered", "X, which took in",
// "X, whose only crossing is at Y, has kept it open but stopped".
var relativeHead = regexp.MustCompile(`@C(\d+)@,? (?:which|that|whose) (?:(?:[^,;"]|\d,\d)*, )?(?:(?:has |have |had )?[a-z ]{1,50} (?:but|and) )?(?:has |have |had )?$`)

// relativeSubject: the country that is the subject of a cue behind a
// relative clause, -1 if none.
func (r *eventReader) relativeSubject(s *sentence, pos int) int {
	head := s.mask[r.clauseStart(s, pos):pos]
	// the cue's own verb may be preceded by a short adverb
	m := relativeHead.FindStringSubmatchIndex(head)
	if m == nil {
		return -1
	}
	if x, ok := s.mentionAt(r.clauseStart(s, pos) + m[0]); ok && x.typ == 'C' {
		return x.ent
	}
	return -1
}

// orgState: the country an organisation belongs to, through its name or
// part_of: the source of a sentence's figures ("its Federal Office …
// registered"), the army a soldier deserted from; -1 if none.
func (r *eventReader) orgState(org int) int { return r.v.orgStateIn(r.v.relationSet(), org) }

// orgStateIn is orgState over the relations read so far.
func (v *view) orgStateIn(rs *relationSet, org int) int {
	if org < 0 || v.doc.Entities[org].Type != extract.Organization {
		return -1
	}
	if c := v.countryEntity(org); c >= 0 {
		return c
	}
	parts := rs.objects(org, "part_of")
	for _, o := range parts {
		if v.doc.Entities[o].Type == extract.Country {
			return o
		}
	}
	for _, o := range parts { // "the Asylum Service of the Cypriot interior ministry": the ministry's state
		if v.doc.Entities[o].Type == extract.Organization {
			if c := v.countryEntity(o); c >= 0 {
				return c
			}
			for _, oo := range rs.objects(o, "part_of") {
				if v.doc.Entities[oo].Type == extract.Country {
					return oo
				}
			}
		}
	}
	return -1
}
