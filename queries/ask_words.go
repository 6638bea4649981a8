package queries

import (
	_ "embed"
	"encoding/json"
	"sort"
	"strings"
)

// askWords is the vocabulary the question forms understand, kept as data
// (ask_words.json) so that it can grow without touching the parser.
type askWords struct {
	Grants []struct {
		Words []string `json:"words"`
		Kinds []string `json:"kinds"`
	} `json:"grants"`
	Titles []struct {
		Words     []string `json:"words"`
		Predicate string   `json:"predicate"`
	} `json:"titles"`
	Groups []struct {
		Words     []string `json:"words"`
		Relations []string `json:"relations"`
		Events    []string `json:"events"`
	} `json:"groups"`
	Kinds   map[string]string `json:"kinds"`
	Motions map[string]struct {
		Relations []string `json:"relations"`
		Events    []string `json:"events"`
		Roles     []string `json:"roles"`
	} `json:"motions"`
	Types map[string]string `json:"types"`
}

//go:embed ask_words.json
var askWordsJSON []byte

var words = mustAskWords(askWordsJSON)

func mustAskWords(b []byte) *askWords {
	var w askWords
	if err := json.Unmarshal(b, &w); err != nil {
		panic("queries: ask_words.json: " + err.Error())
	}
	return &w
}

// grantKinds maps a verb phrase ("refused entry") to event kinds.
func (w *askWords) grantKinds(phrase string) []string {
	p := normPhrase(phrase)
	for _, g := range w.Grants {
		for _, word := range g.Words {
			if p == word {
				return g.Kinds
			}
		}
	}
	return nil
}

// title maps a title ("interior minister") to its predicate.
func (w *askWords) title(t string) string {
	p := normPhrase(t)
	for _, tt := range w.Titles {
		for _, word := range tt.Words {
			if p == word {
				return tt.Predicate
			}
		}
	}
	return ""
}

// group finds a group noun ("deserters").
func (w *askWords) group(noun string) (relations, events []string, ok bool) {
	p := normPhrase(noun)
	for _, g := range w.Groups {
		for _, word := range g.Words {
			if p == word {
				return g.Relations, g.Events, true
			}
		}
	}
	return nil, nil, false
}

// kind maps a topic ("emigration figures") to an event kind.
func (w *askWords) kind(topic string) string {
	p := normPhrase(topic)
	if k, ok := w.Kinds[p]; ok {
		return k
	}
	for _, k := range w.Kinds {
		if strings.EqualFold(k, p) {
			return k
		}
	}
	return ""
}

// motionVerbs lists the verbs of "Where did X …?", longest first.
func (w *askWords) motionVerbs() []string {
	var out []string
	for v := range w.Motions {
		out = append(out, v)
	}
	sort.Slice(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

func normPhrase(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}
