package extract

import (
	"strings"

	"newsgraph/loaders/gazetteer"
)

// notPersonWord tells whether a capitalised word cannot be part of a
// person's name: a month, a function word, a country, a demonym, an
// organisation's name or an organisation head word ("Ministry").
func (f *finder) notPersonWord(w string) bool {
	got, ok := f.notPerson[w]
	if !ok {
		got = f.isNotPersonWord(w)
		f.notPerson[w] = got
	}
	return got
}

func (f *finder) isNotPersonWord(w string) bool {
	if f.lex.NotNames[w] || f.lex.OrgHeads[w] || f.lex.Titles[strings.ToLower(w)] {
		return true
	}
	if _, ok := gazetteer.CountryByName(w); ok {
		return true
	}
	if _, ok := gazetteer.CountryByDemonym(w); ok {
		return true
	}
	if _, ok := gazetteer.OrgByName(w); ok {
		return true
	}
	if _, ok := f.lex.Regions[w]; ok {
		return true
	}
	return false
}

// surnameOK tells whether token k can be a word of a person's name: no
// non-name word, except that a country's name may be a surname right after
// a common given name ("Laura Palau", "Michael Jordan").
func (f *finder) surnameOK(s, k int) bool {
	t := f.toks(s)
	w := t[k].Text
	if !f.notPersonWord(w) {
		return true
	}
	if k == 0 || !f.lex.FirstNames[t[k-1].Text] {
		return false
	}
	if _, ok := gazetteer.CountryByName(w); !ok || f.lex.NotNames[w] {
		return false
	}
	next := f.word(s, k+1)
	return next == "" || !capitalised(next) || !wordToken(next)
}

// nameAt reads a person's name starting at token k: up to max name-shaped
// words, none of which is a non-name word. It returns the range, empty when
// there is no name there.
func (f *finder) nameAt(s, k, max int) rng {
	t := f.toks(s)
	j := k
	words := 0
	for j < len(t) && words < max {
		w := t[j].Text
		if j > k && nameParticles[w] {
			// "Ursula von der Leyen": particles inside, never last
			p := j
			for p < len(t) && nameParticles[t[p].Text] {
				p++
			}
			if p < len(t) && nameShaped(t[p].Text) && !f.notPersonWord(t[p].Text) {
				j = p
				continue
			}
			break
		}
		if !nameShaped(w) || !f.surnameOK(s, j) || j == k && f.notPersonWord(w) {
			break
		}
		j++
		words++
	}
	return rng{k, j}
}

// nameParticles are the lower-case words inside surnames.
var nameParticles = map[string]bool{"von": true, "van": true, "der": true, "den": true, "de": true, "da": true,
	"di": true, "del": true, "della": true, "la": true, "le": true, "bin": true, "ibn": true, "al": true, "ter": true}

// strongTitles may precede a surname alone ("President Putin").
var strongTitles = map[string]bool{"president": true, "prime minister": true, "chancellor": true,
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "dr": true, "dr.": true,
	"sir": true, "king": true, "queen": true, "pope": true, "patriarch": true, "critic": true, "kremlin critic": true}

