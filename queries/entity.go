package queries

import (
	"context"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"newsgraph/graph"
)

// EntityProfile is everything the graph says about one entity.
type EntityProfile struct {
	Entity    EntityRef       `json:"entity"`
	Aliases   []string        `json:"aliases"`
	ISO3166   string          `json:"iso3166,omitempty"`
	Wikidata  string          `json:"wikidata,omitempty"`
	Relations []RelationGroup `json:"relations"`
	Events    []EventRole     `json:"events"`
	Articles  []ArticleRef    `json:"articles"`
}

// RelationGroup is every relation of one predicate in one direction:
// Forward when the entity is the subject ("X —member_of→ …").
type RelationGroup struct {
	Predicate string          `json:"predicate"`
	Direction string          `json:"direction"`
	Items     []RelatedEntity `json:"items"`
}

// RelatedEntity is the other end of a relation, with the roles stated
// ("interior minister") and the evidence.
type RelatedEntity struct {
	Entity   EntityRef  `json:"entity"`
	Roles    []string   `json:"roles,omitempty"`
	Evidence []Evidence `json:"evidence"`
}

// EventRole is an event the entity takes part in, and in which role.
type EventRole struct {
	Role  string    `json:"role"`
	Event EventInfo `json:"event"`
}

// ArticleRef is an article naming the entity.
type ArticleRef struct {
	ID     string `json:"id"`
	Title  string `json:"title,omitempty"`
	URL    string `json:"url,omitempty"`
	Date   string `json:"date,omitempty"`
	Outlet string `json:"outlet,omitempty"`
}

// Profile describes the entity a name means: its names and ids, its
// relations grouped by predicate and direction, its events and the articles
// naming it, each fact with its evidence.
func Profile(ctx context.Context, store *graph.Store, name string) (*EntityProfile, error) {
	r := newReader(ctx, store)
	ref, err := r.resolve(name)
	if err != nil {
		return nil, err
	}
	return r.profile(ref)
}

func (r *reader) profile(ref cgraph.Ref) (*EntityProfile, error) {
	ent := r.entity(ref)
	p := &EntityProfile{Entity: ent, Aliases: []string{}}
	canonical, aliases, err := r.store.Names(r.ctx, quad.IRI(ent.IRI))
	if err != nil {
		return nil, err
	}
	if canonical != "" {
		p.Entity.Name = canonical
		r.ents[ref.Key()] = p.Entity
	}
	if aliases != nil {
		p.Aliases = aliases
	}
	if v, _ := r.first(ref, r.ref(graph.ISO3166)); v != nil {
		p.ISO3166 = literal(r.value(v))
	}
	if v, _ := r.first(ref, r.ref(graph.Wikidata)); v != nil {
		p.Wikidata = literal(r.value(v))
	}
	if p.Relations, err = r.relationGroups(ref); err != nil {
		return nil, err
	}
	if p.Events, err = r.eventsOf(ref, nil); err != nil {
		return nil, err
	}
	if p.Articles, err = r.articlesNaming(ref); err != nil {
		return nil, err
	}
	return p, nil
}

