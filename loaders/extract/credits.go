package extract

import (
	"regexp"
	"strings"
	"unicode"

	"newsgraph/loaders/gazetteer"
)

// Credits and bylines name people the prose never mentions: photographers
// ("AP Photo/Jaan Tamm", "(AP photo by Jaan Tamm)", "Copyright JAAN
// TAMM/AFP") and authors ("By Jaan Tamm"), with the agency they work for.
const creditName = `(\p{Lu}[\p{L}'’.-]+(?:[ \t\p{Zs}]+\p{Lu}[\p{L}'’.-]+){1,2})`

var creditPatterns = []struct {
	re           *regexp.Regexp
	agency, name int // submatch indexes, 0 when absent
}{
	// "AP Photo/Jaan Tamm", "Reuters Photo / Jaan Tamm"
	{regexp.MustCompile(`\b([A-Z][A-Za-z]{1,14})[ \t\p{Zs}]+[Pp]hoto[ \t\p{Zs}]*/[ \t\p{Zs}]*` + creditName), 1, 2},
	// "(AP photo by Jaan Tamm)"
	{regexp.MustCompile(`\(([A-Z][A-Za-z]{1,14})[ \t\p{Zs}]+[Pp]hoto[ \t\p{Zs}]+by[ \t\p{Zs}]+` + creditName + `[ \t\p{Zs}]*\)`), 1, 2},
	// "Copyright JAAN TAMM/AFP", "© Jaan Tamm / Reuters"
	{regexp.MustCompile(`(?:Copyright|©)[ \t\p{Zs}]*(?:©[ \t\p{Zs}]*)?` + creditName + `[ \t\p{Zs}]*/[ \t\p{Zs}]*([A-Z][A-Za-z]{1,14})\b`), 2, 1},
	// "Photo: FoNet / Jaan Tamm": the agency first
	{regexp.MustCompile(`\bPhoto(?:graph)?[ \t\p{Zs}]*:[ \t\p{Zs}]*([A-Z][A-Za-z]{1,14})[ \t\p{Zs}]*/[ \t\p{Zs}]*` + creditName), 1, 2},
	// "Photo: Jaan Tamm/AFP", "Photograph by Jaan Tamm"
	{regexp.MustCompile(`\bPhoto(?:graph)?(?:[ \t\p{Zs}]*:|[ \t\p{Zs}]+by)[ \t\p{Zs}]*` + creditName + `(?:[ \t\p{Zs}]*/[ \t\p{Zs}]*([A-Z][A-Za-z]{1,14})\b)?`), 2, 1},
}

// bylineSeparators split the authors and outlet of a byline: "By Jaan
// Tamm and Mari Mets, Reuters".
var bylineSeparators = regexp.MustCompile(`[ \t\p{Zs}]*(?:,|&|\||—|–| - |\band\b)[ \t\p{Zs}]*`)

// staffCredit opens a wire story's closing credits: "Reporting by Jaan
// Tamm and Mari Mets; editing by Kalle Rand".
// The credit opens its line or follows "(" or ";": "figures compiled by the
// Federal Office …" inside a sentence is no credit.
var staffCredit = regexp.MustCompile(`(?:^|[(;\n|][ \t\p{Zs}]*)(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ii]nterview)(?: and [a-z]+)? by[ \t\p{Zs}]+`)

// staffCredits reads the names of closing credits from byte from of the
// sentence on, up to its end, and the credits that follow a ";".
func (f *finder) staffCredits(s, from int) {
	st := f.sents[s]
	text := st.Text
	for from < len(text) {
		end := strings.IndexAny(text[from:], ";.)")
		if end < 0 {
			end = len(text) - from
		}
		seg := text[from : from+end]
		pos := 0
		for _, sep := range append(bylineSeparators.FindAllStringIndex(seg, -1), []int{len(seg), len(seg)}) {
			part := seg[pos:sep[0]]
			start := st.Start + from + pos + len(part) - len(strings.TrimLeft(part, " \t\u00a0"))
			pos = sep[1]
			p := strings.TrimSpace(part)
			if i := strings.Index(p, " in "); i > 0 {
				p = p[:i] // "Jaan Tamm in Tallinn": where the reporter filed from
			}
			switch {
			case p == "":
			case sep[0] > len(part) && f.bylineOutlet(s, start, p): // after an author
			case deskCredit(p):
				// "the Central Asia desk", "newsroom staff": a team, whose
				// capitalised words name no place or person
				f.cover(s, f.tokenRange(s, start, start+len(p)))
			case len(strings.Fields(p)) <= 3:
				f.creditName(s, start, start+len(p))
			}
		}
		from += end
		m := staffCredit.FindStringIndex(text[from:])
		if m == nil {
			return
		}
		from += m[1]
	}
}

