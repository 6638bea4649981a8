package extract

import (
	"sort"
	"strings"

	"newsgraph/loaders/gazetteer"
)

// placeReading picks the reading of an ambiguous place name: one in a
// country the article names, else the most important.
func (f *finder) placeReading(c *cand) {
	if len(c.places) == 0 {
		// a site found by its cue ("the Semey checkpoint") takes the
		// country of a gazetteer place of its name in a country the
		// article names
		if c.iso == "" && c.name == "" {
			for _, p := range gazetteer.PlacesByName(cleanSurface(c.surface)) {
				if f.countries[p.Country] {
					c.iso = p.Country
					c.key = gazetteer.PlaceKey(cleanSurface(c.surface), p.Country)
					break
				}
			}
		}
		if c.key == "" {
			c.key = gazetteer.PlaceKey(c.surface, c.iso)
		}
		return
	}
	best := c.places[0]
	for _, p := range c.places {
		if f.countries[p.Country] {
			best = p
			break
		}
	}
	c.name, c.iso = best.Name, best.Country
	c.key = gazetteer.PlaceKey(best.Name, best.Country)
}

// cleanSurface drops a possessive ending and surrounding punctuation from
// a surface form.
func cleanSurface(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"'s", "’s"} {
		s = strings.TrimSuffix(s, p)
	}
	t := strings.Trim(s, " ,.;:\"“”'’()")
	if strings.HasSuffix(s, ".") && (strings.HasSuffix(t, ".V") || strings.HasSuffix(t, " Inc") || strings.HasSuffix(t, " Ltd")) {
		t += "." // an abbreviated legal form keeps its full stop ("Connection e.V.")
	}
	return t
}

// resolve turns the candidates into the article's entities: one per key,
// named by its fullest form in the text (countries by the gazetteer's
// name), with every other surface form as an alias, and fills in the
// sentences' mentions.
func (f *finder) resolve(doc *Doc) {
	for i := range f.cands {
		if f.cands[i].typ == Place {
			f.placeReading(&f.cands[i])
		}
	}
	f.capitalsAsStates()
	// A person named by one word whose word is the surname of exactly one
	// fully named person is that person ("President Tamm" … "Jaan Tamm").
	full := map[string][]string{}
	for _, c := range f.cands {
		if c.typ == Person {
			if w := strings.Fields(c.name); len(w) >= 2 {
				last := gazetteer.Norm(w[len(w)-1])
				if !hasString(full[last], c.key) {
					full[last] = append(full[last], c.key)
				}
			}
		}
	}
	// A given name alone ("Jaan said", "Jaan, 44, ran the warehouse") is the
	// one fully named person who bears it, when no full name ends with that
	// word: a feature names its people in full once, then by given name. A
	// name introduced alone with what the person is ("Vladimir, a taxi
	// driver") is someone else when the full name is a public figure's.
	given := map[string][]string{}
	for _, c := range f.cands {
		if c.typ == Person && !c.givenOnly && c.name != "" && !strings.Contains(c.name, " ") && f.publicFigureNamed(c.name) {
			given[gazetteer.Norm(c.name)] = append(given[gazetteer.Norm(c.name)], "", "")
		}
		if c.typ == Person {
			if w := strings.Fields(c.name); len(w) >= 2 && f.lex.FirstNames[w[0]] {
				first := gazetteer.Norm(w[0])
				if !hasString(given[first], c.key) {
					given[first] = append(given[first], c.key)
				}
			}
		}
	}
	for i := range f.cands {
		c := &f.cands[i]
		if c.typ == Person && c.name != "" && !strings.Contains(c.name, " ") {
			n := gazetteer.Norm(c.name)
			if keys := full[n]; len(keys) == 1 {
				c.key = keys[0]
				c.name = ""
			} else if keys := given[n]; len(keys) == 1 && len(full[n]) == 0 {
				c.key = keys[0]
				c.name = ""
			}
		}
	}
	f.stateBodyShortForms()
	f.unitShortForms()
	f.seatedCourtsNamed()
	f.legalForms()
	// text order; candidates are large, so an index is sorted, not them
	order := make([]int, len(f.cands))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return f.cands[order[i]].start < f.cands[order[j]].start })

	index := make(map[string]int, len(f.cands)/2)
	for _, ci := range order {
		c := &f.cands[ci]
		idx, ok := index[c.key]
		if !ok {
			idx = len(doc.Entities)
			index[c.key] = idx
			doc.Entities = append(doc.Entities, Entity{Key: c.key, Type: c.typ})
		}
		e := &doc.Entities[idx]
		surface := cleanSurface(c.surface)
		if form := nameForm(c, surface); betterName(form, e.Name) {
			e.Name = form
		}
		if c.iso != "" && e.ISO3166 == "" {
			e.ISO3166 = c.iso
		}
		if c.wikidata != "" {
			e.Wikidata = c.wikidata
		}
		if surface != "" && !hasString(e.Aliases, surface) {
			e.Aliases = append(e.Aliases, surface)
		}
		if site := f.siteFormAfter(c); site != "" && !hasString(e.Aliases, site) {
			e.Aliases = append(e.Aliases, site) // "the Harku detention centre": the site's full form
		}
		e.Mentions = append(e.Mentions, Span{Start: c.start, End: c.end})
		m := Mention{Span: Span{Start: c.start, End: c.end}, Text: f.text[c.start:c.end], Entity: idx, Demonym: c.demonym}
		doc.Sentences[c.sent].Mentions = append(doc.Sentences[c.sent].Mentions, m)
	}
	// a bare body name names one body only when one state's body has it
	// ("Russia's" and "Armenia's Prosecutor General's Office" keep theirs)
	bareCount := map[string]int{}
	for i := range doc.Entities {
		if e := &doc.Entities[i]; e.Type == Organization {
			if bare := f.bareBodyName(e.Name); bare != "" {
				bareCount[bare]++
			}
		}
	}
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if e.Name == "" { // named only by contextual forms or demonyms
			e.Name = referenceName(f.cands, e.Key)
		}
		if e.Type == Person || e.Type == Place { // "NARVA, Estonia —" datelines shout
			e.Name = titleCase(e.Name)
		}
		if e.Type == Organization {
			if bare := f.bareBodyName(e.Name); bare != "" && bareCount[bare] == 1 {
				if strings.Contains(e.Name, "'s ") && !genericStateBody(bare) {
					// "Luxembourg's Directorate of Immigration": the body's own
					// name is "Directorate of Immigration"; the state's
					// possessive is how the text placed it
					e.Aliases = append([]string{e.Name}, e.Aliases...)
					e.Name = bare
				} else if !hasString(e.Aliases, bare) {
					e.Aliases = append(e.Aliases, bare)
				}
			}
		}
		if e.Type == Country {
			f.countryNamedAsWritten(e)
		}
		e.Aliases = distinctAliases(e.Name, e.Aliases)
	}
}

