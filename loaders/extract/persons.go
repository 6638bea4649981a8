package extract

import (
	"strings"

	"newsgraph/loaders/gazetteer"
)

// notPersonWord tells whether a capitalised word cannot be part of a
// person's name: a month, a function word, a country, a demonym, an
// organisation's name or an organisation head word ("Ministry").
func (f *finder) notPersonWord(w string) bool {
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

// nameAt reads a person's name starting at token k: up to max name-shaped
// words, none of which is a non-name word. It returns the range, empty when
// there is no name there.
func (f *finder) nameAt(s, k, max int) rng {
	t := f.toks(s)
	j := k
	for j < len(t) && j-k < max {
		w := t[j].Text
		if !nameShaped(w) || f.notPersonWord(w) {
			break
		}
		j++
	}
	return rng{k, j}
}

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
		for n := f.lex.TitleStarts[f.lower(s, i)]; n >= 1; n-- {
			title := f.phraseAt(s, i, n)
			if title == "" || !f.lex.Titles[title] {
				continue
			}
			j := i + n
			// "Deputy Foreign Minister X": titles chain
			for more := true; more; {
				more = false
				for m := f.lex.TitleStarts[f.lower(s, j)]; m >= 1; m-- {
					if p := f.phraseAt(s, j, m); p != "" && f.lex.Titles[p] {
						title, j, more = p, j+m, true
						break
					}
				}
			}
			apposed := false
			switch {
			case f.lower(s, j) == "of":
				// "the president of the European Council, Charles Michel,"
				k := j + 1
				for k < len(t) && k < j+10 && t[k].Text != "," {
					k++
				}
				if k >= len(t) || t[k].Text != "," {
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
				if next := f.word(s, r.j); next != "," && next != "." && next != "" {
					continue
				}
			}
			if size == 1 && !(strongTitles[title] || f.lex.HasSurnameSuffix(t[r.i].Text)) {
				continue
			}
			if f.add(s, r, personCand(joinTokens(f.text, t, r))) {
				i = r.j - 1
			}
			break
		}
	}
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
		// "Jaan Tamm, spokesperson for the ministry"
		if !f.lex.PersonNouns[f.lower(s, k)] {
			return ""
		}
	}
	for x := k; x < len(t) && x < k+6; x++ {
		w := strings.ToLower(t[x].Text)
		if w == "," || w == "." || w == "who" || w == "that" || w == "which" || w == "of" || w == "for" || w == "from" || w == "in" {
			// "a Russian, who…": a demonym as the noun
			if x > k && x == k+1 {
				if _, ok := gazetteer.CountryByDemonym(t[x-1].Text); ok && capitalised(t[x-1].Text) {
					return Person
				}
			}
			return ""
		}
		if x+1 < len(t) {
			two := w + " " + strings.ToLower(t[x+1].Text)
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

// trimLead drops the words a chunk may open with that are not part of a
// name ("The", "In", "According").
func (f *finder) trimLead(s int, r rng) rng {
	t := f.toks(s)
	for r.i < r.j && (f.lex.NotNames[t[r.i].Text] || connectors[t[r.i].Text]) {
		r.i++
	}
	return r
}

// appositions finds names explained by what follows them: "Jaan Tamm, a
// Russian pilot", "Helpers Abroad, a non-profit organisation", and "Jaan is
// a Russian soldier".
func (f *finder) appositions(s int) {
	t := f.toks(s)
	for _, r := range f.chunks[s] {
		if r.j >= len(t) {
			continue
		}
		kind := ""
		switch {
		case t[r.j].Text == ",":
			kind = f.appositionHead(s, r.j+1)
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
			for k > r.i && r.j-k < 3 && nameShaped(t[k-1].Text) && !f.notPersonWord(t[k-1].Text) {
				k--
			}
			if k == r.j {
				continue
			}
			nr := rng{k, r.j}
			if nr.j-nr.i == 1 && f.capitalOrOrg(t[nr.i].Text) {
				continue
			}
			f.add(s, nr, personCand(joinTokens(f.text, t, nr)))
		case Organization:
			nr := f.afterLastAnd(s, f.trimLead(s, r))
			if nr.i >= nr.j {
				continue
			}
			name := joinTokens(f.text, t, nr)
			if _, ok := gazetteer.CountryByName(name); ok {
				continue
			}
			f.add(s, nr, f.orgByShape(name))
		}
	}
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
// ending of the region as a person ("Against Kuznetsov."), when it is not
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
		f.add(s, rng{k, k + 1}, personCand(w))
	}
}

// afterLastAnd narrows a chunk joined by "and" to its last conjunct
// ("the Commission and Frontex, the EU border agency" explains Frontex),
// unless the whole chunk is a known name ("Customs and Border Protection").
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
		if r.j-r.i < 2 || r.j-r.i > 3 || !f.free(s, r) {
			continue
		}
		before := r.i > 0 && speechVerbs[f.lower(s, r.i-1)] && (r.j == len(t) || t[r.j].Text == "," || t[r.j].Text == ".")
		after := r.j < len(t) && speechVerbs[f.lower(s, r.j)]
		if !before && !after {
			continue
		}
		if nr := f.nameAt(s, r.i, 3); nr != r {
			continue
		}
		f.add(s, r, personCand(joinTokens(f.text, t, r)))
	}
}
