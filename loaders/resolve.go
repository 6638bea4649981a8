package loaders

import (
	"context"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"newsgraph/graph"
	"newsgraph/loaders/extract"
)

// EntityLookup finds the entities already stored under a name key (see
// graph.NameKey); *graph.Store satisfies it.
type EntityLookup interface {
	LookupKey(ctx context.Context, key string) ([]quad.IRI, error)
}

// EntityNamer gives a stored entity's canonical name; a lookup that also
// has it (as *graph.Store does) lets a short name take the full name of a
// person known only from the store.
type EntityNamer interface {
	Names(ctx context.Context, entity quad.IRI) (name string, aliases []string, err error)
}

// Resolution records one person whose short name was given a full name's key.
type Resolution struct {
	From, To string // entity keys
	Name     string // the short name, now an alias of To
	// FullName is To's name, from the batch or the store; "" when unknown.
	FullName string
}

// personKeyPrefix is how extract keys persons: "person/vladimir-putin".
const personKeyPrefix = "person/"

// ResolvePeople makes the same person one node across articles. A person
// known in an article only by one name token ("Putin") whose token is the
// surname of exactly one full-name person — in xs, or in the store through
// lookup (which may be nil) — takes that person's key and name, and the
// short form becomes an alias. A surname shared by two or more full names
// is ambiguous and left alone. Names are compared transliterated to Latin,
// so "Путин" meets "Vladimir Putin". xs is changed in place; entities that
// end up with the same key in one article are merged.
func ResolvePeople(ctx context.Context, xs []extract.Extraction, lookup EntityLookup) ([]Resolution, error) {
	full := fullNamesBySurname(xs)
	fullKeys := map[string]bool{}
	for _, byKey := range full {
		for k := range byKey {
			fullKeys[k] = true
		}
	}
	// Decide once per distinct short name, so every article agrees.
	decided := map[string]*Resolution{}
	var out []Resolution
	for _, x := range xs {
		for _, e := range x.Entities {
			tok, ok := shortName(e)
			if !ok || fullKeys[e.Key] {
				continue
			}
			if _, done := decided[e.Key+"\x00"+tok]; done {
				continue
			}
			cands := map[string]string{}
			for k, n := range full[tok] {
				cands[k] = n
			}
			if lookup != nil {
				stored, err := storedFullNames(ctx, lookup, e.Name, tok)
				if err != nil {
					return nil, err
				}
				for k, n := range stored {
					if cands[k] == "" {
						cands[k] = n
					}
				}
			}
			delete(cands, e.Key)
			var r *Resolution
			if len(cands) == 1 {
				for k, n := range cands {
					r = &Resolution{From: e.Key, To: k, Name: e.Name, FullName: n}
				}
				out = append(out, *r)
			}
			decided[e.Key+"\x00"+tok] = r
		}
	}
	if len(out) == 0 {
		return nil, nil
	}
	for i := range xs {
		applyResolutions(&xs[i], decided)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].From < out[j].From })
	return out, nil
}

// shortName is the one-token latin key of a person named by a single word.
func shortName(e extract.Entity) (string, bool) {
	if e.Type != extract.Person || !strings.HasPrefix(e.Key, personKeyPrefix) {
		return "", false
	}
	k := latinKey(e.Name)
	if k == "" || strings.Contains(k, " ") {
		return "", false
	}
	return k, true
}

// fullNamesBySurname indexes the batch's persons of two or more name tokens
// by their last token: surname → key → name (the first name seen).
func fullNamesBySurname(xs []extract.Extraction) map[string]map[string]string {
	idx := map[string]map[string]string{}
	for _, x := range xs {
		for _, e := range x.Entities {
			if e.Type != extract.Person || !strings.HasPrefix(e.Key, personKeyPrefix) {
				continue
			}
			toks := strings.Fields(latinKey(e.Name))
			if len(toks) < 2 {
				continue
			}
			sur := toks[len(toks)-1]
			if idx[sur] == nil {
				idx[sur] = map[string]string{}
			}
			if _, ok := idx[sur][e.Key]; !ok {
				idx[sur][e.Key] = e.Name
			}
		}
	}
	return idx
}