// countryNamedAsWritten names a country by the name the article uses when
// it never uses the gazetteer's ("Türkiye", "Czechia" throughout): readers
// and annotators call it what the text does. Abbreviations ("US") and a
// name that is also part of a world region's ("America") are no such name.
func (f *finder) countryNamedAsWritten(e *Entity) {
	if hasString(e.Aliases, e.Name) {
		return
	}
	for _, a := range e.Aliases {
		if len(a) < 5 || strings.ToUpper(a) == a || strings.HasPrefix(strings.ToLower(a), "the ") {
			continue
		}
		if c, ok := gazetteer.CountryByName(a); !ok || !strings.EqualFold(c.ISO2, e.ISO3166) {
			continue
		}
		if f.partOfRegionName(a) {
			continue
		}
		e.Name = a // the gazetteer's name, unused, is no alias
		return
	}
}

// partOfRegionName: word is a word of a world region's name ("America" of
// "Latin America").
func (f *finder) partOfRegionName(word string) bool {
	for r := range f.lex.Regions {
		for _, w := range strings.Fields(r) {
			if w == word {
				return true
			}
		}
	}
	return false
}

// publicFigureNamed: a person of the office-holder list has the given
// name ("Vladimir" for Vladimir Putin) among the article's people.
func (f *finder) publicFigureNamed(given string) bool {
	for _, c := range f.cands {
		if w := strings.Fields(c.name); c.typ == Person && len(w) >= 2 && w[0] == given {
			if _, ok := gazetteer.OfficeHolderByName(c.name); ok {
				return true
			}
		}
	}
	return false
}

// genericStateBody tells whether a body's name without its state is one
// every state has ("Interior Ministry", "Prosecutor General's Office",
// "Supreme Court"): it keeps the state's possessive as its name.
func genericStateBody(bare string) bool {
	w := strings.Fields(bare)
	last := w[len(w)-1]
	return len(w) <= 2 && (last == "Ministry" || last == "Court" || last == "Government" || last == "Parliament") ||
		bare == "Prosecutor General's Office"
}

