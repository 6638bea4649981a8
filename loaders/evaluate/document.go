package evaluate

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Entity types of the contract, in the order the table prints them.
var Types = []string{"Person", "Country", "Place", "Organization"}

// Document is one article's extraction, or its gold annotation, in the JSON
// shape of the contract (FORMAT.md). Fields the scorer ignores (keys,
// mentions, evidence) are dropped when decoding.
type Document struct {
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
	Events    []Event    `json:"events"`
}

// Entity is a named thing with every surface form that means it.
type Entity struct {
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Aliases  []string `json:"aliases,omitempty"`
	Optional bool     `json:"optional,omitempty"`

	noName bool // the JSON object had no "name" (logs print None)
}

// UnmarshalJSON reads an entity, noting a missing name.
func (e *Entity) UnmarshalJSON(b []byte) error {
	type plain Entity
	var aux struct {
		plain
		Name *string `json:"name"`
	}
	if err := json.Unmarshal(b, &aux); err != nil {
		return err
	}
	*e = Entity(aux.plain)
	if aux.Name != nil {
		e.Name = *aux.Name
	}
	e.noName = aux.Name == nil
	return nil
}

// Relation is a fact "S P O"; S and O are entity names or aliases.
type Relation struct {
	S        string `json:"s"`
	P        string `json:"p"`
	O        string `json:"o"`
	Role     string `json:"role,omitempty"`
	Optional bool   `json:"optional,omitempty"`

	absent [3]bool // s, p, o missing from the JSON object (logs print None)
}

// UnmarshalJSON reads a relation, noting missing ends or predicate.
func (r *Relation) UnmarshalJSON(b []byte) error {
	type plain Relation
	var aux struct {
		plain
		S *string `json:"s"`
		P *string `json:"p"`
		O *string `json:"o"`
	}
	if err := json.Unmarshal(b, &aux); err != nil {
		return err
	}
	*r = Relation(aux.plain)
	for i, f := range []*string{aux.S, aux.P, aux.O} {
		r.absent[i] = f == nil
	}
	r.S, r.P, r.O = deref(aux.S), deref(aux.P), deref(aux.O)
	return nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// Event is something that happened, its participants named by entity names.
// An empty participant, a nil Count and an empty Date mean "not given".
type Event struct {
	Kind        string   `json:"kind"`
	Agent       string   `json:"agent,omitempty"`
	Subject     string   `json:"subject,omitempty"`
	Origin      string   `json:"origin,omitempty"`
	Destination string   `json:"destination,omitempty"`
	Location    string   `json:"location,omitempty"`
	Source      string   `json:"source,omitempty"`
	Count       *float64 `json:"count,omitempty"`
	Qualifier   string   `json:"qualifier,omitempty"`
	Date        string   `json:"date,omitempty"`
	Optional    bool     `json:"optional,omitempty"`

	// raw keeps the event as it was written, so logs can print it the way
	// score.py does (all keys, in their order).
	raw json.RawMessage
}

// Participants are the event fields that name an entity, in score.py's order.
var Participants = []string{"agent", "subject", "origin", "destination", "location", "source"}

// Participant returns the entity name of one participant field ("" if unset
// or if field is not a participant).
func (e *Event) Participant(field string) string {
	switch field {
	case "agent":
		return e.Agent
	case "subject":
		return e.Subject
	case "origin":
		return e.Origin
	case "destination":
		return e.Destination
	case "location":
		return e.Location
	case "source":
		return e.Source
	}
	return ""
}

// UnmarshalJSON reads an event, accepting a count written as a number or, as
// Python's float() does, as a numeric string.
func (e *Event) UnmarshalJSON(b []byte) error {
	type plain Event
	var aux struct {
		plain
		Count json.RawMessage `json:"count"`
	}
	if err := json.Unmarshal(b, &aux); err != nil {
		return err
	}
	*e = Event(aux.plain)
	c, err := parseCount(aux.Count)
	if err != nil {
		return err
	}
	e.Count = c
	e.raw = append(json.RawMessage(nil), b...)
	return nil
}

func parseCount(raw json.RawMessage) (*float64, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	var f float64
	if err := json.Unmarshal(raw, &f); err == nil {
		return &f, nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return nil, fmt.Errorf("event count %s is neither a number nor a numeric string", raw)
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimSpace(s), "_", ""), 64)
	if err != nil {
		return nil, fmt.Errorf("event count %q is not a number", s)
	}
	return &f, nil
}

// String prints the event as score.py's logs do (Python's json.dumps of the
// object as written, or of its fields when it was built in Go).
func (e *Event) String() string {
	raw := e.raw
	if raw == nil {
		raw, _ = json.Marshal(e)
	}
	s, err := pyDumps(raw)
	if err != nil {
		return string(raw)
	}
	return s
}

// DecodeDocument reads one JSON document of the contract.
func DecodeDocument(data []byte) (Document, error) {
	var d Document
	if string(bytes.TrimSpace(data)) == "null" {
		return Document{}, fmt.Errorf("the JSON document is null")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&d); err != nil {
		return Document{}, err
	}
	if dec.More() {
		return Document{}, fmt.Errorf("extra data after the JSON document")
	}
	return d, nil
}

// ReadDocument reads a JSON document file; errors name the file.
func ReadDocument(path string) (Document, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Document{}, err
	}
	d, err := DecodeDocument(b)
	if err != nil {
		return Document{}, fmt.Errorf("%s: %w", path, err)
	}
	return d, nil
}
