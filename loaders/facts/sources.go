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
					src := -1
					if contains(v.cues.lists["body_nouns"], noun) {
						// "ICE deported 1,000 Russians, according to the agency's
						// report": the subject, if its name calls it no other kind
						// of body ("BAMF granted …, the ministry said" is another)
						if b := v.soleBodyBefore(s, m[0]); b >= 0 && v.bodyKindFits(b, noun) {
							src = b
						}
					}
					if src < 0 {
						src = v.bodyNamedBefore(si, noun)
					}
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
		if out[si] < 0 && v.groupVoice(s) {
			// "We recorded 17 detentions in March": a group's own report
			// speaks for the group it is about
			if g := v.mainGroup(); g >= 0 {
				out[si], at[si] = g, [2]int{0, 2}
			}
		}
		if out[si] >= 0 {
			last = out[si]
		}
	}
	return out, at
}

// groupVoice: sentence s is told by an organisation in the first person
// plural ("We recorded …", "We have helped …") in a story no person tells.
func (v *view) groupVoice(s *sentence) bool {
	if v.narrator >= 0 || s.speaker >= 0 || !strings.HasPrefix(strings.TrimLeft(s.text, "-–•* "), "We ") {
		return false
	}
	w := strings.Fields(strings.TrimLeft(s.mask, "-–•* "))
	return len(w) > 1 && contains(v.cues.lists["group_report_verbs"], w[1])
}

// soleBodyBefore: the one organisation sentence s names before mask offset
// pos, when it is the sentence's first mention (its subject); -1 otherwise.
func (v *view) soleBodyBefore(s *sentence, pos int) int {
	found := -1
	for i, m := range s.ments {
		if m.mstart >= pos {
			break
		}
		if m.typ == 'O' {
			if found >= 0 && found != m.ent || found < 0 && i > 0 {
				return -1
			}
			found = m.ent
		}
	}
	return found
}

// bodyKindFits: organisation o may be called "the <noun>": its name holds
// the noun, or no word for a kind of body at all.
func (v *view) bodyKindFits(o int, noun string) bool {
	name := " " + norm(v.doc.Entities[o].Name) + " "
	if strings.Contains(name, " "+noun+" ") {
		return true
	}
	for _, w := range v.cues.lists["body_nouns"] {
		if strings.Contains(name, " "+w+" ") {
			return false
		}
	}
	return true
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
// else. It marks the answers so credited.
func (v *view) interviewSources(out []int) []bool {
	first := v.qa.first
	if first < 0 {
		return nil
	}
	who := v.interviewee(first)
	if who < 0 {
		return nil
	}
	answered := make([]bool, len(v.sents))
	for si := first + 1; si < len(v.sents); si++ {
		answered[si] = out[si] < 0 && !v.qa.question[si]
		if answered[si] {
			out[si] = who
		}
	}
	return answered
}

// interviewee: the person the introduction before question first says
// was spoken to ("We spoke to X, a lawyer …", "X … We asked her how …"),
// -1 if it names none.
func (v *view) interviewee(first int) int {
	for si := 0; si < first; si++ {
		s := &v.sents[si]
		for _, m := range s.ments {
			if m.typ == 'P' && s.hasListWord(v.cues, max(0, m.mstart-30), m.mstart, "interview_verbs") {
				return m.ent
			}
		}
		if v.cues.askedPronoun.MatchString(s.mask) {
			asked := strings.Fields(v.cues.askedPronoun.FindString(s.mask))
			if who := v.antecedent(si, pronounGender(asked[len(asked)-1]), ""); who >= 0 {
				return who
			}
		}
	}
	return -1
}

// interviewReader reads the answers of an interview as the interviewee's
// own account: "I" in them is the person the introduction says was spoken
// to ("Q: How did you leave? A: In February I flew to Istanbul").
type interviewReader struct {
	first    int    // the first question, -1 if the article is no interview
	question []bool // per sentence: it asks
	who      int    // the interviewee, -2 until read
	marked   bool   // the questions are marked "Q:"
}

func newInterviewReader(doc *extract.Doc) *interviewReader {
	r := &interviewReader{first: -1, who: -2}
	n := 0
	for i, s := range doc.Sentences {
		if questionText(s.Text) {
			if r.question == nil {
				r.question = make([]bool, len(doc.Sentences))
			}
			r.question[i] = true
			r.marked = r.marked || strings.HasPrefix(s.Text, "Q:") || strings.HasPrefix(s.Text, "Q.")
			if n++; r.first < 0 {
				r.first = i
			}
		}
	}
	if n < 2 {
		r.first = -1
	}
	return r
}

// questionText: a sentence as written asks ("…?", "Q: …").
func questionText(text string) bool {
	t := strings.TrimRight(text, " \"'\u201d\u2019")
	if strings.HasSuffix(t, "?") {
		return true
	}
	lead := strings.ToLower(t[:min(len(t), 2)])
	return lead == "q:" || lead == "q."
}

// interviewee: who answers: the person the introduction says was spoken
// to, or, where the questions are marked "Q:", the one person the
// introduction is about ("X, 29, grew up in … We spoke by video").
func (r *interviewReader) interviewee(v *view) int {
	if who := v.interviewee(r.first); who >= 0 || !r.marked {
		return who
	}
	return v.protagonist(0, 2)
}

// firstPerson: the interviewee as the subject "I" of answer si ("A: In
// Tijuana I spent six weeks in a shelter"); ok is false for any other
// sentence.
func (r *interviewReader) firstPerson(si int, s extract.Sentence) (extract.Mention, bool) {
	if r.first < 0 || si <= r.first || r.question[si] {
		return extract.Mention{}, false
	}
	if r.who < 0 {
		return extract.Mention{}, false
	}
	text, off := s.Text, 0
	for _, p := range []string{"A: ", "A. ", "— ", "- "} {
		if strings.HasPrefix(text, p) {
			text, off = text[len(p):], len(p)
		}
	}
	at := firstPersonSubject(text)
	if at < 0 {
		return extract.Mention{}, false
	}
	m := extract.Mention{Text: "I", Entity: r.who}
	m.Start, m.End = s.Start+off+at, s.Start+off+at+1
	return m, true
}

// firstPersonSubject: the offset of the "I" that is the subject of a
// sentence: its first word, or the first "I" after an opening phrase with
// no comma, quote or colon before it ("In February 2023 I flew"); -1 if
// none.
func firstPersonSubject(text string) int {
	if strings.HasPrefix(text, "I ") {
		return 0
	}
	i := strings.Index(text, " I ")
	if i < 0 || i > 60 || strings.ContainsAny(text[:i], ",;:\"\u201c") {
		return -1
	}
	return i + 1
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