// titled finds persons named right after a title or role:
// "interior minister Jaan Tamm", "Foreign Minister Jaan Tamm", "spokesman
// Jaan Tamm", and "the president of the Council, Jaan Tamm,".
func (f *finder) titled(s int) {
	t := f.toks(s)
	for i := 0; i < len(t); i++ {
		var buf [64]byte
		for n := f.lex.TitleStarts[f.lower(s, i)]; n >= 1; n-- {
			p, ok := f.phraseBytes(buf[:0], s, i, n)
			if !ok || !f.lex.Titles[string(p)] {
				continue
			}
			title := string(p)
			j := i + n
			// "Deputy Foreign Minister X": titles chain
			for more := true; more; {
				more = false
				for m := f.lex.TitleStarts[f.lower(s, j)]; m >= 1; m-- {
					if p, ok := f.phraseBytes(buf[:0], s, j, m); ok && f.lex.Titles[string(p)] {
						title, j, more = string(p), j+m, true
						break
					}
				}
			}
			apposed := false
			switch {
			case f.lower(s, j) == "of" || f.lower(s, j) == "for":
				// "the head of the Baltic Assembly, Jaan Tamm,", "a
				// spokesperson for home affairs, Jaan Tamm,"
				k := j + 1
				for k < len(t) && k < j+10 && t[k].Text != "," {
					k++
				}
				if k >= len(t) || t[k].Text != "," {
					// "Minister for Asylum and Migration Mieke Peeters": a
					// capitalised portfolio, then the name
					if r := f.nameAfterPortfolio(s, j+1); r.j > r.i && portfolioTitle(title) {
						if f.add(s, r, personCand(joinTokens(f.text, t, r))) {
							i = r.j - 1
						}
						break
					}
					continue
				}
				j, apposed = k+1, true
			case f.word(s, j) == ",":
				j, apposed = j+1, true
			}
			r := f.nameAt(s, j, 3)
			size := r.j - r.i
			if size == 0 {
				continue
			}
			if apposed {
				// the name must be a whole apposition: followed by a comma or the end
				// or by "of" and the organisation ("lawyer, Jaan Tamm of the
				// Refugee Council,")
				if next := f.word(s, r.j); next != "," && next != "." && next != "" && !(next == "of" && size >= 2) {
					continue
				}
			}
			if size == 1 && !(strongTitles[title] || f.lex.HasSurnameSuffix(t[r.i].Text)) {
				continue
			}
			if f.add(s, r, personCand(joinTokens(f.text, t, r))) {
				f.titleAffiliation(s, i)
				i = r.j - 1
				// "Judges Dorin Lupascu and Mihail Prodan": a plural title
				// names each person of the list
				if strings.HasSuffix(title, "s") && f.word(s, r.j) == "and" {
					if r2 := f.nameAt(s, r.j+1, 3); r2.j-r2.i >= 2 && f.add(s, r2, personCand(joinTokens(f.text, t, r2))) {
						i = r2.j - 1
					}
				}
			}
			break
		}
	}
}

// titleAffiliation reads the organisation written before a title as one
// capitalised run ending in an organisation head: "Green Party MP X",
// "Labour Alliance deputy X". ti is the title's first token.
func (f *finder) titleAffiliation(s, ti int) {
	t := f.toks(s)
	if ti == 0 || !f.lex.OrgHeads[t[ti-1].Text] {
		return
	}
	k := ti - 1
	for k > 0 && k > ti-5 && capitalised(t[k-1].Text) && !f.lex.NotNames[t[k-1].Text] {
		k--
	}
	r := rng{k, ti}
	if r.j-r.i < 2 || !f.free(s, r) {
		return // a bare head ("Party MP X") names no organisation
	}
	name := joinTokens(f.text, t, r)
	f.add(s, r, cand{typ: Organization, key: gazetteer.OrgKey(name)})
}

// portfolioTitle: a title a government portfolio follows ("Minister for
// Asylum and Migration", "Secretary of State for Asylum").
func portfolioTitle(title string) bool {
	for _, w := range []string{"minister", "secretary", "commissioner"} {
		if strings.Contains(title, w) {
			return true
		}
	}
	return false
}

// nameAfterPortfolio: after "Minister for", a run of capitalised words
// joined by "and" whose last two (three, when they open with a known
// given name) are a person's name; the empty range if none.
func (f *finder) nameAfterPortfolio(s, k int) rng {
	t := f.toks(s)
	end := k
	for end < len(t) && (capitalised(t[end].Text) && wordToken(t[end].Text) || t[end].Text == "and" || t[end].Text == "&") {
		end++
	}
	for end > k && !capitalised(t[end-1].Text) {
		end--
	}
	n := 2
	if end-k >= 4 && f.lex.FirstNames[t[end-3].Text] {
		n = 3
	}
	if end-k < n+1 || !capitalised(t[k].Text) {
		return rng{}
	}
	r := rng{end - n, end}
	for x := r.i; x < r.j; x++ {
		if !nameShaped(t[x].Text) || f.lex.OrgHeads[t[x].Text] || f.lex.NotNames[t[x].Text] || t[x-1].Text == "and" && x == r.i {
			return rng{}
		}
	}
	return r
}