// deskCredit tells whether a credited part names a team rather than a
// person: it ends in a lower-case word ("the Europe desk", "staff").
func deskCredit(p string) bool {
	w := strings.Fields(p)
	last := w[len(w)-1]
	return len(w) > 1 && !capitalised(last) && wordToken(last)
}

// credits reads the photo credits and the byline of a sentence.
func (f *finder) credits(s int) {
	st := f.sents[s]
	if strings.Contains(st.Text, " by") && (strings.Contains(st.Text, "ing by") || strings.Contains(st.Text, "iled by") || strings.Contains(st.Text, "iew by")) {
		if m := staffCredit.FindStringIndex(st.Text); m != nil {
			f.staffCredits(s, m[1])
		}
	}
	if !strings.Contains(st.Text, "hoto") && !strings.Contains(st.Text, "Copyright") && !strings.Contains(st.Text, "©") {
		goto byLine
	}
	for _, p := range creditPatterns {
		for _, m := range p.re.FindAllStringSubmatchIndex(st.Text, -1) {
			f.creditName(s, st.Start+m[2*p.name], st.Start+m[2*p.name+1])
			if p.agency > 0 && m[2*p.agency] >= 0 {
				f.creditAgency(s, st.Start+m[2*p.agency], st.Start+m[2*p.agency+1])
			}
		}
	}
byLine:
	if len(st.Text) < 100 && (strings.HasPrefix(st.Text, "By ") || strings.HasPrefix(st.Text, "By\u00a0")) {
		f.byline(s)
	}
}

// byline reads an author line: each part between separators is an
// author's name, possibly followed (or glued) by the outlet's.
func (f *finder) byline(s int) {
	st := f.sents[s]
	body := 3
	if strings.HasPrefix(st.Text, "By\u00a0") {
		body = len("By\u00a0")
	}
	text := st.Text[body:]
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		text = text[:i] // "By X\nPublished …": the line is the byline
	}
	pos := 0
	for _, sep := range append(bylineSeparators.FindAllStringIndex(text, -1), []int{len(text), len(text)}) {
		first := pos == 0
		part := text[pos:sep[0]]
		partStart := st.Start + body + pos
		pos = sep[1]
		lead := len(part) - len(strings.TrimLeft(part, " \t\u00a0"))
		part = strings.TrimSpace(part)
		partStart += lead
		if i := strings.Index(part, " in "); i > 0 && i+4 < len(part) && capitalised(part[i+4:]) {
			part = part[:i] // "X in Lyon": where the author writes from
		}
		if part == "" {
			continue
		}
		if o, ok := gazetteer.OrgByName(part); ok {
			f.addSpan(s, partStart, partStart+len(part), orgCand(o), true)
			continue
		}
		// "Jaan Tamm Associated Press": the name, then an outlet
		words := strings.Fields(part)
		for n := len(words) - 1; n >= 2; n-- {
			rest := strings.Join(words[n:], " ")
			if o, ok := gazetteer.OrgByName(rest); ok {
				if len(gazetteer.PlacesByName(strings.Join(words[:n], " "))) > 0 {
					break // "Los Angeles Times": a town's paper, not a person and "Times"
				}
				if i := strings.LastIndex(part, words[n]); i > 0 {
					f.bylineName(s, partStart, partStart+len(strings.TrimSpace(part[:i])))
					f.addSpan(s, partStart+i, partStart+len(part), orgCand(o), true)
				}
				part = ""
				break
			}
		}
		if part != "" && !first && len(majorPlaces(part)) > 0 && !f.lex.FirstNames[words[0]] {
			continue // "By X, San Diego": where the author writes from, though it has two words like a name
		}
		if part != "" && !first && f.bylineOutlet(s, partStart, part) {
			continue // "By X, Narva Evening Star": the outlet after its author
		}
		if part != "" && len(words) <= 3 {
			f.bylineName(s, partStart, partStart+len(part))
		}
	}
}

