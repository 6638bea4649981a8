package gazetteer

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

//go:embed data/lexicon.yaml
var lexiconYAML []byte

// Lexicon holds the word lists of data/lexicon.yaml, ready for lookup.
// Phrase sets are keyed by lower-case text with single spaces.
type Lexicon struct {
	Titles          map[string]bool   // "interior minister", "spokesman"
	TitleMaxWords   int               // longest title in words
	TitleStarts     map[string]int    // first word of a title → most words of a title it opens
	PersonNouns     map[string]bool   // apposition heads meaning a person
	OrgNouns        map[string]bool   // apposition heads meaning an organisation
	OrgHeads        map[string]bool   // capitalised words ending an org name ("Ministry")
	OrgOpeners      map[string]bool   // capitalised words opening an org name ("Radio")
	RegionNouns     map[string]bool   // nouns after a name making it a region ("region", "Oblast")
	FeatureOpeners  map[string]bool   // features opening a place name before "of" ("Gulf")
	FeatureHeads    map[string]bool   // features ending a place name ("Sea", "River")
	NamedAfterPlace map[string]bool   // lower-case nouns a place's name qualifies ("the Dublin rules")
	SiteNouns       map[string]bool   // lower-case site nouns after a name ("border post")
	SiteNounWords   int               // longest site noun in words
	StateOrgans     map[string]string // lower-case organ phrase → canonical organ ("military" → "army")
	StateOrganWords int               // longest organ phrase in words
	MediaNouns      map[string]bool   // "newspaper", "broadcaster"
	SourceCues      []string          // "quoted by", "according to"
	FirstNames      map[string]bool   // "Vladimir" (case as written)
	FemaleNames     map[string]bool   // "Olga" (case as written)
	CourtModifiers  map[string]bool   // "garrison", "district": words of "X district court"
	SeatedHeads     map[string]bool   // "embassy", "court": bodies named with their city ("… in Tbilisi")
	JournalistNouns map[string]bool   // "columnist": "a columnist for X" names an outlet
	FemaleSuffixes  []string          // "ova", "skaya"
	MaleSuffixes    []string          // "ov", "sky"
	SurnameSuffixes []string          // "ov", "enko", longest first
	NotNames        map[string]bool   // "September", "However" (case as written)
	PartyPlurals    map[string]bool   // "Democrats": a party's members, no surname
	NameNouns       map[string]bool   // "Deserter": no name alone, but may open one an apposition describes
	Descriptors     map[string]bool   // "NGO": a capitalised word that describes the name after it
	NamePossessives map[string]bool   // "People": "People's" stays inside "Socialist People's Party"
	KinNouns        map[string]bool   // "daughter": "his daughter Vera" names a person
	LineBoilerplate []string          // lower-case line openings of page furniture
	StopBoilerplate []string          // lower-case openings after which all is furniture
	Regions         map[string][]string
	// CapitalVerbs follow a capital that acts as its state ("Moscow
	// announced"); CapitalObjectCues end the text before one that is the
	// object of a state's dealings ("wanted by Moscow"); CityPrepositions
	// end the text before a capital named as a place ("flights from
	// Moscow"); CityPossessions are what a capital's possessive owns as a
	// city ("Moscow's suburbs").
	CapitalVerbs      map[string]bool
	CapitalObjectCues []string
	CityPrepositions  []string
	CityPossessions   map[string]bool
	// CapitalHyphenState: what "-led", "-backed" after a capital make of it
	// (the state leads the alliance)
	CapitalHyphenState map[string]bool
}