// appositionHead reads what follows "Name," — an optional age, an
// article and up to five modifiers before a noun — and tells whether that
// noun is a person ("a Russian pilot") or an organisation ("a non-profit
// organisation"). k is the token after the comma.
func (f *finder) appositionHead(s, k int) string {
	t := f.toks(s)
	if k < len(t) && t[k].Tag == "CD" && f.word(s, k+1) == "," { // "Jaan Tamm, 34, a pilot"
		k += 2
	}
	switch f.lower(s, k) {
	case "a", "an", "the", "another", "one":
		k++
	default:
		// "Jaan Tamm, spokesperson for the ministry", "Jaan Tamm,
		// parliamentary group leader of X": lower-case words up to a
		// person's noun
		if !f.lex.PersonNouns[f.lower(s, k)] && !f.modifiedPersonNoun(s, k) {
			return ""
		}
	}
	// the noun phrase runs to a verb, a new article, a preposition or
	// punctuation: in "X, a military court sentenced a soldier" it is "a
	// military court"
	end, limit := k, k+6
	for end < len(t) && end < limit {
		w := f.lowers[s][end]
		if possessive(w) && end+1 < len(t) {
			// "the UN refugee agency's (UNHCR) representative": the phrase
			// is about what the possessor owns
			k, limit = end+1, end+5
			if t[k].Text == "(" {
				for k < len(t) && k < end+5 && t[k].Text != ")" {
					k++
				}
				k++
			}
			end = k
			continue
		}
		tag := t[end].Tag
		if (tag == "VBD" || tag == "VBN") && end+1 < len(t) && strings.HasPrefix(t[end+1].Tag, "NN") && !capitalised(t[end+1].Text) && wordToken(t[end+1].Text) {
			end++ // "a retired schoolteacher": a participle before its noun describes it
			continue
		}
		if w == "," || w == "." || w == "who" || w == "that" || w == "which" || w == ";" || w == ":" ||
			tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD" || tag == "DT" || tag == "CC" ||
			tag == "WDT" || tag == "WP" || tag == "IN" || tag == "TO" {
			break
		}
		end++
	}
	// "a Russian, who…": a demonym as the noun
	if end == k+1 {
		if _, ok := gazetteer.CountryByDemonym(t[k].Text); ok && capitalised(t[k].Text) {
			return Person
		}
	}
	// its head is the last person or organisation noun in it: "a refugee
	// rights organisation" is an organisation, "a Left party lawmaker" a
	// person
	for x := end - 1; x >= k; x-- {
		w := f.lowers[s][x]
		if x > k {
			two := f.lowers[s][x-1] + " " + w
			if f.lex.OrgNouns[two] {
				return Organization
			}
			if f.lex.PersonNouns[two] {
				return Person
			}
		}
		if f.lex.OrgNouns[w] {
			return Organization
		}
		if f.lex.PersonNouns[w] {
			return Person
		}
	}
	return ""
}

// modifiedPersonNoun: up to two lower-case adjectives or nouns at k lead
// to a person's noun ("parliamentary group leader", "chief military
// prosecutor").
func (f *finder) modifiedPersonNoun(s, k int) bool {
	t := f.toks(s)
	for x := k; x < len(t) && x <= k+2; x++ {
		w := t[x].Text
		if !wordToken(w) || capitalised(w) || !strings.HasPrefix(t[x].Tag, "JJ") && !strings.HasPrefix(t[x].Tag, "NN") {
			return false
		}
		if x > k && f.lex.PersonNouns[f.lowers[s][x]] {
			return true
		}
	}
	return false
}

// descriptorOrgBefore: the tokens before the comma at k describe an
// organisation owned or made definite ("Georgia's statistics office",
// "the federal migration service"): lower-case words ending in an
// organisation noun, opened by a possessive or "the".
func (f *finder) descriptorOrgBefore(s, k int) bool {
	t := f.toks(s)
	head := k - 1
	if head < 1 || !f.lex.OrgNouns[f.lowers[s][head]] && !(head > 0 && f.lex.OrgNouns[f.lowers[s][head-1]+" "+f.lowers[s][head]]) {
		return false
	}
	for x := head; x >= 0 && x >= head-4; x-- {
		w := t[x].Text
		switch {
		case w == "'s" || w == "’s" || f.lowers[s][x] == "the" || f.lowers[s][x] == "its":
			open := x // the phrase opens the clause: not "According to the bureau, X walked"
			if w == "'s" || w == "’s" {
				open = x - 1
			}
			return x < head && (open == 0 || clauseOpeners[f.lowers[s][open-1]])
		case capitalised(w) || !wordToken(w):
			return false
		}
	}
	return false
}