// bylineOutlet records the part of a credit line after an author as the
// outlet when it is written as a name ("BBC News", "LRT English Newsroom",
// "DW") and names no place ("Berlin") nor person; it tells whether it did.
func (f *finder) bylineOutlet(s, start int, part string) bool {
	words := strings.Fields(part)
	// "Rubezh data desk": the outlet, then which of its desks
	for len(words) > 1 && deskWords[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	desk := len(words) < len(strings.Fields(part))
	if desk {
		part = part[:strings.LastIndex(part, words[len(words)-1])+len(words[len(words)-1])]
	}
	if len(words) == 0 || len(words) > 5 || !capitalised(words[0]) {
		return false
	}
	for _, w := range words {
		if !capitalised(w) && w != "of" && w != "the" && w != "for" {
			return false
		}
	}
	if f.lex.FirstNames[words[0]] || len(words) == 2 && f.validCredit(part) && !f.lex.OrgHeads[words[1]] && !f.lex.OrgOpeners[words[0]] {
		return false // a second author ("Mari Mets"); "Narva Evening Star", "Revista Frontera" are no names of people
	}
	if _, ok := gazetteer.CountryByName(part); ok || len(gazetteer.PlacesByName(part)) > 0 || f.lex.Regions[part] != nil {
		return false // where the author writes from
	}
	if o, ok := gazetteer.OrgByName(part); ok {
		f.addSpan(s, start, start+len(part), orgCand(o), true)
		return true
	}
	if len(words) == 1 && !allCaps(part) && !desk && (f.lex.Titles[strings.ToLower(part)] || f.lex.NotNames[part] || f.lex.FirstNames[part]) {
		return false // "By X, Correspondent"; "By X, Grenseposten" names the paper
	}
	f.addSpan(s, start, start+len(part), cand{typ: Organization, key: gazetteer.OrgKey(part), name: part}, true)
	return true
}

// deskWords are the lower-case words after an outlet's name in a byline
// that name one of its desks ("Rubezh data desk").
var deskWords = map[string]bool{"desk": true, "data": true, "newsroom": true, "team": true, "bureau": true, "service": true, "investigations": true, "unit": true}

// validCredit tells whether every word of a credited name is name-shaped
// and no word is a known non-name ("Staff", an agency, a country).
func (f *finder) validCredit(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 {
		return false
	}
	for i, w := range words {
		if i > 0 && i < len(words)-1 && nameParticles[w] {
			continue // "Anouk de Graaf"
		}
		if !nameShaped(w) || f.notPersonWord(titleCase(w)) || f.notPersonWord(w) {
			return false
		}
	}
	return true
}

func (f *finder) creditName(s, start, end int) {
	name := f.text[start:end]
	if !f.validCredit(name) {
		return
	}
	f.addSpan(s, start, end, personCand(name), true)
}

// creditAgency records the agency of a credit: a known organisation or an
// acronym ("AFP", "EPA").
func (f *finder) creditAgency(s, start, end int) {
	name := f.text[start:end]
	if o, ok := gazetteer.OrgByName(name); ok {
		f.addSpan(s, start, end, orgCand(o), true)
		return
	}
	if allCaps(name) || innerCapital(name) {
		f.addSpan(s, start, end, cand{typ: Organization, key: gazetteer.OrgKey(name), name: name}, true)
	}
}

// innerCapital: a one-word name with a capital inside ("FoNet"), the shape
// of a brand rather than a person's name.
func innerCapital(w string) bool {
	if strings.HasPrefix(w, "Mc") || strings.HasPrefix(w, "Mac") {
		return false // "McNeil" is a surname
	}
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) && !strings.ContainsAny(w[:i], " -'’") {
			return true
		}
	}
	return false
}

// bylineName records an author; when the outlet's name is glued to the
// last word ("TammReuters") it is split off and recorded too.
func (f *finder) bylineName(s, start, end int) {
	name := f.text[start:end]
	words := strings.Fields(name)
	last := words[len(words)-1]
	lastStart := start + strings.LastIndex(name, last)
	for i, r := range last {
		if i < 2 || !unicode.IsUpper(r) {
			continue
		}
		if o, ok := gazetteer.OrgByName(last[i:]); ok {
			personEnd := lastStart + i
			if f.validCredit(f.text[start:personEnd]) {
				f.addSpan(s, start, personEnd, personCand(f.text[start:personEnd]), true)
				f.addSpan(s, personEnd, end, orgCand(o), false)
			}
			return
		}
	}
	if f.validCredit(name) {
		f.addSpan(s, start, end, personCand(name), true)
	}
}
