package facts

import (
	_ "embed"
	"fmt"
	"math"
	"regexp"
	"sort"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"newsgraph/loaders/gazetteer"
)

//go:embed data/cues.yaml
var cuesYAML []byte

// cueFile is the shape of data/cues.yaml.
type cueFile struct {
	Lists          map[string][]string `yaml:"lists"`
	Qualifiers     map[string][]string `yaml:"qualifiers"`
	Numbers        numberWords         `yaml:"numbers"`
	Months         map[string]int      `yaml:"months"`
	Weekdays       []string            `yaml:"weekdays"`
	Seasons        map[string]int      `yaml:"seasons"`
	StateMetonyms  map[string]string   `yaml:"state_metonyms"`
	Institutions   map[string]string   `yaml:"institutions"`
	TitleBodies    map[string]string   `yaml:"title_bodies"`
	Relations      []relationRuleSpec  `yaml:"relations"`
	Borders        []string            `yaml:"borders"`
	BorderWords    string              `yaml:"border_words"`
	Sources        []string            `yaml:"sources"`
	SourceAnaphora []string            `yaml:"source_anaphora"`
	Echo           []string            `yaml:"echo"`
	Events         map[string][]string `yaml:"events"`
}

type numberWords struct {
	Units  map[string]float64 `yaml:"units"`
	Scales map[string]float64 `yaml:"scales"`
	Vague  []string           `yaml:"vague"`
}

type relationRuleSpec struct {
	P           string `yaml:"p"`
	Also        string `yaml:"also"`         // a second predicate for the same pair
	AlsoCountry string `yaml:"also_country"` // a second predicate when the object is a country
	// O reads the object from context instead of a group: context_country,
	// dominant_country, nearby_country (bare titles), context_org, context_body,
	// org_country (the state of the organisation in group x)
	O    string `yaml:"o"`
	Role string `yaml:"role"` // fixed role when the pattern has no role group
	// SList: the subject's name must end in a word of this list
	SList string `yaml:"s_list"`
	// OList: the object's name must end in a word of this list
	OList string `yaml:"o_list"`
	// InRegion: the gazetteer must put the subject place in the object's
	// first-level division ("Sacramento, California")
	InRegion bool   `yaml:"in_region"`
	Re       string `yaml:"re"`
}

type relationRule struct {
	relationRuleSpec
	pat *pattern
}

// cues is the compiled cue data.
type cues struct {
	lists         map[string][]string
	normLists     map[string][]string // lists in gazetteer.Norm form
	qualifiers    []qualifierPhrase
	units, scales map[string]float64
	vague         [][]string
	months        map[string]int
	weekdays      map[string]bool
	weekdayOrder  []string
	seasons       map[string]int // season → its last month
	institutions  map[string]string
	titleBodies   map[string]string // a title that names its body ("MEP": the European Parliament)
	// institutionParents: the bodies institutions belong to, normalised
	institutionParents map[string]bool
	relations          []relationRule
	borders            []*pattern
	borderWords        *regexp.Regexp
	// askedPronoun: an interview verb and the person it asks ("We asked her")
	askedPronoun   *regexp.Regexp
	sources        []*pattern
	sourceAnaphora []*pattern
	echo           []*pattern // "took a similar step": the same act by others
	events         []eventCue
	patterns       []*pattern  // every compiled pattern, by id
	needles        needleIndex // prefilter over all patterns, and the scanned lists
	listNeedles    listNeedles
	always         []int32 // sentence.possible before the scan: -1 by literal set id; math.MaxInt32 for id 0 (no need)
	sets           int     // literal set ids
	needleIDs      int     // start ids: patterns, then scanned list words
}

type qualifierPhrase struct {
	words []string
	label string
}

type eventCue struct {
	kind string
	pat  *pattern
}

// eventKinds is the order events are looked for in a sentence.
var eventKinds = []string{"Invasion", "Mobilization", "Desertion", "Emigration",
	"AsylumApplication", "AsylumGrant", "VisaGrant", "EntryRefusal", "Deportation",
	"Death", "CriminalCase", "CourtRuling", "Detention", "Massacre"}

var (
	cuesOnce sync.Once
	cueData  *cues
	cueErr   error
)

// loadCues parses and compiles the embedded cue data once.
func loadCues() (*cues, error) {
	cuesOnce.Do(func() { cueData, cueErr = compileCues(cuesYAML) })
	return cueData, cueErr
}

