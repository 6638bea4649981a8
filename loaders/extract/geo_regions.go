package extract

import (
	"strings"

	"newsgraph/loaders/gazetteer"
)

// placeOfNouns introduce a place's name after "of": "the town of X", "the
// region of X". What follows is a place even when the gazetteer does not
// know it.
var placeOfNouns = map[string]bool{"city": true, "town": true, "village": true, "settlement": true,
	"region": true, "province": true, "oblast": true, "district": true, "port": true, "hamlet": true,
	"municipality": true, "republic": true, "suburb": true, "island": true, "enclave": true, "exclave": true, "capital": true}

// regionNames finds places named by their kind: a region noun after a name
// ("the Belgorod region", "West Kazakhstan region", "Moscow Oblast"), a
// place noun and "of" before it ("the town of X"), and geographic features
// ("Gulf of Finland", "Lake Ladoga", "Black Sea").
func (f *finder) regionNames(s int) {
	t := f.toks(s)
	for _, c := range f.splitChunks(s) {
		r := f.trimFunction(s, f.trimLead(s, c))
		if r.j-r.i < 1 || !f.free(s, r) {
			continue
		}
		// the tokenizer may leave a sentence's full stop on its last word
		first, last := t[r.i].Text, strings.TrimSuffix(t[r.j-1].Text, ".")
		switch {
		case r.j-r.i >= 3 && first == "Republic" && t[r.i+1].Text == "of" && f.placeBase(s, rng{r.i + 2, r.j}):
			// "the Republic of Mari El": a region of a federation (a state's
			// own "Republic of Moldova" is read as the country)
			if _, ok := gazetteer.CountryByName(joinTokens(f.text, t, r)); !ok {
				f.addNamedPlace(s, r, r)
			}
		case r.j-r.i >= 2 && f.lex.FeatureOpeners[first] && f.featureAfterOpener(s, r):
			f.addNamedPlace(s, r, r)
		case r.j-r.i >= 2 && f.lex.FeatureHeads[last] && f.placeBase(s, rng{r.i, r.j - 1}):
			f.addNamedPlace(s, r, r)
		case r.j-r.i >= 2 && last == "District" && t[r.j-2].Text == "Military":
			// "the Eastern Military District": a command of an army, not a region
			name := joinTokens(f.text, t, r)
			f.add(s, r, cand{typ: Organization, key: gazetteer.OrgKey(name), name: name})
		case r.j-r.i >= 2 && f.lex.RegionNouns[last] && capitalised(last) && f.placeBase(s, rng{r.i, r.j - 1}):
			// "Moscow Oblast", "Kherson Region"
			f.addNamedPlace(s, r, rng{r.i, r.j - 1})
		case r.j < len(t) && f.lex.RegionNouns[t[r.j].Text] && !capitalised(t[r.j].Text) && r.j-r.i <= 3 && f.placeBase(s, r):
			// "the Belgorod region": the noun is part of the name as written
			f.addNamedPlace(s, rng{r.i, r.j + 1}, r)
		case r.i >= 2 && f.lower(s, r.i-1) == "of" && placeOfNouns[f.lower(s, r.i-2)] && r.j-r.i <= 3 && f.placeBase(s, r):
			f.addNamedPlace(s, r, r)
		case r.j-r.i <= 2 && f.placeCue(s, r.i) && f.inRegionAfter(s, r.j) && !f.lex.FirstNames[first] && f.placeBase(s, r):
			// "killed near Robotyne in Ukraine's Zaporizhzhia region": a
			// place set inside a region the text names
			f.addNamedPlace(s, r, r)
		case r.j < len(t) && t[r.j].Text == "," && r.j-r.i <= 3 && f.placeApposition(s, r.j+1) && f.placeBase(s, r):
			// "Oral, the main city of the region", "Storby, a fishing town"
			f.addNamedPlace(s, r, r)
		}
	}
}

