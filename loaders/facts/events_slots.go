package facts

import (
	"regexp"
	"slices"
	"sort"
	"strings"

	"newsgraph/loaders/extract"
)

// Slot finders: where in a sentence an event's participants, count and date
// are, relative to its cue (mask offsets a..b).

// clauseStart is where the clause holding offset pos begins.
func (r *eventReader) clauseStart(s *sentence, pos int) int {
	if s.breaks == nil {
		s.breaks = []int{0}
		for _, br := range r.v.cues.lists["clause_breaks"] {
			for off := 0; ; {
				i := strings.Index(s.mask[off:], br)
				if i < 0 {
					break
				}
				off += i + len(br)
				s.breaks = append(s.breaks, off)
			}
		}
		sort.Ints(s.breaks)
	}
	// the last clause start at or before pos
	k := sort.SearchInts(s.breaks, pos+1) - 1
	return s.breaks[k]
}

// hypothetical: the clause before the cue makes it a possibility, a wish or
// a fear rather than a fact.
func (r *eventReader) hypothetical(s *sentence, pos int) bool {
	from := r.clauseStart(s, pos)
	if m := trailingActorRE.FindStringSubmatchIndex(s.mask[from:pos]); m != nil && (m[2] >= 0 || strings.HasPrefix(s.mask[pos:], "@O") || strings.HasPrefix(s.mask[pos:], "@P")) {
		from += m[0] // "X must reconsider the case, the court ruled": the ruling is no hypothesis
	}
	// "X can be handed over to Russia, where he is wanted for evasion": a
	// relative clause after a comma asserts its own content
	if i := max(strings.LastIndex(s.mask[:pos], ", where "), strings.LastIndex(s.mask[:pos], ", who ")); i >= from {
		from = i + 2
	}
	if !s.hasListWord(r.v.cues, from, pos, "hypothetical") {
		return false
	}
	span := s.mask[from:pos]
	if !strings.Contains(span, "may") {
		return true
	}
	// "In May 2024 Germany issued him a visa": the month is no modal
	span = monthMayRE.ReplaceAllStringFunc(span, func(x string) string { return strings.ReplaceAll(x, "may", "___") })
	return hasWord(span, r.v.cues.lists["hypothetical"])
}

// monthMayRE: "may" as the month (the mask is lower case).
var monthMayRE = regexp.MustCompile(`\b(?:in|since|until|till|early|late|mid-|by|from|of|to|last|this|next|on|and) may\b|\bmay (?:\d|of\b|last\b|this\b)`)

// trailingActorRE: the cue's subject follows a comma that ends the clause
// it reports ("…, the Borgarting Court of Appeal ruled").
var trailingActorRE = regexp.MustCompile(`, (?:the )?(@[OP]\d+@ )?$`)

// negated: a negation shortly before the cue ("will not issue visas").
func (r *eventReader) negated(s *sentence, pos int) bool {
	from := r.clauseStart(s, pos)
	if pos-from > 60 {
		from = pos - 60
	}
	// "X, which has argued that fleeing is not grounds for asylum, granted
	// …": a closed relative clause before the cue negates nothing of it
	head := s.mask[:pos]
	if i := max(strings.LastIndex(head, ", which "), strings.LastIndex(head, ", who ")); i >= 0 {
		if j := strings.LastIndex(head, ", "); j > i && j+2 > from {
			from = j + 2
		}
	}
	// "refused to extradite X, a programmer who moved to Armenia": a
	// relative clause the cue opens is negated only by its own words
	if i := strings.LastIndex(head, " who "); i+1 > from {
		if j := strings.LastIndex(head[:i], "@P"); j >= 0 && strings.Contains(head[j:i], "@, ") {
			from = i + 1 // the relative clause of a named person's apposition
		}
	}
	return s.hasListWord(r.v.cues, from, pos, "negations")
}

// distance from a mention to the span a..b (0 when inside).
func distance(m mention, a, b int) int {
	switch {
	case m.mend <= a:
		return a - m.mend
	case m.mstart >= b:
		return m.mstart - b
	}
	return 0
}

// nearestCountry: the country (by name or demonym) named closest to the cue.
func (r *eventReader) nearestCountry(s *sentence, a, b int) int {
	best, bestD := -1, 1<<30
	for _, m := range s.ments {
		if (m.typ == 'C' || m.typ == 'D') && !s.inWarPhrase(m) && !r.objectPosition(s, m) {
			d := distance(m, a, b)
			if m.mstart >= b && d > 15 || m.mend <= a && d > 40 {
				continue
			}
			if d < bestD {
				best, bestD = m.ent, d
			}
		}
	}
	return best
}

