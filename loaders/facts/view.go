package facts

import (
	"sort"
	"strconv"
	"strings"

	"newsgraph/loaders/extract"
	"newsgraph/loaders/gazetteer"
)

// mention is one entity mention as the rules see it.
type mention struct {
	ent     int  // index into Doc.Entities
	typ     byte // P person, C country, D country demonym, L place, E place demonym, O organisation
	mstart  int  // offsets of its placeholder in the mask
	mend    int
	surface string
}

// sentence is one sentence prepared for the rules.
type sentence struct {
	idx   int
	mask  string // lower case, quotes folded, mentions replaced by @Tn@
	lower string // lower case original text, quotes folded (for raw-text cues)
	ments []mention
	// possible[id]: the prefilter of pattern id passes on mask
	possible []bool
	toks     []word // words(mask), made on first use
}

// words returns the tokens of the mask, splitting it once.
func (s *sentence) words() []word {
	if s.toks == nil {
		s.toks = words(s.mask)
	}
	return s.toks
}

// view is an article prepared for the rules, shared by all of them.
type view struct {
	doc       *extract.Doc
	cues      *cues
	sents     []sentence
	countryOf map[string]int // ISO2 → index of that Country entity
	iso       []string       // per entity: its ISO2 (countries; places when known)
	dominant  int            // the country the article talks about most, -1 if none
	// orgCountries caches orgCountry per organisation entity
	orgCountries map[int]int
}

func newView(doc *extract.Doc) *view {
	v := &view{doc: doc, cues: mustCues(), countryOf: map[string]int{}, dominant: -1}
	v.iso = make([]string, len(doc.Entities))
	for i, e := range doc.Entities {
		code := strings.ToUpper(e.ISO3166)
		if code == "" && e.Type == extract.Country {
			if c, ok := gazetteer.CountryByName(e.Name); ok {
				code = c.ISO2
			}
		}
		v.iso[i] = code
		if e.Type == extract.Country && code != "" {
			if _, seen := v.countryOf[code]; !seen {
				v.countryOf[code] = i
			}
		}
	}
	counts := make([]int, len(doc.Entities))
	all := sentenceMentions(doc)
	for i, s := range doc.Sentences {
		sv := buildSentence(i, s, all[i], doc.Entities)
		sv.possible = v.cues.possible(sv.mask)
		for _, m := range sv.ments {
			counts[m.ent]++
		}
		v.sents = append(v.sents, sv)
	}
	best := 0
	for i, e := range doc.Entities {
		if e.Type == extract.Country && counts[i] > best {
			best, v.dominant = counts[i], i
		}
	}
	return v
}

