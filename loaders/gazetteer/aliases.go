package gazetteer

import (
	"bytes"
	_ "embed"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

//go:embed data/aliases.yaml
var aliasesYAML []byte

// Org is a well-known organisation of the alias table.
type Org struct {
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases"`
	// Contextual forms mean this organisation only in a text that also
	// names it by Name or an alias ("the bloc" for the European Union).
	Contextual []string `yaml:"contextual"`
	Kind       string   `yaml:"kind"`
	// Country is the ISO2 code of the country it belongs to, if one.
	Country string `yaml:"country"`
	// Seat is the city of its headquarters, where the table gives it.
	Seat string `yaml:"seat"`
}

// Key is the organisation's entity key.
func (o *Org) Key() string { return OrgKey(o.Name) }

type orgIndex struct {
	mu      sync.RWMutex
	all     []*Org
	byName  map[string]*Org // Norm(name or alias) → org
	byCtx   map[string]*Org // Norm(contextual form) → org
	firsts  map[string]int  // Norm(first word of any form) → most words of a form it opens
	dotted  map[string]int  // Norm of a dotted acronym ("u n") → most tokens of a form it opens
	maxLen  int             // most words in one indexed form
	loadErr error
}

var (
	orgsOnce sync.Once
	orgs     orgIndex
)

func loadOrgs() *orgIndex {
	orgsOnce.Do(func() {
		orgs.byName = map[string]*Org{}
		orgs.byCtx = map[string]*Org{}
		orgs.firsts = map[string]int{}
		orgs.dotted = map[string]int{}
		orgs.loadErr = orgs.add(aliasesYAML, "data/aliases.yaml")
	})
	return &orgs
}

// parseOrgs reads an alias table.
func parseOrgs(data []byte, source string) ([]*Org, error) {
	var list []*Org
	if err := yaml.Unmarshal(data, &list); err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	for i, o := range list {
		if o == nil || o.Name == "" {
			return nil, fmt.Errorf("%s: entry %d has no name", source, i+1)
		}
		if o.Country != "" && len(o.Country) != 2 {
			return nil, fmt.Errorf("%s: %s: country %q is not an ISO 3166 alpha-2 code", source, o.Name, o.Country)
		}
	}
	return list, nil
}

func (ix *orgIndex) add(data []byte, source string) error {
	list, err := parseOrgs(data, source)
	if err != nil {
		return err
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	for _, o := range list {
		// A later entry of the same name replaces the earlier one's forms.
		if old, ok := ix.byName[Norm(o.Name)]; ok && Norm(old.Name) == Norm(o.Name) {
			*old = *o
			o = old
		} else {
			ix.all = append(ix.all, o)
		}
		for _, f := range append([]string{o.Name}, o.Aliases...) {
			ix.index(ix.byName, f, o)
			first, rest, _ := strings.Cut(f, " ")
			if dotted := dottedAcronym(first); dotted != "" {
				// "F.S.B.", "U.N. refugee agency", as some papers write them: the
				// dotted acronym is one token, its letters several words of Norm
				form := strings.TrimSpace(dotted + " " + rest)
				ix.index(ix.byName, form, o)
				d := Norm(dotted)
				if n := 1 + len(strings.Fields(rest)); n > ix.dotted[d] {
					ix.dotted[d] = n
				}
			}
		}
		for _, f := range o.Contextual {
			ix.index(ix.byCtx, f, o)
		}
	}
	sort.SliceStable(ix.all, func(i, j int) bool { return ix.all[i].Name < ix.all[j].Name })
	return nil
}

func (ix *orgIndex) index(m map[string]*Org, form string, o *Org) {
	k := Norm(form)
	if k == "" {
		return
	}
	m[k] = o
	n := wordCount(k)
	if n > ix.maxLen {
		ix.maxLen = n
	}
	first := k
	if i := strings.IndexByte(k, ' '); i > 0 {
		first = k[:i]
	}
	if n > ix.firsts[first] {
		ix.firsts[first] = n
	}
}

// dottedAcronym is an acronym of two to five capitals written with full
// stops ("FSB" → "F.S.B."), "" for any other form.
func dottedAcronym(form string) string {
	if len(form) < 2 || len(form) > 5 {
		return ""
	}
	var b strings.Builder
	for i := 0; i < len(form); i++ {
		if form[i] < 'A' || form[i] > 'Z' {
			return ""
		}
		b.WriteByte(form[i])
		b.WriteByte('.')
	}
	return b.String()
}

func wordCount(k string) int {
	n := 1
	for i := 0; i < len(k); i++ {
		if k[i] == ' ' {
			n++
		}
	}
	return n
}

// OrgByName finds an organisation by its name or an alias ("EU", "the
// Kremlin", "AP").
func OrgByName(name string) (*Org, bool) {
	ix := loadOrgs()
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	var b [64]byte
	o, ok := ix.byName[string(appendNorm(b[:0], name))]
	return o, ok
}

// OrgByContextualName finds an organisation one of whose contextual forms
// is name ("the bloc").
func OrgByContextualName(name string) (*Org, bool) {
	ix := loadOrgs()
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	var b [64]byte
	o, ok := ix.byCtx[string(appendNorm(b[:0], name))]
	return o, ok
}

// OrgMaxWords is the most words any indexed organisation form has, the
// longest span worth looking up.
func OrgMaxWords() int {
	ix := loadOrgs()
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.maxLen
}

// OrgFormWords tells how many words the longest organisation form (alias
// or contextual) opening with word has; 0 when none opens with it. Callers
// use it to skip words no name starts with. "the" counts as a word here
// ("the bloc").
func OrgFormWords(word string) int {
	ix := loadOrgs()
	var b [48]byte
	k := appendNorm(b[:0], word)
	if len(k) == 0 && strings.EqualFold(word, "the") {
		k = append(k, "the"...)
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if bytes.IndexByte(k, ' ') >= 0 {
		return ix.dotted[string(k)] // "F.S.B.", "U.N. refugee agency": tokens a dotted acronym opens
	}
	return ix.firsts[string(k)]
}

// Orgs returns the organisations of the alias table, by name.
func Orgs() []*Org {
	ix := loadOrgs()
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return append([]*Org(nil), ix.all...)
}

// LoadAliases adds the organisations of a user YAML file (same shape as
// the embedded data/aliases.yaml) to the alias table. An entry whose name
// is already known replaces that entry's aliases. Nothing is added when
// the file has an error.
func LoadAliases(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("alias file: %w", err)
	}
	ix := loadOrgs()
	return ix.add(data, path)
}