// bareBodyName: a state body's proper name without the possessive or
// demonym of its state ("Estonia's Police and Border Guard Board" →
// "Police and Border Guard Board"), which the text holds too and other
// articles use alone; "" when the name is not of that shape.
func (f *finder) bareBodyName(name string) string {
	rest := ""
	if i := strings.Index(name, "'s "); i > 0 {
		if _, ok := gazetteer.CountryByName(name[:i]); ok {
			rest = name[i+3:]
		}
	} else if i := strings.IndexByte(name, ' '); i > 0 {
		if _, ok := gazetteer.CountryByDemonym(name[:i]); ok {
			rest = name[i+1:]
		}
	}
	words := strings.Fields(rest)
	if len(words) < 2 || !capitalised(words[0]) {
		return ""
	}
	// "Police and Border Guard Board", "Directorate of Immigration",
	// "Coordination Headquarters for the Treatment of Prisoners of War"
	if f.lex.OrgHeads[words[len(words)-1]] {
		return rest
	}
	for k := 0; k < 3 && k+2 < len(words); k++ {
		if f.lex.OrgHeads[words[k]] && (words[k+1] == "of" || words[k+1] == "for") {
			return rest
		}
	}
	return ""
}

// stateBodyShortForms: an organisation named without its state ("the
// Border Guard's report") is the one state body of the article whose name
// is that state's demonym or possessive and then the same words ("the
// Finnish Border Guard").
func (f *finder) stateBodyShortForms() {
	long := map[string][]string{} // short form → keys of the bodies it ends
	for _, c := range f.cands {
		if c.typ != Organization {
			continue
		}
		w := strings.Fields(cleanSurface(c.surface))
		if len(w) < 2 {
			continue
		}
		first := strings.TrimSuffix(w[0], "'s")
		_, dem := gazetteer.CountryByDemonym(first)
		_, name := gazetteer.CountryByName(first)
		if !dem && !name {
			continue
		}
		short := gazetteer.Norm(strings.Join(w[1:], " "))
		if !hasString(long[short], c.key) {
			long[short] = append(long[short], c.key)
		}
	}
	f.shortFormsOf(long, func(c *cand) bool {
		return capitalised(cleanSurface(c.surface)) && !f.stateNamedBefore(c.start)
	})
}

// shortFormsOf makes each organisation mention whose form is a short form
// of exactly one longer name (long: short form → keys of the names it
// shortens) an alias of that name, where ok allows it.
func (f *finder) shortFormsOf(long map[string][]string, ok func(c *cand) bool) {
	if len(long) == 0 {
		return
	}
	for i := range f.cands {
		c := &f.cands[i]
		if c.typ != Organization {
			continue
		}
		if keys := long[gazetteer.Norm(cleanSurface(c.surface))]; len(keys) == 1 && keys[0] != c.key && ok(c) {
			c.key = keys[0]
			c.contextual = true // an alias, never the name
		}
	}
}

// unitShortForms: a body's unit named with its body ("the Judicial
// Department at the Supreme Court") and later alone ("the Judicial
// Department") is one organisation; the short form becomes an alias.
func (f *finder) unitShortForms() {
	long := map[string][]string{} // unit's name → keys of the bodies it opens
	for _, c := range f.cands {
		if c.typ != Organization {
			continue
		}
		w := strings.Fields(cleanSurface(c.surface))
		for k := 1; k+1 < len(w); k++ {
			if w[k+1] == "at" && subUnits[w[k]] {
				unit := gazetteer.Norm(strings.Join(w[:k+1], " "))
				if !hasString(long[unit], c.key) {
					long[unit] = append(long[unit], c.key)
				}
				break
			}
		}
	}
	f.shortFormsOf(long, func(*cand) bool { return true })
}

// seatedCourtsNamed: a court told of by its kind and seat ("a court in
// Kutaisi") is the one court of the article whose proper name holds that
// seat ("the Kutaisi City Court"); it becomes an alias of it.
func (f *finder) seatedCourtsNamed() {
	for i := range f.cands {
		c := &f.cands[i]
		surface := cleanSurface(c.surface)
		k := strings.Index(surface, "court in ")
		if c.typ != Organization || k < 0 || capitalised(surface) {
			continue
		}
		seat := gazetteer.Norm(surface[k+len("court in "):])
		var named []string
		for _, o := range f.cands {
			os := cleanSurface(o.surface)
			if o.typ != Organization || o.key == c.key || !capitalised(os) || !strings.Contains(os, "Court") ||
				!strings.Contains(" "+gazetteer.Norm(os)+" ", " "+seat+" ") || hasString(named, o.key) {
				continue
			}
			named = append(named, o.key)
		}
		if len(named) == 1 {
			c.key = named[0]
			c.contextual = true // an alias, never the name
		}
	}
}

// legalFormSuffixes end an organisation's name as its legal form
// ("Connection e.V."), written after the name proper.
var legalFormSuffixes = []string{" e.V.", " e. V.", " gGmbH", " GmbH", " Ltd.", " Ltd", " LLC", " Inc.", " Inc", " AB", " ASA", " Oy", " ry"}

