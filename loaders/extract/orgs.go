package extract

import (
	"regexp"
	"strings"

	"newsgraph/loaders/gazetteer"
)

// orgFormWords is gazetteer.OrgFormWords of token k of sentence s, looked
// up once per token: two recognisers ask it of every word.
func (f *finder) orgFormWords(s, k int) int {
	if f.orgForms[s] == nil {
		f.orgForms[s] = make([]int8, len(f.toks(s)))
		for i := range f.orgForms[s] {
			f.orgForms[s][i] = -1
		}
	}
	if n := f.orgForms[s][k]; n >= 0 {
		return int(n)
	}
	n := gazetteer.OrgFormWords(f.toks(s)[k].Text)
	f.orgForms[s][k] = int8(min(n, 127))
	return n
}

// aliasOrgs finds the organisations of the alias table, longest form
// first: "EU Commission" before "EU".
func (f *finder) aliasOrgs(s int) {
	t := f.toks(s)
	for i := 0; i < len(t); i++ {
		maxN := 0
		switch {
		case capitalised(t[i].Text) && t[i].Text != "The":
			maxN = f.orgFormWords(s, i)
		case (t[i].Text == "the" || t[i].Text == "The") && i+1 < len(t) && capitalised(t[i+1].Text):
			if m := f.orgFormWords(s, i+1); m > 0 {
				maxN = m + 1
			}
		}
		for n := maxN; n >= 1; n-- {
			if i+n > len(t) {
				continue
			}
			r := rng{i, i + n}
			if !f.free(s, r) {
				continue
			}
			surface := joinTokens(f.text, t, r)
			o, ok := gazetteer.OrgByName(surface)
			if !ok || !sameCaseClass(surface, o) || !keepsArticle(surface, o) {
				continue
			}
			// a form ending in a lower-case word must be written as listed
			// ("UN refugee agency")
			if last := t[i+n-1].Text; !capitalised(last) && !allCapsOrDigit(last) && !listedExactly(surface, o) {
				continue
			}
			if t[i].Text == "the" || t[i].Text == "The" && !strings.HasPrefix(o.Name, "The ") { // "the Kremlin": the article is no part of the name
				r.i++
			}
			// "UN Human Rights Committee": an acronym opening a longer name
			// is part of it; the shape rules read the whole
			if end := f.chunkEnd(s, r.j); allCaps(t[r.j-1].Text) && r.j-r.i == 1 && r.j < len(t) && capitalised(t[r.j].Text) && end > r.j+1 && f.lex.OrgHeads[t[end-1].Text] {
				continue
			}
			// "the European Council on Refugees and Exiles": a listed name
			// going on with "on", "for" or "of" and a capitalised name
			// word is the start of another body's name; the shape rules
			// read it whole
			if r.j+1 < len(t) && (t[r.j].Text == "on" || t[r.j].Text == "for" || t[r.j].Text == "of") && capitalised(t[r.j+1].Text) &&
				(!f.lex.NotNames[t[r.j+1].Text] || f.lex.NameNouns[t[r.j+1].Text]) && f.lex.OrgHeads[t[r.j-1].Text] {
				if _, isCountry := gazetteer.CountryByName(t[r.j+1].Text); !isCountry {
					continue
				}
			}
			// "Armenia's Investigative Committee": another state's body of
			// the same name; the shape rules read it
			if co := f.possessorState(s, r.i); o.Country != "" && co != nil && !strings.EqualFold(co.ISO2, o.Country) {
				continue
			}
			// "the Investigative Committee of Armenia": likewise, named after
			if o.Country != "" && r.j+1 < len(t) && t[r.j].Text == "of" {
				if co, ok := gazetteer.CountryByName(t[r.j+1].Text); ok && !strings.EqualFold(co.ISO2, o.Country) {
					continue
				}
			}
			// "Spanish Red Cross": a national branch of an international body
			if o.Country == "" && o.Kind != "party" && r.i > 0 && f.free(s, rng{r.i - 1, r.i}) { // "a Latvian ECR lawmaker" is the lawmaker's nationality
				if co, ok := gazetteer.CountryByDemonym(t[r.i-1].Text); ok {
					nr := rng{r.i - 1, r.j}
					name := joinTokens(f.text, t, nr)
					if f.add(s, nr, cand{typ: Organization, key: gazetteer.OrgKey(name), name: name, iso: co.ISO2}) {
						f.nestedCountry(s, rng{nr.i, nr.i + 1}, co, true)
						i = nr.j - 1
						break
					}
				}
			}
			// "Forbes Russia": a national edition of an outlet is its own
			if o.Kind == "media" {
				// only as a whole phrase: "told Reuters Russia would …" is two
				if co, cr := f.countryAt(s, r.j); co != nil && f.free(s, cr) && editionEnd(f.word(s, cr.j)) {
					nr := rng{r.i, cr.j}
					name := joinTokens(f.text, t, nr)
					if f.add(s, nr, cand{typ: Organization, key: gazetteer.OrgKey(name), name: name, iso: co.ISO2}) {
						f.nestedCountry(s, cr, co, false)
						i = nr.j - 1
						break
					}
				}
			}
			// "Russia's Investigative Committee": the state's own body, named
			// as written with its possessive (an alias of the listed name)
			if co := f.possessorState(s, r.i); co != nil && o.Country != "" && strings.EqualFold(co.ISO2, o.Country) && f.free(s, rng{r.i - 2, r.i}) {
				c := orgCand(o)
				c.bareName = joinTokens(f.text, t, r) // the name is "FSB", the possessive form an alias
				if f.addPossessed(s, r, co, c) {
					i = r.j - 1
					break
				}
			}
			if f.add(s, r, orgCand(o)) {
				i = r.j - 1
				break
			}
		}
	}
}

// editionEnd tells whether a token may follow an outlet's national
// edition ("Forbes Russia, citing …", "Forbes Russia's estimate").
func editionEnd(w string) bool {
	switch w {
	case ",", ".", "(", ")", ";", ":", "'s", "’s", "":
		return true
	}
	return false
}

func allCapsOrDigit(s string) bool {
	return s != "" && (allCaps(s) || s[0] >= '0' && s[0] <= '9')
}

// sameCaseClass keeps short all-capital forms from matching ordinary
// words: "ICE" is the agency, "Ice" is not; "AP" is the agency, "Ap" is not.
func sameCaseClass(surface string, o *gazetteer.Org) bool {
	if len(surface) > 4 || allCaps(surface) {
		return true
	}
	for _, a := range append([]string{o.Name}, o.Aliases...) {
		if strings.EqualFold(a, surface) && !allCaps(a) {
			return true
		}
	}
	return false
}