// objectPosition: the mention follows a preposition or a verb of motion
// ("entered Kazakhstan", "to Georgia"), so it is not who acts.
func (r *eventReader) objectPosition(s *sentence, m mention) bool {
	head := strings.Fields(s.mask[max(0, m.mstart-12):m.mstart])
	if len(head) == 0 {
		return false
	}
	return contains(r.v.cues.lists["object_position"], head[len(head)-1])
}

// originNear: the country people come from, read from the nearest demonym,
// country or national organisation before the cue, else just after it.
func (r *eventReader) originNear(s *sentence, a, b int) int {
	cs := r.clauseStart(s, a)
	for k := len(s.ments) - 1; k >= 0; k-- {
		m := s.ments[k]
		if m.mend > b || m.mstart < cs || s.inWarPhrase(m) { // before the cue or inside it
			continue
		}
		isC := m.typ == 'C' && (strings.HasSuffix(s.mask[:m.mstart], "from ") || m.mstart == 3 && strings.HasPrefix(s.mask, "in "))
		// an organisation tells whose soldiers only when it is an army ("Kazakh
		// police detained a conscript who had deserted": not Kazakhstan's)
		if m.typ == 'D' || m.typ == 'O' && r.isArmy(m.ent) || isC {
			if c := r.v.countryEntity(m.ent); c >= 0 {
				return c
			}
		}
	}
	for _, m := range s.ments {
		if m.mstart >= b && m.mstart-b <= 60 && !s.inWarPhrase(m) && (m.typ == 'D' && r.v.peopleDemonym(s, m) || m.typ == 'O' && r.isArmy(m.ent)) {
			// ("after leaving his unit but could not get a Turkish residence permit": a thing's, not whose soldier)
			if c := r.v.countryEntity(m.ent); c >= 0 {
				return c
			}
		}
	}
	return -1
}

// peopleDemonym: a demonym that names people ("Russians", "Russian
// citizens", "Russian conscripts"), not an adjective of a thing ("the
// Russian consulate").
func (v *view) peopleDemonym(s *sentence, m mention) bool {
	if m.typ != 'D' && m.typ != 'E' {
		return false
	}
	if endsInS(m.surface) {
		return true
	}
	next := strings.Fields(s.mask[m.mend:min(len(s.mask), m.mend+40)])
	if len(next) > 3 {
		next = next[:3]
	}
	for k := range next {
		w := strings.Trim(next[k], ".,;:\"'()")
		for _, list := range []string{"people_nouns", "person_nouns"} {
			for _, n := range v.cues.lists[list] {
				if w == n || strings.TrimSuffix(w, "s") == n || (strings.Contains(n, " ") && joinedHasPrefix(next[k:], n)) {
					return true
				}
			}
		}
	}
	return false
}

// joinedHasPrefix is strings.HasPrefix(strings.Join(words, " "), prefix)
// without the joining.
func joinedHasPrefix(words []string, prefix string) bool {
	for i, w := range words {
		if i > 0 {
			if prefix[0] != ' ' {
				return false
			}
			prefix = prefix[1:]
		}
		if len(prefix) <= len(w) {
			return strings.HasPrefix(w, prefix)
		}
		if !strings.HasPrefix(prefix, w) {
			return false
		}
		prefix = prefix[len(w):]
	}
	return prefix == ""
}

// endsInS tells whether a word ends in "s" or "S" (an ASCII byte ends no
// longer character, and only "S" lower-cases to "s").
func endsInS(w string) bool {
	return w != "" && (w[len(w)-1] == 's' || w[len(w)-1] == 'S')
}

