package extract

import "newsgraph/loaders/gazetteer"

// datelineAgency reads the agency a dateline credits: "PODGORICA, Feb 19
// (Adriatic Wire) -", "HELSINKI, Nov 19, 2024 (Nordwire) —". The name in
// parentheses right before the dash that ends the dateline is a news
// organisation, listed or not.
func (f *finder) datelineAgency(s int) {
	t := f.toks(s)
	if len(t) < 5 || !capitalised(t[0].Text) {
		return
	}
	for k := 1; k < len(t) && k < 14; k++ {
		if t[k].Text != "(" {
			continue
		}
		end := -1
		for j := k + 1; j < len(t) && j <= k+5; j++ {
			if t[j].Text == ")" {
				end = j
				break
			}
		}
		if end <= k+1 || end+1 >= len(t) {
			return
		}
		switch t[end+1].Text {
		case "-", "—", "–", "--":
		default:
			return
		}
		r := rng{k + 1, end}
		for j := r.i; j < r.j; j++ {
			if w := t[j].Text; !capitalised(w) && !allCapsOrDigit(w) && w != "/" && w != "." {
				return
			}
		}
		if !f.free(s, r) {
			return
		}
		name := joinTokens(f.text, t, r)
		if o, ok := gazetteer.OrgByName(name); ok {
			f.add(s, r, orgCand(o))
			return
		}
		if _, ok := gazetteer.CountryByName(name); ok || len(majorPlaces(name)) > 0 {
			return // "NARVA (Estonia) -"
		}
		f.add(s, r, cand{typ: Organization, key: gazetteer.OrgKey(name), name: name})
		return
	}
}
