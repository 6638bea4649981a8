package extract

import (
	"strings"

	"newsgraph/loaders/gazetteer"
)

// knownForm is what a surface form found once means everywhere else in
// the article.
type knownForm struct {
	typ, key, name string
	iso            string
}

// knownForms collects the names the cue-based recognisers found, so that
// their later, cue-less mentions are found too: full names, and the
// surname alone when only one person of the article bears it.
func (f *finder) knownForms() (map[string]knownForm, int) {
	forms := map[string]knownForm{}
	surnames := map[string][]knownForm{}
	maxWords := 1
	for _, c := range f.cands {
		if c.typ != Person && c.typ != Organization {
			continue
		}
		name := c.name
		if name == "" {
			name = c.surface
		}
		kf := knownForm{typ: c.typ, key: c.key, name: name, iso: c.iso}
		for _, form := range []string{name, c.surface} {
			k := gazetteer.Norm(form)
			if k == "" {
				continue
			}
			forms[k] = kf
			if n := strings.Count(k, " ") + 1; n > maxWords {
				maxWords = n
			}
		}
		if c.typ == Person {
			if words := strings.Fields(name); len(words) >= 2 {
				last := gazetteer.Norm(words[len(words)-1])
				dup := false
				for _, o := range surnames[last] {
					dup = dup || o.key == kf.key
				}
				if !dup {
					surnames[last] = append(surnames[last], kf)
				}
			}
		}
	}
	for last, ks := range surnames {
		if _, taken := forms[last]; taken {
			continue
		}
		if len(ks) == 1 {
			forms[last] = ks[0]
		} else {
			// two people share the surname: the bare surname stays unresolved
			forms[last] = knownForm{}
		}
	}
	return forms, maxWords
}

// knownMentions finds the later mentions of names found earlier.
func (f *finder) knownMentions(s int, forms map[string]knownForm, maxWords int) {
	t := f.toks(s)
	var buf [96]byte
	ends := make([]int, maxWords+1) // ends[n]: length of the folded first n tokens, -1 if the nth is punctuation
	for i := 0; i < len(t); i++ {
		if !capitalised(t[i].Text) || f.covered[s][i] {
			continue
		}
		// fold the tokens from i once; the n-word phrase is a prefix
		b := buf[:0]
		top := 0
		for n := 1; n <= maxWords && i+n <= len(t); n++ {
			before := len(b)
			if before > 0 {
				b = append(b, ' ')
			}
			b = gazetteer.AppendNorm(b, t[i+n-1].Text)
			ends[n], top = len(b), n
			if len(b) == before+1 { // punctuation folds to nothing
				b = b[:before]
				ends[n] = -1 // and ends no name: "Zhdanov," is "Zhdanov"
			}
		}
		for n := top; n >= 1; n-- {
			r := rng{i, i + n}
			if ends[n] < 0 || !f.free(s, r) {
				continue
			}
			kf, ok := forms[string(b[:ends[n]])]
			if !ok {
				continue
			}
			if kf.key == "" {
				f.cover(s, r) // an ambiguous surname: nobody's mention
				i = r.j - 1
				break
			}
			if f.add(s, r, cand{typ: kf.typ, key: kf.key, name: kf.name, iso: kf.iso}) {
				i = r.j - 1
				break
			}
		}
	}
}

// acronyms reads "Name (ACRONYM)" after an organisation as another name of
// it: "the Catalan Commission for Refugee Aid (CCAR)".
func (f *finder) acronyms() {
	n := len(f.cands)
	for ci := 0; ci < n; ci++ {
		c := f.cands[ci]
		if c.typ != Organization {
			continue
		}
		r := f.tokenRange(c.sent, c.start, c.end)
		f.acronymBefore(ci, r)
		k := r.j
		if f.word(c.sent, k) != "(" {
			continue
		}
		// "(IND)", and a name in another language: "(Groen)", "(Protiv Techeniya)"
		end := k + 1
		for end < len(f.toks(c.sent)) && end <= k+3 && capitalised(f.word(c.sent, end)) && wordToken(f.word(c.sent, end)) {
			end++
		}
		if end == k+1 || f.word(c.sent, end) != ")" || !f.free(c.sent, rng{k + 1, end}) {
			continue
		}
		w := joinTokens(f.text, f.toks(c.sent), rng{k + 1, end})
		if end == k+2 && allCaps(w) && len(w) > 8 || !allCaps(w) && f.placeOrCountry(w) {
			continue
		}
		f.add(c.sent, rng{k + 1, end}, cand{typ: Organization, key: c.key, name: c.name, iso: c.iso})
	}
}

// acronymBefore: "AIMA, the Agency for Integration, Migration and Asylum":
// an all-capitals name set before the organisation's full name, whose
// capitals it spells, is another name of it.
func (f *finder) acronymBefore(ci int, r rng) {
	c := f.cands[ci]
	k := r.i - 3
	if k < 0 || f.word(c.sent, k+1) != "," || f.lower(c.sent, k+2) != "the" {
		return
	}
	w := f.word(c.sent, k)
	if !allCaps(w) || len(w) < 2 || len(w) > 8 || w != initials(c.surface) {
		return
	}
	for i := range f.cands {
		a := &f.cands[i]
		if a.sent == c.sent && a.typ == Organization && f.tokenRange(a.sent, a.start, a.end) == (rng{k, k + 1}) {
			a.key, a.name, a.iso = c.key, c.name, c.iso
			return
		}
	}
	f.add(c.sent, rng{k, k + 1}, cand{typ: Organization, key: c.key, name: c.name, iso: c.iso})
}

// initials spells the capitalised words of a name: "Agency for
// Integration, Migration and Asylum" is "AIMA".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == ',' || r == '-' }) {
		if capitalised(w) {
			b.WriteString(w[:1])
		}
	}
	return b.String()
}
