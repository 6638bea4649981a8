package queries

import (
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"newsgraph/graph"
)

// Participant is an entity in one role of an event.
type Participant struct {
	Role   string    `json:"role"` // agent, subject, origin, destination, location, source
	Entity EntityRef `json:"entity"`
}

// EventInfo is one event node with its participants and evidence.
type EventInfo struct {
	IRI          string        `json:"iri"`
	Key          string        `json:"key"`
	Kind         string        `json:"kind"`
	Date         string        `json:"date,omitempty"`
	Count        *float64      `json:"count,omitempty"`
	Qualifier    string        `json:"qualifier,omitempty"`
	Participants []Participant `json:"participants"`
	Evidence     Evidence      `json:"evidence"`
}

// Label is a short name for the event: "Emigration 2022-09".
func (e EventInfo) Label() string {
	if e.Date != "" {
		return e.Kind + " " + e.Date
	}
	return e.Kind
}

// In lists the entities of a role.
func (e EventInfo) In(role string) []EntityRef {
	var out []EntityRef
	for _, p := range e.Participants {
		if p.Role == role {
			out = append(out, p.Entity)
		}
	}
	return out
}

// eventInfo reads an event node.
func (r *reader) eventInfo(ref cgraph.Ref) (EventInfo, error) {
	props, label, err := r.props(ref)
	if err != nil {
		return EventInfo{}, err
	}
	iri := r.iri(ref)
	ev := EventInfo{
		IRI:       string(iri),
		Key:       strings.TrimPrefix(string(iri), graph.IDBase),
		Kind:      literal(firstValue(props[graph.Kind])),
		Date:      literal(firstValue(props[graph.Date])),
		Qualifier: literal(firstValue(props[graph.Qualifier])),
		Evidence:  r.evidenceOf(props, label),
	}
	if n, ok := numberLiteral(firstValue(props[graph.Count])); ok {
		ev.Count = &n
	}
	ev.Participants = []Participant{}
	for _, role := range graph.EventRoles {
		for _, v := range props[graph.Predicate(role)] {
			iri, ok := v.(quad.IRI)
			if !ok {
				continue
			}
			if eref := r.ref(iri); eref != nil {
				ev.Participants = append(ev.Participants, Participant{Role: role, Entity: r.entity(eref)})
			}
		}
	}
	return ev, nil
}

// isEvent tells event nodes from claim nodes: ng:subject is both an event
// role and a claim's subject, so a node pointing at an entity through it
// can be either.
func (r *reader) isEvent(ref cgraph.Ref) bool {
	class := r.ref(graph.ClassEvent)
	found := false
	_ = r.scan(quad.Subject, ref, r.ref(graph.Type), func(q cgraph.Ref) bool {
		found = sameRef(r.dir(q, quad.Object), class)
		return !found
	})
	return found
}
