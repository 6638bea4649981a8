package queries

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"newsgraph/graph"
)

// EdgeKinds selects what a path may travel along.
type EdgeKinds uint8

const (
	// ViaRelation: a relation quad between two entities (ng:located_in, ...).
	ViaRelation EdgeKinds = 1 << iota
	// ViaEvent: an entity taking part in an event (entity ←ng:origin— event).
	ViaEvent
	// ViaMention: two entities named in the same article; the weakest kind.
	ViaMention
)

// CoMentioned is the predicate name of a ViaMention hop.
const CoMentioned = "co_mentioned"

// Hop directions.
const (
	Forward  = "forward"  // the path goes from the hop's subject to its object
	Backward = "backward" // the path goes from the object to the subject
)

// PathOptions tune FindPaths; the zero value asks for 3 paths of at most 4
// hops over relations and events.
type PathOptions struct {
	K       int // number of paths; default 3
	MaxHops int // default 4, at most 8
	// Predicates keeps only hops whose predicate (relation or event role) or
	// event kind is listed; ExcludePredicates drops them. Names as in
	// graph.Relations, graph.EventRoles, graph.EventKinds or "co_mentioned".
	Predicates        []string
	ExcludePredicates []string
	// ArticleFilter keeps only hops supported by an article in the range /
	// of the outlet.
	ArticleFilter
	Via         EdgeKinds // zero means ViaRelation|ViaEvent
	MaxEvidence int       // evidence items kept per hop; default 3
}

// PathNode is an entity or an event on a path.
type PathNode struct {
	IRI  string `json:"iri"`
	Key  string `json:"key"`
	Name string `json:"name"`
	Type string `json:"type"` // Person, Organization, Country, Place or Event
	// Events only.
	Kind      string   `json:"kind,omitempty"`
	Date      string   `json:"date,omitempty"`
	Count     *float64 `json:"count,omitempty"`
	Qualifier string   `json:"qualifier,omitempty"`
}

// Hop is one edge of a path as stored (subject, predicate, object) and the
// way the path walks it.
type Hop struct {
	Subject   PathNode `json:"subject"`
	Predicate string   `json:"predicate"` // relation, event role or "co_mentioned"
	Object    PathNode `json:"object"`
	Direction string   `json:"direction"` // Forward or Backward
	Via       string   `json:"via"`       // "relation", "event" or "mention"
	// Evidence supporting the hop, oldest first, at most MaxEvidence items;
	// EvidenceCount is how many there are in all.
	Evidence      []Evidence `json:"evidence"`
	EvidenceCount int        `json:"evidence_count"`
}

// From and To are the hop's ends in path order.
func (h Hop) From() PathNode {
	if h.Direction == Backward {
		return h.Object
	}
	return h.Subject
}
func (h Hop) To() PathNode {
	if h.Direction == Backward {
		return h.Subject
	}
	return h.Object
}

// Path is one way from an entity to another.
type Path struct {
	Nodes []PathNode `json:"nodes"`
	Hops  []Hop      `json:"hops"`
	// Weakness orders paths of equal length: 0 per relation hop, 1 per event
	// hop, 4 per co-mention hop.
	Weakness int `json:"weakness"`
}

// PredicateNames are the names Predicates and ExcludePredicates accept.
func PredicateNames() []string {
	var out []string
	out = append(out, graph.Relations...)
	out = append(out, graph.EventRoles...)
	out = append(out, graph.EventKinds...)
	return append(out, CoMentioned)
}

// ErrSameEntity is returned when both ends of a path are the same entity.
var ErrSameEntity = errors.New("both ends name the same entity")

// OptionError reports a bad path option.
type OptionError struct{ Msg string }

func (e *OptionError) Error() string { return e.Msg }

func (o *PathOptions) normalise() error {
	if o.K <= 0 {
		o.K = 3
	}
	if o.K > 50 {
		return &OptionError{fmt.Sprintf("k is %d; at most 50 paths can be asked for", o.K)}
	}
	if o.MaxHops <= 0 {
		o.MaxHops = 4
	}
	if o.MaxHops > 8 {
		return &OptionError{fmt.Sprintf("max hops is %d; at most 8 are searched", o.MaxHops)}
	}
	if o.Via == 0 {
		o.Via = ViaRelation | ViaEvent
	}
	if o.MaxEvidence <= 0 {
		o.MaxEvidence = 3
	}
	known := map[string]bool{}
	for _, n := range PredicateNames() {
		known[n] = true
	}
	for _, list := range [][]string{o.Predicates, o.ExcludePredicates} {
		for _, p := range list {
			if !known[p] {
				return &OptionError{fmt.Sprintf("unknown predicate %q (known: %s)", p, strings.Join(PredicateNames(), ", "))}
			}
		}
	}
	return nil
}

// FindPaths finds the K shortest simple paths between two entities named by
// any of their names or keys, ranked by number of hops, then by weakness
// (relations before events before co-mentions). Each hop carries its
// evidence. No path within MaxHops gives an empty result, not an error.
func FindPaths(ctx context.Context, store *graph.Store, from, to string, opts PathOptions) ([]Path, error) {
	if err := opts.normalise(); err != nil {
		return nil, err
	}
	r := newReader(ctx, store)
	src, err := r.resolve(from)
	if err != nil {
		return nil, err
	}
	dst, err := r.resolve(to)
	if err != nil {
		return nil, err
	}
	if sameRef(src, dst) {
		return nil, fmt.Errorf("%q and %q: %w", from, to, ErrSameEntity)
	}
	g := newPathGraph(r, &opts)
	found, err := g.kShortest(g.id(src, false), g.id(dst, false), opts.K, opts.MaxHops)
	if err != nil {
		return nil, err
	}
	out := make([]Path, 0, len(found))
	for _, f := range found {
		p, err := g.describe(f)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if len(out[i].Hops) != len(out[j].Hops) {
			return len(out[i].Hops) < len(out[j].Hops)
		}
		return out[i].Weakness < out[j].Weakness
	})
	return out, nil
}