// demonymNear: the nationality of the people a cue is about ("Russian
// citizens", "Russians"), before the cue first; "from Russia" also counts.
func (r *eventReader) demonymNear(s *sentence, a, b int) int {
	best, bestD := -1, 1<<30
	for _, m := range s.ments {
		if s.inWarPhrase(m) {
			continue
		}
		fromC := m.typ == 'C' && strings.HasSuffix(s.mask[:m.mstart], "from ")
		inCue := m.typ == 'D' && m.mstart >= a && m.mend <= b && r.followedByList(s, m.mend, "claim_nouns") // "received 3,050 Russian applications"
		if !fromC && !inCue && (m.typ != 'D' || !r.v.peopleDemonym(s, m)) {
			continue
		}
		if !fromC && m.mend <= a && strings.HasSuffix(s.mask[:m.mstart], " to ") {
			continue // "surrendered to Ukrainian troops": whom the people met, not who they are
		}
		d := distance(m, a, b)
		if m.mend <= a && d > 80 || m.mstart >= b && d > 60 {
			continue // another clause's people
		}
		if m.mstart >= b {
			d += 20 // prefer the people named before the cue
		}
		if d < bestD {
			best, bestD = m.ent, d
		}
	}
	return best
}

// demonymAfter: the first nationality after the cue ("visas to six Russian
// soldiers", "to European nationals").
func (r *eventReader) demonymAfter(s *sentence, b int) int {
	for _, m := range s.ments {
		if m.mstart >= b && m.mstart-b <= 60 && r.v.peopleDemonym(s, m) {
			return m.ent
		}
	}
	return -1
}

// prepMention: the mention of one of types preceded by one of preps ("in
// Spain", "at Riga airport"); with after set the first one after b,
// else the one nearest the cue.
func (r *eventReader) prepMention(s *sentence, a, b int, preps []string, types string, after bool) int {
	best, bestD := -1, 1<<30
	for _, m := range s.ments {
		if !strings.ContainsRune(types, rune(m.typ)) || s.inWarPhrase(m) {
			continue
		}
		if after && m.mstart < b {
			continue
		}
		before := s.mask[:m.mstart]
		ok := false
		for _, p := range preps {
			if strings.HasSuffix(before, p) || strings.HasSuffix(before, p+"the ") {
				ok = true
			}
		}
		if !ok {
			continue
		}
		ent := m.ent
		if rest := s.mask[m.mend:]; strings.HasPrefix(rest, "'s @") {
			if in, ok := s.mentionAt(m.mend + 3); ok && strings.ContainsRune(types, rune(in.typ)) {
				ent = in.ent // "Riga's main airport": the airport
			}
		} else if x := settlementNamed(s, m); x.typ != 0 && strings.ContainsRune(types, rune(x.typ)) {
			ent = x.ent // "the Black Sea city of Batumi": the city
		}
		if d := distance(m, a, b); d < bestD {
			best, bestD = ent, d
		}
	}
	return best
}

// settlementOfRE: a place word after a place that describes the one named
// next ("the Black Sea city of Batumi", "the Georgian port of Poti").
var settlementOfRE = regexp.MustCompile(`^ (?:[a-z-]+ )?(?:city|town|port|village|resort|capital|enclave|exclave|settlement) of @`)

// settlementNamed: the place a place mention m describes ("the Black Sea
// city of Batumi": Batumi), the zero mention if none.
func settlementNamed(s *sentence, m mention) mention {
	loc := settlementOfRE.FindStringIndex(s.mask[m.mend:])
	if loc == nil {
		return mention{}
	}
	x, _ := s.mentionAt(m.mend + loc[1] - 1)
	return x
}

// subjectCountry: the country acting as the subject of the cue ("France
// has granted").
func (r *eventReader) subjectCountry(s *sentence, pos int) int {
	if l := r.subjectCountryList(s, pos); len(l) > 0 {
		return l[len(l)-1]
	}
	return -1
}

// subjectCountryList: the countries listed as the subject of the cue
// ("Estonia, Latvia and Lithuania have stated they will not allow").
func (r *eventReader) subjectCountryList(s *sentence, pos int) []int {
	if list := r.companionCountries(s, pos); list != nil {
		return list
	}
	if pre := s.mask[:pos]; strings.HasSuffix(pre, ", ") {
		// "X, Y and Z, which all border Russia, refuse …": the list stands before its relative clause
		if i := max(strings.LastIndex(pre, ", which "), strings.LastIndex(pre, ", who ")); i > 0 && !strings.Contains(pre[i+2:len(pre)-2], ", ") {
			pos = i
		}
	}
	if x := closedRelativeRE.FindStringSubmatchIndex(s.mask[:pos]); x != nil && !clausePunct(s.mask[x[4]:pos]) {
		// "Norway, whose only crossing is at Storskog, has kept it open but
		// stopped admitting tourists": the state before its relative clause
		if m, ok := s.mentionAt(x[2]); ok && m.typ == 'C' {
			return []int{m.ent}
		}
	}
	cs := r.clauseStart(s, pos)
	k := len(s.ments) - 1
	for k >= 0 && s.ments[k].mend > pos {
		k--
	}
	if k < 0 {
		return nil
	}
	m := s.ments[k]
	gap := s.mask[m.mend:pos]
	if m.typ != 'C' || m.mstart < cs || len(gap) > 45 || clausePunct(gap) {
		return nil
	}
	out := []int{m.ent}
	for k--; k >= 0; k-- {
		prev := s.ments[k]
		sep := s.mask[prev.mend:s.ments[k+1].mstart]
		if prev.typ != 'C' || (sep != ", " && sep != " and " && sep != ", and " && sep != " or " && sep != " and the ") {
			break
		}
		out = append([]int{prev.ent}, out...)
	}
	return out
}