// clauseOpeners: words after which a noun phrase opens a clause.
var clauseOpeners = map[string]bool{",": true, "and": true, "but": true, "while": true, ";": true}

// age tells whether token k is a number that can be a person's age.
func (f *finder) age(s, k int) bool {
	w := f.word(s, k)
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	n := 0
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
		n = n*10 + int(c-'0')
	}
	return n >= 14 && n < 110
}

// trimLead drops the words a chunk may open with that are not part of a
// name ("The", "In", "According").
func (f *finder) trimLead(s int, r rng) rng {
	t := f.toks(s)
	if r.j-r.i >= 3 && f.lex.Descriptors[t[r.i+1].Text] {
		if _, ok := gazetteer.CountryByDemonym(t[r.i].Text); ok {
			r.i += 2 // "German NGO Connection e.V.": the demonym and the kind describe it
		}
	}
	for r.i < r.j && (f.lex.NotNames[t[r.i].Text] || connectors[t[r.i].Text] || locativeAdjective(t[r.i].Text) || f.lex.Descriptors[t[r.i].Text]) {
		r.i++
	}
	return r
}

// locativeAdjective tells whether a word says where something is based or
// from ("Oslo-based", "Riga-registered"): it qualifies a name, it is no
// part of it.
func locativeAdjective(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 {
		return false
	}
	switch w[i+1:] {
	case "based", "born", "registered", "headquartered", "funded", "backed", "run", "led":
		return true
	}
	return false
}

