package queries

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"newsgraph/graph"
)

// resolve finds an entity by name, also trying the singular of a plural
// ("Russians" → "Russian", a demonym alias of Russia).
func (a *asker) resolve(name string) (cgraph.Ref, error) {
	name = strings.TrimSpace(name)
	ref, err := a.r.resolve(name)
	if err == nil || !errors.Is(err, ErrNotFound) {
		return ref, err
	}
	for _, suffix := range []string{"s", "es"} {
		if single, ok := strings.CutSuffix(name, suffix); ok && len(single) > 2 {
			if ref, err2 := a.r.resolve(single); err2 == nil || !errors.Is(err2, ErrNotFound) {
				return ref, err2
			}
		}
	}
	return nil, err
}

func (a *asker) connection(m []string) (*Answer, error) {
	paths, err := FindPaths(a.ctx, a.store, m[1], m[2], PathOptions{})
	if err != nil {
		return nil, err
	}
	ans := &Answer{}
	if len(paths) == 0 {
		ans.Lines = append(ans.Lines, fmt.Sprintf("No connection of at most 4 hops between %s and %s.", m[1], m[2]))
	}
	for i := range paths {
		ans.Lines = append(ans.Lines, pathLine(paths[i]))
		ans.Items = append(ans.Items, AnswerItem{Path: &paths[i], Evidence: pathEvidence(paths[i])})
	}
	return ans, nil
}

func pathEvidence(p Path) []Evidence {
	out := []Evidence{}
	for _, h := range p.Hops {
		out = append(out, h.Evidence...)
	}
	return sortEvidence(out)
}

func (a *asker) connections(m []string) (*Answer, error) {
	p, err := a.profileOf(m[1])
	if err != nil {
		return nil, err
	}
	ans := &Answer{}
	for _, g := range p.Relations {
		for _, it := range g.Items {
			ent := it.Entity
			ans.Lines = append(ans.Lines, relationLine(p.Entity.Name, g.Predicate, g.Direction, ent.Name, it.Roles))
			ans.Items = append(ans.Items, AnswerItem{Entity: &ent, Predicate: g.Predicate, Roles: it.Roles, Evidence: it.Evidence})
		}
	}
	for _, er := range p.Events {
		ev := er.Event
		ans.Lines = append(ans.Lines, fmt.Sprintf("%s is %s of %s", p.Entity.Name, er.Role, eventLine(ev)))
		ans.Items = append(ans.Items, AnswerItem{Event: &ev, Roles: []string{er.Role}, Evidence: []Evidence{ev.Evidence}})
	}
	if len(ans.Lines) == 0 {
		ans.Lines = append(ans.Lines, p.Entity.Name+" has no relations or events in the graph.")
	}
	return ans, nil
}

func relationLine(s, pred, dir, o string, roles []string) string {
	line := s + " —" + pred + "→ " + o
	if dir == Backward {
		line = s + " ←" + pred + "— " + o
	}
	if len(roles) > 0 {
		line += " (" + strings.Join(roles, ", ") + ")"
	}
	return line
}

// eventLine is "Emigration 2022-10: origin Russia, destination Kazakhstan,
// count more than 200000, source Exit Route".
func eventLine(ev EventInfo) string {
	var parts []string
	for _, p := range ev.Participants {
		parts = append(parts, p.Role+" "+p.Entity.Name)
	}
	if ev.Count != nil {
		c := strconv.FormatFloat(*ev.Count, 'f', -1, 64)
		if ev.Qualifier != "" {
			c = ev.Qualifier + " " + c
		}
		parts = append(parts, "count "+c)
	}
	if len(parts) == 0 {
		return ev.Label()
	}
	return ev.Label() + ": " + strings.Join(parts, ", ")
}

