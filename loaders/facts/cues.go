package facts

import (
	_ "embed"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
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
	StateMetonyms  map[string]string   `yaml:"state_metonyms"`
	Institutions   map[string]string   `yaml:"institutions"`
	Relations      []relationRuleSpec  `yaml:"relations"`
	Borders        []string            `yaml:"borders"`
	BorderWords    string              `yaml:"border_words"`
	Sources        []string            `yaml:"sources"`
	SourceAnaphora []string            `yaml:"source_anaphora"`
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
	O           string `yaml:"o"`            // context_country or dominant_country instead of a group
	Role        string `yaml:"role"`         // fixed role when the pattern has no role group
	Re          string `yaml:"re"`
}

// pattern is a compiled cue with a cheap literal prefilter: the regexp can
// only match a text containing one of need (nil: always try).
type pattern struct {
	re   *regexp.Regexp
	need []string
}

func (p *pattern) find(s string) []int {
	if !p.possible(s) {
		return nil
	}
	return p.re.FindStringSubmatchIndex(s)
}

func (p *pattern) findAll(s string) [][]int {
	if !p.possible(s) {
		return nil
	}
	return p.re.FindAllStringSubmatchIndex(s, -1)
}

func (p *pattern) possible(s string) bool {
	if p.need == nil {
		return true
	}
	for _, n := range p.need {
		if strings.Contains(s, n) {
			return true
		}
	}
	return false
}

type relationRule struct {
	relationRuleSpec
	pat *pattern
}

// cues is the compiled cue data.
type cues struct {
	lists          map[string][]string
	qualifiers     []qualifierPhrase
	units, scales  map[string]float64
	vague          [][]string
	months         map[string]int
	weekdays       map[string]bool
	metonyms       map[string]string
	institutions   map[string]string
	relations      []relationRule
	borders        []*pattern
	borderWords    *regexp.Regexp
	sources        []*pattern
	sourceAnaphora []*pattern
	events         []eventCue
	datePhrase     *regexp.Regexp
	numberToken    *regexp.Regexp
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
		months: f.Months, weekdays: map[string]bool{},
		metonyms: f.StateMetonyms, institutions: f.Institutions,
	}
	for _, w := range f.Weekdays {
		c.weekdays[w] = true
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
	c.datePhrase, err = regexp.Compile(datePattern(f.Months, f.Weekdays))
	if err != nil {
		return nil, fmt.Errorf("cues.yaml: date phrase: %w", err)
	}
	c.numberToken = regexp.MustCompile(`\d+(?:[.,]\d+)*|[a-z]+(?:-[a-z]+)*|%`)
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
		{"source_anaphora", f.SourceAnaphora, &c.sourceAnaphora}} {
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
	return c, nil
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
)

// compile expands the macros of a cue pattern and compiles it.
func (c *cues) compile(src string) (*pattern, error) {
	var bad error
	expanded := macroRE.ReplaceAllStringFunc(src, func(m string) string {
		if m == "{GAP}" {
			// any text but a person mention or a clause end
			return `(?:[^;@]|@[CDLEO]\d+@)`
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
			return `(?P<` + group + `>` + c.datePhrase.String() + `)`
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
	return &pattern{re: re, need: requiredLiterals(expanded)}, nil
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

// datePattern matches the date phrases facts normalises: "Sept. 21, 2022",
// "21 September 2022", "February 2022", "in 2023", "in February",
// "on Wednesday".
func datePattern(months map[string]int, weekdays []string) string {
	var ms []string
	for m := range months {
		ms = append(ms, m)
	}
	month := alternation(ms)
	day := alternation(weekdays)
	prep := `(?:(?:in|since|during|by|until|from|of|early|late|mid-|throughout|before|after|between|and|on) )?`
	return `\b(?:` + prep + `(?:` + month + `\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?` +
		`|\d{1,2}(?:st|nd|rd|th)? ` + month + `\.?(?:,? \d{4})?` +
		`|` + month + `\.?(?: of)?,? \d{4})` +
		`|(?:in|since|during|by|until|from|of|early|late|mid-|throughout|before|after|between|and) \d{4}` +
		`|(?:in|since|during|by|until|from|early|late|mid-|last|this|next|on|before|after|throughout) ` + month + `\.?` +
		`|(?:on|last|this|next) ` + day + `)\b`
}
