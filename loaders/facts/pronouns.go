package facts

import (
	"regexp"
	"strings"

	"newsgraph/loaders/extract"
	"newsgraph/loaders/gazetteer"
)

// A sentence that goes on about someone with "he" or "she" ("He crossed
// into Norway …", "In March, after weeks of shelling, he deserted") is read
// as naming that person, when the earlier text makes
// clear who it is: the person who opens the sentence before, else the one
// person named in the one or two sentences before, unless an unnamed person
// ("a former soldier") came after that name.

// pronounMention finds the first subject pronoun of sentence sv that no
// person mention precedes, and the person it stands for; ok is false when
// there is none or it is not clear who.
func (v *view) pronounMention(sv sentence, s extract.Sentence) (extract.Mention, bool) {
	at, word := v.subjectPronounOf(sv.text, v.cues.lists["subject_pronouns"])
	if at < 0 {
		at, word = v.subjectDescription(sv.text)
	}
	if teller := v.teller(); at < 0 && teller >= 0 {
		// "In December I flew to Istanbul": the author of a first-person
		// story, or the speaker of a transcript's turn
		if at, word = v.subjectPronounOf(sv.text, firstPerson); at >= 0 && !strings.Contains(sv.text[:at], "\"") {
			m := extract.Mention{Text: word, Entity: teller}
			m.Start, m.End = s.Start+at, s.Start+at+len(word)
			return m, true
		}
		return extract.Mention{}, false
	}
	if at < 0 {
		return extract.Mention{}, false
	}
	for _, m := range sv.ments {
		if m.typ == 'P' && sv.text != "" && strings.Index(sv.text, m.surface) < at && !agentByRE.MatchString(sv.mask[:m.mstart]) {
			return extract.Mention{}, false // "X said he…": rules read X; not "a group founded by X, he …"
		}
	}
	g := pronounGender(word)
	if g == 0 {
		g = v.recentGender(len(v.sents)) // "The 31-year-old …" after sentences that say "he"
	}
	p := v.antecedent(len(v.sents), g, descriptionNoun(word))
	if p < 0 {
		return extract.Mention{}, false
	}
	if g != 0 && v.genders[p] == '?' {
		v.genders[p] = g // "he" once, not "she" later: a name that told no gender tells it now
	}
	m := extract.Mention{Text: word, Entity: p}
	m.Start, m.End = s.Start+at, s.Start+at+len(word)
	return m, true
}

// subjectPronounOf: the offset and text of the first of pronouns ("he",
// "she"; "i") in a sentence that opens it or follows a comma-free lead-in
// ("From Tbilisi he flew"), -1 if none.
func (v *view) subjectPronounOf(text string, pronouns []string) (int, string) {
	for _, w := range pronouns {
		// "He …", "The family …": the word capitalised, then a space
		if len(text) > len(w) && text[len(w)] == ' ' && text[0] == w[0]-'a'+'A' && text[1:len(w)] == w[1:] {
			return 0, text[:len(w)]
		}
	}
	head := text
	if len(head) > 260 {
		head = head[:260]
	}
	if head != v.headCase {
		v.headCase, v.headLower = head, strings.ToLower(head) // asked again for groups: lowered once
	}
	lower := v.headLower
	best, bestW := -1, ""
	for _, w := range pronouns {
		i := strings.Index(lower, " "+w+" ")
		if i < 0 || strings.ContainsAny(lower[:i], ";:\"") {
			continue
		}
		if strings.Contains(lower[:i], ",") || i > 40 {
			// past a comma only after an opening adverbial ("In March,
			// after his unit was shelled, he deserted"), and not as the
			// speaker of a quote ("…, he said")
			if i > 250 || !strings.HasSuffix(lower[:i], ",") || !v.opensWithAdverbial(lower) ||
				v.speechAfter(lower[i+1+len(w):]) {
				continue
			}
		}
		if best < 0 || i+1 < best {
			best, bestW = i+1, head[i+1:i+1+len(w)]
		}
	}
	return best, bestW
}