// group resolves a group noun ("deserters") to the people in it: subjects
// of its relations (found through the claims) and of its events.
func (a *asker) group(relations, kinds []string) ([]cgraph.Ref, error) {
	r := a.r
	seen := map[any]bool{}
	var out []cgraph.Ref
	add := func(ref cgraph.Ref) {
		if ref != nil && !seen[ref.Key()] {
			seen[ref.Key()] = true
			out = append(out, ref)
		}
	}
	for _, p := range relations {
		claims, err := r.subjects(r.ref(graph.Predicate(p)), r.ref(graph.ClaimRelation))
		if err != nil {
			return nil, err
		}
		for _, c := range claims {
			s, err := r.first(c, r.ref(graph.ClaimSubject))
			if err != nil {
				return nil, err
			}
			add(s)
		}
	}
	for _, k := range kinds {
		evs, err := r.eventsOfKind(k)
		if err != nil {
			return nil, err
		}
		for _, e := range evs {
			subs, err := r.objects(e, r.ref(graph.Predicate("subject")))
			if err != nil {
				return nil, err
			}
			for _, s := range subs {
				add(s)
			}
		}
	}
	return out, nil
}

func (r *reader) eventsOfKind(kind string) ([]cgraph.Ref, error) {
	return r.subjects(r.ref(quad.String(kind)), r.ref(graph.Kind))
}

func (a *asker) helped(m []string) (*Answer, error) {
	target, typ := m[1], ""
	if len(m) == 3 {
		t, ok := words.Types[normPhrase(m[1])]
		if !ok {
			return nil, errNoMatch
		}
		target, typ = m[2], t
	}
	var helpedOnes []cgraph.Ref
	if rels, kinds, ok := words.group(target); ok {
		g, err := a.group(rels, kinds)
		if err != nil {
			return nil, err
		}
		helpedOnes = g
	} else {
		ref, err := a.resolve(target)
		if err != nil {
			return nil, err
		}
		helpedOnes = []cgraph.Ref{ref}
	}
	r := a.r
	helpedPred := r.ref(graph.Predicate("helped"))
	ans := &Answer{}
	for _, h := range helpedOnes {
		helpers, err := r.subjects(h, helpedPred)
		if err != nil {
			return nil, err
		}
		for _, s := range helpers {
			ent := r.entity(s)
			if typ != "" && ent.Type != typ {
				continue
			}
			ev, err := r.claimEvidence(s, helpedPred, h, ArticleFilter{})
			if err != nil {
				return nil, err
			}
			who := r.entity(h)
			ans.Lines = append(ans.Lines, ent.Name+" helped "+who.Name)
			ans.Items = append(ans.Items, AnswerItem{Entity: &ent, Predicate: "helped", Evidence: nonNil(ev)})
		}
	}
	if len(ans.Items) == 0 {
		ans.Lines = append(ans.Lines, "The graph names no one who helped "+target+".")
	}
	return ans, nil
}

func nonNil(ev []Evidence) []Evidence {
	if ev == nil {
		return []Evidence{}
	}
	return ev
}

func (a *asker) grants(m []string) (*Answer, error) {
	kinds := words.grantKinds(m[1])
	if kinds == nil {
		return nil, errNoMatch
	}
	who, err := a.resolve(m[2])
	if err != nil {
		return nil, err
	}
	whoIRI := a.r.entity(who).IRI
	ans := &Answer{}
	for _, k := range kinds {
		evs, err := a.r.eventsOfKind(k)
		if err != nil {
			return nil, err
		}
		for _, e := range evs {
			ev, err := a.r.eventInfo(e)
			if err != nil {
				return nil, err
			}
			if !involves(ev, whoIRI, "origin", "subject") {
				continue
			}
			for _, agent := range ev.In("agent") {
				if agent.Type != "Country" {
					continue
				}
				ag, evc := agent, ev
				ans.Lines = append(ans.Lines, agent.Name+": "+eventLine(ev))
				ans.Items = append(ans.Items, AnswerItem{Entity: &ag, Event: &evc, Roles: []string{"agent"}, Evidence: []Evidence{ev.Evidence}})
			}
		}
	}
	if len(ans.Items) == 0 {
		ans.Lines = append(ans.Lines, fmt.Sprintf("No country %s to %s in the graph.", m[1], m[2]))
	}
	return ans, nil
}