// mustCues is for the extraction paths: the embedded data is tested, so a
// failure here is a build defect, not bad input.
func mustCues() *cues {
	c, err := loadCues()
	if err != nil {
		panic("facts: embedded cue data: " + err.Error())
	}
	return c
}

func compileCues(data []byte) (*cues, error) {
	var f cueFile
	if err := yaml.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("cues.yaml: %w", err)
	}
	c := &cues{
		lists: f.Lists, units: f.Numbers.Units, scales: f.Numbers.Scales,
		months: f.Months, weekdays: map[string]bool{}, seasons: f.Seasons,
		institutions: f.Institutions, institutionParents: map[string]bool{}, titleBodies: f.TitleBodies,
	}
	for _, parent := range f.Institutions {
		c.institutionParents[gazetteer.Norm(parent)] = true
	}
	for _, w := range f.Weekdays {
		c.weekdays[w] = true
	}
	if len(f.Weekdays) != 7 {
		return nil, fmt.Errorf("cues.yaml: weekdays: want 7, Monday first; got %d", len(f.Weekdays))
	}
	c.weekdayOrder = f.Weekdays
	c.normLists = map[string][]string{}
	for name, words := range f.Lists {
		for _, w := range words {
			c.normLists[name] = append(c.normLists[name], gazetteer.Norm(w))
		}
	}
	for label, phrases := range f.Qualifiers {
		for _, p := range phrases {
			c.qualifiers = append(c.qualifiers, qualifierPhrase{words: strings.Fields(p), label: label})
		}
	}
	// Longest phrases first so "no fewer than" wins over "fewer than".
	sort.SliceStable(c.qualifiers, func(i, j int) bool {
		return len(c.qualifiers[i].words) > len(c.qualifiers[j].words)
	})
	for _, v := range f.Numbers.Vague {
		c.vague = append(c.vague, strings.Fields(v))
	}
	sort.SliceStable(c.vague, func(i, j int) bool { return len(c.vague[i]) > len(c.vague[j]) })

	var err error
	for i, spec := range f.Relations {
		p, err := c.compile(spec.Re)
		if err != nil {
			return nil, fmt.Errorf("cues.yaml: relation rule %d (%s): %w", i+1, spec.P, err)
		}
		if spec.P == "" {
			return nil, fmt.Errorf("cues.yaml: relation rule %d has no p", i+1)
		}
		c.relations = append(c.relations, relationRule{relationRuleSpec: spec, pat: p})
	}
	for _, group := range []struct {
		name string
		src  []string
		dst  *[]*pattern
	}{{"borders", f.Borders, &c.borders}, {"sources", f.Sources, &c.sources},
		{"source_anaphora", f.SourceAnaphora, &c.sourceAnaphora}, {"echo", f.Echo, &c.echo}} {
		for i, s := range group.src {
			p, err := c.compile(s)
			if err != nil {
				return nil, fmt.Errorf("cues.yaml: %s pattern %d: %w", group.name, i+1, err)
			}
			*group.dst = append(*group.dst, p)
		}
	}
	if c.borderWords, err = regexp.Compile(f.BorderWords); err != nil {
		return nil, fmt.Errorf("cues.yaml: border_words: %w", err)
	}
	c.askedPronoun = regexp.MustCompile(`\b` + alternation(c.lists["interview_verbs"]) + ` (?:him|her)\b`)
	for _, kind := range eventKinds {
		for i, s := range f.Events[kind] {
			p, err := c.compile(s)
			if err != nil {
				return nil, fmt.Errorf("cues.yaml: %s cue %d: %w", kind, i+1, err)
			}
			c.events = append(c.events, eventCue{kind: kind, pat: p})
		}
	}
	for kind := range f.Events {
		if !isEventKind(kind) {
			return nil, fmt.Errorf("cues.yaml: unknown event kind %q", kind)
		}
	}
	c.assignNeedles()
	return c, nil
}

// scanBuffers are what the prefilter of one article's sentences reuses.
type scanBuffers struct {
	hits   []startHit // the scan's output, before ordering
	counts []int32    // the counting sort's
	sorted []startHit // the ordered hits of all sentences so far
	flags  []int32    // the possible slices of all sentences so far
	// the arrays sorted and flags were first cut from, for the next article
	sortedAll []startHit
	flagsAll  []int32
}

// scanBufferPool keeps the buffers of finished articles: they are a sixth
// of what an article allocates.
var scanBufferPool = sync.Pool{New: func() any { return new(scanBuffers) }}

