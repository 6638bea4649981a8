package extract

import (
	"strings"

	"newsgraph/loaders/gazetteer"
)

// countryAt reads a country name of up to four tokens at k ("United
// States", "Bosnia and Herzegovina"); short all-capital forms must be
// written in capitals ("US", not "Us").
func (f *finder) countryAt(s, k int) (*gazetteer.Country, rng) {
	t := f.toks(s)
	if k >= len(t) || !capitalised(t[k].Text) {
		return nil, rng{}
	}
	for n := 4; n >= 1; n-- {
		if k+n > len(t) || !capitalised(t[k+n-1].Text) {
			continue
		}
		surface := joinTokens(f.text, t, rng{k, k + n})
		c, ok := gazetteer.CountryByName(surface)
		if !ok {
			continue
		}
		if len(surface) <= 3 && !allCaps(surface) && surface != c.Name {
			continue
		}
		return c, rng{k, k + n}
	}
	return nil, rng{}
}

// countryMentions finds countries by name and by demonym, also inside hyphenated
// words ("Georgia-Russia border", "anti-Russian").
func (f *finder) countryMentions(s int) {
	t := f.toks(s)
	for k := 0; k < len(t); k++ {
		if f.covered[s][k] {
			continue
		}
		if c, r := f.countryAt(s, k); c != nil {
			if f.capitalNamedAfter(s, r) {
				k = r.j // "Mexico City", "Kuwait City": the town, read with the places
				continue
			}
			if f.add(s, r, countryCand(c, false)) {
				f.countries[c.ISO2] = true
				k = r.j - 1
			}
			continue
		}
		w := t[k].Text
		if capitalised(w) {
			if c, ok := gazetteer.CountryByDemonym(w); ok {
				if f.add(s, rng{k, k + 1}, countryCand(c, true)) {
					f.countries[c.ISO2] = true
				}
				continue
			}
		}
		if strings.Contains(w, "-") {
			f.hyphenParts(s, k)
		}
	}
}

// capitalNamedAfter: the country name at r and the capitalised word after
// it name a capital or a division seat ("Mexico City", "Guatemala City").
func (f *finder) capitalNamedAfter(s int, r rng) bool {
	t := f.toks(s)
	if r.j >= len(t) || !capitalised(t[r.j].Text) {
		return false
	}
	ps := gazetteer.PlacesByName(joinTokens(f.text, t, rng{r.i, r.j + 1}))
	return len(ps) > 0 && ps[0].Rank <= 2
}

// hyphenParts reads the capitalised parts of a hyphenated word as
// countries, demonyms or major places ("Moscow-Belgrade flight").
func (f *finder) hyphenParts(s, k int) {
	tk := f.toks(s)[k]
	// the whole word may be the place: "Rostov-on-Don", "Ivano-Frankivsk",
	// "Yoshkar-Ola" (whose "Ola" is another town)
	ps := majorPlaces(tk.Text)
	if len(ps) == 0 {
		ps = gazetteer.PlacesByName(tk.Text)
	}
	if len(ps) > 0 && capitalised(tk.Text) {
		f.add(s, rng{k, k + 1}, cand{typ: Place, name: ps[0].Name, places: ps})
		return
	}
	off := tk.Start
	found := false
	// "Offenbach-based": any town the gazetteer knows, the suffix says it is one
	located := locativeAdjective(tk.Text) && strings.Count(tk.Text, "-") == 1
	for _, part := range strings.Split(tk.Text, "-") {
		start, end := off, off+len(part)
		off = end + 1
		if !capitalised(part) {
			continue
		}
		var c cand
		if co, ok := gazetteer.CountryByName(part); ok {
			c = countryCand(co, false)
			f.countries[co.ISO2] = true
		} else if co, ok := gazetteer.CountryByDemonym(part); ok {
			c = countryCand(co, true)
			f.countries[co.ISO2] = true
		} else if ps := majorPlaces(part); len(ps) > 0 {
			c = cand{typ: Place, name: ps[0].Name, places: ps}
		} else if ps := gazetteer.PlacesByName(part); located && len(ps) > 0 {
			c = cand{typ: Place, name: ps[0].Name, places: ps}
		} else {
			continue
		}
		f.addSpan(s, start, end, c, false)
		found = true
	}
	if found {
		f.cover(s, rng{k, k + 1})
	}
}

// majorPlaces are the capitals and seats of divisions of a name.
func majorPlaces(name string) []gazetteer.Place {
	var out []gazetteer.Place
	for _, p := range gazetteer.PlacesByName(name) {
		if p.Rank <= 2 {
			out = append(out, p)
		}
	}
	return out
}