func involves(ev EventInfo, iri string, roles ...string) bool {
	for _, p := range ev.Participants {
		if p.Entity.IRI == iri && (len(roles) == 0 || containsString(roles, p.Role)) {
			return true
		}
	}
	return false
}

func (a *asker) reportedBy(m []string) (*Answer, error) {
	r := a.r
	var evs []cgraph.Ref
	topic := m[1]
	if k := words.kind(topic); k != "" {
		list, err := r.eventsOfKind(k)
		if err != nil {
			return nil, err
		}
		evs = list
	} else {
		ref, err := a.resolve(topic)
		if err != nil {
			return nil, err
		}
		for _, role := range graph.EventRoles {
			if role == "source" {
				continue
			}
			list, err := r.subjects(ref, r.ref(graph.Predicate(role)))
			if err != nil {
				return nil, err
			}
			evs = append(evs, list...)
		}
	}
	ans := &Answer{}
	for _, e := range evs {
		if !r.isEvent(e) {
			continue
		}
		ev, err := r.eventInfo(e)
		if err != nil {
			return nil, err
		}
		evc := ev
		sources := ev.In("source")
		for _, s := range sources {
			src := s
			ans.Lines = append(ans.Lines, fmt.Sprintf("%s reported %s (%s)", s.Name, eventLine(ev), articleNote(ev.Evidence)))
			ans.Items = append(ans.Items, AnswerItem{Entity: &src, Event: &evc, Roles: []string{"source"}, Evidence: []Evidence{ev.Evidence}})
		}
		if len(sources) == 0 {
			ans.Lines = append(ans.Lines, fmt.Sprintf("%s reported %s (no source named in the article)", articleNote(ev.Evidence), eventLine(ev)))
			ans.Items = append(ans.Items, AnswerItem{Event: &evc, Evidence: []Evidence{ev.Evidence}})
		}
	}
	sortItemsByDate(ans)
	if len(ans.Items) == 0 {
		ans.Lines = append(ans.Lines, "No report of "+topic+" in the graph.")
	}
	return ans, nil
}

// articleNote names an article for a line: "Outlet, 2022-10-05".
func articleNote(e Evidence) string {
	var parts []string
	for _, s := range []string{e.Outlet, e.Title, e.Date} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return e.ArticleID
	}
	return strings.Join(parts, ", ")
}

func sortItemsByDate(ans *Answer) {
	idx := make([]int, len(ans.Items))
	for i := range idx {
		idx[i] = i
	}
	date := func(i int) string {
		if ev := ans.Items[i].Event; ev != nil {
			return ev.Date
		}
		return ""
	}
	sort.SliceStable(idx, func(i, j int) bool { return date(idx[i]) < date(idx[j]) })
	items, lines := make([]AnswerItem, len(idx)), make([]string, len(idx))
	for k, i := range idx {
		items[k], lines[k] = ans.Items[i], ans.Lines[i]
	}
	ans.Items, ans.Lines = items, lines
}

func (a *asker) reports(m []string) (*Answer, error) {
	r := a.r
	ans := &Answer{}
	outlet := m[1]
	ref, err := a.resolve(m[1])
	switch {
	case err == nil:
		ent := r.entity(ref)
		outlet = ent.Name
		evs, err := r.eventsOf(ref, []string{"source"})
		if err != nil {
			return nil, err
		}
		for _, er := range evs {
			ev := er.Event
			ans.Lines = append(ans.Lines, fmt.Sprintf("%s reported %s (%s)", ent.Name, eventLine(ev), articleNote(ev.Evidence)))
			ans.Items = append(ans.Items, AnswerItem{Entity: &ent, Event: &ev, Roles: []string{"source"}, Evidence: []Evidence{ev.Evidence}})
		}
	case !errors.Is(err, ErrNotFound):
		return nil, err
	}
	arts, err := r.subjects(r.ref(quad.String(outlet)), r.ref(graph.Outlet))
	if err != nil {
		return nil, err
	}
	for _, art := range arts {
		info := r.article(art)
		e := Evidence{ArticleID: info.ID, Title: info.Title, URL: info.URL, Date: info.Date, Outlet: info.Outlet}
		ans.Lines = append(ans.Lines, fmt.Sprintf("%s published %q (%s)", outlet, info.Title, info.Date))
		ans.Items = append(ans.Items, AnswerItem{Evidence: []Evidence{e}})
	}
	if len(ans.Items) == 0 {
		if ref == nil {
			return nil, err
		}
		ans.Lines = append(ans.Lines, outlet+" is not named as the source of any report in the graph.")
	}
	return ans, nil
}