// teller: whom "I" means here: the speaker of a transcript's turn, else the
// narrator of a first-person story; -1 if no one.
func (v *view) teller() int {
	if v.speaker >= 0 {
		return v.speaker
	}
	return v.narrator
}

// speakerLabel: sentence s opens with a transcript's speaker label
// ("GRIGORY FEDOTOV: …", "SORENSEN: …", "HOST: …"): ok, and the person it
// names, -1 for a label that names no one.
func speakerLabel(s *sentence) (int, bool) {
	colon := strings.IndexByte(s.text, ':')
	if colon <= 0 || colon > 40 || strings.ToUpper(s.text[:colon]) != s.text[:colon] {
		return -1, false
	}
	if len(s.ments) > 0 && s.ments[0].typ == 'P' && isSpeakerLabel(s, s.ments[0]) {
		return s.ments[0].ent, true
	}
	return -1, true
}

// isSpeakerLabel: mention m opens sentence s as a label followed by a
// colon ("FEDOTOV: …"), or names the speaker inside one ("GUEST (ZORIN):").
func isSpeakerLabel(s *sentence, m mention) bool {
	if m.mstart == 0 && strings.HasPrefix(s.mask[m.mend:], ":") {
		return true
	}
	rest := s.mask[m.mend:]
	return m.mstart > 0 && m.mstart < 20 && s.mask[m.mstart-1] == '(' && strings.HasPrefix(rest, "):") &&
		!strings.ContainsAny(s.mask[:m.mstart-1], ":,.@")
}

// firstPerson is the subject pronoun of a story its author tells.
var firstPerson = []string{"i"}

// narratorOf: the person of the byline of a story told in the first
// person ("By X" … "I was 31 when the summons came"), -1 if the story has
// no byline or its "I" is only in quotes. all is the mentions per sentence.
func narratorOf(doc *extract.Doc, all [][]extract.Mention) int {
	by := -1
	for i := 0; i < len(doc.Sentences) && i < 4 && by < 0; i++ {
		t := doc.Sentences[i].Text
		if !strings.HasPrefix(t, "By ") && !strings.HasPrefix(t, "by ") {
			continue
		}
		for _, m := range all[i] {
			if doc.Entities[m.Entity].Type == extract.Person {
				by = m.Entity
				break
			}
		}
	}
	if by < 0 {
		return -1
	}
	n := 0
	for _, s := range doc.Sentences {
		t := quotedRE.ReplaceAllString(s.Text, "")
		if strings.HasPrefix(t, "I ") {
			n++
		}
		n += strings.Count(t, " I ")
	}
	if n < 3 {
		return -1
	}
	return by
}

// quotedRE: a quotation within a sentence.
var quotedRE = regexp.MustCompile(`"[^"]*"|“[^”]*”`)

// descriptionRE: a definite description of a person that may open a
// sentence or follow its opening adverbial: "The former sergeant", "the
// 27-year-old", "The former Russian army captain" (group 3: the
// nationality or army before the noun).
var descriptionRE = regexp.MustCompile(`(?i)^(?:[^,;:"]{0,60}, )?(the )((?:former |ex-|young |exiled )?)((?-i:[A-Z][a-z]+ )(?:army |military |navy |contract )?)?(\d{1,2}-year-old|[a-z-]+(?: [a-z-]+)?)\b`)