// placeCue tells whether the words before token k make what follows a
// place: "in", "near", "from", "to", "at", "outside", "city of".
func (f *finder) placeCue(s, k int) bool {
	switch f.lower(s, k-1) {
	case "in", "near", "from", "to", "at", "outside", "into", "via", "towards", "toward":
		return true
	case "of":
		switch f.lower(s, k-2) {
		case "city", "town", "village", "region", "port", "outskirts", "exclave", "enclave", "province", "capital":
			return true
		}
	}
	return false
}

// placeSites finds airports and border crossings ("Portela airport",
// "the border crossing at Sarpi") and "in Town, Country".
func (f *finder) placeSites(s int) {
	t := f.toks(s)
	for _, c := range f.chunks[s] {
		r := f.trimLead(s, c)
		if r.i >= r.j {
			continue
		}
		name := joinTokens(f.text, t, r)
		switch {
		case r.j < len(t) && f.lower(s, r.j) == "airport" || t[r.j-1].Text == "Airport":
			end := r.j
			if t[r.j-1].Text != "Airport" {
				end++
			}
			full := rng{r.i, end}
			iso := f.possessorCountry(s, r.i)
			for k := end - 1; iso == "" && k > r.i; k-- {
				// "Helsinki Airport" → FI, "Athens International Airport" → GR,
				// "Zvartnots International Airport" → AM (a listed airport)
				n := joinTokens(f.text, t, rng{r.i, k})
				if iso = cityCountry(n); iso == "" {
					if a, ok := gazetteer.AirportByName(n); ok {
						iso = a.Country
					}
				}
			}
			f.add(s, full, cand{typ: Place, key: gazetteer.PlaceKey(joinTokens(f.text, t, full), iso), iso: iso})
		case r.j < len(t) && f.lower(s, r.j) == "airports":
			// "at Larnaca and Paphos airports": each town of the list
			f.townsOfList(s, r)
		case f.crossingBefore(s, r.i) || f.crossingAfter(s, r.j):
			// "the Vaalimaa and Nuijamaa border crossings": each is a site
			iso := f.countryAfterComma(s, r.j)
			for _, part := range listParts(t, r, false) {
				pname := joinTokens(f.text, t, part)
				if allCountries(pname) {
					continue
				}
				piso := iso
				if piso == "" {
					piso = soleCountry(gazetteer.PlacesByName(pname)) // "Vaalimaa" alone elsewhere is the same place
				}
				key := gazetteer.PlaceKey(pname, piso)
				span := part
				c := cand{typ: Place, iso: piso}
				if n := f.crossingNounLen(s, r.j); part.j == r.j && n > 1 && crossingKinds[f.lower(s, r.j)] {
					// "the Terespol road crossing" and "the Terespol rail
					// crossing": two crossings of one town, each by its full name
					span.j = r.j + n
					key = gazetteer.PlaceKey(joinTokens(f.text, t, span), piso)
				} else if n > 0 && part.j == r.j {
					// "the Mashtakovo checkpoint": named by its town, the full
					// form an alias (the mention stays the town's name)
					c.bareName, c.surface = pname, joinTokens(f.text, t, rng{part.i, r.j + n})
				}
				c.key = key
				f.add(s, span, c)
			}
		case f.placeCue(s, r.i) && r.j-r.i <= 3:
			co := f.countryAfterCommaC(s, r.j)
			if co == nil || strings.Contains(name, " and ") {
				continue // "from Tbilisi and Riga, Latvia": two places, each read alone
			}
			if _, ok := gazetteer.CountryByName(name); ok {
				continue
			}
			if f.lex.FirstNames[t[r.i].Text] || f.notPersonWord(name) {
				continue
			}
			p := cand{typ: Place, iso: co.ISO2, key: gazetteer.PlaceKey(name, co.ISO2)}
			for _, gp := range gazetteer.PlacesByName(name) {
				if gp.Country == co.ISO2 {
					p.name = gp.Name
					p.key = gazetteer.PlaceKey(gp.Name, co.ISO2)
					break
				}
			}
			f.add(s, r, p)
		}
	}
}

// listParts splits the tokens of r at "and" (and at commas when commas
// is set) into the non-empty names of a list ("Vaalimaa and Nuijamaa").
func listParts(t []Token, r rng, commas bool) []rng {
	var out []rng
	start := r.i
	for k := r.i; k <= r.j; k++ {
		if k < r.j && t[k].Text != "and" && (!commas || t[k].Text != ",") {
			continue
		}
		if start < k {
			out = append(out, rng{start, k})
		}
		start = k + 1
	}
	return out
}

