package queries

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestProfile(t *testing.T) {
	st := openWorld(t)
	p, err := Profile(context.Background(), st, "russian")
	if err != nil {
		t.Fatal(err)
	}
	if p.Entity.Key != "country/ru" || p.Entity.Type != "Country" || p.Entity.Name != "Russia" || p.ISO3166 != "RU" || p.Wikidata != "Q159" {
		t.Errorf("entity %+v iso %q wikidata %q", p.Entity, p.ISO3166, p.Wikidata)
	}
	if strings.Join(p.Aliases, ",") != "Russian" {
		t.Errorf("aliases %v", p.Aliases)
	}
	group := func(pred, dir string) *RelationGroup {
		for i := range p.Relations {
			if p.Relations[i].Predicate == pred && p.Relations[i].Direction == dir {
				return &p.Relations[i]
			}
		}
		return nil
	}
	cit := group("citizen_of", Backward)
	if cit == nil || len(cit.Items) != 2 || cit.Items[0].Entity.Name != "Dmitri Sokolov" || cit.Items[1].Entity.Name != "Pavel Orlov" {
		t.Fatalf("citizen_of group %+v", cit)
	}
	if ev := cit.Items[1].Evidence; len(ev) != 1 || ev[0].ArticleID != "steppe-deserter" {
		t.Errorf("evidence %+v", ev)
	}
	if b := group("borders", Backward); b == nil || len(b.Items) != 3 {
		t.Errorf("borders group %+v", b)
	}
	roles := map[string]int{}
	for _, e := range p.Events {
		roles[e.Role+" "+e.Event.Kind]++
	}
	if roles["origin Emigration"] != 2 || roles["agent Invasion"] != 2 || roles["origin EntryRefusal"] != 2 {
		t.Errorf("events by role %v", roles)
	}
	if len(p.Articles) != 3 || p.Articles[0].ID != "caucasus-exodus" {
		t.Errorf("articles %+v", p.Articles)
	}
	var buf bytes.Buffer
	if err := FormatProfile(&buf, p); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Russia — Country (key country/ru)", "Russia ←citizen_of— Pavel Orlov", "ISO 3166 RU, Wikidata Q159"} {
		if !strings.Contains(buf.String(), s) {
			t.Errorf("FormatProfile lacks %q:\n%s", s, buf.String())
		}
	}
}

func TestProfileRoles(t *testing.T) {
	st := openWorld(t)
	p, err := Profile(context.Background(), st, "Mart Kask")
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Relations) != 1 || p.Relations[0].Predicate != "official_of" || p.Relations[0].Direction != Forward ||
		strings.Join(p.Relations[0].Items[0].Roles, ",") != "interior minister" {
		t.Errorf("relations %+v", p.Relations)
	}
}