var motionBase = map[string]string{
	"died": "die", "fled": "flee", "escaped": "escape", "gone": "go", "moved": "move", "ended up": "end up",
}

func (a *asker) where(m []string) (*Answer, error) {
	verb := normPhrase(m[2])
	if b, ok := motionBase[verb]; ok {
		verb = b
	}
	motion, ok := words.Motions[verb]
	if !ok {
		return nil, errNoMatch
	}
	ref, err := a.resolve(m[1])
	if err != nil {
		return nil, err
	}
	r := a.r
	who := r.entity(ref)
	ans := &Answer{}
	for _, p := range motion.Relations {
		pref := r.ref(graph.Predicate(p))
		places, err := r.objects(ref, pref)
		if err != nil {
			return nil, err
		}
		for _, pl := range places {
			ent := r.entity(pl)
			ev, err := r.claimEvidence(ref, pref, pl, ArticleFilter{})
			if err != nil {
				return nil, err
			}
			ans.Lines = append(ans.Lines, relationLine(who.Name, p, Forward, ent.Name, nil))
			ans.Items = append(ans.Items, AnswerItem{Entity: &ent, Predicate: p, Evidence: nonNil(ev)})
		}
	}
	evs, err := r.eventsOf(ref, []string{"subject"})
	if err != nil {
		return nil, err
	}
	for _, er := range evs {
		ev := er.Event
		if !containsString(motion.Events, ev.Kind) {
			continue
		}
		for _, role := range motion.Roles {
			for _, pl := range ev.In(role) {
				ent, evc := pl, ev
				ans.Lines = append(ans.Lines, fmt.Sprintf("%s: %s", pl.Name, eventLine(ev)))
				ans.Items = append(ans.Items, AnswerItem{Entity: &ent, Event: &evc, Roles: []string{role}, Evidence: []Evidence{ev.Evidence}})
			}
		}
	}
	if len(ans.Items) == 0 {
		ans.Lines = append(ans.Lines, fmt.Sprintf("The graph does not say where %s did %s.", who.Name, verb))
	}
	return ans, nil
}

func (a *asker) title(m []string) (*Answer, error) {
	t := normPhrase(m[1])
	pred := words.title(t)
	if pred == "" {
		return nil, errNoMatch
	}
	ref, err := a.resolve(m[2])
	if err != nil {
		return nil, err
	}
	r := a.r
	of := r.entity(ref)
	pref := r.ref(graph.Predicate(pred))
	holders, err := r.subjects(ref, pref)
	if err != nil {
		return nil, err
	}
	type found struct {
		ent   EntityRef
		roles []string
		ev    []Evidence
	}
	var all, titled []found
	for _, h := range holders {
		ev, err := r.claimEvidence(h, pref, ref, ArticleFilter{})
		if err != nil {
			return nil, err
		}
		f := found{ent: r.entity(h), ev: nonNil(ev)}
		f.roles, err = r.claimRoles(h, pref, ref)
		if err != nil {
			return nil, err
		}
		all = append(all, f)
		for _, role := range f.roles {
			if strings.Contains(normPhrase(role), t) {
				titled = append(titled, f)
				break
			}
		}
	}
	// a title more precise than the predicate ("interior minister") keeps
	// the holders whose stated role says so, when any does.
	if len(titled) > 0 {
		all = titled
	}
	ans := &Answer{}
	for _, f := range all {
		ent := f.ent
		ans.Lines = append(ans.Lines, relationLine(ent.Name, pred, Forward, of.Name, f.roles))
		ans.Items = append(ans.Items, AnswerItem{Entity: &ent, Predicate: pred, Roles: f.roles, Evidence: f.ev})
	}
	if len(ans.Items) == 0 {
		ans.Lines = append(ans.Lines, fmt.Sprintf("The graph names no %s of %s.", t, of.Name))
	}
	return ans, nil
}