// townsOfList adds each town of the gazetteer, of one country, in the
// list "A, B and C" in range r (the towns of "A and B airports").
func (f *finder) townsOfList(s int, r rng) {
	t := f.toks(s)
	for _, part := range listParts(t, r, true) {
		name := joinTokens(f.text, t, part)
		if iso := soleCountry(gazetteer.PlacesByName(name)); iso != "" {
			f.add(s, part, cand{typ: Place, key: gazetteer.PlaceKey(name, iso), iso: iso})
		}
	}
}

// cityCountry is the country of a major city called name (a capital or a
// seat of a division, the first such), or "": an airport named after its
// city lies in that city's country.
func cityCountry(name string) string {
	for _, p := range gazetteer.PlacesByName(name) {
		if p.Rank <= 2 && p.Kind == "city" {
			return p.Country
		}
	}
	return ""
}

// crossingBefore tells whether "border crossing at" or "checkpoint at"
// ends right before token k.
func (f *finder) crossingBefore(s, k int) bool {
	if f.lower(s, k-1) != "at" && f.lower(s, k-1) != "of" && f.lower(s, k-1) != "near" {
		return false
	}
	switch f.lower(s, k-2) {
	case "checkpoint", "post", "point":
		return true
	case "crossing":
		// "the border crossing at X", "the crossing at X", not "his
		// crossing of Y": the crossing is a site after "the" or "border"
		prev := f.lower(s, k-3)
		return prev == "the" || prev == "a" || strings.HasSuffix(prev, "border") ||
			prev == "after" || prev == "before" || prev == "by" || prev == "when" || prev == "while" // "after crossing at X"
	}
	return false
}

// crossingAfter tells whether a site's noun of the lexicon follows at
// token k: "Vaalimaa border crossing", "Nuijamaa crossings", "Semey
// checkpoint", "the Storby border post". Airports are read first by their
// own rule, which keeps the noun in the name.
func (f *finder) crossingAfter(s, k int) bool {
	var buf [64]byte
	for n := f.lex.SiteNounWords; n >= 1; n-- {
		if p, ok := f.phraseBytes(buf[:0], s, k, n); ok && f.lex.SiteNouns[string(p)] {
			return !capitalised(f.word(s, k))
		}
	}
	return false
}

// crossingKinds tell one crossing of a town from another: "the Terespol
// road crossing", "the Terespol rail crossing".
var crossingKinds = map[string]bool{"road": true, "rail": true, "railway": true, "freight": true, "pedestrian": true}

// soleCountry is the one country all readings of a place name lie in, or "".
func soleCountry(ps []gazetteer.Place) string {
	c := ""
	for _, p := range ps {
		if c != "" && p.Country != c {
			return ""
		}
		c = p.Country
	}
	return c
}

// crossingNounLen: how many tokens at k name a single border crossing
// ("crossing", "border checkpoint", "rail crossing", "port of entry"), 0 if
// none or a plural ("the X and Y crossings" name two places).
func (f *finder) crossingNounLen(s, k int) int {
	var buf [64]byte
	for n := f.lex.SiteNounWords; n >= 1; n-- {
		p, ok := f.phraseBytes(buf[:0], s, k, n)
		if !ok || !f.lex.SiteNouns[string(p)] {
			continue
		}
		words := strings.Fields(string(p))
		switch last := words[len(words)-1]; {
		case last == "crossing" || last == "checkpoint" || last == "point" || last == "post" || last == "entry":
			return n
		case string(p) == "border station":
			return n
		}
		return 0
	}
	return 0
}

// possessorCountry is the country of a place named in the possessive right
// before token k ("Lisbon's Portela airport" → PT), or "".
func (f *finder) possessorCountry(s, k int) string {
	if k < 2 || !possessive(f.word(s, k-1)) {
		return ""
	}
	w := f.word(s, k-2)
	if c, ok := gazetteer.CountryByName(w); ok {
		return c.ISO2
	}
	if ps := gazetteer.PlacesByName(w); len(ps) > 0 {
		return ps[0].Country
	}
	return ""
}

// countryAfterComma is the ISO code of a country named right after a
// comma at token k ("Sarpi, Georgia"), or "".
func (f *finder) countryAfterComma(s, k int) string {
	if c := f.countryAfterCommaC(s, k); c != nil {
		return c.ISO2
	}
	return ""
}