// closedRelativeRE: a country, a relative clause set off by commas, and
// the start of the country's own predicate up to the cue.
var closedRelativeRE = regexp.MustCompile(`(?:^|, |[a-z] )(@C\d+@), (?:whose|which|who) [^,;:"]{3,120}, ((?:has |have |had |is |was |also |then )?[a-z][^,;:"@]{0,50})$`)

// companionCountries reads "X, together with Y and Z, has barred …": the
// subject and the countries of its aside act alike; nil if the cue at pos
// has no such aside before it.
func (r *eventReader) companionCountries(s *sentence, pos int) []int {
	pre := s.mask[:pos]
	for _, w := range []string{", together with ", ", along with ", ", as well as ", ", like "} {
		i := strings.LastIndex(pre, w)
		if i <= 0 {
			continue
		}
		rest := pre[i+len(w):]
		j := strings.LastIndex(rest, ", ")
		if j < 0 {
			continue
		}
		switch strings.TrimSpace(rest[j+2:]) {
		case "", "has", "have", "had", "also", "has also", "have also":
		default:
			continue
		}
		lead := r.subjectCountryList(s, i+1)
		if len(lead) == 0 {
			continue
		}
		for _, m := range s.ments {
			if m.typ == 'C' && m.mstart >= i+len(w) && m.mend <= i+len(w)+j && !containsInt(lead, m.ent) {
				lead = append(lead, m.ent)
			}
		}
		return lead
	}
	return nil
}

// clausePunct: text holds punctuation that ends a clause (not the comma
// of "7,663").
func clausePunct(text string) bool {
	return strings.Contains(text, ", ") || strings.ContainsAny(text, ";:\"")
}

// quantifiedBefore: "many found their way", "a few landed" — the cue is
// about a number of people.
func (r *eventReader) quantifiedBefore(s *sentence, pos int) bool {
	from := pos - 30
	if from < 0 {
		from = 0
	}
	head := strings.Fields(s.mask[from:pos])
	if len(head) > 3 {
		head = head[len(head)-3:]
	}
	if f := strings.Fields(s.mask[max(0, pos-40):pos]); len(f) >= 5 && (f[len(f)-3] == "of" || f[len(f)-4] == "of") {
		head = f[len(f)-5:] // "22 of whom have reached", "300 of them have since reached"
	}
	for _, w := range head {
		if contains(r.v.cues.lists["people_quantifiers"], w) || contains(r.v.cues.lists["people_nouns"], w) ||
			isDigit(w[0]) && !isYear(strings.Trim(w, ".,;:")) {
			return true // "many landed in", "Russian citizens entered", "110,000 …"
		}
		if strings.HasPrefix(w, "@D") {
			for _, m := range s.ments {
				if m.mstart >= from && m.mend <= pos && s.mask[m.mstart:m.mend] == strings.Trim(w, ".,") &&
					strings.HasSuffix(strings.ToLower(m.surface), "s") {
					return true // "Russians arrived"
				}
			}
		}
	}
	if cs := r.clauseStart(s, pos); cs < from {
		// "271 of the soldiers the group helped last year first reached X": the
		// clause's subject is counted further back
		for _, w := range strings.Fields(s.mask[cs:from]) {
			w = strings.Trim(w, ".,")
			if w != "" && isDigit(w[0]) && !isYear(strings.Trim(w, ".,;:")) {
				return true
			}
		}
	}
	return false
}