// appositions finds names explained by what follows them: "Jaan Tamm, a
// Russian pilot", "Helpers Abroad, a small charity", and "Jaan is
// a Russian soldier".
func (f *finder) appositions(s int) {
	t := f.toks(s)
	for _, r := range f.chunks[s] {
		if r.j >= len(t) {
			continue
		}
		kind := ""
		switch {
		case r.i >= 3 && t[r.i-1].Text == "," && (t[r.j].Text == "," || t[r.j].Tag == "VBD" || t[r.j].Tag == "VBZ") && f.descriptorOrgBefore(s, r.i-1):
			// "Georgia's statistics office, Geostat, recorded": the name
			// after an organisation's description
			kind = Organization
		case t[r.j].Text == "," && (f.lower(s, r.j+1) == "who" || f.lower(s, r.j+1) == "whose") && r.j-r.i >= 2:
			// "Jaan Tamm, who fled in 2022, …": only people are "who"
			kind = Person
		case t[r.j].Text == "," && f.age(s, r.j+1) && f.word(s, r.j+2) == "," && r.j-r.i >= 2:
			// "Jaan Tamm, 34, said"
			kind = Person
		case t[r.j].Text == ",":
			kind = f.appositionHead(s, r.j+1)
		case t[r.j].Text == "(":
			// "Tikhaya Tropa ("Quiet Path"), a volunteer network": a gloss
			// between the name and its apposition
			for k := r.j + 1; k < len(t) && k <= r.j+8; k++ {
				if t[k].Text == ")" {
					if k+1 < len(t) && t[k+1].Text == "," {
						if kind = f.appositionHead(s, k+2); kind == Person {
							kind = ""
						}
					}
					break
				}
			}
		case (f.lower(s, r.j) == "is" || f.lower(s, r.j) == "was") && r.i == 0:
			// "Jaan is a Russian soldier" (only as a sentence's subject)
			switch f.lower(s, r.j+1) {
			case "a", "an":
				kind = f.appositionHead(s, r.j+1)
			}
			if kind == Organization {
				kind = ""
			}
		}
		switch kind {
		case Person:
			// the name is the trailing name-shaped part of the chunk
			k := r.j
			for k > r.i && r.j-k < 3 && nameShaped(t[k-1].Text) && f.surnameOK(s, k-1) {
				k--
				// "Marijke de Vos": a particle inside the name keeps it whole
				if k-1 > r.i && nameParticles[t[k-1].Text] && nameShaped(t[k-2].Text) {
					k -= 2
				}
			}
			if k == r.j {
				continue
			}
			nr := rng{k, r.j}
			if nr.j-nr.i == 1 && f.capitalOrOrg(t[nr.i].Text) {
				continue
			}
			if nr.i > 0 && (t[nr.i-1].Tag == "IN" || t[nr.i-1].Tag == "TO") && len(majorPlaces(t[nr.i].Text)) > 0 {
				continue // "held in Batumi, a draft evader killed …": a list of headlines
			}
			if ps := majorPlaces(joinTokens(f.text, t, nr)); nr.j-nr.i > 1 && len(ps) > 0 {
				continue // "In Nizhny Novgorod, a …"
			}
			if nr.i >= 2 && f.lower(s, nr.i-1) == "of" && placeOfNouns[f.lower(s, nr.i-2)] {
				continue // "the Paris suburb of Montreuil, a refugee card on the table"
			}
			f.add(s, nr, personCand(joinTokens(f.text, t, nr)))
		case Organization:
			nr := f.afterLastAnd(s, f.trimLead(s, f.withLowerLinks(s, r)))
			for nr.i > r.i && nr.j-nr.i >= 1 && f.lex.NameNouns[t[nr.i-1].Text] && !f.headline[s] {
				nr.i-- // "Deserter Count, a project …": the noun opens the name the apposition describes
			}
			nr.i = f.pluralPossessiveBefore(s, nr.i) // "War Resisters' International, a network"
			if nr.i == r.i+2 && nameLinks[strings.ToLower(t[r.i].Text)] && f.lower(s, r.i+1) == "the" {
				nr.i = r.i // "Against the Current (…), a volunteer organisation": the preposition opens the name
			}
			// "Go by the Forest, a volunteer group": a listed name with
			// lower-case words ends here; it is read whole
			for k := max(0, nr.i-4); k < nr.i; k++ {
				if o, ok := gazetteer.OrgByName(joinTokens(f.text, t, rng{k, nr.j})); ok && f.free(s, rng{k, nr.j}) {
					if f.add(s, rng{k, nr.j}, orgCand(o)) {
						nr = rng{}
					}
					break
				}
			}
			if nr.i >= nr.j {
				continue
			}
			name := joinTokens(f.text, t, nr)
			if _, ok := gazetteer.CountryByName(name); ok {
				continue
			}
			if len(majorPlaces(name)) > 0 {
				continue // "a flight to Moscow, the outlet X reported": the outlet is X
			}
			if k := f.personOfOrg(s, nr); k > 0 && k+1 < nr.j {
				// "hosted by Zuzana Mikulova for Danube Sound, an audio studio"
				f.add(s, rng{nr.i, k}, personCand(joinTokens(f.text, t, rng{nr.i, k})))
				nr.i = skipLinks(t, k+1, nr.j)
				name = joinTokens(f.text, t, nr)
			}
			f.add(s, nr, f.orgByShape(name))
		}
	}
}

// withLowerLinks extends a name chunk back over lower-case links between
// capitalised words ("Right to Refuse", "Doctors without Borders"): an
// organisation's name may hold them, a chunk of capitals does not.
func (f *finder) withLowerLinks(s int, r rng) rng {
	t := f.toks(s)
	for r.i >= 2 && nameLinks[t[r.i-1].Text] && capitalised(t[r.i-2].Text) && !f.lex.NotNames[t[r.i-2].Text] {
		r.i -= 2
		for r.i > 0 && capitalised(t[r.i-1].Text) && !f.lex.NotNames[t[r.i-1].Text] {
			r.i--
		}
	}
	return r
}

// nameLinks are the lower-case words an organisation's name may hold.
var nameLinks = map[string]bool{"to": true, "for": true, "of": true, "without": true, "against": true}