// legalForms extends an organisation's mention over the legal form that
// follows its name in the same sentence: "Connection e.V." is one name.
func (f *finder) legalForms() {
	for i := range f.cands {
		c := &f.cands[i]
		if c.typ != Organization {
			continue
		}
		if e := f.legalFormEnd(c.sent, c.end); e > 0 {
			c.end = e
			c.surface = f.text[c.start:c.end]
			if c.name != "" {
				c.name = c.surface
			}
		}
	}
}

// legalFormEnd: where a legal form written at byte offset pos of sentence
// s ends (" e.V.", " GmbH"), 0 if none is.
func (f *finder) legalFormEnd(s, pos int) int {
	st := f.sents[s]
	end := st.Start + len(st.Text)
	for _, suf := range legalFormSuffixes {
		if e := pos + len(suf); e <= end && f.text[pos:e] == suf && (e == end || !isLetter(f.text[e])) {
			return e
		}
	}
	return 0
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// stateNamedBefore: a state's possessive or demonym is written right
// before byte offset pos ("Russia's Investigative Committee" named as the
// office alone).
func (f *finder) stateNamedBefore(pos int) bool {
	head := strings.TrimRight(f.text[max(0, pos-40):pos], " ")
	if strings.HasSuffix(head, "'s") || strings.HasSuffix(head, "’s") {
		return true
	}
	i := strings.LastIndexAny(head, " \n\t(")
	w := head[i+1:]
	_, dem := gazetteer.CountryByDemonym(w)
	_, name := gazetteer.CountryByName(w)
	return dem || name
}

// nameForm is what a mention offers as the entity's name: the surface form
// as the text writes it, so that the name is the fullest form the article
// gives ("Latvia's interior ministry", "AP" for the Associated Press in a
// credit), or the person's name for a person. Countries keep the gazetteer's
// name ("Russia" for "Russian Federation" and "Russians" alike); demonyms and
// contextual forms ("the bloc") offer nothing.
func nameForm(c *cand, surface string) string {
	switch {
	case c.demonym || c.contextual:
		return ""
	case c.typ == Country:
		return c.name
	case c.typ == Person && c.name != "":
		return c.name
	case c.bareName != "":
		return c.bareName
	}
	return surface
}

// referenceName is the name of an entity the text names only by demonym
// or contextual forms: the gazetteer's or the one its recogniser gave.
func referenceName(cands []cand, key string) string {
	for _, c := range cands {
		if c.key == key && c.name != "" {
			return c.name
		}
	}
	for _, c := range cands {
		if c.key == key {
			return cleanSurface(c.surface)
		}
	}
	return ""
}

// betterName prefers the fuller of two names: more words, then longer,
// then written in ordinary case rather than shouted; the first seen on a
// tie.
func betterName(a, b string) bool {
	if a == "" {
		return false
	}
	if b == "" {
		return true
	}
	wa, wb := len(strings.Fields(a)), len(strings.Fields(b))
	if wa != wb {
		return wa > wb
	}
	if ca, cb := capitalisedWords(a), capitalisedWords(b); ca != cb {
		return ca > cb // "Finnish Border Guard", not "Finnish border guards"
	}
	if len(a) != len(b) {
		return len(a) > len(b)
	}
	return allCaps(b) && !allCaps(a)
}

// distinctAliases keeps one spelling of each surface form that differs
// from the name, in first-seen order.
func distinctAliases(name string, forms []string) []string {
	seen := map[string]bool{gazetteer.Norm(name): true}
	var out []string
	for _, a := range forms {
		k := gazetteer.Norm(a)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, a)
	}
	return out
}

func hasString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// capitalisedWords counts the words of a name that open with a capital.
func capitalisedWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if capitalised(w) {
			n++
		}
	}
	return n
}

// siteFormAfter: for a place mention followed by a lower-case site noun
// ("Harku detention centre", "Troitsk checkpoint"), the place's name with
// it, which annotators use as often as the bare name; "" otherwise.
func (f *finder) siteFormAfter(c *cand) string {
	if c.typ != Place || c.bareName != "" {
		return ""
	}
	t := f.toks(c.sent)
	k := 0
	for k < len(t) && t[k].Start < c.end {
		k++
	}
	if k >= len(t) || t[k].Start != c.end+1 || capitalised(t[k].Text) {
		return ""
	}
	var buf [64]byte
	for n := f.lex.SiteNounWords; n >= 1; n-- {
		if p, ok := f.phraseBytes(buf[:0], c.sent, k, n); ok && f.lex.SiteNouns[string(p)] {
			return cleanSurface(f.text[c.start:t[k+n-1].End])
		}
	}
	return ""
}