// within: mention entity ent is named within n bytes after pos.
func (r *eventReader) within(s *sentence, ent, pos, n int) bool {
	for _, m := range s.ments {
		if m.ent == ent && m.mstart >= pos && m.mstart-pos <= n {
			return true
		}
	}
	return false
}

// near: entity ent is named within n bytes of the span a..b.
func near(s *sentence, ent, a, b, n int) bool {
	for _, m := range s.ments {
		if m.ent == ent && distance(m, a, b) <= n {
			return true
		}
	}
	return false
}

// personsJourney: the clause of the cue is about one named person ("X, a
// paratrooper who deserted in 2023, crossed into Finland"), with no group
// of people named between them and the cue.
func (r *eventReader) personsJourney(s *sentence, pos int) bool {
	p := r.subjectPerson(s, pos)
	if p < 0 {
		return false
	}
	var last mention
	for _, m := range s.ments {
		if m.ent == p && m.mend <= pos {
			last = m
		}
	}
	between := s.mask[last.mend:pos]
	for _, m := range s.ments {
		if m.mstart >= last.mend && m.mend <= pos && r.v.peopleDemonym(s, m) && strings.HasSuffix(strings.ToLower(m.surface), "s") {
			return false
		}
	}
	for _, w := range strings.Fields(between) {
		w = strings.Trim(w, ".,;:\"'()")
		if contains(r.v.cues.lists["people_nouns"], w) || contains(r.v.cues.lists["people_quantifiers"], w) {
			return false
		}
	}
	return true
}

// personRightBefore: a named person is the subject of the cue.
func (r *eventReader) personRightBefore(s *sentence, pos int) bool {
	for _, m := range s.ments {
		if m.typ == 'P' && m.mend <= pos && pos-m.mend <= 20 && !strings.ContainsAny(s.mask[m.mend:pos], ",\"") {
			return true
		}
	}
	return false
}

// subjectPerson: the person the clause of the cue is about ("X, a Russian
// pilot who had deserted"); a sentence opening with "he"/"she" continues
// the person of the sentence before.
func (r *eventReader) subjectPerson(s *sentence, pos int) int {
	cs := r.clauseStart(s, pos)
	// "X … was waiting when he died": the pronoun before the cue is its
	// subject, and a person of another gender is not it
	var lead []string
	if tail := " " + s.mask[max(cs, pos-24):pos]; strings.Contains(tail, " he ") || strings.Contains(tail, " she ") {
		lead = strings.Fields(s.mask[cs:pos]) // only when a "he"/"she" may stand before the cue
	}
	if n := len(lead); n > 0 && (lead[n-1] == "he" || lead[n-1] == "she") || n > 1 && (lead[n-2] == "he" || lead[n-2] == "she") {
		w := lead[n-1]
		if w != "he" && w != "she" {
			w = lead[n-2]
		}
		if g := pronounGender(w); g != 0 {
			for k := len(s.ments) - 1; k >= 0; k-- {
				if m := s.ments[k]; m.mend <= pos && m.typ == 'P' && !r.v.mayBe(m.ent, g) {
					return r.v.objectPerson(s.idx, m.mstart, g)
				}
			}
			if p := r.coordinatedSubject(s, cs, pos); p >= 0 && r.v.mayBe(p, g) {
				return p // "X crossed into Kazakhstan, and in September he flew on"
			}
		}
	}
	for k := len(s.ments) - 1; k >= 0; k-- {
		m := s.ments[k]
		if m.mend > pos || m.typ != 'P' {
			continue
		}
		gap := s.mask[m.mend:pos]
		if m.mstart < cs || pos-m.mend > 140 || strings.Contains(gap, "\"") {
			return -1
		}
		if creditAside(s.mask, m) {
			continue // "who, according to his lawyer X, had abandoned his unit": X only tells
		}
		// "X said his group helped soldiers desert", "X, founder of Y, a
		// group that helps soldiers flee": X speaks or Y acts, X is not it
		if s.hasListWord(r.v.cues, m.mend, pos, "speech_verbs") || s.hasListWord(r.v.cues, m.mend, pos, "interview_verbs") ||
			strings.Contains(gap, "@ that ") ||
			strings.Contains(gap, "@ which ") || strings.Contains(gap, " group that ") ||
			strings.Contains(gap, " organisation that ") || strings.Contains(gap, " organization that ") {
			return -1
		}
		if r.groupWhoBefore(s, m.mend, pos) {
			return -1
		}
		return m.ent
	}
	if (strings.HasPrefix(s.mask, "he ") || strings.HasPrefix(s.mask, "she ")) && s.idx > 0 {
		// the view already put the person a clear "he" stands for in the
		// sentence; one it did not is unclear ("Reporter X met a soldier. He …")
		return r.v.antecedent(s.idx, pronounGender(strings.Fields(s.mask)[0]), "")
	}
	return -1
}

