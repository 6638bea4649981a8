// Package extract finds entities, relations and events in the text of one
// article. Its output is one plain value, an Extraction, whose JSON form is the
// `newsgraph extract --format json` contract (../shared/eval/FORMAT.md) plus
// evidence fields the scorer ignores.
package extract

// Entity types of the contract.
const (
	Person       = "Person"
	Country      = "Country"
	Place        = "Place"
	Organization = "Organization"
)

// Span is a half-open range of byte offsets into the article text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Evidence is the sentence a relation or event was read from.
type Evidence struct {
	Sentence string `json:"sentence"`
	Start    int    `json:"start"` // byte offset of the sentence in the article text
	End      int    `json:"end"`
}

// Entity is one thing the article names, with every surface form it uses.
type Entity struct {
	// Key is the stable identity across articles: "country/ru",
	// "person/vladimir-putin", "org/european-union", "place/alicante-es".
	Key      string   `json:"key"`
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Aliases  []string `json:"aliases,omitempty"`
	ISO3166  string   `json:"iso3166,omitempty"`
	Wikidata string   `json:"wikidata,omitempty"`
	// Mentions are where the article names the entity.
	Mentions []Span `json:"mentions,omitempty"`
}

// Relation is a fact "S P O" of the fixed relation vocabulary; S and O are
// entity names as printed in Entities, SKey and OKey their keys.
type Relation struct {
	S        string    `json:"s"`
	P        string    `json:"p"`
	O        string    `json:"o"`
	Role     string    `json:"role,omitempty"`
	SKey     string    `json:"s_key"`
	OKey     string    `json:"o_key"`
	Evidence *Evidence `json:"evidence,omitempty"`
}

// Event is something that happened, with its participants named as in
// Entities. Keys maps a participant field ("origin") to that entity's key.
type Event struct {
	Kind        string            `json:"kind"`
	Agent       string            `json:"agent,omitempty"`
	Subject     string            `json:"subject,omitempty"`
	Origin      string            `json:"origin,omitempty"`
	Destination string            `json:"destination,omitempty"`
	Location    string            `json:"location,omitempty"`
	Source      string            `json:"source,omitempty"`
	Count       *float64          `json:"count,omitempty"`
	Qualifier   string            `json:"qualifier,omitempty"`
	Date        string            `json:"date,omitempty"`
	Keys        map[string]string `json:"keys,omitempty"`
	Evidence    *Evidence         `json:"evidence,omitempty"`
}

// Participants lists an event's role → entity name pairs that are set, in
// the contract's order.
func (e *Event) Participants() [][2]string {
	var out [][2]string
	for _, p := range [][2]string{
		{"agent", e.Agent}, {"subject", e.Subject}, {"origin", e.Origin},
		{"destination", e.Destination}, {"location", e.Location}, {"source", e.Source},
	} {
		if p[1] != "" {
			out = append(out, p)
		}
	}
	return out
}

// Extraction is everything found in one article.
type Extraction struct {
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
	Events    []Event    `json:"events"`
}