type lexiconFile struct {
	Titles          []string            `yaml:"titles"`
	PersonNouns     []string            `yaml:"person_nouns"`
	OrgNouns        []string            `yaml:"org_nouns"`
	OrgHeads        []string            `yaml:"org_heads"`
	OrgOpeners      []string            `yaml:"org_openers"`
	RegionNouns     []string            `yaml:"region_nouns"`
	FeatureOpeners  []string            `yaml:"feature_openers"`
	FeatureHeads    []string            `yaml:"feature_heads"`
	NamedAfterPlace []string            `yaml:"named_after_place"`
	SiteNouns       []string            `yaml:"site_nouns"`
	StateOrgans     map[string]string   `yaml:"state_organs"`
	MediaNouns      []string            `yaml:"media_nouns"`
	SourceCues      []string            `yaml:"source_cues"`
	FirstNames      []string            `yaml:"first_names"`
	FemaleNames     []string            `yaml:"female_first_names"`
	CourtModifiers  []string            `yaml:"court_modifiers"`
	SeatedHeads     []string            `yaml:"seated_heads"`
	JournalistNouns []string            `yaml:"journalist_nouns"`
	FemaleSuffixes  []string            `yaml:"female_surname_suffixes"`
	MaleSuffixes    []string            `yaml:"male_surname_suffixes"`
	SurnameSuffixes []string            `yaml:"surname_suffixes"`
	NotNames        []string            `yaml:"not_names"`
	PartyPlurals    []string            `yaml:"party_plurals"`
	NameNouns       []string            `yaml:"name_nouns"`
	Descriptors     []string            `yaml:"descriptors"`
	NamePossessives []string            `yaml:"name_possessives"`
	KinNouns        []string            `yaml:"kin_nouns"`
	Regions         map[string][]string `yaml:"regions"`
	CapitalAsState  struct {
		Verbs            []string `yaml:"verbs"`
		ObjectCues       []string `yaml:"object_cues"`
		CityPrepositions []string `yaml:"city_prepositions"`
		CityPossessions  []string `yaml:"city_possessions"`
		HyphenState      []string `yaml:"hyphen_state"`
	} `yaml:"capital_as_state"`
	Boilerplate struct {
		Line []string `yaml:"line"`
		Stop []string `yaml:"stop"`
	} `yaml:"boilerplate"`
}

var (
	lexiconOnce sync.Once
	lexicon     *Lexicon
	lexiconErr  error
)

// LexiconData returns the word lists, loaded once. The error reports a
// broken embedded file (a build defect, caught by the package tests).
func LexiconData() (*Lexicon, error) {
	lexiconOnce.Do(func() { lexicon, lexiconErr = parseLexicon(lexiconYAML) })
	return lexicon, lexiconErr
}

// Lex is LexiconData for callers that rely on the tested embedded file.
func Lex() *Lexicon {
	l, err := LexiconData()
	if err != nil {
		panic(err)
	}
	return l
}

func phrase(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

func set(list []string, fold bool) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, w := range list {
		if fold {
			w = phrase(w)
		}
		m[w] = true
	}
	return m
}

func maxWords(m map[string]bool) int {
	n := 0
	for k := range m {
		if c := len(strings.Fields(k)); c > n {
			n = c
		}
	}
	return n
}