// sentenceMentions returns the mentions of each sentence: the Doc's own
// when it has them, else the entities' mention spans, else the entity names
// found in the text.
func sentenceMentions(doc *extract.Doc) [][]extract.Mention {
	out := make([][]extract.Mention, len(doc.Sentences))
	have := false
	for i, s := range doc.Sentences {
		out[i] = s.Mentions
		have = have || len(s.Mentions) > 0
	}
	if have {
		return out
	}
	var spans []extract.Mention
	for ei, e := range doc.Entities {
		for _, sp := range e.Mentions {
			if sp.Start >= 0 && sp.End <= len(doc.Text) && sp.Start < sp.End {
				spans = append(spans, extract.Mention{Span: sp, Text: doc.Text[sp.Start:sp.End], Entity: ei,
					Demonym: isDemonymForm(e, doc.Text[sp.Start:sp.End])})
			}
		}
	}
	if len(spans) == 0 {
		spans = scanNames(doc)
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	for i, s := range doc.Sentences {
		for _, m := range spans {
			if m.Start >= s.Start && m.End <= s.End {
				out[i] = append(out[i], m)
			}
		}
	}
	return out
}

// scanNames finds entity names and aliases in the text (whole words).
func scanNames(doc *extract.Doc) []extract.Mention {
	var out []extract.Mention
	for ei, e := range doc.Entities {
		forms := append([]string{e.Name}, e.Aliases...)
		for _, f := range forms {
			if len(f) < 2 {
				continue
			}
			for off := 0; ; {
				k := strings.Index(doc.Text[off:], f)
				if k < 0 {
					break
				}
				st, en := off+k, off+k+len(f)
				off = en
				if (st > 0 && isWordByte(doc.Text[st-1])) || (en < len(doc.Text) && isWordByte(doc.Text[en])) {
					continue
				}
				out = append(out, extract.Mention{Span: extract.Span{Start: st, End: en}, Text: f, Entity: ei,
					Demonym: isDemonymForm(e, f)})
			}
		}
	}
	// keep the longest of overlapping finds
	sort.Slice(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End > out[j].End
	})
	kept := out[:0]
	end := -1
	for _, m := range out {
		if m.Start >= end {
			kept = append(kept, m)
			end = m.End
		}
	}
	return kept
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// isDemonymForm tells whether a surface form of a country or place is its
// demonym ("Russian") rather than its name.
func isDemonymForm(e extract.Entity, form string) bool {
	if e.Type != extract.Country && e.Type != extract.Place {
		return false
	}
	if gazetteer.Norm(form) == gazetteer.Norm(e.Name) {
		return false
	}
	if _, ok := gazetteer.CountryByDemonym(form); ok {
		return true
	}
	return strings.HasSuffix(form, "an") || strings.HasSuffix(form, "ans") || strings.HasSuffix(form, "ish")
}

// buildSentence makes the masked form of one sentence.
func buildSentence(i int, s extract.Sentence, ms []extract.Mention, ents []extract.Entity) sentence {
	sv := sentence{idx: i}
	var b strings.Builder
	b.Grow(len(s.Text) + 16)
	text := s.Text
	// Mentions are byte offsets into the article; accept sentence-relative
	// offsets too.
	rel := func(m extract.Mention) (int, int, bool) {
		st, en := m.Start-s.Start, m.End-s.Start
		if st >= 0 && en <= len(text) && st < en {
			return st, en, true
		}
		if m.Start >= 0 && m.End <= len(text) && m.Start < m.End && text[m.Start:m.End] == m.Text {
			return m.Start, m.End, true
		}
		return 0, 0, false
	}
	pos := 0
	lastSpace := true
	write := func(seg string) {
		for k := 0; k < len(seg); k++ {
			c := seg[k]
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r':
				if !lastSpace {
					b.WriteByte(' ')
				}
				lastSpace = true
				continue
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			case c == 0xE2 && k+2 < len(seg) && seg[k+1] == 0x80:
				// ‘ ’ → ', “ ” → ", – — → -
				switch seg[k+2] {
				case 0x98, 0x99:
					c = '\''
				case 0x9C, 0x9D:
					c = '"'
				case 0x93, 0x94:
					c = '-'
				default:
					b.WriteString(seg[k : k+3])
					k += 2
					lastSpace = false
					continue
				}
				k += 2
			case c == 0xC2 && k+1 < len(seg) && seg[k+1] == 0xA0: // no-break space
				k++
				if !lastSpace {
					b.WriteByte(' ')
				}
				lastSpace = true
				continue
			}
			b.WriteByte(c)
			lastSpace = false
		}
	}
	for _, m := range ms {
		st, en, ok := rel(m)
		if !ok || st < pos || m.Entity < 0 || m.Entity >= len(ents) {
			continue
		}
		write(text[pos:st])
		typ := typeLetter(ents[m.Entity], m.Demonym)
		n := len(sv.ments)
		mstart := b.Len()
		b.WriteByte('@')
		b.WriteByte(typ)
		b.WriteString(strconv.Itoa(n))
		b.WriteByte('@')
		lastSpace = false
		sv.ments = append(sv.ments, mention{ent: m.Entity, typ: typ, mstart: mstart, mend: b.Len(), surface: text[st:en]})
		pos = en
	}
	write(text[pos:])
	sv.mask = b.String()
	b.Reset()
	lastSpace = true
	write(text)
	sv.lower = b.String()
	return sv
}

func typeLetter(e extract.Entity, demonym bool) byte {
	switch e.Type {
	case extract.Person:
		return 'P'
	case extract.Country:
		if demonym {
			return 'D'
		}
		return 'C'
	case extract.Place:
		if demonym {
			return 'E'
		}
		return 'L'
	}
	return 'O'
}

