package extract

import (
	"strings"

	"newsgraph/loaders/gazetteer"
)

// cand is one recognised mention before resolution: a span, what it is and
// what it would be called.
type cand struct {
	sent       int
	start, end int // bytes into the article
	typ        string
	key        string
	name       string // reference name (gazetteer's, or the person's name); "" means the surface form
	// contextual marks a form that stands for an entity named otherwise
	// ("the bloc", "the army"): an alias, never the entity's name
	contextual bool
	// givenOnly marks a person read from a lone given name by a speech
	// cue ("Jaan said"): it may be a fully named person of the article
	givenOnly bool
	// bareName: the name this mention offers when its surface holds more
	// than the name ("FSB" for "Russia's FSB"), "" for the surface
	bareName string
	surface  string
	iso      string
	wikidata string
	demonym  bool
	places   []gazetteer.Place // for a gazetteer place: the readings, best first
}

// finder holds one article while the recognisers run over it.
type finder struct {
	text     string
	sents    []Sentence
	lex      *gazetteer.Lexicon
	covered  [][]bool   // per sentence, per token: already part of a mention
	lowers   [][]string // per sentence, per token: the text in lower case
	orgForms [][]int8   // per sentence, per token: orgFormWords, -1 until asked
	chunks   [][]rng
	andParts [][]rng // chunks split at "and", made on first use (splitChunks)
	headline []bool
	cands    []cand
	// countries the article names, by ISO2, filled by the country pass;
	// places are read as the ones in these countries when ambiguous.
	countries map[string]bool
	notPerson map[string]bool // notPersonWord's answers, asked often of the same words
}

func newFinder(text string, sents []Sentence) *finder {
	f := &finder{text: text, sents: sents, lex: gazetteer.Lex(), countries: map[string]bool{}, notPerson: map[string]bool{}}
	lowered := asciiLower(text)
	f.covered = make([][]bool, len(sents))
	f.lowers = make([][]string, len(sents))
	f.orgForms = make([][]int8, len(sents))
	f.chunks = make([][]rng, len(sents))
	f.andParts = make([][]rng, len(sents))
	f.headline = make([]bool, len(sents))
	for i := range sents {
		f.covered[i] = make([]bool, len(sents[i].Tokens))
		f.lowers[i] = make([]string, len(sents[i].Tokens))
		for k, t := range sents[i].Tokens {
			f.lowers[i][k] = lowerToken(lowered, t)
		}
		f.chunks[i] = chunks(sents[i].Tokens)
		// a sentence of the body ending in a full stop is no headline, however
		// many names it holds ("The Armenian Young Lawyers' Association (AYLA) appealed.")
		toks := sents[i].Tokens
		f.headline[i] = headlineCase(toks) && (i == 0 || len(toks) == 0 || toks[len(toks)-1].Text != ".")
	}
	return f
}