// subjectDescription: the offset and text of a definite description that
// opens a sentence as its subject ("The former sergeant took a taxi"), -1
// if none; it stands for a person as a pronoun does.
func (v *view) subjectDescription(text string) (int, string) {
	// cheap test first: a description opens with "the", at the start or
	// after an opening adverbial's comma
	head := text[:min(len(text), 70)]
	if !strings.HasPrefix(head, "The ") && !strings.HasPrefix(head, "the ") && !strings.Contains(head, ", the ") {
		return -1, ""
	}
	m := descriptionRE.FindStringSubmatchIndex(text)
	if m == nil {
		return -1, ""
	}
	if m[2] > 0 && !v.opensWithAdverbial(strings.ToLower(text)) {
		return -1, ""
	}
	// the longest run of words that is a description: "the former
	// sergeant" in "the former sergeant walked"
	words := strings.Fields(text[m[8]:m[9]])
	end := -1
	for n := len(words); n >= 1 && end < 0; n-- {
		noun := strings.ToLower(strings.Join(words[:n], " "))
		if strings.HasSuffix(noun, "-year-old") || contains(v.cues.lists["anaphoric_nouns"], noun) {
			end = m[8] + len(strings.Join(words[:n], " "))
		}
	}
	if end < 0 {
		return -1, ""
	}
	start := m[2]
	if m[6] >= 0 {
		// "The former Russian army captain": the noun stands for the
		// person; the nationality or army before it stays readable
		if _, ok := gazetteer.CountryByDemonym(strings.TrimSpace(text[m[6]:m[7]])); !ok &&
			!strings.Contains(text[m[6]:m[7]], " ") {
			return -1, ""
		}
		start = m[8]
	}
	desc := text[start:end]
	rest := strings.TrimLeft(text[end:], " ")
	if strings.HasPrefix(rest, ",") && m[6] < 0 || strings.HasPrefix(rest, "of ") || strings.HasPrefix(rest, "'s") {
		return -1, "" // "The soldier, X, …", "the head of …": not a pronoun's use
	}
	if strings.HasPrefix(rest, ",") && !appositionAge.MatchString(rest) {
		return -1, ""
	}
	return start, desc
}

// objectDescriptionRE: a person named by age as the object of an act on
// them ("sentenced the 29-year-old former private to five years").
var objectDescriptionRE = regexp.MustCompile(`\b(?:sentenced|convicted|detained|arrested|deported|extradited|charged|jailed|expelled|acquitted|released|freed|questioned|handed over|sent back|returned|tried) (the (?:\d{1,2}-year-old|former|ex-|young)(?: (?:former|ex-|retired|young))?(?: ([a-z-]+))?)`)

// objectDescription: a description by age that stands for a person as the
// object of a state's act, in a sentence that names no person; the person
// is the one a pronoun there would mean.
func (v *view) objectDescription(sv sentence, s extract.Sentence) (extract.Mention, bool) {
	if !strings.Contains(sv.text, "-year-old") && !strings.Contains(sv.text, "the former ") && !strings.Contains(sv.text, "the ex-") && !strings.Contains(sv.text, "the young ") {
		return extract.Mention{}, false
	}
	for _, m := range sv.ments {
		if m.typ == 'P' {
			return extract.Mention{}, false
		}
	}
	m := objectDescriptionRE.FindStringSubmatchIndex(sv.text)
	if m == nil {
		return extract.Mention{}, false
	}
	end := m[3]
	aged := strings.Contains(sv.text[m[2]:m[3]], "-year-old")
	if m[4] < 0 && !aged {
		return extract.Mention{}, false // "the former": a description by age or by a person's noun
	}
	if m[4] >= 0 {
		// "the 29-year-old former private": the noun is the description's
		// when it names a person, else it is the sentence's next word
		if noun := sv.text[m[4]:m[5]]; !contains(v.cues.lists["anaphoric_nouns"], noun) && !contains(v.cues.lists["person_nouns"], noun) {
			if !aged {
				return extract.Mention{}, false
			}
			end = m[4] - 1
		}
	}
	p := v.antecedent(len(v.sents), v.recentGender(len(v.sents)), "")
	if p < 0 {
		return extract.Mention{}, false
	}
	men := extract.Mention{Text: sv.text[m[2]:end], Entity: p}
	men.Start, men.End = s.Start+m[2], s.Start+end
	return men, true
}

// appositionAge: ", 34," after a description: an age, not a name.
var appositionAge = regexp.MustCompile(`^, [0-9]{1,3},`)

// opensWithAdverbial: a sentence starts with a word that opens a time or
// circumstance phrase rather than its subject.
func (v *view) opensWithAdverbial(lower string) bool {
	first, _, _ := strings.Cut(lower, " ")
	return contains(v.cues.lists["adverbial_openers"], strings.Trim(first, ","))
}