// coordinatedSubject: the person who opens sentence s (at its start or
// after an opening adverbial) when the clause at cs is joined to the first
// by "and" and nothing between them speaks or names another person; -1
// if none.
func (r *eventReader) coordinatedSubject(s *sentence, cs, pos int) int {
	head := s.mask[:cs]
	if !strings.HasSuffix(head, ", and ") && !strings.HasSuffix(head, " and ") {
		return -1
	}
	first := -1
	for _, m := range s.ments {
		if m.mend > pos {
			break
		}
		if m.typ != 'P' {
			continue
		}
		if first >= 0 && m.ent != first {
			return -1
		}
		first = m.ent
		if m.mstart > 0 && !r.v.opensWithAdverbial(s.mask) {
			return -1
		}
	}
	if first < 0 || s.hasListWord(r.v.cues, 0, pos, "speech_verbs") || strings.Contains(s.mask[:pos], "\"") {
		return -1
	}
	return first
}

// orgSubject: the organisation named as who acts right before pos, in the
// same clause ("The Immigration Service (IND) granted"), or meant by its
// noun there ("In 2023 the ministry deported"); -1 if none.
func (r *eventReader) orgSubject(s *sentence, pos int) int {
	if o := r.orgBefore(s, pos, 2); o >= 0 {
		return o
	}
	return r.bodyAnaphorBefore(s, pos)
}

// bodyAnaphorRE: a clause whose subject is a body named by its noun
// ("In 2023 the ministry deported …"), right before the cue.
var bodyAnaphorRE = regexp.MustCompile(`(?:^|, |\d{4} )the (ministry|agency|service|office|directorate|board|bureau|inspectorate) (?:(?:has|had|have|also|then|later|last year|this year) ){0,2}$`)

// bodyAnaphorBefore: the organisation named before that the body noun
// opening the cue's clause means ("Kazakhstan's Interior Ministry said … In
// 2023 the ministry deported 412"), -1 if none.
func (r *eventReader) bodyAnaphorBefore(s *sentence, pos int) int {
	head := s.mask[max(0, pos-60):pos]
	m := bodyAnaphorRE.FindStringSubmatch(head)
	if m == nil {
		return -1
	}
	return r.v.bodyNamedBefore(s.idx, m[1])
}

// orgBefore: the organisation that opens the clause of the cue at pos and
// acts in it, at most maxWords words before it with no punctuation or
// other name between ("the Investigative Committee in March opened a
// case"); -1 if none.
func (r *eventReader) orgBefore(s *sentence, pos, maxWords int) int {
	cs := r.clauseStart(s, pos)
	for k := len(s.ments) - 1; k >= 0; k-- {
		m := s.ments[k]
		if m.mend > pos {
			continue
		}
		gap := strings.TrimSpace(strings.Trim(s.mask[m.mend:pos], " )"))
		if m.typ != 'O' || m.mstart < cs || len(strings.Fields(gap)) > maxWords || strings.ContainsAny(gap, ",;:\"") {
			return -1
		}
		return m.ent
	}
	return -1
}

// peopleNounAfter: the cue goes on to a group of people ("visas to
// deserters", "to 40 soldiers").
func (r *eventReader) peopleNounAfter(s *sentence, b int) bool {
	rest := strings.TrimLeft(s.mask[b:], " ")
	if !strings.HasPrefix(rest, "to ") {
		return false
	}
	for i, w := range strings.Fields(rest[3:]) {
		if i > 3 {
			break
		}
		if contains(r.v.cues.lists["people_nouns"], strings.Trim(w, ",.;:")) {
			return true
		}
	}
	return false
}

// peopleCountedAfter: a figure and a group of people follow the cue
// ("detained four Russian citizens", "arrested at least 14 deserters").
func (r *eventReader) peopleCountedAfter(s *sentence, b int) bool {
	for i, w := range strings.Fields(s.mask[b:]) {
		if i > 4 {
			break
		}
		if contains(r.v.cues.lists["people_nouns"], strings.Trim(w, ",.;:")) {
			return true
		}
	}
	return false
}