// pluralPossessiveBefore: the start of a name that a plural's possessive
// runs into token i ("War Resisters' International", "the Young Lawyers'
// Association"), else i.
func (f *finder) pluralPossessiveBefore(s, i int) int {
	t := f.toks(s)
	if i < 2 || t[i-1].Text != "'" && t[i-1].Text != "’" || !strings.HasSuffix(t[i-2].Text, "s") || !capitalised(t[i-2].Text) {
		return i
	}
	for _, c := range f.chunks[s] {
		if c.j == i-1 && f.free(s, rng{c.i, c.j}) {
			return c.i
		}
	}
	return i
}

// capitalOrOrg tells whether a single word is a capital city or an
// organisation the gazetteer knows: "Moscow, the capital" is no person,
// but "Vladimir, a passenger" is one, though a town bears the name too.
func (f *finder) capitalOrOrg(w string) bool {
	if ps := gazetteer.PlacesByName(w); len(ps) > 0 && ps[0].Rank == 1 {
		return true
	}
	_, ok := gazetteer.OrgByName(w)
	return ok
}

// givenNames finds two- and three-word names without any cue when they
// look like a person's: a common given name first ("Vladimir Putin"), or a
// surname ending of the region last ("Jaan Kuznetsov").
func (f *finder) givenNames(s int) {
	if f.headline[s] {
		return
	}
	t := f.toks(s)
	for _, c := range f.chunks[s] {
		for i := c.i; i < c.j; i++ {
			r := f.nameAt(s, i, 3)
			if r.j-r.i < 2 {
				continue
			}
			first, last := t[r.i].Text, t[r.j-1].Text
			if !singularProper(t[r.i:r.j]) && !f.pluralSurname(t[r.i:r.j]) {
				continue
			}
			if !f.lex.FirstNames[first] && !(f.lex.HasSurnameSuffix(last) && len(gazetteer.PlacesByName(last)) == 0) {
				continue
			}
			if f.add(s, r, personCand(joinTokens(f.text, t, r))) {
				i = r.j - 1
			}
		}
	}
}

// loneSurnames reads a single unknown capitalised word with a surname
// ending of the region as a person ("Down, Kuznetsov."), when it is not
// the first word of the sentence, no place and no other known word.
func (f *finder) loneSurnames(s int) {
	t := f.toks(s)
	for k := 1; k < len(t); k++ {
		w := t[k].Text
		if f.covered[s][k] || !strings.HasPrefix(t[k].Tag, "NNP") || !nameShaped(w) || allCaps(w) {
			continue
		}
		if f.notPersonWord(w) || !f.lex.HasSurnameSuffix(w) || len(gazetteer.PlacesByName(w)) > 0 {
			continue
		}
		if k+1 < len(t) && capitalised(t[k+1].Text) && wordToken(t[k+1].Text) {
			continue // part of a longer name the other rules did not take
		}
		if prev := t[k-1].Text; capitalised(prev) && wordToken(prev) && !f.lex.NotNames[prev] {
			continue
		}
		if f.lower(s, k-1) == "the" && strings.HasSuffix(w, "s") {
			continue // "the Tikhonovs": a family, not a person
		}
		f.add(s, rng{k, k + 1}, personCand(w))
	}
}

// afterLastAnd narrows a chunk joined by "and" to its last conjunct
// ("the Commission and Frontex, the EU border agency" explains Frontex),
// unless the whole chunk is a known name ("Office of Refugees and Stateless
// Persons").
func (f *finder) afterLastAnd(s int, r rng) rng {
	t := f.toks(s)
	if r.i >= r.j {
		return r
	}
	if _, ok := gazetteer.OrgByName(joinTokens(f.text, t, r)); ok {
		return r
	}
	for k := r.j - 1; k > r.i; k-- {
		if t[k].Text == "and" || t[k].Text == "&" {
			return rng{k + 1, r.j}
		}
	}
	return r
}

// speechVerbs follow or precede a speaker's name.
var speechVerbs = map[string]bool{"said": true, "says": true, "told": true, "wrote": true, "added": true,
	"tweeted": true, "stated": true, "explained": true, "noted": true, "argued": true, "claimed": true,
	"insisted": true, "warned": true, "recalled": true, "asked": true, "replied": true, "posted": true}