// listedExactly tells whether surface is one of the organisation's forms,
// letter case included.
func listedExactly(surface string, o *gazetteer.Org) bool {
	for _, a := range append([]string{o.Name}, o.Aliases...) {
		if a == surface || "the "+a == surface || "The "+a == surface {
			return true
		}
	}
	return false
}

// keepsArticle keeps names that need their article from matching a bare
// word: "The Independent" is the newspaper, "Independent" is an adjective.
// A form listed without the article ("Guardian") matches as listed.
func keepsArticle(surface string, o *gazetteer.Org) bool {
	if strings.HasPrefix(strings.ToLower(surface), "the ") {
		return true
	}
	for _, a := range append([]string{o.Name}, o.Aliases...) {
		if !strings.HasPrefix(a, "The ") && gazetteer.Norm(a) == gazetteer.Norm(surface) {
			return true
		}
	}
	return false
}

// stateOrgans finds the organs of a state named by demonym or possessive:
// "the Russian army", "the Russian military", "Lithuania's interior
// ministry", "the Russian Defence Ministry". One key per state and organ,
// so "Russian military" and "Russian army" are one organisation.
func (f *finder) stateOrgans(s int) {
	t := f.toks(s)
	for i := 0; i < len(t); i++ {
		if !capitalised(t[i].Text) {
			continue
		}
		var country *gazetteer.Country
		demonym := false
		j := i
		if c, ok := gazetteer.CountryByDemonym(t[i].Text); ok {
			country, demonym, j = c, true, i+1
		} else {
			for n := 3; n >= 1 && country == nil; n-- {
				if i+n < len(t) && possessive(t[i+n].Text) {
					if c, ok := gazetteer.CountryByName(joinTokens(f.text, t, rng{i, i + n})); ok {
						country, j = c, i+n+1
					}
				}
			}
		}
		if country == nil {
			continue
		}
		n, organ := f.organAt(s, j)
		if n == 0 {
			continue
		}
		r := rng{i, j + n}
		if !f.free(s, r) {
			continue
		}
		// "a Russian military base", "Russian military courts": an
		// adjective before a noun names no organ
		if n == 1 && f.lower(s, j) == "military" && r.j < len(t) && strings.HasPrefix(t[r.j].Tag, "NN") && !capitalised(t[r.j].Text) {
			continue
		}
		// "Norwegian Police Security Service": a longer capitalised
		// name goes on; the shape rule reads it whole
		if capitalised(t[j].Text) && f.chunkEnd(s, j) > r.j {
			continue
		}
		// "the Royal Thai Police": a capitalised word of the same name
		// before the demonym opens it; the shape rule reads it whole
		if demonym && i > 1 && capitalised(t[j].Text) && capitalised(t[i-1].Text) && f.chunkEnd(s, i-1) == f.chunkEnd(s, i) && f.chunkEnd(s, i) > i {
			continue
		}
		if demonym && organ == "border guard" && !capitalised(t[j].Text) {
			continue // "Kazakh border guards stopped him": officers of a state, no body named
		}
		// named as written ("Latvia's interior ministry"); the key is
		// the demonym's, so both spellings are one organisation
		f.add(s, r, cand{typ: Organization, key: gazetteer.OrgKey(stateAdjective(country) + " " + organ), iso: country.ISO2})
		// the state is named too
		cr := rng{i, j}
		if !demonym {
			cr.j-- // without the possessive
		}
		f.nestedCountry(s, cr, country, demonym)
		i = r.j - 1
	}
}

// organAt: the longest state organ of the lexicon written at token k ("interior
// ministry", "border police") as its length in tokens and canonical organ;
// 0 if none.
func (f *finder) organAt(s, k int) (int, string) {
	var buf [64]byte
	for n := f.lex.StateOrganWords; n >= 1; n-- {
		if p, ok := f.phraseBytes(buf[:0], s, k, n); ok {
			if organ, ok := f.lex.StateOrgans[string(p)]; ok {
				return n, organ
			}
		}
	}
	return 0, ""
}