// courtBefore: a court named before pos, at most 30 bytes from it ("the
// City Court ruled").
func (r *eventReader) courtBefore(s *sentence, pos int) int {
	for k := len(s.ments) - 1; k >= 0; k-- {
		m := s.ments[k]
		if m.mend > pos || pos-m.mend > 30 {
			continue
		}
		if m.typ == 'O' && r.isCourt(m.ent) {
			return m.ent
		}
	}
	return -1
}

func (r *eventReader) isCourt(ent int) bool {
	name := strings.ToLower(r.v.doc.Entities[ent].Name)
	return strings.Contains(name, "court") || strings.Contains(name, "tribunal")
}

// demonymRightBefore: "a French court" read as France.
func (r *eventReader) demonymRightBefore(s *sentence, pos int, noun string) int {
	for _, m := range s.ments {
		if m.typ == 'D' && m.mend <= pos+len(noun)+1 && pos-m.mend <= 30 && strings.Contains(s.mask[m.mend:min(len(s.mask), pos+len(noun)+1)], noun) {
			return m.ent
		}
	}
	return -1
}

// countryBeforeWhere: "returned to Russia, where he was sentenced".
func (r *eventReader) countryBeforeWhere(s *sentence, pos int) int {
	for _, m := range s.ments {
		if m.typ != 'C' || m.mend >= pos {
			continue
		}
		rest := s.mask[m.mend:min(len(s.mask), m.mend+30)]
		if i := strings.Index(rest, ", where"); i >= 0 && !strings.Contains(rest[:i], "@") {
			return m.ent // "returned to Russia in January, where he was sentenced"
		}
	}
	return -1
}

// armyBefore: an armed force named before the cue (the perpetrator).
func (r *eventReader) armyBefore(s *sentence, pos int) int {
	for k := len(s.ments) - 1; k >= 0; k-- {
		m := s.ments[k]
		if m.mend > pos || m.typ != 'O' {
			continue
		}
		e := r.v.doc.Entities[m.ent]
		if r.v.hasHeadNoun(entityForms(e), "state_organs") {
			return m.ent
		}
	}
	return -1
}

// possessiveCountryBefore: the state owning the cue, "Russia's partial
// mobilisation", "the Russian call-up" (the country or demonym right before
// it, at most two words apart), -1 if none.
func (r *eventReader) possessiveCountryBefore(s *sentence, a int) int {
	for k := len(s.ments) - 1; k >= 0; k-- {
		m := s.ments[k]
		if m.mend > a {
			continue
		}
		gap := s.mask[m.mend:a]
		if strings.Count(strings.TrimSpace(gap), " ") > 1 {
			return -1 // more than two words apart
		}
		switch {
		case m.typ == 'C' && strings.HasPrefix(gap, "'s "):
			return m.ent
		case m.typ == 'D' && !strings.ContainsAny(gap, ",;:\""):
			return r.v.countryEntity(m.ent)
		}
		return -1
	}
	return -1
}

// peopleCountry: the country whose nationals the article is about ("Russian
// men", "Russians"), the one most often named as people, -1 if none or a
// tie. A call-up they flee is their own state's.
func (r *eventReader) peopleCountry() int {
	if r.people != -2 {
		return r.people
	}
	defer func() { r.v.migrants = r.people }()
	counts := make([]int, len(r.v.doc.Entities))
	for si := range r.v.sents {
		s := &r.v.sents[si]
		for _, m := range s.ments {
			if m.typ == 'D' && r.v.peopleDemonym(s, m) {
				if c := r.v.countryEntity(m.ent); c >= 0 {
					counts[c]++
				}
			}
		}
	}
	r.people = -1
	best := 0
	for c, n := range counts {
		if n == 0 {
			continue
		}
		switch {
		case n > best:
			r.people, best = c, n
		case n == best:
			r.people = -1
		}
	}
	return r.people
}

// homeCountry: the country the article is about, when its people are not
// of another nationality (an article about Georgia full of Russians is
// about where they went, not who called them up), -1 otherwise.
func (r *eventReader) homeCountry() int {
	if p := r.peopleCountry(); p >= 0 && p != r.v.dominant {
		return -1
	}
	return r.v.dominant
}

