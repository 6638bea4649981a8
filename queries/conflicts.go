package queries

import (
	"context"
	"sort"
	"strconv"
	"strings"

	"newsgraph/graph"
)

// Conflict is a fact that sources disagree on: events of the same kind with
// the same participants but different counts or dates.
type Conflict struct {
	Kind         string         `json:"kind"`
	Participants []Participant  `json:"participants"` // the shared participants, source excluded
	Field        string         `json:"field"`        // "count" or "date"
	Sides        []ConflictSide `json:"sides"`
}

// ConflictSide is one version of the disputed value and who gave it.
type ConflictSide struct {
	Value    string      `json:"value"` // "more than 300000", "2022-02-24"
	Sources  []EntityRef `json:"sources"`
	Events   []string    `json:"events"` // event IRIs
	Evidence []Evidence  `json:"evidence"`
}

// Conflicts finds events that report the same thing (same kind, same
// participant entities in the same roles; the reporting source does not
// count) with different counts or with dates that cannot both be right. A
// date that only refines another ("2022-02" and "2022-02-24") is no
// conflict; neither is a count given by one report and missing in another.
func Conflicts(ctx context.Context, store *graph.Store) ([]Conflict, error) {
	r := newReader(ctx, store)
	groups := map[string][]EventInfo{}
	var order []string
	for _, kind := range graph.EventKinds {
		refs, err := r.eventsOfKind(kind)
		if err != nil {
			return nil, err
		}
		for _, ref := range refs {
			ev, err := r.eventInfo(ref)
			if err != nil {
				return nil, err
			}
			k := conflictKey(ev)
			if _, ok := groups[k]; !ok {
				order = append(order, k)
			}
			groups[k] = append(groups[k], ev)
		}
	}
	out := []Conflict{}
	for _, k := range order {
		evs := groups[k]
		if len(evs) < 2 {
			continue
		}
		if c, ok := disagreement(evs, "count", countValue); ok {
			out = append(out, c)
		}
		if c, ok := disagreement(evs, "date", func(e EventInfo) string { return e.Date }); ok && datesClash(c.Sides) {
			out = append(out, c)
		}
	}
	return out, nil
}

// conflictKey is kind plus the sorted role=entity pairs, source left out.
// An event that happens to one named person (a death, a deportation) is
// keyed by its subject alone: two reports of it may name its other
// participants differently ("in Spain", "in Villajoyosa") or not at all.
func conflictKey(ev EventInfo) string {
	for _, p := range ev.Participants {
		if p.Role == "subject" && p.Entity.Type == "Person" {
			return ev.Kind + "|subject=" + p.Entity.IRI
		}
	}
	var parts []string
	for _, p := range ev.Participants {
		if p.Role != "source" {
			parts = append(parts, p.Role+"="+p.Entity.IRI)
		}
	}
	sort.Strings(parts)
	return ev.Kind + "|" + strings.Join(parts, "|")
}

func countValue(e EventInfo) string {
	if e.Count == nil {
		return ""
	}
	v := strconv.FormatFloat(*e.Count, 'f', -1, 64)
	if e.Qualifier != "" {
		v = e.Qualifier + " " + v
	}
	return v
}

// disagreement groups the events by a field's value; two or more distinct
// non-empty values make a conflict.
func disagreement(evs []EventInfo, field string, value func(EventInfo) string) (Conflict, bool) {
	sides := map[string]*ConflictSide{}
	var order []string
	for _, e := range evs {
		v := value(e)
		if v == "" {
			continue
		}
		s, ok := sides[v]
		if !ok {
			s = &ConflictSide{Value: v, Sources: []EntityRef{}}
			sides[v] = s
			order = append(order, v)
		}
		s.Events = append(s.Events, e.IRI)
		s.Evidence = append(s.Evidence, e.Evidence)
		for _, src := range e.In("source") {
			if !containsEntity(s.Sources, src) {
				s.Sources = append(s.Sources, src)
			}
		}
	}
	if len(order) < 2 {
		return Conflict{}, false
	}
	sort.Strings(order)
	c := Conflict{Kind: evs[0].Kind, Field: field}
	for _, p := range evs[0].Participants {
		if p.Role != "source" {
			c.Participants = append(c.Participants, p)
		}
	}
	for _, v := range order {
		s := sides[v]
		s.Evidence = sortEvidence(s.Evidence)
		c.Sides = append(c.Sides, *s)
	}
	return c, true
}

// datesClash: some two dates differ where both are precise, i.e. neither is
// a prefix of the other.
func datesClash(sides []ConflictSide) bool {
	for i := range sides {
		for j := i + 1; j < len(sides); j++ {
			a, b := sides[i].Value, sides[j].Value
			if !strings.HasPrefix(a, b) && !strings.HasPrefix(b, a) {
				return true
			}
		}
	}
	return false
}

func containsEntity(list []EntityRef, e EntityRef) bool {
	for _, x := range list {
		if x.IRI == e.IRI {
			return true
		}
	}
	return false
}