// speechAfter: the words after a pronoun are a verb of saying.
func (v *view) speechAfter(rest string) bool {
	w, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
	return contains(v.cues.lists["speech_verbs"], strings.Trim(w, ",.;"))
}

// antecedent: the person a pronoun of gender g ('f', 'm' or 0 for "they")
// in sentence si stands for, -1 if unclear. People whose names tell
// another gender are passed over.
func (v *view) antecedent(si int, g byte, noun string) int {
	p := v.antecedentOf(si, g, noun)
	speaker := v.speaker // the sentence being built
	if si < len(v.sents) {
		speaker = v.sents[si].speaker
	}
	if p >= 0 && p == speaker {
		return -1 // in a transcript's turn its speaker is "I", never "he"
	}
	return p
}

// antecedentOf is antecedent before the transcript check.
func (v *view) antecedentOf(si int, g byte, noun string) int {
	if si == 0 {
		return -1
	}
	prev := &v.sents[si-1]
	if creditLine(prev) && si >= 2 {
		prev = &v.sents[si-2] // the byline between headline and story
	}
	if len(prev.ments) > 0 && prev.ments[0].typ == 'P' && prev.ments[0].mstart == 0 && !isSpeakerLabel(prev, prev.ments[0]) && v.mayBe(prev.ments[0].ent, g) {
		if !v.unnamedPersonAfter(prev, prev.ments[0].mend, noun) {
			return prev.ments[0].ent
		}
		return -1
	}
	if prev.pronounSubject >= 0 && v.mayBe(prev.pronounSubject, g) && !v.unnamedPersonAfter(prev, 0, noun) {
		// the sentence before spoke of its subject as "he" too ("After
		// the summons, he …", then "Two days later he …"): the same
		// person, whoever that sentence names after the pronoun
		return prev.pronounSubject
	}
	found := -1
	for k := si - 1; k >= 0 && k >= si-2; k-- {
		s := &v.sents[k]
		if creditLine(s) {
			continue // the reporter is no one the story's "he" means
		}
		for _, m := range s.ments {
			if m.typ != 'P' || !v.mayBe(m.ent, g) || isSpeakerLabel(s, m) || m.surface == "I" {
				continue // "FEDOTOV: I … He deserted": the speaker is "I", not "he"
			}
			if found >= 0 && found != m.ent {
				if p := v.protagonist(g, 3); p >= 0 && p == v.firstPerson(s, g) && k == si-1 {
					return p // "A former driver, Mr X, was called up weeks after President Y ordered …"
				}
				return -1
			}
			found = m.ent
			if v.unnamedPersonAfter(s, m.mend, noun) {
				return -1
			}
		}
		if found >= 0 {
			// an unnamed person in the sentences after it hides it too
			for j := k + 1; j < si; j++ {
				if v.unnamedPersonAfter(&v.sents[j], 0, noun) {
					return -1
				}
			}
			return found
		}
	}
	if g == 0 {
		return -1
	}
	for k := si - 1; k >= 0 && k >= si-2; k-- {
		if v.unnamedPersonAfter(&v.sents[k], 0, noun) {
			return -1
		}
	}
	return v.protagonist(g, 3)
}

// firstPerson: the first person of gender g sentence s names, -1 if none.
func (v *view) firstPerson(s *sentence, g byte) int {
	for _, m := range s.ments {
		if m.typ == 'P' && v.mayBe(m.ent, g) {
			return m.ent
		}
	}
	return -1
}

// protagonist: the person of gender g a story follows, whom "he" or "she"
// means when no one of that gender was named in the sentences just before
// (a profile's subject after a quote or a paragraph on his mother): the
// one person so far who may be meant, else the one named most often if
// that is at least `least` times and twice as often as anyone else; -1 if
// none.
func (v *view) protagonist(g byte, least int) int {
	best, second := -1, 0
	for p, n := range v.mentionsSoFar {
		if n == 0 || v.doc.Entities[p].Type != extract.Person || !v.mayBe(p, g) {
			continue
		}
		switch {
		case best < 0 || n > v.mentionsSoFar[best]:
			if best >= 0 {
				second = v.mentionsSoFar[best]
			}
			best = p
		case n > second:
			second = n
		}
	}
	if best < 0 || second > 0 && (v.mentionsSoFar[best] < least || v.mentionsSoFar[best] < 2*second) {
		return -1
	}
	return best
}

