package facts

import (
	"strings"

	"newsgraph/loaders/extract"
)

// sentenceSources finds, for every sentence, the organisation or person it
// attributes its facts to ("according to X", "X estimates", "data from X
// reveals"), -1 where none. "According to these sources" and "surveys by the
// organisation" take the source named before.
func (v *view) sentenceSources() ([]int, [][2]int) {
	out := make([]int, len(v.sents))
	at := make([][2]int, len(v.sents)) // mask span of the attribution
	last := -1
	for si := range v.sents {
		s := &v.sents[si]
		out[si] = -1
		for _, p := range v.cues.sources {
			if m := p.find(s); m != nil {
				if g := s.group(p, m, "src"); len(g) > 0 {
					e := v.doc.Entities[g[0].ent]
					if e.Type == extract.Organization || e.Type == extract.Person {
						out[si], at[si] = v.unitOfBody(s, g[0]), [2]int{m[0], m[1]}
						break
					}
				}
			}
		}
		if out[si] < 0 {
			for _, p := range v.cues.sourceAnaphora {
				if m := p.find(s); m != nil {
					noun := s.groupText(p, m, "noun")
					src := v.bodyNamedBefore(si, noun)
					if src < 0 && !contains(v.cues.lists["body_nouns"], noun) {
						src = last // "according to the group": the source named before; "the agency" must be named so
					}
					if src >= 0 {
						out[si], at[si] = src, [2]int{m[0], m[1]}
					}
					break
				}
			}
		}
		if out[si] >= 0 {
			last = out[si]
		}
	}
	return out, at
}

// bodyNamedBefore: the organisation named last, in sentence si or before
// it, whose name holds noun ("the Swedish Migration Agency" for "the
// agency"), -1 if none.
func (v *view) bodyNamedBefore(si int, noun string) int {
	if noun == "" {
		return -1
	}
	for k := si; k >= 0; k-- {
		ms := v.sents[k].ments
		for j := len(ms) - 1; j >= 0; j-- {
			if ms[j].typ != 'O' {
				continue
			}
			if strings.Contains(" "+norm(v.doc.Entities[ms[j].ent].Name)+" ", " "+noun+" ") {
				return ms[j].ent
			}
		}
	}
	return -1
}

// interviewSources: in an interview (questions, then answers) the figures
// the answers give are the interviewee's word, unless they credit someone
// else. The interviewee is the person the introduction says was spoken to
// ("We spoke to X, a lawyer …"). It marks the answers so credited.
func (v *view) interviewSources(out []int) []bool {
	first, questions := -1, 0
	for si := range v.sents {
		if v.isQuestion(si) {
			questions++
			if first < 0 {
				first = si
			}
		}
	}
	if questions < 2 {
		return nil
	}
	who := -1
	for si := 0; si < first && who < 0; si++ {
		s := &v.sents[si]
		for _, m := range s.ments {
			if m.typ == 'P' && s.hasListWord(v.cues, max(0, m.mstart-30), m.mstart, "interview_verbs") {
				who = m.ent
				break
			}
		}
		if who < 0 && v.cues.askedPronoun.MatchString(s.mask) {
			asked := strings.Fields(v.cues.askedPronoun.FindString(s.mask))
			who = v.antecedent(si, pronounGender(asked[len(asked)-1]), "") // "X, a lawyer in Amsterdam, … We asked her how …"
		}
	}
	if who < 0 {
		return nil
	}
	answered := make([]bool, len(v.sents))
	for si := first + 1; si < len(v.sents); si++ {
		answered[si] = out[si] < 0 && !v.isQuestion(si)
		if answered[si] {
			out[si] = who
		}
	}
	return answered
}

// isQuestion: sentence si asks ("…?", "Q: …").
func (v *view) isQuestion(si int) bool {
	m := strings.TrimRight(v.sents[si].mask, ` "'`)
	return strings.HasSuffix(m, "?") || strings.HasPrefix(m, "q:") || strings.HasPrefix(m, "q.")
}

// unitOfBody: the organisation named right before mention m and joined to
// it by "of the" ("the Asylum Service of the Cypriot interior ministry
// registered"): the unit acts, the body it belongs to only places it; else
// m's own entity.
func (v *view) unitOfBody(s *sentence, m mention) int {
	for k := range s.ments {
		if s.ments[k].mstart != m.mstart || k == 0 {
			continue
		}
		prev := s.ments[k-1]
		if between := s.mask[prev.mend:m.mstart]; prev.typ == 'O' && m.typ == 'O' && (between == " of the " || between == " of ") {
			return prev.ent
		}
	}
	return m.ent
}