func (f *finder) countryAfterCommaC(s, k int) *gazetteer.Country {
	if f.word(s, k) != "," {
		return nil
	}
	c, r := f.countryAt(s, k+1)
	if c != nil && possessive(f.word(s, r.j)) {
		return nil // "a flight to Dubai, Armenia's Interior Ministry said": another clause
	}
	return c
}

// givenNameOfNamed: word is the given name of a person the article names
// in full.
func (f *finder) givenNameOfNamed(word string) bool {
	if !f.lex.FirstNames[word] {
		return false
	}
	for _, c := range f.cands {
		if c.typ == Person && strings.HasPrefix(c.name, word+" ") {
			return true
		}
	}
	return false
}

// gazetteerPlaces finds places the gazetteer knows. Capitals and seats of
// divisions count wherever they are capitalised and not the first word of a
// sentence that could be an ordinary word; other places need a place cue
// ("in Narva"). A name shared by places of several countries is read as the
// one in a country the article names, else as the most important.
func (f *finder) gazetteerPlaces(s int) {
	t := f.toks(s)
	for _, c := range f.splitChunks(s) {
		for i := c.i; i < c.j; i++ {
			for n := 4; n >= 1; n-- { // four words: "Ho Chi Minh City"
				r := rng{i, i + n}
				if r.j > c.j || !f.free(s, r) || connectors[t[r.j-1].Text] || connectors[t[r.i].Text] {
					continue
				}
				name := joinTokens(f.text, t, r)
				if n == 1 && (f.lex.NotNames[name] || f.lex.OrgHeads[name] || allCaps(name) || f.lex.KinNouns[f.lower(s, r.i-1)]) {
					continue // "his daughter Vera" is a person, not the town
				}

				if _, ok := f.lex.Regions[name]; ok {
					if f.add(s, r, cand{typ: Place, key: gazetteer.PlaceKey(name, ""), name: name}) {
						i = r.j - 1
						break
					}
					continue
				}
				ps := gazetteer.PlacesByName(name)
				if len(ps) == 0 || r.j == c.j && f.lex.NamedAfterPlace[f.lower(s, r.j)] {
					continue // "the EU's Dublin rules": no place is told of
				}
				// "The Moscow programme": the place is "Moscow"; "The Hague"
				// keeps its article
				if n > 1 && f.lex.NotNames[t[r.i].Text] && !strings.HasPrefix(ps[0].Name, t[r.i].Text+" ") {
					continue
				}
				best := ps[0].Rank
				cue := f.placeCue(s, r.i) || f.countryAfterCommaC(s, r.j) != nil
				if best == 3 && !cue {
					continue
				}
				if n == 1 && !cue && best > 1 && f.givenNameOfNamed(name) {
					// "later in Almaty, Roman worked remotely" after "Roman
					// Zaitsev": the man (resolve joins him), not Roman in Bulgaria
					if f.add(s, r, personCand(name)) {
						i = r.j - 1
						break
					}
					continue
				}
				// a single word must be tagged a proper noun ("Are they…?" is
				// no town), and the first word of a sentence must be a capital
				if n == 1 && !cue && !strings.HasPrefix(t[r.i].Tag, "NNP") {
					continue
				}
				if r.i == 0 && best > 1 && !cue {
					continue
				}
				// inside a longer capitalised name ("Paris Club", "Victoria
				// Station") it is no place, unless a title follows ("Moscow
				// Mayor …") or the rest is already a mention
				if (r.i > c.i || r.j < c.j) && !cue && !f.townForTown(s, r, c) {
					if best > 1 {
						continue
					}
					if r.j < c.j && !f.covered[s][r.j] && !f.lex.Titles[f.lower(s, r.j)] {
						continue
					}
				}
				if f.add(s, r, cand{typ: Place, name: ps[0].Name, places: ps}) {
					i = r.j - 1
					break
				}
			}
		}
	}
}

// townForTown tells whether r and the rest of chunk c are two places
// joined by "for" ("left Helsinki for Yerevan"), not one name ("Office
// for Refugees"): what follows "for" is a town or a country as a whole.
func (f *finder) townForTown(s int, r, c rng) bool {
	t := f.toks(s)
	if r.i != c.i || r.j+1 >= c.j || t[r.j].Text != "for" {
		return false
	}
	rest := joinTokens(f.text, t, rng{r.j + 1, c.j})
	if _, ok := gazetteer.CountryByName(rest); ok {
		return true
	}
	for _, p := range gazetteer.PlacesByName(rest) {
		if p.Rank <= 2 {
			return true
		}
	}
	return false
}