// orgShapes finds capitalised names that end in an organisation's head
// word ("Portuguese Maritime Police", "Border Guard Service") or open with one
// followed by "of" ("Ministry of Defence").
func (f *finder) orgShapes(s int) {
	if f.headline[s] {
		return
	}
	t := f.toks(s)
	for ci, c := range f.chunks[s] {
		r := f.trimLead(s, c)
		// "the Second Western District Military Court": an ordinal the lead
		// trim drops ranks the body named after it
		if r.i > c.i && r.i < r.j && ordinalWords[t[r.i-1].Text] && (r.i-1 > 0 || r.i-1 == c.i && c.i > 0) {
			r.i--
		}
		// "the Asylum Service": a noun the lead trim drops is the name's
		// first word when a body's head follows it
		if r.i > c.i && r.i < r.j && f.lex.OrgHeads[t[r.i].Text] && strings.HasPrefix(t[r.i-1].Tag, "NN") {
			r.i--
		}
		// "the Georgian Young Lawyers' Association": a plural's possessive
		// inside a name joins the chunk after it
		if ci+1 < len(f.chunks[s]) && r.j+1 < len(t) && (t[r.j].Text == "'" || t[r.j].Text == "’") && strings.HasSuffix(t[r.j-1].Text, "s") &&
			f.chunks[s][ci+1].i == r.j+1 && f.lex.OrgHeads[t[f.chunks[s][ci+1].j-1].Text] {
			r.j = f.chunks[s][ci+1].j
		}
		// "Officials of the Finnish Police": an ordinary first word of the
		// sentence joined to the name by a connector is no part of it
		if r.i == 0 && r.j-r.i > 2 && connectors[t[1].Text] && !strings.HasPrefix(t[0].Tag, "NNP") {
			r.i = 1
			for r.i < r.j && connectors[t[r.i].Text] {
				r.i++
			}
		}
		// "the Asylum Service of the Cypriot interior ministry": a name
		// already read ends the chunk; the organisation is what precedes it
		if r.j > r.i && f.covered[s][r.j-1] && r.j-1 > r.i && !f.covered[s][r.i] {
			j := r.j
			for j > r.i && (f.covered[s][j-1] || connectors[t[j-1].Text]) {
				j--
			}
			if j > r.i && f.lex.OrgHeads[t[j-1].Text] && (t[j].Text == "of" || t[j].Text == "at") {
				r.j = j // not "… Bureau for Human Rights and Rule of Law", whose tail is its own
			}
		}
		// "Jaan Tamm of the Refugee Council": a name already read opens
		// the chunk; the organisation is what follows the last one
		for k := r.j - 1; k >= r.i; k-- {
			if f.covered[s][k] {
				r.i = skipLinks(t, k+1, r.j)
				break
			}
		}
		if k := f.personOfOrg(s, r); k > 0 {
			// "Mieke Janssens of the Flemish Greens (Groen)", "Luc Peeters of Ecolo"
			f.add(s, rng{r.i, k}, personCand(joinTokens(f.text, t, rng{r.i, k})))
			r.i = skipLinks(t, k+1, r.j)
			// "of the Workers' Party": the possessive goes on into the name
			for r.j+1 < len(t) && possessive(t[r.j].Text) && capitalised(t[r.j+1].Text) && f.lex.OrgHeads[t[r.j+1].Text] {
				r.j += 2
			}
			if r.i < r.j && !f.placeOrCountry(joinTokens(f.text, t, r)) {
				f.add(s, r, f.orgByShape(joinTokens(f.text, t, r)))
				continue
			}
		}
		if f.titlePossessiveOffice(s, r) {
			continue
		}
		if r.j > r.i && f.legalFormAfter(s, r.j-1) {
			f.add(s, r, f.orgByShape(joinTokens(f.text, t, r))) // "Connection e.V.": legalForms adds the form
			continue
		}
		r.j = f.unitAtBody(s, ci, r)
		if r.j-r.i < 2 {
			continue
		}
		end := -1
		if f.headOpensName(t, r) || f.lex.OrgOpeners[t[r.i].Text] {
			end = r.j
		} else {
			for k := r.j - 1; k > r.i; k-- {
				if f.lex.OrgHeads[t[k].Text] || f.lex.OrgHeads[strings.TrimSuffix(t[k].Text, "-General")] {
					end = k + 1
					// "Commission for Refugee Aid": the name goes on, but not
					// into a demonym that opens another body ("the Asylum
					// Service of the Cypriot interior ministry")
					if end < r.j && (t[end].Text == "for" || t[end].Text == "of" || t[end].Text == "on") && !f.demonymOpensBody(s, r.j-1) {
						end = r.j
					}
					break
				}
			}
		}
		if end < 0 {
			continue
		}
		// "the Southeast Finland Border Guard District", "Finnmark Police
		// District": a capitalised division noun after the head is the
		// name's, a body's district
		for end < r.j && f.lex.RegionNouns[t[end].Text] && capitalised(t[end].Text) {
			end++
		}
		if end == r.j {
			end = f.listTail(s, r)
		}
		// "the European Council on Refugees and Exiles": a body's head,
		// "on" and the capitalised chunk right after it are one name
		if end == r.j && end+1 < len(t) && t[end].Text == "on" && f.lex.OrgHeads[t[end-1].Text] && ci+1 < len(f.chunks[s]) {
			if next := f.chunks[s][ci+1]; next.i == end+1 && (!f.lex.NotNames[t[next.i].Text] || f.lex.NameNouns[t[next.i].Text]) &&
				!f.placeOrCountry(joinTokens(f.text, t, next)) && !(next.j < len(t) && possessive(t[next.j].Text)) { // not "on Sholokhov's behalf"
				end = next.j
			}
		}
		nr := rng{r.i, end}
		// a person's title inside the chunk ("Defence Ministry spokesman …")
		// ends the name before it; connectors never end a name
		for nr.j > nr.i && connectors[t[nr.j-1].Text] {
			nr.j--
		}
		if nr.j-nr.i < 2 {
			continue
		}
		if f.militaryUnitOf(s, &nr) {
			continue
		}
		if _, ok := gazetteer.CountryByName(joinTokens(f.text, t, nr)); ok {
			continue // "the Soviet Union" is a state
		}
		// "Russia's Security Council": the state's own body
		if co := f.possessorState(s, nr.i); co != nil {
			c := f.statesOwn(s, nr, co)
			if f.addPossessed(s, nr, co, c) || f.add(s, nr, c) {
				continue
			}
		}
		if f.add(s, nr, f.orgByShape(joinTokens(f.text, t, nr))) {
			if co, ok := gazetteer.CountryByDemonym(t[nr.i].Text); ok {
				f.nestedCountry(s, rng{nr.i, nr.i + 1}, co, true)
			}
			// "the Investigative Committee of Armenia": the state is named too
			if nr.j-nr.i >= 3 && t[nr.j-2].Text == "of" {
				if co, ok := gazetteer.CountryByName(t[nr.j-1].Text); ok {
					f.nestedCountry(s, rng{nr.j - 1, nr.j}, co, false)
				}
			}
		}
	}
}

// headOpensName: the chunk opens with a body's head and goes on with "of"
// or "for" ("Commission for Refugees"), the head perhaps ranked "General"
// ("Directorate General of Immigration", "Directorate-General for Aliens
// Policing").
func (f *finder) headOpensName(t []Token, r rng) bool {
	if !f.lex.OrgHeads[strings.TrimSuffix(t[r.i].Text, "-General")] {
		return false
	}
	k := r.i + 1
	if k+1 < r.j && t[k].Text == "General" {
		k++
	}
	return k < r.j && (t[k].Text == "of" || t[k].Text == "for")
}

// ordinalWords rank a body among its kind ("the Second Western District
// Military Court", "the Third Cassation Court").
var ordinalWords = map[string]bool{"First": true, "Second": true, "Third": true, "Fourth": true, "Fifth": true,
	"Sixth": true, "Seventh": true, "Eighth": true, "Ninth": true, "Tenth": true}

// demonymOpensBody tells whether token k is a demonym followed by a
// lower-case state organ ("Cypriot interior ministry").
func (f *finder) demonymOpensBody(s, k int) bool {
	if _, ok := gazetteer.CountryByDemonym(f.word(s, k)); !ok {
		return false
	}
	n, _ := f.organAt(s, k+1)
	return n > 0
}

// militaryUnits are heads of units named with a number: "the 61st
// Separate Marine Brigade", "the 7th Guards Division".
var militaryUnits = map[string]bool{"Brigade": true, "Division": true, "Regiment": true, "Battalion": true,
	"Corps": true, "Squadron": true, "Company": true, "Detachment": true, "Flotilla": true}