// relationGroups reads the entity's relations from both sides: its claims
// (which carry the evidence) and the relation quads themselves, so that a
// relation imported without a claim still shows.
func (r *reader) relationGroups(ref cgraph.Ref) ([]RelationGroup, error) {
	type key struct {
		pred, dir string
		other     any
	}
	items := map[key]*RelatedEntity{}
	var order []key
	item := func(pred, dir string, other cgraph.Ref) *RelatedEntity {
		k := key{pred, dir, other.Key()}
		if it, ok := items[k]; ok {
			return it
		}
		it := &RelatedEntity{Entity: r.entity(other), Evidence: []Evidence{}}
		items[k] = it
		order = append(order, k)
		return it
	}
	self := r.value(ref)
	for _, side := range []struct {
		claimEnd  quad.IRI
		otherEnd  quad.IRI
		direction string
	}{{graph.ClaimSubject, graph.ClaimObject, Forward}, {graph.ClaimObject, graph.ClaimSubject, Backward}} {
		claims, err := r.subjects(ref, r.ref(side.claimEnd))
		if err != nil {
			return nil, err
		}
		for _, c := range claims {
			props, label, err := r.props(c)
			if err != nil {
				return nil, err
			}
			pred, ok := firstValue(props[graph.ClaimRelation]).(quad.IRI)
			otherIRI, ok2 := firstValue(props[side.otherEnd]).(quad.IRI)
			if !ok || !ok2 || !hasValue(props[side.claimEnd], self) {
				continue
			}
			other := r.ref(otherIRI)
			if other == nil {
				continue
			}
			it := item(graph.PredicateName(pred), side.direction, other)
			it.Evidence = append(it.Evidence, r.evidenceOf(props, label))
			if role := literal(firstValue(props[graph.Role])); role != "" && !containsString(it.Roles, role) {
				it.Roles = append(it.Roles, role)
			}
		}
	}
	for _, p := range graph.Relations {
		pref := r.ref(graph.Predicate(p))
		if pref == nil {
			continue
		}
		outs, err := r.objects(ref, pref)
		if err != nil {
			return nil, err
		}
		for _, o := range outs {
			item(p, Forward, o)
		}
		ins, err := r.subjects(ref, pref)
		if err != nil {
			return nil, err
		}
		for _, s := range ins {
			item(p, Backward, s)
		}
	}
	groups := map[[2]string]*RelationGroup{}
	for _, k := range order {
		gk := [2]string{k.pred, k.dir}
		g, ok := groups[gk]
		if !ok {
			g = &RelationGroup{Predicate: k.pred, Direction: k.dir}
			groups[gk] = g
		}
		it := items[k]
		it.Evidence = sortEvidence(it.Evidence)
		g.Items = append(g.Items, *it)
	}
	out := []RelationGroup{}
	for _, g := range groups {
		sort.Slice(g.Items, func(i, j int) bool { return g.Items[i].Entity.Name < g.Items[j].Entity.Name })
		out = append(out, *g)
	}
	rank := map[string]int{}
	for i, p := range graph.Relations {
		rank[p] = i
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Predicate != out[j].Predicate {
			return rank[out[i].Predicate] < rank[out[j].Predicate]
		}
		return out[i].Direction == Forward && out[j].Direction != Forward
	})
	return out, nil
}

// eventsOf lists the events the entity takes part in (in the given roles,
// or all roles when roles is nil), by date.
func (r *reader) eventsOf(ref cgraph.Ref, roles []string) ([]EventRole, error) {
	if roles == nil {
		roles = graph.EventRoles
	}
	out := []EventRole{}
	for _, role := range roles {
		evs, err := r.subjects(ref, r.ref(graph.Predicate(role)))
		if err != nil {
			return nil, err
		}
		for _, e := range evs {
			if !r.isEvent(e) {
				continue
			}
			info, err := r.eventInfo(e)
			if err != nil {
				return nil, err
			}
			out = append(out, EventRole{Role: role, Event: info})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Event, out[j].Event
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		return a.Evidence.ArticleID < b.Evidence.ArticleID
	})
	return out, nil
}

// articlesNaming lists the articles that mention the entity, newest first.
func (r *reader) articlesNaming(ref cgraph.Ref) ([]ArticleRef, error) {
	arts, err := r.subjects(ref, r.ref(graph.Mentions))
	if err != nil {
		return nil, err
	}
	out := make([]ArticleRef, 0, len(arts))
	for _, a := range arts {
		info := r.article(a)
		out = append(out, ArticleRef{ID: info.ID, Title: info.Title, URL: info.URL, Date: info.Date, Outlet: info.Outlet})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Date != out[j].Date {
			return out[i].Date > out[j].Date
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