// regionDemonyms reads "European" and the like as mentions of the region.
func (f *finder) regionDemonyms(s int) {
	t := f.toks(s)
	for k := range t {
		if f.covered[s][k] || !capitalised(t[k].Text) {
			continue
		}
		for region, forms := range f.lex.Regions {
			for _, d := range forms {
				// "Central Asian states": a form of two words is read whole
				n := strings.Count(d, " ") + 1
				if k+n <= len(t) && f.free(s, rng{k, k + n}) && joinTokens(f.text, t, rng{k, k + n}) == d {
					f.add(s, rng{k, k + n}, cand{typ: Place, key: gazetteer.PlaceKey(region, ""), name: region, demonym: true})
				}
			}
		}
	}
}

// dateline reads the place of a dateline: "ALMATY, Kazakhstan (Reuters) -",
// "HELSINKI —". The capitals must be a place the gazetteer knows.
func (f *finder) dateline(s int) {
	t := f.toks(s)
	n := 0
	for n < len(t) && n < 3 && allCaps(t[n].Text) && wordToken(t[n].Text) {
		n++
	}
	if n == 0 {
		f.mixedDateline(s)
		return
	}
	if n >= len(t) {
		return
	}
	switch t[n].Text {
	case ",", "—", "–", "-", "--", "(":
	default:
		return
	}
	r := rng{0, n}
	name := titleCase(joinTokens(f.text, t, r))
	if _, ok := gazetteer.CountryByName(name); ok {
		return
	}
	ps := gazetteer.PlacesByName(name)
	if len(ps) == 0 {
		// a town the gazetteer lacks still counts when its country is
		// given: "STORBY, Norway —"
		if co := f.countryAfterCommaC(s, n); co != nil {
			f.add(s, r, cand{typ: Place, name: name, iso: co.ISO2, key: gazetteer.PlaceKey(name, co.ISO2)})
		}
		return
	}
	if co := f.countryAfterCommaC(s, n); co != nil {
		for _, p := range ps {
			if p.Country == co.ISO2 {
				ps = []gazetteer.Place{p}
				break
			}
		}
	}
	f.add(s, r, cand{typ: Place, name: ps[0].Name, places: ps})
}

// mixedDateline reads a dateline written in ordinary case: "Narva,
// Estonia —", "Storby, Norway (AP) -". A town, its country and a dash or
// parenthesis open the sentence.
func (f *finder) mixedDateline(s int) {
	t := f.toks(s)
	if len(f.chunks[s]) == 0 || f.chunks[s][0].i != 0 {
		return
	}
	r := f.chunks[s][0]
	if r.j-r.i > 3 || f.lex.NotNames[t[0].Text] {
		return
	}
	co := f.countryAfterCommaC(s, r.j)
	if co == nil {
		return
	}
	_, cr := f.countryAt(s, r.j+1)
	switch f.word(s, cr.j) {
	case "—", "–", "-", "--", "(":
	default:
		return
	}
	name := joinTokens(f.text, t, r)
	if allCountries(name) {
		return
	}
	c := cand{typ: Place, iso: co.ISO2, key: gazetteer.PlaceKey(name, co.ISO2)}
	for _, p := range gazetteer.PlacesByName(name) {
		if p.Country == co.ISO2 {
			c.name, c.key = p.Name, gazetteer.PlaceKey(p.Name, co.ISO2)
			break
		}
	}
	f.add(s, r, c)
}

// allCountries tells whether a name, or every part of a hyphenated name, is
// a country or demonym ("Georgia-Russia", "Finnish-Russian").
func allCountries(name string) bool {
	for _, p := range strings.Split(name, "-") {
		_, c := gazetteer.CountryByName(p)
		_, d := gazetteer.CountryByDemonym(p)
		if !c && !d {
			return false
		}
	}
	return true
}

// splitChunks is splitAtAnd of a sentence's chunks, made once: two place
// rules read it.
func (f *finder) splitChunks(s int) []rng {
	if f.andParts[s] == nil {
		f.andParts[s] = splitAtAnd(f.toks(s), f.chunks[s])
		if f.andParts[s] == nil {
			f.andParts[s] = []rng{}
		}
	}
	return f.andParts[s]
}

// splitAtAnd splits chunks at "and" and "&": "Rostov and Krasnodar" are two
// names for the place rules.
func splitAtAnd(t []Token, cs []rng) []rng {
	var out []rng
	for _, c := range cs {
		start := c.i
		for k := c.i; k < c.j; k++ {
			if t[k].Text == "and" || t[k].Text == "&" {
				if k > start {
					out = append(out, rng{start, k})
				}
				start = k + 1
			}
		}
		if start < c.j {
			out = append(out, rng{start, c.j})
		}
	}
	return out
}