// unnamedPersonAfter: the mask after offset pos speaks of a person by an
// indefinite noun ("a former Russian soldier"), who may be whom a later
// pronoun means; for a description ("the captain") only its own noun does.
func (v *view) unnamedPersonAfter(s *sentence, pos int, noun string) bool {
	rest := s.mask[pos:]
	if pos > 0 {
		// the name's own apposition ("X, 34, an engineer from Y,")
		if m := appositionRE.FindStringIndex(rest); m != nil {
			rest = rest[m[1]:]
		}
	}
	for _, a := range []string{" a ", " an "} {
		for off := 0; ; {
			i := strings.Index(rest[off:], a)
			if i < 0 {
				break
			}
			if strings.HasSuffix(rest[:off+i], " as") || strings.HasSuffix(rest[:off+i], " was") || strings.HasSuffix(rest[:off+i], " is") {
				off += i + len(a)
				continue // "he worked as a lorry driver", "he was a welder": said of someone named, no one new
			}
			off += i + len(a)
			words := strings.Fields(rest[off:])
			for n := 0; n < len(words) && n < 4; n++ {
				w := strings.Trim(words[n], ",.;:")
				if contains(v.cues.lists["person_nouns"], w) && (noun == "" || noun == w) {
					if w == words[n] && n+1 < len(words) && contains(v.cues.lists["person_noun_compounds"], strings.Trim(words[n+1], ",.;:")) {
						break // "a refugee hostel", "a veteran group": the noun names no one
					}
					return true
				}
			}
		}
	}
	return false
}

// unnamedPersonIn: sentence s tells of a state's act on a person it names
// only by an indefinite description ("deported a former Russian border
// guard officer"), the noun up to six words after the article; that person
// is whom a "him" after it means.
func (v *view) unnamedPersonIn(s *sentence) bool {
	w := strings.Fields(s.mask)
	for i, x := range w {
		if x != "a" && x != "an" || i == 0 || !contains(v.cues.lists["acts_on_person"], w[i-1]) {
			continue
		}
		for n := i + 1; n < len(w) && n <= i+6; n++ {
			if contains(v.cues.lists["person_nouns"], strings.Trim(w[n], ",.;:")) {
				return true
			}
			if strings.ContainsAny(w[n], ",;") {
				break
			}
		}
	}
	return false
}

// creditLineRE: a byline or credit in the mask ("by @P1@, @O2@",
// "additional reporting by @P3@", "AP photo/@P4@").
var creditLineRE = regexp.MustCompile(`^by @P|\b(?:reporting|interview|interviews|writing|editing|compiled|photos?|photographs?) by @P|\bphoto ?/ ?@P`)

// creditLine: sentence s credits its reporters or photographers.
func creditLine(s *sentence) bool {
	if !strings.Contains(s.mask, "by @P") && !strings.Contains(s.mask, "photo") {
		return false // the cheap test first: most sentences credit no one
	}
	return creditLineRE.MatchString(s.mask)
}

// insertMention puts m into a sentence's mentions in text order.
func insertMention(ms []extract.Mention, m extract.Mention) []extract.Mention {
	out := make([]extract.Mention, 0, len(ms)+1)
	done := false
	for _, x := range ms {
		if !done && x.Start > m.Start {
			out = append(out, m)
			done = true
		}
		out = append(out, x)
	}
	if !done {
		out = append(out, m)
	}
	return out
}

// appositionRE: what a name's apposition looks like right after it.
var appositionRE = regexp.MustCompile(`^(?:, [0-9]{1,3})?, (?:a|an|the) [^,;]*(?:,|$)`)