// inRegionAfter tells whether "in" and a region follow at token k: a
// country's possessive ("in Ukraine's …") or a name and a region noun ("in
// the Kursk region", "in Kherson Oblast").
func (f *finder) inRegionAfter(s, k int) bool {
	t := f.toks(s)
	if k >= len(t) || f.lower(s, k) != "in" {
		return false
	}
	if c, cr := f.countryAt(s, k+1); c != nil && cr.j < len(t) && possessive(t[cr.j].Text) {
		return true
	}
	j := k + 1
	if f.lower(s, j) == "the" {
		j++
	}
	for n := 1; n <= 3 && j+n < len(t) && capitalised(t[j+n-1].Text); n++ {
		if f.lex.RegionNouns[t[j+n].Text] {
			return true
		}
	}
	return false
}

// trimFunction drops the words a chunk opens with that are tagged as
// function words ("Across the Black Sea"), and the connectors after them.
func (f *finder) trimFunction(s int, r rng) rng {
	t := f.toks(s)
	for r.i < r.j {
		switch t[r.i].Tag {
		case "IN", "DT", "RB", "CC", "TO", "PRP", "PRP$", "WRB", "WDT", "WP", "MD", "VB", "VBD", "VBZ", "VBP":
			r.i++
			continue
		}
		if connectors[t[r.i].Text] {
			r.i++
			continue
		}
		break
	}
	return r
}

// placeApposition tells whether an apposition opening at token k
// describes a place: an article, then a noun phrase whose head is a
// place noun ("the main city", "a small border town", "the capital").
func (f *finder) placeApposition(s, k int) bool {
	switch f.lower(s, k) {
	case "a", "an", "the":
	default:
		return false
	}
	t := f.toks(s)
	head := ""
	for x := k + 1; x < len(t) && x <= k+4; x++ {
		tag := t[x].Tag
		if !strings.HasPrefix(tag, "NN") && !strings.HasPrefix(tag, "JJ") && tag != "VBG" && tag != "VBN" || capitalised(t[x].Text) {
			break
		}
		head = f.lower(s, x)
	}
	return placeOfNouns[head] || head == "capital"
}

// featureAfterOpener tells whether what follows a feature word makes a
// feature's name: "Gulf of Finland", "Lake Ladoga", not "Bay and …".
func (f *finder) featureAfterOpener(s int, r rng) bool {
	t := f.toks(s)
	next := t[r.i+1].Text
	if next == "of" {
		return r.j-r.i >= 3
	}
	return !connectors[next]
}

// placeBase tells whether a name can be the proper part of a place's name:
// not a country or demonym, a function word, an organisation head or a
// known organisation.
func (f *finder) placeBase(s int, r rng) bool {
	if r.i >= r.j {
		return false
	}
	t := f.toks(s)
	name := joinTokens(f.text, t, r)
	if allCountries(name) {
		return false
	}
	for k := r.i; k < r.j; k++ {
		w := t[k].Text
		if f.lex.NotNames[w] || f.lex.OrgHeads[w] || f.lex.Titles[f.lower(s, k)] {
			return false
		}
	}
	if _, ok := gazetteer.OrgByName(name); ok {
		return false
	}
	return true
}

// addNamedPlace records the place named by the tokens full, whose proper
// part is base: when the gazetteer knows base, its readings decide the key
// ("Kyiv region" and "Kyiv" are one place), else the full name does.
func (f *finder) addNamedPlace(s int, full, base rng) {
	t := f.toks(s)
	baseName := joinTokens(f.text, t, base)
	c := cand{typ: Place}
	if ps := gazetteer.PlacesByName(baseName); len(ps) > 0 {
		c.places = ps
	} else if co := f.countryAfterCommaC(s, full.j); co != nil {
		c.iso = co.ISO2
		c.key = gazetteer.PlaceKey(joinTokens(f.text, t, full), co.ISO2)
	}
	f.add(s, full, c)
}
