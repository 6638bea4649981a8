package loaders

import (
	"context"
	"reflect"
	"testing"

	"github.com/cayleygraph/quad"

	"newsgraph/graph"
	"newsgraph/loaders/extract"
)

// mapLookup is an EntityLookup over a fixed key → entity keys table.
type mapLookup map[string][]string

func (m mapLookup) LookupKey(_ context.Context, key string) ([]quad.IRI, error) {
	var out []quad.IRI
	for _, k := range m[key] {
		out = append(out, graph.EntityIRI(k))
	}
	return out, nil
}

func person(key, name string, aliases ...string) extract.Entity {
	return extract.Entity{Key: key, Name: name, Type: extract.Person, Aliases: aliases}
}

// shortArticle names a person by one word, with one relation and one event
// about them, so that re-keying can be checked everywhere.
func shortArticle(e extract.Entity) extract.Extraction {
	return extract.Extraction{
		Entities:  []extract.Entity{e, {Key: "country/fr", Name: "France", Type: extract.Country}},
		Relations: []extract.Relation{{S: e.Name, P: "fled_to", O: "France", SKey: e.Key, OKey: "country/fr"}},
		Events: []extract.Event{{Kind: "AsylumApplication", Subject: e.Name, Destination: "France",
			Keys: map[string]string{"subject": e.Key, "destination": "country/fr"}}},
	}
}

func TestResolvePeople(t *testing.T) {
	pavel := person("person/pavel-sokolov", "Pavel Sokolov")
	igor := person("person/igor-sokolov", "Igor Sokolov")
	short := person("person/sokolov", "Sokolov")
	tests := []struct {
		name     string
		batch    []extract.Extraction // the last article holds the short name
		store    mapLookup
		wantKey  string // key of the short-named person afterwards
		wantName string
	}{
		{"one full name in the batch", []extract.Extraction{{Entities: []extract.Entity{pavel}}, shortArticle(short)},
			nil, "person/pavel-sokolov", "Pavel Sokolov"},
		{"two full names in the batch: ambiguous", []extract.Extraction{{Entities: []extract.Entity{pavel}}, {Entities: []extract.Entity{igor}}, shortArticle(short)},
			nil, "person/sokolov", "Sokolov"},
		{"Cyrillic short name, Latin full name", []extract.Extraction{{Entities: []extract.Entity{pavel}}, shortArticle(person("person/sokolov", "Соколов"))},
			nil, "person/pavel-sokolov", "Pavel Sokolov"},
		{"Latin short name, Cyrillic full name", []extract.Extraction{{Entities: []extract.Entity{person("person/pavel-sokolov", "Павел Соколов")}}, shortArticle(short)},
			nil, "person/pavel-sokolov", "Павел Соколов"},
		{"only the store knows the full name", []extract.Extraction{shortArticle(short)},
			mapLookup{"sokolov": {"person/pavel-sokolov"}}, "person/pavel-sokolov", ""},
		{"store and batch agree", []extract.Extraction{{Entities: []extract.Entity{pavel}}, shortArticle(short)},
			mapLookup{"sokolov": {"person/pavel-sokolov"}}, "person/pavel-sokolov", "Pavel Sokolov"},
		{"store and batch disagree: ambiguous", []extract.Extraction{{Entities: []extract.Entity{igor}}, shortArticle(short)},
			mapLookup{"sokolov": {"person/pavel-sokolov"}}, "person/sokolov", "Sokolov"},
		{"store hits that are not full-name persons are ignored", []extract.Extraction{shortArticle(short)},
			mapLookup{"sokolov": {"person/sokolov", "org/sokolov", "person/sokolov-pavel"}}, "person/sokolov", "Sokolov"},
		{"a first name is not a surname", []extract.Extraction{{Entities: []extract.Entity{pavel}}, shortArticle(person("person/pavel", "Pavel"))},
			nil, "person/pavel", "Pavel"},
		{"no candidate", []extract.Extraction{shortArticle(short)}, mapLookup{}, "person/sokolov", "Sokolov"},
	}
	for _, tt := range tests {
		var lookup EntityLookup
		if tt.store != nil {
			lookup = tt.store
		}
		res, err := ResolvePeople(context.Background(), tt.batch, lookup)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		x := tt.batch[len(tt.batch)-1]
		e := x.Entities[0]
		if e.Key != tt.wantKey || e.Name != tt.wantName {
			t.Errorf("%s: entity %q %q, want %q %q", tt.name, e.Key, e.Name, tt.wantKey, tt.wantName)
		}
		merged := tt.wantKey != "person/sokolov" && tt.wantKey != "person/pavel"
		if merged != (len(res) == 1) {
			t.Errorf("%s: resolutions %v", tt.name, res)
		}
		if !merged {
			continue
		}
		if len(e.Aliases) != 1 || latinKey(e.Aliases[0]) != "sokolov" {
			t.Errorf("%s: aliases %v, want the short form", tt.name, e.Aliases)
		}
		if r := x.Relations[0]; r.SKey != tt.wantKey || (tt.wantName != "" && r.S != tt.wantName) {
			t.Errorf("%s: relation not re-keyed: %+v", tt.name, r)
		}
		if ev := x.Events[0]; ev.Keys["subject"] != tt.wantKey || (tt.wantName != "" && ev.Subject != tt.wantName) {
			t.Errorf("%s: event not re-keyed: %+v", tt.name, ev)
		}
	}
}

func TestResolvePeopleMergesWithinArticle(t *testing.T) {
	// An article naming the full and the short form as two entities ends
	// with one entity carrying both, and its quads name it once.
	x := extract.Extraction{Entities: []extract.Entity{
		{Key: "person/sokolov", Name: "Sokolov", Type: extract.Person, Mentions: []extract.Span{{Start: 40, End: 47}}},
		{Key: "person/pavel-sokolov", Name: "Pavel Sokolov", Type: extract.Person, Mentions: []extract.Span{{Start: 0, End: 13}}},
	}}
	xs := []extract.Extraction{x}
	if _, err := ResolvePeople(context.Background(), xs, nil); err != nil {
		t.Fatal(err)
	}
	got := xs[0].Entities
	want := []extract.Entity{{Key: "person/pavel-sokolov", Name: "Pavel Sokolov", Type: extract.Person,
		Aliases: []string{"Sokolov"}, Mentions: []extract.Span{{Start: 0, End: 13}, {Start: 40, End: 47}}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entities\n got %+v\nwant %+v", got, want)
	}
	ix := indexQuads(ToQuads(Article{ID: "a"}, xs[0]).Quads)
	if names := ix[graph.EntityIRI("person/pavel-sokolov")][graph.Name]; len(names) != 1 {
		t.Errorf("names %v", names)
	}
}

func TestResolvePeopleSameDecisionEverywhere(t *testing.T) {
	// Two articles using the same short name are re-keyed alike.
	pavel := person("person/pavel-sokolov", "Pavel Sokolov")
	xs := []extract.Extraction{shortArticle(person("person/sokolov", "Sokolov")), {Entities: []extract.Entity{pavel}}, shortArticle(person("person/sokolov", "Sokolov"))}
	res, err := ResolvePeople(context.Background(), xs, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 1 || xs[0].Entities[0].Key != "person/pavel-sokolov" || xs[2].Entities[0].Key != "person/pavel-sokolov" {
		t.Errorf("resolutions %v; keys %q %q", res, xs[0].Entities[0].Key, xs[2].Entities[0].Key)
	}
}