// claimRoles are the roles the claims "s p o" state.
func (r *reader) claimRoles(s, p, o cgraph.Ref) ([]string, error) {
	claims, err := r.smallerSide(scanSpec{quad.Object, s, r.ref(graph.ClaimSubject)}, scanSpec{quad.Object, o, r.ref(graph.ClaimObject)})
	if err != nil {
		return nil, err
	}
	var roles []string
	pv := r.value(p)
	for _, c := range claims {
		props, _, err := r.props(c)
		if err != nil {
			return nil, err
		}
		if !hasValue(props[graph.ClaimRelation], pv) || !hasValue(props[graph.ClaimSubject], r.value(s)) || !hasValue(props[graph.ClaimObject], r.value(o)) {
			continue
		}
		if role := literal(firstValue(props[graph.Role])); role != "" && !containsString(roles, role) {
			roles = append(roles, role)
		}
	}
	return roles, nil
}

func (a *asker) eventsIn(m []string) (*Answer, error) {
	ref, err := a.resolve(m[1])
	if err != nil {
		return nil, err
	}
	r := a.r
	places := []cgraph.Ref{ref}
	inside, err := r.subjects(ref, r.ref(graph.Predicate("located_in")))
	if err != nil {
		return nil, err
	}
	places = append(places, inside...)
	ans := &Answer{}
	seen := map[string]bool{}
	for _, pl := range places {
		evs, err := r.eventsOf(pl, []string{"location"})
		if err != nil {
			return nil, err
		}
		for _, er := range evs {
			ev := er.Event
			if seen[ev.IRI] {
				continue
			}
			seen[ev.IRI] = true
			ans.Lines = append(ans.Lines, eventLine(ev))
			ans.Items = append(ans.Items, AnswerItem{Event: &ev, Evidence: []Evidence{ev.Evidence}})
		}
	}
	sortItemsByDate(ans)
	if len(ans.Items) == 0 {
		ans.Lines = append(ans.Lines, "No event is located in "+r.entity(ref).Name+" in the graph.")
	}
	return ans, nil
}

func (a *asker) whoIs(m []string) (*Answer, error) {
	p, err := a.profileOf(m[1])
	if err != nil {
		return nil, err
	}
	ent := p.Entity
	ans := &Answer{}
	ans.Lines = append(ans.Lines, fmt.Sprintf("%s is a %s (key %s).", ent.Name, strings.ToLower(ent.Type), ent.Key))
	if len(p.Aliases) > 0 {
		ans.Lines = append(ans.Lines, "Also called: "+strings.Join(p.Aliases, ", ")+".")
	}
	var evidence []Evidence
	for _, g := range p.Relations {
		for _, it := range g.Items {
			ans.Lines = append(ans.Lines, relationLine(ent.Name, g.Predicate, g.Direction, it.Entity.Name, it.Roles))
			evidence = append(evidence, it.Evidence...)
		}
	}
	for _, er := range p.Events {
		ans.Lines = append(ans.Lines, fmt.Sprintf("%s of %s", er.Role, eventLine(er.Event)))
		evidence = append(evidence, er.Event.Evidence)
	}
	ans.Lines = append(ans.Lines, fmt.Sprintf("Named in %d article(s).", len(p.Articles)))
	ans.Items = append(ans.Items, AnswerItem{Entity: &ent, Profile: p, Evidence: sortEvidence(nonNil(evidence))})
	return ans, nil
}

// profileOf is the profile of the one entity name means.
func (a *asker) profileOf(name string) (*EntityProfile, error) {
	ref, err := a.resolve(name)
	if err != nil {
		return nil, err
	}
	return a.r.profile(ref)
}