func parseLexicon(data []byte) (*Lexicon, error) {
	var f lexiconFile
	if err := yaml.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("lexicon.yaml: %w", err)
	}
	if len(f.Titles) == 0 || len(f.FirstNames) == 0 || len(f.OrgHeads) == 0 {
		return nil, fmt.Errorf("lexicon.yaml: titles, first_names and org_heads must not be empty")
	}
	l := &Lexicon{
		Titles:             set(f.Titles, true),
		PersonNouns:        set(f.PersonNouns, true),
		OrgNouns:           set(f.OrgNouns, true),
		OrgHeads:           set(f.OrgHeads, false),
		OrgOpeners:         set(f.OrgOpeners, false),
		RegionNouns:        set(f.RegionNouns, false),
		SiteNouns:          set(f.SiteNouns, true),
		FeatureOpeners:     set(f.FeatureOpeners, false),
		FeatureHeads:       set(f.FeatureHeads, false),
		NamedAfterPlace:    set(f.NamedAfterPlace, true),
		StateOrgans:        map[string]string{},
		MediaNouns:         set(f.MediaNouns, true),
		FirstNames:         set(f.FirstNames, false),
		FemaleNames:        set(f.FemaleNames, false),
		CourtModifiers:     set(f.CourtModifiers, true),
		SeatedHeads:        set(f.SeatedHeads, true),
		JournalistNouns:    set(f.JournalistNouns, true),
		FemaleSuffixes:     f.FemaleSuffixes,
		MaleSuffixes:       f.MaleSuffixes,
		NotNames:           set(f.NotNames, false),
		PartyPlurals:       set(f.PartyPlurals, false),
		NameNouns:          set(f.NameNouns, false),
		Descriptors:        set(f.Descriptors, false),
		NamePossessives:    set(f.NamePossessives, false),
		KinNouns:           set(f.KinNouns, true),
		Regions:            f.Regions,
		CapitalVerbs:       set(f.CapitalAsState.Verbs, true),
		CapitalObjectCues:  f.CapitalAsState.ObjectCues,
		CityPrepositions:   f.CapitalAsState.CityPrepositions,
		CityPossessions:    set(f.CapitalAsState.CityPossessions, true),
		CapitalHyphenState: set(f.CapitalAsState.HyphenState, true),
	}
	l.TitleMaxWords = maxWords(l.Titles)
	l.SiteNounWords = maxWords(l.SiteNouns)
	l.TitleStarts = map[string]int{}
	for t := range l.Titles {
		w := strings.Fields(t)
		if len(w) > l.TitleStarts[w[0]] {
			l.TitleStarts[w[0]] = len(w)
		}
	}
	for k, v := range f.StateOrgans {
		k = phrase(k)
		l.StateOrgans[k] = v
		if n := len(strings.Fields(k)); n > l.StateOrganWords {
			l.StateOrganWords = n
		}
	}
	for _, c := range f.SourceCues {
		l.SourceCues = append(l.SourceCues, phrase(c))
	}
	l.SurnameSuffixes = append(l.SurnameSuffixes, f.SurnameSuffixes...)
	sort.Slice(l.SurnameSuffixes, func(i, j int) bool { return len(l.SurnameSuffixes[i]) > len(l.SurnameSuffixes[j]) })
	for _, s := range f.Boilerplate.Line {
		l.LineBoilerplate = append(l.LineBoilerplate, phrase(s))
	}
	for _, s := range f.Boilerplate.Stop {
		l.StopBoilerplate = append(l.StopBoilerplate, phrase(s))
	}
	return l, nil
}

// Gender tells from a person's name whether they are a woman ('f') or a
// man ('m'): a known given name first, else a surname with a woman's or a
// man's ending; 0 when the name does not tell.
func (l *Lexicon) Gender(name string) byte {
	w := strings.Fields(name)
	if len(w) == 0 {
		return 0
	}
	if l.FemaleNames[w[0]] {
		return 'f'
	}
	if len(w) > 1 && l.FirstNames[w[0]] {
		return 'm'
	}
	last := strings.ToLower(w[len(w)-1])
	for _, s := range l.FemaleSuffixes {
		if len(last) >= len(s)+3 && strings.HasSuffix(last, s) {
			return 'f'
		}
	}
	if len(w) > 1 && !l.FemaleNames[w[0]] {
		for _, s := range l.MaleSuffixes {
			if len(last) >= len(s)+3 && strings.HasSuffix(last, s) {
				return 'm'
			}
		}
	}
	return 0
}

// IsTitle tells whether a lower-case phrase is a title or role word.
func (l *Lexicon) IsTitle(p string) bool { return l.Titles[phrase(p)] }

// HasSurnameSuffix tells whether a word ends like a surname of the region
// and is long enough for the ending to mean something.
func (l *Lexicon) HasSurnameSuffix(w string) bool {
	lw := strings.ToLower(w)
	for _, s := range l.SurnameSuffixes {
		if len(lw) >= len(s)+3 && strings.HasSuffix(lw, s) {
			return true
		}
	}
	return false
}