// storedFullNames are the stored persons found under the short name's key
// (a name, alias or surname key: see ToQuads) whose name has two or more
// tokens, the last one being the short name: key → name ("" when the
// lookup cannot tell names; the key's words stand in for the name then).
func storedFullNames(ctx context.Context, lookup EntityLookup, name, tok string) (map[string]string, error) {
	out := map[string]string{}
	namer, _ := lookup.(EntityNamer)
	seen := map[string]bool{}
	for _, k := range nameKeys(name) {
		iris, err := lookup.LookupKey(ctx, k)
		if err != nil {
			return nil, err
		}
		for _, iri := range iris {
			key, ok := strings.CutPrefix(string(iri), graph.IDBase)
			if !ok || !strings.HasPrefix(key, personKeyPrefix) || seen[key] {
				continue
			}
			seen[key] = true
			full := ""
			if namer != nil {
				if full, _, err = namer.Names(ctx, iri); err != nil {
					return nil, err
				}
			}
			words := full
			if words == "" {
				words = strings.TrimPrefix(key, personKeyPrefix)
			}
			if toks := strings.Fields(latinKey(words)); len(toks) >= 2 && toks[len(toks)-1] == tok {
				out[key] = full
			}
		}
	}
	return out, nil
}

// applyResolutions re-keys one article's resolved persons, their relations
// and event participants, then merges entities that now share a key.
func applyResolutions(x *extract.Extraction, decided map[string]*Resolution) {
	rekey := map[string]*Resolution{}
	for i := range x.Entities {
		e := &x.Entities[i]
		tok, ok := shortName(*e)
		if !ok {
			continue
		}
		r := decided[e.Key+"\x00"+tok]
		if r == nil {
			continue
		}
		rekey[e.Key] = r
		e.Key = r.To
		e.Aliases = appendNew(e.Aliases, e.Name)
		e.Name = r.FullName // "" when only the store knows the full name
	}
	if len(rekey) == 0 {
		return
	}
	rename := func(name, key string) (string, string) {
		if r := rekey[key]; r != nil {
			if r.FullName != "" {
				name = r.FullName
			}
			key = r.To
		}
		return name, key
	}
	for i := range x.Relations {
		r := &x.Relations[i]
		r.S, r.SKey = rename(r.S, r.SKey)
		r.O, r.OKey = rename(r.O, r.OKey)
	}
	for i := range x.Events {
		ev := &x.Events[i]
		for role, key := range ev.Keys {
			if r := rekey[key]; r != nil {
				ev.Keys[role] = r.To
				if r.FullName != "" {
					renameParticipant(ev, role, r.FullName)
				}
			}
		}
	}
	x.Entities = mergeByKey(x.Entities)
}

func renameParticipant(ev *extract.Event, role, to string) {
	for _, f := range []struct {
		role string
		p    *string
	}{{"agent", &ev.Agent}, {"subject", &ev.Subject}, {"origin", &ev.Origin}, {"destination", &ev.Destination}, {"location", &ev.Location}, {"source", &ev.Source}} {
		if f.role == role {
			*f.p = to
		}
	}
}

// mergeByKey folds entities sharing a key into the first of them: names
// become aliases, mentions are joined.
func mergeByKey(es []extract.Entity) []extract.Entity {
	at := map[string]int{}
	out := es[:0]
	for _, e := range es {
		i, ok := at[e.Key]
		if !ok {
			at[e.Key] = len(out)
			out = append(out, e)
			continue
		}
		m := &out[i]
		if m.Name == "" {
			m.Name = e.Name
		} else if e.Name != "" && e.Name != m.Name {
			m.Aliases = appendNew(m.Aliases, e.Name)
		}
		for _, a := range e.Aliases {
			if a != m.Name {
				m.Aliases = appendNew(m.Aliases, a)
			}
		}
		m.Mentions = append(m.Mentions, e.Mentions...)
		sort.Slice(m.Mentions, func(a, b int) bool { return m.Mentions[a].Start < m.Mentions[b].Start })
	}
	for i := range out {
		out[i].Aliases = removeString(out[i].Aliases, out[i].Name)
	}
	return out
}

func appendNew(list []string, s string) []string {
	if s == "" {
		return list
	}
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func removeString(list []string, s string) []string {
	out := list[:0]
	for _, x := range list {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}
