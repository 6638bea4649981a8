package facts

import (
	"strings"
	"sync"
	"sync/atomic"

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
	text  string // the sentence as written
	lower string // lowerText(), once made
	ments []mention
	// pronounSubject: the person a subject pronoun or description of this
	// sentence stands for ("he" in "In May he flew on"), -1 if none
	pronounSubject int
	// speaker: the person whose transcript turn the sentence is in, -1 if none
	speaker int
	// party: the people a group subject stands for ("they", "the
	// family"), the first being the one its mention names; nil if none
	party []int
	// possible[id] >= 0: the prefilter of pattern id passes on mask; it is
	// where the last of its needles begins (see cues.possible)
	possible []int32
	starts   []startHit // where patterns with start words may match
	toks     []word     // words(mask), made on first use
	breaks   []int      // clause start offsets, sorted, made on first use
	// warPhrases is the cue list of that name ("war in ")
	warPhrases []string
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
	rels         *relationSet // the relations, once read
	migrants     int          // migrantsCountry, -2 until asked
	host         int          // hostCountry, -2 until asked
	genders      []byte       // per entity: 'f', 'm', '?' (unknown) once asked, 0 before
	// mentionsSoFar: per entity, its mentions in the sentences built so
	// far (a pronoun's fallback, the article's protagonist, reads them)
	mentionsSoFar []int
	byKey         map[string]int // entity index by key, made on first use
	qa            *interviewReader
	scan          *scanBuffers // what the sentences' possible and starts are cut from
	// narrator: the author of a first-person story, whom its "I" means
	// (the person of its byline), -1 if the story is not told so
	narrator int
	// speaker: in a transcript, the person whose turn the sentence is in
	// ("FEDOTOV: …" and the sentences after it), -1 if none
	speaker int
	// headCase, headLower: the sentence opening subjectPronounOf last
	// lowered, and its lower case
	headCase, headLower string
	// the family the article names by its plural (familyParty), once
	familyDone   bool
	familyPlural string
	familyPeople []int
	groupWords   []string // pair_subjects, family_subjects and the family's plural
}

func newView(doc *extract.Doc) *view {
	v := &view{doc: doc, cues: mustCues(), countryOf: map[string]int{}, dominant: -1, migrants: -2, host: -2}
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
	v.mentionsSoFar = counts
	all := sentenceMentions(doc)
	buf := v.cues.newScanBuffers(len(doc.Sentences), len(doc.Text))
	v.scan = buf
	v.sents = make([]sentence, 0, len(doc.Sentences))
	qa := newInterviewReader(doc)
	v.qa = qa
	v.narrator, v.speaker = -1, -1
	if qa.first < 0 {
		v.narrator = narratorOf(doc, all)
	}
	for i, s := range doc.Sentences {
		if qa.first >= 0 && i == qa.first+1 {
			qa.who = qa.interviewee(v) // the introduction is in the view now
		}
		ms := all[i]
		sv := buildSentence(i, s, ms, doc.Entities)
		if label, ok := speakerLabel(&sv); ok {
			v.speaker = label // "SORENSEN:" opens a turn; "HOST:" one of no one named
		}
		sv.speaker = v.speaker
		subject := -1
		if syn, ok := v.pronounMention(sv, s); ok {
			ms = insertMention(ms, syn)
			sv = buildSentence(i, s, ms, doc.Entities)
			if syn.Text != "I" {
				subject = syn.Entity // "I" is the teller, whom a later "he" never means
			}
		} else if syn, party, ok := v.partyMention(sv, s); ok {
			ms = insertMention(ms, syn)
			sv = buildSentence(i, s, ms, doc.Entities)
			sv.party = party
		} else if syn, ok := qa.firstPerson(i, s); ok {
			ms = insertMention(ms, syn)
			sv = buildSentence(i, s, ms, doc.Entities)
		}
		if obj, ok := v.objectDescription(sv, s); ok {
			sv = buildSentence(i, s, insertMention(ms, obj), doc.Entities)
		}
		sv.pronounSubject, sv.speaker = subject, v.speaker
		sv.possible, sv.starts = v.cues.possible(sv.mask, buf)
		sv.warPhrases = v.cues.lists["war_phrases"]
		credit := creditLine(&sv)
		for _, m := range sv.ments {
			if !credit || m.typ != 'P' {
				counts[m.ent]++
			}
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

// release hands the view's scan buffers on to the next article; the view
// is not to be used after.
func (v *view) release() {
	v.scan.release()
	v.scan = nil
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

// mentionEndingAt returns the mention whose placeholder ends at mask
// offset pos.
func (s *sentence) mentionEndingAt(pos int) (mention, bool) {
	for _, m := range s.ments {
		if m.mend == pos {
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

// entityForms: an entity's name and aliases, every form the text gives it.
func entityForms(e extract.Entity) []string { return append([]string{e.Name}, e.Aliases...) }

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
	for _, form := range entityForms(e) {
		for _, iso := range countryCodesIn(form) {
			if i, ok := v.countryOf[iso]; ok {
				return i
			}
		}
	}
	return -1
}

// countryCodesIn lists the countries the phrases of a name mean, as
// countryByWord tries them: longest phrases first, each as a demonym then
// as a country name. It depends on the name only, so it is remembered
// across articles.
func countryCodesIn(form string) []string {
	if codes, ok := countryCodeMemo.Load(form); ok {
		return codes.([]string)
	}
	var codes []string
	words := strings.Fields(possessiveS.Replace(form))
	for n := 3; n >= 1; n-- {
		for i := 0; i+n <= len(words); i++ {
			phrase := strings.Join(words[i:i+n], " ")
			if c, ok := gazetteer.CountryByDemonym(phrase); ok {
				codes = append(codes, c.ISO2)
			}
			if c, ok := gazetteer.CountryByName(phrase); ok {
				codes = append(codes, c.ISO2)
			}
		}
	}
	if countryCodeCount.Add(1) <= maxNormMemo {
		countryCodeMemo.Store(form, codes)
	}
	return codes
}

var (
	possessiveS      = strings.NewReplacer("'s", "", "’s", "")
	countryCodeMemo  sync.Map
	countryCodeCount atomic.Int64
)

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
func (v *view) entityByNorm(key string, types ...string) int {
	for i, e := range v.doc.Entities {
		if len(types) > 0 && !contains(types, e.Type) {
			continue
		}
		if norm(e.Name) == key {
			return i
		}
		for _, a := range e.Aliases {
			if norm(a) == key {
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
	for _, p := range s.warPhrases {
		if strings.HasSuffix(before, p) {
			return true
		}
	}
	return false
}

// migrantsCountry: the country whose people the article counts and
// follows ("Russians", "Russian soldiers"), -1 if none stands out.
func (v *view) migrantsCountry() int {
	if v.migrants == -2 {
		v.migrants = (&eventReader{v: v, people: -2}).peopleCountry()
	}
	return v.migrants
}

// The events' reader starts from the view's answer when it has one
// (people: v.migrants), and the view keeps the reader's (peopleCountry
// stores it back), so the article's people are counted once.