// asciiLower is text with its ASCII capitals lowered, the other bytes
// kept: one allocation from which most tokens' lower-case forms are cut.
func asciiLower(text string) string {
	b := []byte(text)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// lowerToken is a token's text in lower case: a slice of the lowered
// article when the token is ASCII, else strings.ToLower.
func lowerToken(lowered string, t Token) string {
	for i := 0; i < len(t.Text); i++ {
		if t.Text[i] >= 0x80 {
			return strings.ToLower(t.Text)
		}
	}
	if t.End-t.Start == len(t.Text) && t.End <= len(lowered) {
		return lowered[t.Start:t.End]
	}
	return strings.ToLower(t.Text)
}

func (f *finder) toks(s int) []Token { return f.sents[s].Tokens }

// free tells whether no token of r is part of a mention yet.
func (f *finder) free(s int, r rng) bool {
	if r.i < 0 || r.j > len(f.covered[s]) || r.i >= r.j {
		return false
	}
	for k := r.i; k < r.j; k++ {
		if f.covered[s][k] {
			return false
		}
	}
	return true
}

func (f *finder) cover(s int, r rng) {
	for k := r.i; k < r.j; k++ {
		f.covered[s][k] = true
	}
}

// add records c over the tokens r when they are free.
func (f *finder) add(s int, r rng, c cand) bool {
	if !f.free(s, r) {
		return false
	}
	t := f.toks(s)
	if c.typ == Person && r.j-r.i > 1 && f.lex.PartyPlurals[t[r.j-1].Text] {
		return false // "the Christian Democrats": a party's members, whichever rule took them for a name
	}
	f.cover(s, r)
	c.sent, c.start, c.end = s, t[r.i].Start, t[r.j-1].End
	if c.surface == "" {
		c.surface = f.text[c.start:c.end]
	}
	f.cands = append(f.cands, c)
	return true
}

// addSpan records c over a byte span that need not follow token bounds
// (a credit glued to an outlet name, one part of a hyphenated word). The
// tokens it touches are covered; it is refused when one of them already is
// part of a mention of another span.
func (f *finder) addSpan(s, start, end int, c cand, cover bool) bool {
	r := f.tokenRange(s, start, end)
	for k := r.i; k < r.j; k++ {
		if f.covered[s][k] && cover {
			return false
		}
	}
	if cover {
		f.cover(s, r)
	}
	c.sent, c.start, c.end = s, start, end
	if c.surface == "" {
		c.surface = f.text[start:end]
	}
	f.cands = append(f.cands, c)
	return true
}

// tokenRange is the range of tokens overlapping a byte span.
func (f *finder) tokenRange(s, start, end int) rng {
	t := f.toks(s)
	r := rng{len(t), 0}
	for k, tk := range t {
		if tk.End > start && tk.Start < end {
			if k < r.i {
				r.i = k
			}
			r.j = k + 1
		}
	}
	if r.j == 0 {
		r.i = 0
	}
	return r
}

// lower is a token's text in lower case.
func (f *finder) lower(s, k int) string {
	if k < 0 || k >= len(f.lowers[s]) {
		return ""
	}
	return f.lowers[s][k]
}

// word is a token's text, "" outside the sentence.
func (f *finder) word(s, k int) string {
	t := f.toks(s)
	if k < 0 || k >= len(t) {
		return ""
	}
	return t[k].Text
}

// phraseAt is the lower-case text of n tokens from k joined by single
// spaces, "" when the sentence is shorter.
func (f *finder) phraseAt(s, k, n int) string {
	l := f.lowers[s]
	if k < 0 || k+n > len(l) {
		return ""
	}
	if n == 1 {
		return l[k]
	}
	return strings.Join(l[k:k+n], " ")
}

// phraseBytes appends to buf the lower-case text of n tokens from k joined
// by single spaces; ok is false when the sentence is shorter. Lookups with
// string(b) in a map do not allocate, so rules that probe many phrases use
// this rather than phraseAt.
func (f *finder) phraseBytes(buf []byte, s, k, n int) (b []byte, ok bool) {
	l := f.lowers[s]
	if k < 0 || n < 1 || k+n > len(l) {
		return buf, false
	}
	for x := k; x < k+n; x++ {
		if x > k {
			buf = append(buf, ' ')
		}
		buf = append(buf, l[x]...)
	}
	return buf, true
}

// countryCand is a mention of a country, by name or demonym.
func countryCand(c *gazetteer.Country, demonym bool) cand {
	return cand{typ: Country, key: gazetteer.CountryKey(c.ISO2), name: c.Name,
		iso: c.ISO2, wikidata: c.Wikidata, demonym: demonym}
}

// orgCand is a mention of an organisation of the alias table.
func orgCand(o *gazetteer.Org) cand {
	return cand{typ: Organization, key: o.Key(), name: o.Name, iso: o.Country}
}

// personCand is a mention of a person by (a form of) their name.
func personCand(name string) cand {
	name = titleCase(name)
	return cand{typ: Person, key: gazetteer.PersonKey(name), name: name, surface: ""}
}