// numberedForces are heads of forces that take a number before their name
// only sometimes ("the 58th Combined Arms Army", "the 6th Air Force").
var numberedForces = map[string]bool{"Army": true, "Fleet": true, "Force": true, "Group": true}

// ordinal tells whether a token is a written ordinal number ("61st", "7th").
func ordinal(w string) bool {
	n := len(w)
	if n < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch w[n-2:] {
	case "st", "nd", "rd", "th":
		for _, c := range w[:n-2] {
			if c < '0' || c > '9' {
				return false
			}
		}
		return true
	}
	return false
}

// militaryUnitOf reads a numbered unit and the force it belongs to as two
// organisations ("the 61st Separate Marine Brigade of the Northern Fleet"),
// the ordinal part of the unit's name; false when nr is no unit.
func (f *finder) militaryUnitOf(s int, nr *rng) bool {
	t := f.toks(s)
	head := -1
	for k := nr.i + 1; k < nr.j; k++ {
		if militaryUnits[t[k].Text] || numberedForces[t[k].Text] {
			head = k
			break
		}
	}
	if head < 0 {
		return false
	}
	unit := rng{nr.i, head + 1}
	if unit.i > 0 && ordinal(t[unit.i-1].Text) && !f.covered[s][unit.i-1] {
		unit.i-- // "the 61st Separate Marine Brigade", "the 58th Combined Arms Army"
	} else if numberedForces[t[head].Text] {
		return false // "the Russian Army": named as ever
	}
	k := head + 1
	if k < nr.j && t[k].Text == "of" && militaryUnits[t[head].Text] {
		k++
		if k < nr.j && t[k].Text == "the" {
			k++
		}
		if force := (rng{k, nr.j}); force.j-force.i >= 1 && f.lex.OrgHeads[t[force.j-1].Text] {
			f.add(s, unit, f.orgByShape(joinTokens(f.text, t, unit)))
			f.add(s, force, f.orgByShape(joinTokens(f.text, t, force)))
			return true
		}
	}
	if unit.j < nr.j || unit.i == nr.i {
		return false // "Division of Labour …", or a unit with no number: read as named
	}
	f.add(s, unit, f.orgByShape(joinTokens(f.text, t, unit)))
	return true
}

// numberedUnits finds units named by their number alone, lower case as
// Russian usage writes them: "military unit 52892", later "unit 52892",
// one organisation called by its full form.
func (f *finder) numberedUnits(s int) {
	t := f.toks(s)
	for k := 0; k+1 < len(t); k++ {
		if f.lower(s, k) != "unit" || !UnitNumber(t[k+1].Text) {
			continue
		}
		r := rng{k, k + 2}
		if k > 0 && f.lower(s, k-1) == "military" {
			r.i--
		}
		if !f.free(s, r) {
			continue
		}
		name := "military unit " + t[k+1].Text
		f.add(s, r, cand{typ: Organization, key: gazetteer.OrgKey(name), name: name})
	}
}