// speakers finds two- and three-word names that speak: "Jaan Tamm said",
// "said Jaan Tamm". It runs after every other person and organisation
// rule, on what they left.
func (f *finder) speakers(s int) {
	if f.headline[s] {
		return
	}
	t := f.toks(s)
	for _, c := range f.chunks[s] {
		r := f.trimLead(s, c)
		// an ordinary word opening the sentence is no part of the name
		if r.i == 0 && r.j-r.i > 2 && !strings.HasPrefix(t[0].Tag, "NNP") {
			r.i++
		}
		if r.j-r.i < 2 || r.j-r.i > 3 || !f.free(s, r) {
			continue
		}
		before := r.i > 0 && speechVerbs[f.lower(s, r.i-1)] && (r.j == len(t) || t[r.j].Text == "," || t[r.j].Text == ".")
		after := r.j < len(t) && speechVerbs[f.lower(s, r.j)]
		if !before && !after {
			continue
		}
		if nr := f.nameAt(s, r.i, 3); nr != r || !singularProper(t[r.i:r.j]) {
			continue
		}
		f.add(s, r, personCand(joinTokens(f.text, t, r)))
	}
}

// pluralSurname: a name whose last word the tagger took for a plural
// ("Pavel Rudnets", "Olga Kuts") is a person's when it opens with a
// common given name and ends in no demonym or place ("Anna Russians" is
// no one).
func (f *finder) pluralSurname(ts []Token) bool {
	if !singularProper(ts[:len(ts)-1]) || !f.lex.FirstNames[ts[0].Text] {
		return false
	}
	last := ts[len(ts)-1].Text
	if _, ok := gazetteer.CountryByDemonym(last); ok {
		return false
	}
	return len(gazetteer.PlacesByName(last)) == 0
}

// singularProper tells whether a name's words are all tagged singular
// proper nouns: "Social Democrats" (NNPS) is a party, not a person.
func singularProper(ts []Token) bool {
	for _, t := range ts {
		if t.Tag == "NNPS" || t.Tag == "NNS" {
			return false
		}
	}
	return true
}

// kinDeterminers open a relative named after its kin noun: "their
// daughter Vera", "my wife, Yulia,".
var kinDeterminers = map[string]bool{"his": true, "her": true, "their": true, "my": true, "our": true, "whose": true}

// kinNames reads a relative named by kin noun: "their daughter Varya",
// "Their son, Savva, sixteen now", "their nine-year-old daughter, Vera":
// a possessive determiner at most six tokens before a kin noun, then a
// capitalised name of one or two words (a name the text already read, a
// capital, a country or a listed organisation is left alone).
func (f *finder) kinNames(s int) {
	if f.headline[s] {
		return
	}
	t := f.toks(s)
	for k := 1; k+1 < len(t); k++ {
		if !f.lex.KinNouns[f.lower(s, k)] {
			continue
		}
		det := false
		for d := k - 1; d >= 0 && d >= k-6; d-- { // "their nine-year-old daughter" (the age is several tokens)
			if kinDeterminers[f.lower(s, d)] {
				det = true
				break
			}
			if capitalised(t[d].Text) && d > 0 || t[d].Text == "," {
				break
			}
		}
		if !det {
			continue
		}
		i := k + 1
		if t[i].Text == "," {
			i++
		}
		if i >= len(t) || !nameShaped(t[i].Text) || allCaps(t[i].Text) || f.lex.NotNames[t[i].Text] {
			continue
		}
		r := rng{i, i + 1}
		if i+1 < len(t) && nameShaped(t[i+1].Text) && !allCaps(t[i+1].Text) && !f.lex.NotNames[t[i+1].Text] {
			r.j++
		}
		name := joinTokens(f.text, t, r)
		if !f.free(s, r) || isCapital(name) {
			continue // a capital is where they went: "her son Moscow" is no reading
		}
		if _, country := gazetteer.CountryByName(name); country {
			continue
		}
		if _, known := gazetteer.OrgByName(name); known {
			continue
		}
		f.add(s, r, personCand(name))
	}
}

// isCapital: some country's capital has this name.
func isCapital(name string) bool {
	for _, p := range gazetteer.PlacesByName(name) {
		if p.Rank == 1 {
			return true
		}
	}
	return false
}