// subjectCountryBefore: a country named as who acts just before the cue,
// in the same clause ("when Y announced a partial call-up"), -1 if none.
func (r *eventReader) subjectCountryBefore(s *sentence, a int) int {
	for k := len(s.ments) - 1; k >= 0; k-- {
		m := s.ments[k]
		if m.mend > a {
			continue
		}
		gap := s.mask[m.mend:a]
		if m.typ != 'C' || len(gap) > 25 || strings.ContainsAny(gap, ",;:\"()") || r.objectPosition(s, m) || s.inWarPhrase(m) {
			return -1
		}
		return m.ent
	}
	return -1
}

// isUnion: ent is a union of states ("the European Union"), which receives
// applicants and grants visas as a state does.
func (r *eventReader) isUnion(ent int) bool {
	if ent < 0 || r.v.doc.Entities[ent].Type != extract.Organization {
		return false
	}
	e := r.v.doc.Entities[ent]
	for _, n := range entityForms(e) {
		if contains(r.v.cues.lists["unions"], norm(n)) {
			return true
		}
	}
	return false
}

// unionAfter: a union of states named right after the cue with one of
// preps ("applied for asylum in the European Union"), -1 if none.
func (r *eventReader) unionAfter(s *sentence, b int, preps []string) int {
	if u := r.prepMention(s, b, b, preps, "O", true); u >= 0 && r.isUnion(u) && r.within(s, u, b, 20) {
		return u
	}
	return -1
}

// agentsOf: "consulates of EU countries", "the authorities of X" before the
// cue in its clause: the state or union they act for, -1 if none.
func (r *eventReader) agentsOf(s *sentence, pos int) int {
	cs := r.clauseStart(s, pos)
	for _, m := range s.ments {
		if m.mstart < cs || m.mend > pos || m.typ != 'C' && m.typ != 'O' {
			continue
		}
		head := strings.TrimSuffix(strings.TrimSuffix(s.mask[cs:m.mstart], "the "), " ")
		for _, w := range r.v.cues.lists["state_agents"] {
			if strings.HasSuffix(head, w+" of") {
				if r.isUnion(m.ent) {
					return m.ent
				}
				return r.countryEntity(m.ent)
			}
		}
	}
	return -1
}

// openingSetting: the country or union a sentence opens with as its
// setting ("In Germany, …", "Across the European Union, …"), -1 if none.
func (r *eventReader) openingSetting(s *sentence) int {
	for _, p := range []string{"in ", "in the ", "across ", "across the "} {
		if !strings.HasPrefix(s.mask, p) {
			continue
		}
		m, ok := s.mentionAt(len(p))
		if !ok || !strings.HasPrefix(s.mask[m.mend:], ",") {
			continue
		}
		if m.typ == 'C' {
			return m.ent
		}
		if r.isUnion(m.ent) {
			return m.ent
		}
	}
	return -1
}

// groupWhoBefore: the cue at pos belongs to a relative clause on a group
// named after the person ("founded by X to house Russians who had fled",
// "X has defended men who deserted"): the group did it, not X.
func (r *eventReader) groupWhoBefore(s *sentence, from, pos int) bool {
	gap := s.mask[from:pos]
	w := strings.LastIndex(gap, " who ")
	if w < 0 {
		return false
	}
	if strings.Count(gap, " who ") == 1 && (strings.HasPrefix(gap, ", a ") || strings.HasPrefix(gap, ", an ") || strings.HasPrefix(gap, ", the ")) {
		return false // "X, a former lieutenant of the engineering troops who walked away": X's own clause
	}
	before := strings.Fields(gap[:w])
	if len(before) == 0 {
		return false
	}
	last := before[len(before)-1]
	if m, ok := s.mentionAt(from + strings.LastIndex(gap[:w], last)); ok && last == s.mask[m.mstart:m.mend] {
		return m.typ == 'D' && strings.HasSuffix(m.surface, "s") // "Russians who"
	}
	return slices.Contains(r.v.cues.lists["people_nouns"], last)
}

// creditAside: mention m closes an aside that credits the clause around
// it ("…, according to his lawyer X, had …").
func creditAside(mask string, m mention) bool {
	if !strings.HasPrefix(mask[m.mend:], ",") {
		return false
	}
	head := mask[:m.mstart]
	if i := strings.LastIndex(head, ","); i >= 0 {
		head = head[i:]
	}
	return strings.HasPrefix(head, ", according to ")
}