// pronounGender: 'f' for "she"/"her", 'm' for "he"/"him"/"his", 0 for any
// other word (a description such as "the former sergeant").
func pronounGender(word string) byte {
	switch strings.ToLower(strings.TrimSpace(word)) {
	case "she", "her", "hers", "herself":
		return 'f'
	case "he", "him", "his", "himself":
		return 'm'
	}
	return 0
}

// mayBe: person entity p may be meant by a pronoun of gender g, that is,
// the name does not tell another gender.
func (v *view) mayBe(p int, g byte) bool {
	if g == 0 {
		return true
	}
	if v.genders == nil {
		v.genders = make([]byte, len(v.doc.Entities))
	}
	pg := v.genders[p]
	if pg == 0 {
		if pg = gazetteer.Lex().Gender(v.doc.Entities[p].Name); pg == 0 {
			pg = '?'
		}
		v.genders[p] = pg // remembered: the same people are asked about again
	}
	return pg == '?' || pg == g
}

// descriptionNoun: the last word of a description standing for a person
// ("the former sergeant" → "sergeant"), "" for a pronoun.
func descriptionNoun(word string) string {
	w := strings.Fields(strings.ToLower(word))
	if len(w) == 0 || pronounGender(word) != 0 {
		return ""
	}
	return w[len(w)-1]
}

// recentGender: the gender the two sentences before si speak of someone
// in ("he … him", "she … her"), 0 if neither or both.
func (v *view) recentGender(si int) byte {
	m, f := false, false
	for k := si - 1; k >= 0 && k >= si-2; k-- {
		t := " " + strings.ToLower(v.sents[k].text) + " "
		m = m || strings.Contains(t, " he ") || strings.Contains(t, " him ") || strings.Contains(t, " him,") || strings.Contains(t, " his ")
		f = f || strings.Contains(t, " she ") || strings.Contains(t, " her ") || strings.Contains(t, " her,")
	}
	switch {
	case m && !f:
		return 'm'
	case f && !m:
		return 'f'
	}
	return 0
}

// pairBefore: the two people "they" in sentence si stands for: the nearest
// of the three sentences before that names people names exactly two, and
// no group of people is named after them; nil otherwise.
func (v *view) pairBefore(si int) []int {
	for k := si - 1; k >= 0 && k >= si-3; k-- {
		s := &v.sents[k]
		if s.party != nil {
			return s.party // the group "they" stood for there goes on
		}
		var people []int
		last := -1
		for _, m := range s.ments {
			if m.typ == 'P' {
				if !containsInt(people, m.ent) {
					people = append(people, m.ent)
				}
				last = m.mend
			}
		}
		switch {
		case len(people) == 0:
			continue
		case len(people) != 2 || v.unnamedPersonAfter(s, last, ""):
			return nil
		}
		for j := k + 1; j < si; j++ {
			if v.unnamedPersonAfter(&v.sents[j], 0, "") {
				return nil
			}
		}
		return people
	}
	return nil
}

// family: the people of the family an article follows, when it names the
// family by its plural ("The Shestakovs are one of several hundred
// families"): every person whose surname is that name, in its men's or
// women's form ("Vitaly Shestakov", "Oksana Shestakova"); nil if none.
func (v *view) family() []int {
	var out []int
	for i, e := range v.doc.Entities {
		if e.Type != extract.Person {
			continue
		}
		w := strings.Fields(e.Name)
		if len(w) < 2 {
			continue
		}
		stem := surnameStem(w[len(w)-1])
		if len(stem) < 4 || !strings.Contains(v.doc.Text, " "+stem+"s ") && !strings.Contains(v.doc.Text, " "+stem+"s,") && !strings.Contains(v.doc.Text, " "+stem+"s.") {
			continue
		}
		out = append(out, i)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// surnameStem is a Slavic surname in its men's form ("Shestakova" →
// "Shestakov"): the family's plural is made from it.
func surnameStem(surname string) string {
	for _, suf := range []string{"ova", "eva", "ina", "yna"} {
		if strings.HasSuffix(surname, suf) {
			return strings.TrimSuffix(surname, "a")
		}
	}
	return surname
}
