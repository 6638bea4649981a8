package extract

import "newsgraph/loaders/gazetteer"

// partiesAfterNames reads a short capitalised name in parentheses right
// after a person's name as the person's party or group ("Aino Lehto
// (Greens)", "Igor Tamm (Eesti 200)", "MEP Anna Rossi (The Left)"):
// news style puts a politician's party there. Numbers alone, lower-case
// words and a credit ("(Reuters)") are left alone.
func (f *finder) partiesAfterNames() {
	personEnds := map[[2]int]bool{} // sentence, byte offset where a person's name ends
	for _, c := range f.cands {
		if c.typ == Person {
			personEnds[[2]int{c.sent, c.end}] = true
		}
	}
	for s := range f.sents {
		f.partyAfterName(s, personEnds)
	}
}

// partyAfterName is partiesAfterNames for sentence s, in text order.
func (f *finder) partyAfterName(s int, personEnds map[[2]int]bool) {
	t := f.toks(s)
	for k := 1; k < len(t); k++ {
		if t[k].Text != "(" || !personEnds[[2]int{s, t[k-1].End}] {
			continue
		}
		end := -1
		for j := k + 1; j < len(t) && j <= k+4; j++ {
			if t[j].Text == ")" {
				end = j
				break
			}
		}
		if end <= k+1 || end+1 < len(t) && t[end+1].Text == ":" {
			continue // "ANNA ROSS (GUEST):" labels a speaker of a transcript
		}
		r := rng{k + 1, end}
		if !capitalised(t[r.i].Text) || !f.free(s, r) {
			continue
		}
		ok, words := true, 0
		for j := r.i; j < r.j; j++ {
			w := t[j].Text
			switch {
			case isDigitWord(w):
			case capitalised(w) || allCapsOrDigit(w):
				words++
			case w != "of" && w != "and":
				ok = false
			}
		}
		if !ok || words == 0 {
			continue // "(34)", "(left)"
		}
		name := joinTokens(f.text, t, r)
		if len(majorPlaces(name)) > 0 {
			continue // "(Tallinn)"
		}
		if o, known := gazetteer.OrgByName(name); known && o.Kind == "media" {
			continue // "(Reuters)": a credit
		}
		f.add(s, r, f.orgByShape(name))
	}
}

// isDigitWord: a token of digits only.
func isDigitWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}