// UnitNumber: four to six digits that are no year, as a military unit's
// number is.
func UnitNumber(w string) bool {
	if len(w) < 4 || len(w) > 6 {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return len(w) > 4 || w < "1900" || w > "2099"
}

// quotedNameRE is a capitalised name in quotation marks.
var quotedNameRE = regexp.MustCompile(`["“]([A-Z][^"“”]{1,40}?)["”]`)

// quotedNames finds organisations named in quotation marks next to the
// noun that says what they are: 'the state project "I Want to Live"',
// '"I Want to Live" hotline'.
func (f *finder) quotedNames(s int) {
	st := f.sents[s]
	if !strings.ContainsAny(st.Text, "\"“") {
		return
	}
	for _, m := range quotedNameRE.FindAllStringSubmatchIndex(st.Text, -1) {
		before := strings.TrimRight(st.Text[:m[0]], " ")
		before = before[strings.LastIndexByte(before, ' ')+1:]
		after := strings.TrimLeft(st.Text[m[1]:], " ")
		if i := strings.IndexByte(after, ' '); i >= 0 {
			after = after[:i]
		}
		named := f.lex.OrgNouns[strings.ToLower(strings.Trim(before, ","))] || f.lex.OrgNouns[strings.ToLower(strings.Trim(after, ",.;:"))]
		if !named {
			continue
		}
		name := st.Text[m[2]:m[3]]
		f.addSpan(s, st.Start+m[2], st.Start+m[3], f.orgByShape(name), true)
	}
}

// subUnits are heads of a body's parts, named with the body they belong
// to: "the Judicial Department at the Supreme Court".
var subUnits = map[string]bool{"Department": true, "Division": true, "Directorate": true, "Office": true,
	"Bureau": true, "Section": true, "Unit": true, "Service": true, "Chamber": true}

// unitAtBody: where a name ending in a unit's head goes on through "at"
// into the body's name ("Judicial Department at the Supreme Court of
// Russia", "… at Russia's Supreme Court"); r.j when it does not.
func (f *finder) unitAtBody(s, ci int, r rng) int {
	t := f.toks(s)
	cs := f.chunks[s]
	if r.j-r.i < 2 || r.j+1 >= len(t) || t[r.j].Text != "at" || !subUnits[t[r.j-1].Text] || ci+1 >= len(cs) {
		return r.j
	}
	k := r.j + 1
	if t[k].Text == "the" {
		k++
	}
	next := cs[ci+1]
	if next.i != k {
		return r.j
	}
	if next.j+1 < len(t) && possessive(t[next.j].Text) && ci+2 < len(cs) && cs[ci+2].i == next.j+1 {
		if _, ok := gazetteer.CountryByName(joinTokens(f.text, t, next)); ok {
			next = rng{next.i, cs[ci+2].j} // "at Russia's Supreme Court"
		}
	}
	for x := next.i; x < next.j; x++ {
		if f.lex.OrgHeads[t[x].Text] && t[x].Text != "Department" {
			return next.j
		}
	}
	return r.j
}

// personOfOrg: the chunk r opens with a person's two or three name-shaped
// words followed by "of" (or "for", after a known given name) and a capitalised
// name that is no place ("Mieke Janssens of the Flemish Greens"); the index
// of "of", or 0.
func (f *finder) personOfOrg(s int, r rng) int {
	t := f.toks(s)
	for k := r.i + 2; k <= r.i+3 && k+1 < r.j; k++ {
		if t[k].Text != "of" && (t[k].Text != "for" || !f.lex.FirstNames[t[r.i].Text] && !(k == r.i+2 && f.lex.HasSurnameSuffix(t[k-1].Text))) {
			continue // "for" only after a known given name or a surname ("Anna Berg for Radio X", "Zuzana Mikulova for Y"; not "Human Rights for All")
		}
		for x := r.i; x < k; x++ {
			w := t[x].Text
			if !nameShaped(w) || allCaps(w) || f.lex.OrgHeads[w] || f.lex.OrgNouns[strings.ToLower(w)] || f.lex.NotNames[w] || f.lex.Titles[strings.ToLower(w)] || f.countryWord(w) ||
				len(majorPlaces(w)) > 0 && !f.lex.FirstNames[t[r.i].Text] { // after a given name, though towns bear them ("Rasa Petrova")
				return 0
			}
		}
		rest := k + 1
		if t[rest].Text == "the" {
			rest++
		}
		if rest >= r.j || f.placeOrCountry(joinTokens(f.text, t, rng{rest, r.j})) {
			return 0 // "Ivan Petrov of Moscow", "the mayor of the Hague"
		}
		return k
	}
	return 0
}

// skipLinks moves i past the links between a person and the organisation
// named after them ("of the", "of the Houston-based"): a seat qualifies the
// name and is none of it.
func skipLinks(t []Token, i, j int) int {
	for i < j && (connectors[t[i].Text] || locativeAdjective(t[i].Text)) {
		i++
	}
	return i
}

// countryWord: a country's name or demonym.
func (f *finder) countryWord(w string) bool {
	_, name := gazetteer.CountryByName(w)
	_, demonym := gazetteer.CountryByDemonym(w)
	return name || demonym
}

// placeOrCountry: the gazetteer knows a name as a country, a demonym or a
// place.
func (f *finder) placeOrCountry(name string) bool {
	return f.countryWord(name) || len(gazetteer.PlacesByName(name)) > 0
}

// legalFormAfter: a legal form ("e.V.", "GmbH") follows token k.
func (f *finder) legalFormAfter(s, k int) bool {
	return f.legalFormEnd(s, f.toks(s)[k].End) > 0
}

// listTail is where a name ending "for X" or "of X" ends when a list of
// capitalised words goes on with it ("the Agency for Integration, Migration
// and Asylum"); a country or a town in the list is no part of a name.
func (f *finder) listTail(s int, r rng) int {
	t := f.toks(s)
	if r.j-r.i < 3 || t[r.j-2].Text != "for" && t[r.j-2].Text != "of" {
		return r.j
	}
	part := func(k int) bool {
		w := t[k].Text
		return capitalised(w) && wordToken(w) && len(majorPlaces(w)) == 0 && !f.countryWord(w)
	}
	k := r.j
	for k+1 < len(t) && t[k].Text == "," && part(k+1) {
		k += 2
	}
	if k > r.j && k+1 < len(t) && t[k].Text == "and" && part(k+1) && (k+2 == len(t) || !capitalised(t[k+2].Text)) {
		return k + 2
	}
	return r.j
}

// titlePossessiveOffice reads an office named after its holder's title:
// "the Prosecutor General's Office", "the Mayor's Office". The chunk r is
// all title words and a possessive and an organisation head follow it.
func (f *finder) titlePossessiveOffice(s int, r rng) bool {
	t := f.toks(s)
	if r.i >= r.j || r.j+1 >= len(t) || !possessive(t[r.j].Text) || !f.lex.OrgHeads[t[r.j+1].Text] {
		return false
	}
	// "Prosecutor General's Office", "the Chief Military Prosecutor's
	// Office": a title, with the words of a body's rank before it
	if !f.lex.Titles[f.lower(s, r.j-1)] {
		return false
	}
	for k := r.i; k < r.j-1; k++ {
		if w := f.lower(s, k); !f.lex.Titles[w] && !f.lex.CourtModifiers[w] && w != "main" {
			return false
		}
	}
	end := r.j + 2
	if f.chunkEnd(s, r.j+1) > end { // "Prosecutor General's Office of Ukraine"
		end = f.chunkEnd(s, r.j+1)
	}
	nr := rng{r.i, end}
	// "Russia's Prosecutor General's Office": the state's own office, named
	// as written, one per state
	if co := f.possessorState(s, nr.i); co != nil && f.addPossessed(s, nr, co, f.statesOwn(s, nr, co)) {
		return true
	}
	return f.add(s, nr, f.orgByShape(joinTokens(f.text, t, nr)))
}

// statesOwn is the candidate for a state's own body named nr after the
// state's possessive: one key per state and name.
func (f *finder) statesOwn(s int, nr rng, co *gazetteer.Country) cand {
	name := joinTokens(f.text, f.toks(s), nr)
	return cand{typ: Organization, key: gazetteer.OrgKey(stateAdjective(co) + " " + name), iso: co.ISO2}
}

// addPossessed records c over nr and the possessive before it ("Russia's
// Security Council": the possessor is part of the name as written); the
// state is named too.
func (f *finder) addPossessed(s int, nr rng, co *gazetteer.Country, c cand) bool {
	if !f.add(s, rng{nr.i - 2, nr.j}, c) {
		return false
	}
	f.nestedCountry(s, rng{nr.i - 2, nr.i - 1}, co, false)
	return true
}

// nestedCountry records the mention of a state inside an organisation's
// name ("Russian" in "Russian Defence Ministry"): the article names the
// country too. The tokens stay the organisation's.
func (f *finder) nestedCountry(s int, r rng, co *gazetteer.Country, demonym bool) {
	t := f.toks(s)
	c := countryCand(co, demonym)
	c.sent, c.start, c.end = s, t[r.i].Start, t[r.j-1].End
	c.surface = f.text[c.start:c.end]
	f.cands = append(f.cands, c)
	f.countries[co.ISO2] = true
}

// stateAdjective is the word that makes a state's organ's key: the first
// demonym ("Latvian" for "Latvia's"), else the name.
func stateAdjective(co *gazetteer.Country) string {
	if len(co.Demonyms) > 0 {
		return co.Demonyms[0]
	}
	return co.Name
}

// chunkEnd is the end of the capitalised chunk holding token k, k+1 when
// none does.
func (f *finder) chunkEnd(s, k int) int {
	for _, c := range f.chunks[s] {
		if c.i <= k && k < c.j {
			return c.j
		}
	}
	return k + 1
}

// possessorState is the country named in the possessive right before token
// k ("Russia's Security Council"), or nil.
func (f *finder) possessorState(s, k int) *gazetteer.Country {
	if k < 2 || !possessive(f.word(s, k-1)) {
		return nil
	}
	c, _ := gazetteer.CountryByName(f.word(s, k-2))
	return c
}

// orgByShape builds the candidate of an organisation known by its name's
// shape; a leading demonym gives its country ("Portuguese Maritime Police").
func (f *finder) orgByShape(name string) cand {
	if o, ok := gazetteer.OrgByName(name); ok {
		return orgCand(o)
	}
	if f.siteName(name) {
		// "Otay Mesa Detention Center": a site, a place
		return cand{typ: Place, key: gazetteer.PlaceKey(name, ""), name: name}
	}
	c := cand{typ: Organization, key: gazetteer.OrgKey(name), name: name}
	first := name
	if i := strings.IndexByte(name, ' '); i > 0 {
		first = name[:i]
	}
	if co, ok := gazetteer.CountryByDemonym(first); ok {
		c.iso = co.ISO2
	}
	return c
}

// siteName: a name whose head is a site's noun of two words ("Detention
// Center", "Penal Colony") or a prison's: a place where people are held,
// not a body ("Otay Mesa Detention Center", "Butyrka Prison"; the
// "Federal Penitentiary Service" is a body).
func (f *finder) siteName(name string) bool {
	w := strings.Fields(strings.ToLower(name))
	if len(w) < 2 {
		return false
	}
	last := w[len(w)-1]
	return len(w) >= 3 && f.lex.SiteNouns[w[len(w)-2]+" "+last] || last == "prison" || last == "penitentiary"
}

// mediaCues finds outlets introduced as such: "told broadcaster Radio
// Kuku", "the Estonian newspaper Postimees", "independent media Zona",
// "the Postimees newspaper", "according to The Kuku Times".
func (f *finder) mediaCues(s int) {
	t := f.toks(s)
	for _, c := range f.chunks[s] {
		r := c
		before := false
		// "the Berlin-based Diaspora Signals Lab": a seat told of a name of
		// two words or more, not a person's ("the Oslo-based Ivan Petrov")
		for k := r.i; k < r.i+2 && k+2 < r.j && !before; k++ {
			if seatAdjective(t[k].Text) && !f.lex.FirstNames[t[k+1].Text] {
				r.i, before = k+1, true
			}
		}
		if r.j-r.i > 4 {
			continue
		}
		var buf [64]byte
		for n := 1; n <= 2 && !before; n++ {
			if p, ok := f.phraseBytes(buf[:0], s, r.i-n, n); ok && f.lex.MediaNouns[string(p)] && !capitalised(t[r.i-1].Text) {
				before = true
			}
		}
		// "the refugee council X", "a legal aid group called X": an
		// organisation noun names what follows
		if !before && f.orgNounBefore(s, r.i) && f.orgNameStart(s, r.i) {
			before = true
		}
		if before {
			r = f.firstConjunct(s, r)
		}
		// "the Postimees newspaper", "the Idite Lesom network"
		// one lower-case adjective may stand between: "the ruling X party"
		theBefore := r.i > 0 && f.lower(s, r.i-1) == "the"
		if !theBefore && r.i > 1 && f.lower(s, r.i-2) == "the" && !capitalised(t[r.i-1].Text) {
			tag := t[r.i-1].Tag
			theBefore = strings.HasPrefix(tag, "JJ") || tag == "VBG"
		}
		after := r.j < len(t) && (f.lex.MediaNouns[f.lower(s, r.j)] || namedBodies[f.lower(s, r.j)]) && theBefore &&
			!(r.j-r.i == 1 && lowerAfterHyphen(t[r.i].Text)) && // "the Paris-based association X", "the Russian-language outlet X": X is the name
			!(r.j+1 < len(t) && capitalised(t[r.j+1].Text) && len(gazetteer.PlacesByName(joinTokens(f.text, t, r))) > 0) // "the Almaty group Adal Zan": the group's town
		cue := false
		if r.i >= 2 && f.lower(s, r.i-2) == "according" && f.lower(s, r.i-1) == "to" && t[r.i].Text == "The" {
			cue = true
		}
		// "a columnist for The Eurasia Ledger", "a reporter for the Baltic Courier"
		if r.i >= 2 {
			at := r.i - 1
			if t[at].Text == "the" {
				at--
			}
			if at >= 1 && (f.lower(s, at) == "for" || f.lower(s, at) == "at" || f.lower(s, at) == "with") && f.lex.JournalistNouns[f.lower(s, at-1)] &&
				len(gazetteer.PlacesByName(joinTokens(f.text, t, r))) == 0 { // "our reporter at Narva": a place
				cue = true
			}
		}
		if !before && !after && !cue {
			// acronyms after a reporting cue: "quoted by BNS", "told ERR"
			if r.j-r.i == 1 && allCaps(t[r.i].Text) && len(t[r.i].Text) <= 6 && f.sourceCueBefore(s, r.i) {
				cue = true
			} else {
				continue
			}
		}
		name := joinTokens(f.text, t, r)
		if f.notPersonWord(name) && !cue {
			if _, ok := gazetteer.OrgByName(name); !ok {
				continue // "the Russian newspaper": a demonym, no name
			}
		}
		if _, ok := gazetteer.CountryByName(name); ok {
			continue
		}
		if _, ok := gazetteer.CountryByDemonym(name); ok {
			continue
		}
		f.add(s, r, f.orgByShape(name))
	}
}

// orgNounBefore tells whether an organisation noun of the lexicon ends
// right before token k, or before "called" or "named" there: "the
// refugee council X", "a group called X".
func (f *finder) orgNounBefore(s, k int) bool {
	if w := f.lower(s, k-1); w == "called" || w == "named" {
		k--
	}
	if k < 1 || capitalised(f.word(s, k-1)) {
		return false
	}
	var buf [64]byte
	for n := 1; n <= 2; n++ {
		if p, ok := f.phraseBytes(buf[:0], s, k-n, n); ok && f.lex.OrgNouns[string(p)] {
			return true
		}
	}
	return false
}

// orgNameStart tells whether token k can open an organisation's name
// after a cue noun: not a title ("the bank Governor X"), a given name and
// surname, a function word, a month, a country or a demonym.
func (f *finder) orgNameStart(s, k int) bool {
	w := f.word(s, k)
	if f.lex.NotNames[w] || f.lex.Titles[f.lower(s, k)] {
		return false
	}
	// "the project Jaan Tamm founded": a person's name after the noun
	if f.lex.FirstNames[w] && capitalised(f.word(s, k+1)) {
		return false
	}
	if _, ok := gazetteer.CountryByName(w); ok {
		return false
	}
	_, ok := gazetteer.CountryByDemonym(w)
	return !ok
}

// firstConjunct narrows a chunk joined by "and" to its first conjunct
// ("the agency UNHCR and Eurostat": the cue names UNHCR), unless the whole
// chunk is a known name.
func (f *finder) firstConjunct(s int, r rng) rng {
	t := f.toks(s)
	if _, ok := gazetteer.OrgByName(joinTokens(f.text, t, r)); ok {
		return r
	}
	for k := r.i + 1; k < r.j; k++ {
		if t[k].Text == "and" {
			return rng{r.i, k} // "the groups X and Y": two names; "Vos & Meijer" is one firm's
		}
	}
	return r
}

// namedBodies are the nouns that, after "the X", make X an organisation's
// name: "the Idite Lesom network", "the Kovcheg project".
var namedBodies = map[string]bool{"network": true, "group": true, "organisation": true, "organization": true,
	"foundation": true, "movement": true, "initiative": true, "project": true, "coalition": true,
	"association": true, "charity": true, "ngo": true, "party": true, "programme": true, "program": true,
	"campaign": true, "observatory": true, "platform": true, "fund": true, "newsroom": true}

// sourceCueBefore tells whether one of the lexicon's reporting cues ("quoted
// by", "told") ends right before token k.
func (f *finder) sourceCueBefore(s, k int) bool {
	var buf [64]byte
	for _, cue := range f.lex.SourceCues {
		n := strings.Count(cue, " ") + 1
		if p, ok := f.phraseBytes(buf[:0], s, k-n, n); ok && string(p) == cue {
			return true
		}
	}
	return false
}

// actorVerbs follow a capital city used for its government or an
// institution ("Brussels has said", "Brussels wants").
var actorVerbs = map[string]bool{"has": true, "have": true, "had": true, "said": true, "says": true, "wants": true,
	"wanted": true, "expressed": true, "announced": true, "agreed": true, "decided": true, "insists": true,
	"insisted": true, "warned": true, "urged": true, "will": true, "would": true, "must": true, "should": true,
	"is": true, "was": true, "refused": true, "rejected": true, "proposed": true, "demanded": true}

// actsAsSubject tells whether the place name r is the subject of a verb
// ("Brussels has said", "Brussels kept its distance"), not the object of a
// preposition ("officials in Brussels said").
func (f *finder) actsAsSubject(s int, r rng) bool {
	t := f.toks(s)
	switch f.lower(s, r.i-1) {
	case "in", "at", "from", "to", "near", "into", "outside", "via", "of", "for", "with", "by", "toward",
		"towards", "around", "across", "through", "inside", "between", "on":
		return false
	}
	if actorVerbs[f.lower(s, r.j)] {
		return true
	}
	if r.j < len(t) && !capitalised(t[r.j].Text) {
		switch t[r.j].Tag {
		case "VBD", "VBZ", "MD":
			return true
		}
	}
	return false
}

// contextualOrgs finds the forms that mean an organisation only once the
// article has named it: "the bloc" for the European Union, and "Brussels"
// when it acts ("Brussels has said").
func (f *finder) contextualOrgs(s int, present map[string]bool) {
	t := f.toks(s)
	for i := 0; i < len(t); i++ {
		maxN := f.orgFormWords(s, i)
		if f.lower(s, i) == "the" && i+1 < len(t) {
			if m := f.orgFormWords(s, i+1); m > 0 {
				maxN = m + 1
			}
		}
		for n := maxN; n >= 1; n-- {
			if i+n > len(t) {
				continue
			}
			r := rng{i, i + n}
			if !f.free(s, r) {
				continue
			}
			surface := joinTokens(f.text, t, r)
			o, ok := gazetteer.OrgByContextualName(surface)
			if !ok || !present[o.Key()] {
				continue
			}
			lowerForm := false
			for _, c := range o.Contextual {
				if c == strings.ToLower(c) && gazetteer.Norm(c) == gazetteer.Norm(surface) {
					lowerForm = true
				}
			}
			if !lowerForm && !capitalised(t[r.j-1].Text) {
				continue
			}
			if len(gazetteer.PlacesByName(surface)) > 0 && !f.actsAsSubject(s, r) {
				continue // "in Brussels" is the city
			}
			c := orgCand(o)
			c.contextual = true
			if t[i].Text == "the" || t[i].Text == "The" {
				c.surface = surface
			}
			if f.add(s, r, c) {
				i = r.j - 1
				break
			}
		}
	}
}

// bareOrgans resolves "the army" to the one army the article names.
func (f *finder) bareOrgans(s int, armies map[string]string) {
	if len(armies) != 1 {
		return
	}
	var key, name string
	for k, v := range armies {
		key, name = k, v
	}
	t := f.toks(s)
	for i := 0; i+1 < len(t); i++ {
		if strings.ToLower(t[i].Text) == "the" && (t[i+1].Text == "army" || t[i+1].Text == "military") {
			f.add(s, rng{i, i + 2}, cand{typ: Organization, key: key, name: name, contextual: true})
		}
	}
}

// placeCourts finds courts named by their city and kind in lower case, as
// news writes Russian and Central Asian courts: "the Samara garrison
// military court", "a Tver district court", "the Astana city court". The
// city stays a place of its own in the relations (the court is based in it).
// An unpunctuated first line is a headline, which names courts loosely.
func (f *finder) placeCourts(s int) {
	t := f.toks(s)
	if f.headline[s] || s == 0 && len(t) > 0 && !strings.ContainsAny(t[len(t)-1].Text, ".!?") {
		return
	}
	for _, c := range f.splitChunks(s) {
		r := f.trimFunction(s, f.trimLead(s, c))
		if r.j-r.i < 1 {
			continue
		}
		k := r.j
		for k < len(t) && k-r.j < 3 && f.lex.CourtModifiers[t[k].Text] {
			k++
		}
		// "the Samara garrison military court"; "the Kutaisi police", "Moscow city police"
		if k >= len(t) || !(t[k].Text == "court" && k > r.j || t[k].Text == "police") {
			continue
		}
		// the place ends the chunk: "Officers of the Moscow city police"
		var ps []gazetteer.Place
		for n := min(3, r.j-r.i); n >= 1 && len(ps) == 0; n-- {
			if capitalised(t[r.j-n].Text) && f.free(s, rng{r.j - n, r.j}) {
				if ps = gazetteer.PlacesByName(joinTokens(f.text, t, rng{r.j - n, r.j})); len(ps) > 0 {
					r.i = r.j - n
				}
			}
		}
		if len(ps) == 0 {
			// "the Medeu district court", "the Meshchansky district court": a
			// city district's court, named by a word that is no place
			w := t[r.j-1].Text
			if t[k].Text != "court" || !capitalised(w) || !wordToken(w) || allCaps(w) || r.j-1 == 0 || f.lex.NotNames[w] ||
				!f.free(s, rng{r.j - 1, r.j}) || f.countryWord(w) {
				continue
			}
			r.i = r.j - 1
			name := joinTokens(f.text, t, rng{r.i, k + 1})
			f.add(s, rng{r.i, k + 1}, cand{typ: Organization, key: gazetteer.OrgKey(name), name: name})
			continue
		}
		name := joinTokens(f.text, t, rng{r.i, k + 1})
		if f.add(s, rng{r.i, k + 1}, cand{typ: Organization, key: gazetteer.OrgKey(name), name: name}) {
			// the city is named too
			c := cand{typ: Place, places: ps, sent: s, start: t[r.i].Start, end: t[r.j-1].End}
			c.surface = f.text[c.start:c.end]
			f.cands = append(f.cands, c)
		}
	}
}

// seatedOrgs names an embassy, consulate or court by the city it sits in
// when the text does ("the Dutch embassy in Tbilisi", "the High Court in
// Podgorica", "a district court in Yerevan"): the city is part of the name
// as written, and stays a place of its own. A court named only by its kind
// in lower case ("a military court in Perm") is an organisation this way too.
func (f *finder) seatedOrgs(s int) {
	t := f.toks(s)
	if f.headline[s] {
		return
	}
	for k := 0; k+2 < len(t); k++ {
		if t[k+1].Text != "in" || !capitalised(t[k+2].Text) || f.covered[s][k+2] || !f.lex.SeatedHeads[f.lower(s, k)] {
			continue
		}
		// the city: one to three capitalised words that the gazetteer knows
		city := rng{}
		for n := 4; n >= 1; n-- {
			r := rng{k + 2, k + 2 + n}
			if r.j > len(t) || !f.free(s, r) || !wordToken(t[r.j-1].Text) || n == 1 && f.lex.NotNames[t[r.i].Text] {
				continue // "the German embassy in March": a month, not the town
			}
			if ps := gazetteer.PlacesByName(joinTokens(f.text, t, r)); len(ps) > 0 && ps[0].Kind != "region" {
				city = r
				break
			}
		}
		if city.j == 0 || city.j < len(t) && capitalised(t[city.j].Text) && wordToken(t[city.j].Text) {
			continue // "a consulate in Central Asia": the name goes on, no town is meant
		}
		ps := gazetteer.PlacesByName(joinTokens(f.text, t, city))
		start := -1
		for i := range f.cands {
			c := &f.cands[i]
			if c.sent == s && c.typ == Organization && (c.end == t[k].End || k > 0 && c.end == t[k-1].End && f.lower(s, k) == "general") &&
				f.genericName(s, f.tokenRange(s, c.start, c.end)) {
				// "the Dutch embassy" read already: it goes on with its city
				c.end = t[city.j-1].End
				c.surface = f.text[c.start:c.end]
				if c.name != "" {
					c.name = c.surface
				}
				start = c.start
				break
			}
		}
		if start < 0 {
			if f.covered[s][k] || f.lower(s, k) != "court" {
				continue
			}
			// "a military court in Perm": the court's lower-case kind opens it
			i := k
			for i > 0 && f.lex.CourtModifiers[f.lower(s, i-1)] && !f.covered[s][i-1] {
				i--
			}
			name := joinTokens(f.text, t, rng{i, city.j})
			if !f.add(s, rng{i, city.j}, cand{typ: Organization, key: gazetteer.OrgKey(name), name: name}) {
				continue
			}
		} else {
			f.cover(s, city)
		}
		c := cand{typ: Place, places: ps, sent: s, start: t[city.i].Start, end: t[city.j-1].End}
		c.surface = f.text[c.start:c.end]
		f.cands = append(f.cands, c)
		k = city.j - 1
	}
}

// genericName: a body's name says only what kind of body it is and whose
// ("the Dutch embassy", "Russia's embassy", "the High Court"), so the city
// after it belongs to the name; "the Medeu District Court in Almaty" has
// a name of its own.
func (f *finder) genericName(s int, r rng) bool {
	t := f.toks(s)
	kinds := 0 // capitalised words of kind: two make a proper name ("the Federal Administrative Court")
	for k := r.i; k < r.j; k++ {
		w := t[k].Text
		switch {
		case capitalised(w) && f.lex.CourtModifiers[f.lower(s, k)]:
			if kinds++; kinds >= 2 {
				return false
			}
		case !capitalised(w), f.lex.SeatedHeads[f.lower(s, k)], possessive(w):
		default:
			if _, ok := gazetteer.CountryByDemonym(w); ok {
				continue
			}
			if _, ok := gazetteer.CountryByName(w); ok {
				continue
			}
			return false
		}
	}
	return true
}

// acronymAppositions: capitals set after an organisation described in lower
// case name it ("the old border and immigration service, SEF, …", "the
// refugee council, NOAS."): an acronym the text gives no other cue for.
func (f *finder) acronymAppositions(s int) {
	t := f.toks(s)
	for k := 2; k+1 < len(t); k++ {
		w := t[k].Text
		if len(w) < 2 || len(w) > 6 || !allCaps(w) || t[k-1].Text != "," || !f.lex.OrgNouns[f.lower(s, k-2)] ||
			capitalised(t[k-2].Text) || !strings.Contains(",.;)", t[k+1].Text) || f.countryWord(w) {
			continue
		}
		f.add(s, rng{k, k + 1}, f.orgByShape(w))
	}
}

// seatAdjective: a word that tells where what follows sits ("Berlin-based",
// "Riga-registered", "London-headquartered").
func seatAdjective(w string) bool {
	return strings.HasSuffix(w, "-based") || strings.HasSuffix(w, "-registered") || strings.HasSuffix(w, "-headquartered")
}

// lowerAfterHyphen: a hyphenated word ending in lower case, an adjective
// ("Paris-based", "Russian-language"), no name.
func lowerAfterHyphen(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && i+1 < len(w) && w[i+1] >= 'a' && w[i+1] <= 'z'
}