// mentionAt returns the mention whose placeholder starts at mask offset pos.
func (s *sentence) mentionAt(pos int) (mention, bool) {
	for _, m := range s.ments {
		if m.mstart == pos {
			return m, true
		}
	}
	return mention{}, false
}

// mentionsIn returns the mentions inside mask[start:end].
func (s *sentence) mentionsIn(start, end int) []mention {
	var out []mention
	for _, m := range s.ments {
		if m.mstart >= start && m.mend <= end {
			out = append(out, m)
		}
	}
	return out
}

// group returns the mentions captured by a named group of a match.
func (s *sentence) group(p *pattern, match []int, name string) []mention {
	i := p.groupIndex(name, match)
	if i < 0 || match[2*i] < 0 {
		return nil
	}
	return s.mentionsIn(match[2*i], match[2*i+1])
}

// groupText returns the text a named group captured, "" if none.
func (s *sentence) groupText(p *pattern, match []int, name string) string {
	i := p.groupIndex(name, match)
	if i < 0 || match[2*i] < 0 {
		return ""
	}
	return s.mask[match[2*i]:match[2*i+1]]
}

// countryEntity maps a country-like entity to the Country entity it means:
// countries themselves, places (through their ISO code) and organisations
// (through a country name or demonym in their name). -1 if none.
func (v *view) countryEntity(ent int) int {
	if ent < 0 {
		return -1
	}
	e := v.doc.Entities[ent]
	switch e.Type {
	case extract.Country:
		return ent
	case extract.Place:
		if c, ok := v.countryOf[v.iso[ent]]; ok && v.iso[ent] != "" {
			return c
		}
	case extract.Organization:
		return v.orgCountry(ent)
	}
	return -1
}

// orgCountry finds the country an organisation's name carries ("Spanish
// National Police", "Lithuania's interior ministry"), -1 if none.
func (v *view) orgCountry(ent int) int {
	if v.orgCountries == nil {
		v.orgCountries = map[int]int{}
	}
	if c, ok := v.orgCountries[ent]; ok {
		return c
	}
	c := v.orgCountryOf(ent)
	v.orgCountries[ent] = c
	return c
}

func (v *view) orgCountryOf(ent int) int {
	e := v.doc.Entities[ent]
	for _, form := range append([]string{e.Name}, e.Aliases...) {
		words := strings.Fields(strings.NewReplacer("'s", "", "’s", "").Replace(form))
		for n := 3; n >= 1; n-- {
			for i := 0; i+n <= len(words); i++ {
				phrase := strings.Join(words[i:i+n], " ")
				if c := v.countryByWord(phrase); c >= 0 {
					return c
				}
			}
		}
	}
	return -1
}

// countryByWord resolves a country name or demonym to a Country entity of
// the article, -1 if it names none.
func (v *view) countryByWord(w string) int {
	if c, ok := gazetteer.CountryByDemonym(w); ok {
		if i, ok := v.countryOf[c.ISO2]; ok {
			return i
		}
	}
	if c, ok := gazetteer.CountryByName(w); ok {
		if i, ok := v.countryOf[c.ISO2]; ok {
			return i
		}
	}
	return -1
}

// entityByNorm finds an entity by the normalised form of a name or alias.
func (v *view) entityByNorm(norm string, types ...string) int {
	for i, e := range v.doc.Entities {
		if len(types) > 0 && !contains(types, e.Type) {
			continue
		}
		if gazetteer.Norm(e.Name) == norm {
			return i
		}
		for _, a := range e.Aliases {
			if gazetteer.Norm(a) == norm {
				return i
			}
		}
	}
	return -1
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// inWarPhrase tells whether the mention is the place of a war ("war in X",
// "invasion of X"): such a country is not where people come from.
func (s *sentence) inWarPhrase(m mention) bool {
	before := s.mask[:m.mstart]
	for _, p := range []string{"war in ", "invasion of ", "war on ", "war against ", "conflict in "} {
		if strings.HasSuffix(before, p) {
			return true
		}
	}
	return false
}