// assignNeedles puts every pattern's needles into the Aho-Corasick index.
// Literal sets (a pattern's need, its further sets) get one id per
// distinct set, as many patterns share one ("@P"); sentence.possible is by
// these ids. Start words are by pattern id, and the scanned lists' words
// follow (sentence.starts is by these).
func (c *cues) assignNeedles() {
	setIDs := map[string]int{}
	setID := func(set []string) int {
		key := strings.Join(set, "\x00")
		id, ok := setIDs[key]
		if !ok {
			id = c.sets
			setIDs[key] = id
			for _, n := range set {
				c.needles.addNeedle(n, id, false)
			}
			c.sets++
		}
		return id
	}
	c.sets = 1 // 0: patterns without need
	for _, p := range c.patterns {
		if p.need != nil {
			p.needID = setID(p.need)
		}
		for _, set := range p.alsoSets {
			p.also = append(p.also, setID(set))
		}
		p.alsoSets = nil
		for _, n := range p.starts {
			c.needles.addNeedle(n, p.id, true)
		}
	}
	c.addListNeedles() // ids after the patterns'
	c.needles.build()
	c.needleIDs = c.listNeedles.base + len(c.listNeedles.words)
	c.always = make([]int32, c.sets)
	for i := range c.always {
		c.always[i] = -1
	}
	c.always[0] = math.MaxInt32
}

// newScanBuffers sizes the buffers for an article of n sentences and size
// bytes (they grow if that was too little), reusing a finished article's.
// possible writes every element it hands out, so none need clearing.
func (c *cues) newScanBuffers(n, size int) *scanBuffers {
	buf := scanBufferPool.Get().(*scanBuffers)
	if len(buf.flagsAll) < n*len(c.always) {
		buf.flagsAll = make([]int32, n*len(c.always))
	}
	if len(buf.sortedAll) < size/8+16 {
		buf.sortedAll = make([]startHit, size/8+16)
	}
	buf.flags, buf.sorted = buf.flagsAll, buf.sortedAll
	return buf
}

// release returns the buffers to the pool once nothing reads the
// sentences' possible and starts slices any more.
func (buf *scanBuffers) release() {
	buf.flags, buf.sorted = nil, nil
	scanBufferPool.Put(buf)
}

// possible runs the prefilter of every pattern over a masked sentence. It
// returns, by pattern id, -1 where the pattern cannot match, else where the
// last occurrence of its needles begins (a match beginning after it cannot
// hold one; math.MaxInt32 for patterns without needles), and where start
// needles begin, ordered by needle id (pattern.findAt and hasListWord look
// up their own) and in scan order within one id.
func (c *cues) possible(mask string, buf *scanBuffers) ([]int32, []startHit) {
	if len(buf.flags) < len(c.always) {
		buf.flags = make([]int32, 16*len(c.always))
	}
	hit := buf.flags[:len(c.always):len(c.always)]
	buf.flags = buf.flags[len(c.always):]
	copy(hit, c.always)
	buf.hits = c.needles.scan(mask, hit, buf.hits[:0])
	n := len(buf.hits)
	if n == 0 {
		return hit, nil
	}
	if len(buf.sorted) < n {
		buf.sorted = make([]startHit, max(n, 256))
	}
	out := buf.sorted[:n:n]
	buf.sorted = buf.sorted[n:]
	if cap(buf.counts) < c.needleIDs+1 {
		buf.counts = make([]int32, c.needleIDs+1)
	}
	at := buf.counts[:c.needleIDs+1]
	clear(at)
	for _, h := range buf.hits {
		at[h.id+1]++
	}
	for i := 1; i < len(at); i++ {
		at[i] += at[i-1]
	}
	for _, h := range buf.hits {
		out[at[h.id]] = h
		at[h.id]++
	}
	return hit, out
}

func isEventKind(k string) bool {
	for _, x := range eventKinds {
		if x == k {
			return true
		}
	}
	return false
}

var (
	macroRE    = regexp.MustCompile(`\{([A-Za-z]+)(\*)?(?::([a-z_]+))?\}|\{GAP\}`)
	leftoverRE = regexp.MustCompile(`\{[A-Za-z]`)
	wordsRE    = regexp.MustCompile(`\{WORDS:([a-z_]+)=([a-z_]+)\}`)
	beforeRE   = regexp.MustCompile(`^\{BEFORE:([a-z_]+)=([a-z_]+)\}`)
)

// compile expands the macros of a cue pattern and compiles it.
func (c *cues) compile(src string) (*pattern, error) {
	var bad error
	type pending struct{ group, list string }
	var checks []pending
	var before pending
	if m := beforeRE.FindStringSubmatch(src); m != nil {
		if _, ok := c.lists[m[2]]; !ok {
			return nil, fmt.Errorf("unknown list %q", m[2])
		}
		before = pending{m[1], m[2]}
		src = src[len(m[0]):]
	}
	expanded := wordsRE.ReplaceAllStringFunc(src, func(m string) string {
		sub := wordsRE.FindStringSubmatch(m)
		if _, ok := c.lists[sub[2]]; !ok {
			bad = fmt.Errorf("unknown list %q", sub[2])
			return ""
		}
		checks = append(checks, pending{sub[1], sub[2]})
		return `(?P<` + sub[1] + `>(?:[a-z-]+ ){0,3}?[a-z-]+)`
	})
	expanded = macroRE.ReplaceAllStringFunc(expanded, func(m string) string {
		if m == "{GAP}" {
			// any text but a person mention or a clause end: the mask is
			// lower case but for its placeholders' letters, so excluding
			// "P" excludes exactly the person mentions, and one character
			// class is far cheaper to repeat than an alternation
			return `[^;P]`
		}
		sub := macroRE.FindStringSubmatch(m)
		name, list, group := sub[1], sub[2] == "*", sub[3]
		switch {
		case name == "list":
			words, ok := c.lists[group]
			if !ok {
				bad = fmt.Errorf("unknown list %q", group)
				return ""
			}
			return alternation(words)
		case name == "DATE":
			// only marks where a date follows; dates() reads the phrase
			return `(?P<` + group + `>(?:[a-z]+\.? )?(?:\d{1,2},? )?\d{4}|[a-z]+\.? \d{1,2}|\d{1,2} [a-z]+|[a-z]+)`
		case strings.Trim(name, "PCDLEO") == "":
			one := `@[` + name + `]\d+@`
			body := one
			if list {
				body = one + `(?:(?:,| and|, and| or|, or) ` + one + `)*`
			}
			if group == "" {
				return `(?:` + body + `)`
			}
			return `(?P<` + group + `>` + body + `)`
		}
		bad = fmt.Errorf("unknown macro %s", m)
		return ""
	})
	if bad != nil {
		return nil, bad
	}
	if m := leftoverRE.FindString(expanded); m != "" {
		return nil, fmt.Errorf("unexpanded macro near %q in %s", m, src)
	}
	re, err := regexp.Compile(expanded)
	if err != nil {
		return nil, err
	}
	p := &pattern{re: re, need: requiredLiterals(expanded), id: len(c.patterns)}
	p.needInside = p.need != nil
	p.alsoSets = requiredSets(expanded, p.need)
	if starts, boundary := startWords(expanded); starts != nil {
		p.starts, p.boundary = starts, boundary
		p.anchored = regexp.MustCompile(`^(?:` + expanded + `)`)
		p.lead, p.follow = placeholderFollow(expanded)
	}
	// a checked list's entries must occur too: use them when they are the
	// better prefilter ("interior minister" rather than "@C")
	for _, ck := range append(checks, before) {
		if ck.list == "" {
			continue
		}
		if entries := dedupStrings(append([]string(nil), c.lists[ck.list]...)); strength(entries) > strength(p.need) {
			// (a checked group may be absent, and the words before a
			// match lie outside it: not needles of the match itself)
			p.need, p.needInside = entries, false
		}
	}
	for _, ck := range checks {
		p.checks = append(p.checks, groupCheck{group: re.SubexpIndex(ck.group), list: c.lists[ck.list], exact: ck.group == "role"})
	}
	if before.group != "" {
		p.beforeGroup, p.beforeList = before.group, map[string]bool{}
		for _, w := range c.lists[before.list] {
			p.beforeList[w] = true
		}
	}
	c.patterns = append(c.patterns, p)
	return p, nil
}

// alternation is a regexp matching any of words, longest first.
func alternation(words []string) string {
	w := append([]string(nil), words...)
	sort.SliceStable(w, func(i, j int) bool { return len(w[i]) > len(w[j]) })
	for i := range w {
		w[i] = regexp.QuoteMeta(w[i])
	}
	return `(?:` + strings.Join(w, "|") + `)`
}
