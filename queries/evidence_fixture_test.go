package queries

import (
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"newsgraph/graph"
)

// fxEntity is an entity as a test article names it.
type fxEntity struct {
	Key, Name, Type string
	Aliases         []string
	ISO, Wikidata   string
}

// fxArticle builds one article's quads in the graph model: entities with
// their names and keys, relations with claim nodes, events, and the
// evidence sentences, whose offsets are their place in the article text.
type fxArticle struct {
	id    string
	label quad.IRI
	text  strings.Builder
	quads []quad.Quad
	known map[string]bool
	nev   int
}

func newFxArticle(id, title, published, outlet string) *fxArticle {
	a := &fxArticle{id: id, label: graph.ArticleIRI(id), known: map[string]bool{}}
	a.add(a.label, graph.Type, graph.ClassArticle)
	a.add(a.label, graph.ArticleID, quad.String(id))
	a.add(a.label, graph.Headline, quad.String(title))
	a.add(a.label, graph.URL, quad.String("https://news.example/"+id))
	if published != "" {
		t, err := time.Parse("2006-01-02", published)
		if err != nil {
			panic(err)
		}
		a.add(a.label, graph.DatePublished, quad.Time(t))
	}
	if outlet != "" {
		a.add(a.label, graph.Outlet, quad.String(outlet))
	}
	return a
}

func (a *fxArticle) add(s quad.Value, p quad.IRI, o quad.Value) {
	a.quads = append(a.quads, quad.Quad{Subject: s, Predicate: p, Object: o, Label: a.label})
}

// entities adds the entities the article names.
func (a *fxArticle) entities(es ...fxEntity) *fxArticle {
	for _, e := range es {
		n := graph.EntityIRI(e.Key)
		a.known[e.Key] = true
		a.add(a.label, graph.Mentions, n)
		a.add(n, graph.Type, graph.ClassOf(e.Type))
		a.add(n, graph.Name, quad.String(e.Name))
		a.add(n, graph.Key, quad.String(graph.NameKey(e.Name)))
		for _, al := range e.Aliases {
			a.add(n, graph.AlternateName, quad.String(al))
			a.add(n, graph.Key, quad.String(graph.NameKey(al)))
		}
		if e.ISO != "" {
			a.add(n, graph.ISO3166, quad.String(e.ISO))
		}
		if e.Wikidata != "" {
			a.add(n, graph.Wikidata, quad.String(e.Wikidata))
		}
	}
	return a
}

// sentence appends a sentence to the article text and returns its offsets.
func (a *fxArticle) sentence(s string) (int, int) {
	if a.text.Len() > 0 {
		a.text.WriteByte(' ')
	}
	start := a.text.Len()
	a.text.WriteString(s)
	return start, a.text.Len()
}

func (a *fxArticle) evidence(n quad.IRI, sentence string) {
	start, end := a.sentence(sentence)
	a.add(n, graph.InArticle, a.label)
	a.add(n, graph.Sentence, quad.String(sentence))
	a.add(n, graph.Start, quad.Int(start))
	a.add(n, graph.End, quad.Int(end))
}

// rel adds "s p o" with its claim; role is optional.
func (a *fxArticle) rel(s, p, o, sentence string, role ...string) *fxArticle {
	if !a.known[s] || !a.known[o] {
		panic("relation between entities the article does not name: " + s + " " + o)
	}
	si, pi, oi := graph.EntityIRI(s), graph.Predicate(p), graph.EntityIRI(o)
	a.add(si, pi, oi)
	c := graph.HashedIRI("claim", a.id, s, p, o, strconv.Itoa(a.text.Len()))
	a.add(c, graph.Type, graph.ClassClaim)
	a.add(c, graph.ClaimSubject, si)
	a.add(c, graph.ClaimRelation, pi)
	a.add(c, graph.ClaimObject, oi)
	if len(role) > 0 {
		a.add(c, graph.Role, quad.String(role[0]))
	}
	a.evidence(c, sentence)
	return a
}

// fxEvent is an event as a test article reports it; Roles maps a role
// ("origin") to an entity key.
type fxEvent struct {
	Kind      string
	Roles     map[string]string
	Count     quad.Value // quad.Int or quad.Float, nil when none
	Qualifier string
	Date      string
	Sentence  string
}

func (a *fxArticle) event(e fxEvent) *fxArticle {
	n := graph.HashedIRI("event", a.id, strconv.Itoa(a.nev))
	a.nev++
	a.add(n, graph.Type, graph.ClassEvent)
	a.add(n, graph.Kind, quad.String(e.Kind))
	for _, role := range graph.EventRoles {
		if k, ok := e.Roles[role]; ok {
			if !a.known[k] {
				panic("event participant the article does not name: " + k)
			}
			a.add(n, graph.Predicate(role), graph.EntityIRI(k))
		}
	}
	if e.Count != nil {
		a.add(n, graph.Count, e.Count)
	}
	if e.Qualifier != "" {
		a.add(n, graph.Qualifier, quad.String(e.Qualifier))
	}
	if e.Date != "" {
		a.add(n, graph.Date, quad.String(e.Date))
	}
	a.evidence(n, e.Sentence)
	return a
}

func (a *fxArticle) articleQuads() graph.ArticleQuads {
	return graph.ArticleQuads{ID: a.id, Hash: strconv.Itoa(len(a.quads)) + "-" + a.id, Quads: a.quads}
}

// openFixture opens a fresh bolt store in t.TempDir() and writes the
// articles through Store.WriteArticle.
func openFixture(t testing.TB, arts ...*fxArticle) *graph.Store {
	t.Helper()
	st, err := graph.Open("bolt", filepath.Join(t.TempDir(), "graph.bolt"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for _, a := range arts {
		if _, err := st.WriteArticle(context.Background(), a.articleQuads()); err != nil {
			t.Fatalf("write %s: %v", a.id, err)
		}
	}
	return st
}

// The test world: three short reports written for these tests, restating in
// our own words the kind of facts the field's coverage carries. People and
// organisations are invented.
var (
	fxRussia     = fxEntity{Key: "country/ru", Name: "Russia", Type: "Country", Aliases: []string{"Russian"}, ISO: "RU", Wikidata: "Q159"}
	fxKazakhstan = fxEntity{Key: "country/kz", Name: "Kazakhstan", Type: "Country", Aliases: []string{"Kazakh"}, ISO: "KZ", Wikidata: "Q232"}
	fxGeorgia    = fxEntity{Key: "country/ge", Name: "Georgia", Type: "Country", ISO: "GE", Wikidata: "Q230"}
	fxEstonia    = fxEntity{Key: "country/ee", Name: "Estonia", Type: "Country", Aliases: []string{"Estonian"}, ISO: "EE", Wikidata: "Q191"}
	fxLatvia     = fxEntity{Key: "country/lv", Name: "Latvia", Type: "Country", ISO: "LV", Wikidata: "Q211"}
	fxFrance     = fxEntity{Key: "country/fr", Name: "France", Type: "Country", Aliases: []string{"French"}, ISO: "FR", Wikidata: "Q142"}
	fxUkraine    = fxEntity{Key: "country/ua", Name: "Ukraine", Type: "Country", ISO: "UA", Wikidata: "Q212"}
	fxArmy       = fxEntity{Key: "org/russian-army", Name: "Russian army", Type: "Organization"}
	fxExitRoute  = fxEntity{Key: "org/exit-route", Name: "Exit Route", Type: "Organization"}
	fxFreePass   = fxEntity{Key: "org/free-passage", Name: "Free Passage", Type: "Organization"}
	fxAlmaty     = fxEntity{Key: "place/almaty-kz", Name: "Almaty", Type: "Place"}
	fxTbilisi    = fxEntity{Key: "place/tbilisi-ge", Name: "Tbilisi", Type: "Place"}
	fxMarseille  = fxEntity{Key: "place/marseille-fr", Name: "Marseille", Type: "Place"}
	fxOrlov      = fxEntity{Key: "person/pavel-orlov", Name: "Pavel Orlov", Type: "Person", Aliases: []string{"Orlov"}}
	fxSokolov    = fxEntity{Key: "person/dmitri-sokolov", Name: "Dmitri Sokolov", Type: "Person", Aliases: []string{"Sokolov"}}
	fxNino       = fxEntity{Key: "person/nino-abashidze", Name: "Nino Abashidze", Type: "Person"}
	fxKask       = fxEntity{Key: "person/mart-kask", Name: "Mart Kask", Type: "Person", Aliases: []string{"Kask"}}
	fxIvanP      = fxEntity{Key: "person/ivan-petrov", Name: "Ivan Petrov", Type: "Person", Aliases: []string{"Petrov"}}
	fxSergeiP    = fxEntity{Key: "person/sergei-petrov", Name: "Sergéi Petrov", Type: "Person", Aliases: []string{"Petrov"}}
)

func count(n int64) quad.Value { return quad.Int(n) }

// steppeArticle: a deserter reaches Kazakhstan with an NGO's help.
func steppeArticle() *fxArticle {
	a := newFxArticle("steppe-deserter", "A deserter's road to Almaty", "2022-10-05", "Steppe Post")
	a.entities(fxRussia, fxKazakhstan, fxArmy, fxExitRoute, fxAlmaty, fxOrlov, fxIvanP)
	a.rel(fxOrlov.Key, "deserted_from", fxArmy.Key, "Pavel Orlov walked away from his Russian army unit in late September.")
	a.rel(fxArmy.Key, "part_of", fxRussia.Key, "The Russian army answers to the government of Russia.")
	a.rel(fxOrlov.Key, "citizen_of", fxRussia.Key, "Orlov, a Russian citizen, had never left the country before.")
	a.rel(fxOrlov.Key, "fled_to", fxAlmaty.Key, "He crossed the steppe border and made his way to Almaty.")
	a.rel(fxAlmaty.Key, "located_in", fxKazakhstan.Key, "Almaty is the largest city of Kazakhstan.")
	a.rel(fxExitRoute.Key, "helped", fxOrlov.Key, "Volunteers of Exit Route bought his bus ticket.")
	a.rel(fxIvanP.Key, "leader_of", fxExitRoute.Key, "Ivan Petrov, who directs Exit Route, said dozens write to the group every day.", "director")
	a.event(fxEvent{Kind: "Desertion", Roles: map[string]string{"subject": fxOrlov.Key, "origin": fxArmy.Key}, Date: "2022-09",
		Sentence: "Orlov deserted in September, days after the call-up began."})
	a.event(fxEvent{Kind: "Emigration", Roles: map[string]string{"origin": fxRussia.Key, "destination": fxKazakhstan.Key, "source": fxExitRoute.Key},
		Count: count(200000), Qualifier: "more than", Date: "2022-10",
		Sentence: "Exit Route counts more than 200,000 Russians who have entered Kazakhstan since the call-up."})
	return a
}

// caucasusArticle: a second fugitive in Tbilisi, another count, the war's start.
func caucasusArticle() *fxArticle {
	a := newFxArticle("caucasus-exodus", "Tbilisi shelters new arrivals", "2022-11-10", "Caucasus Daily")
	a.entities(fxRussia, fxKazakhstan, fxGeorgia, fxUkraine, fxTbilisi, fxFreePass, fxSokolov, fxNino)
	a.rel(fxSokolov.Key, "citizen_of", fxRussia.Key, "Dmitri Sokolov, also a Russian national, arrived by car.")
	a.rel(fxSokolov.Key, "fled_to", fxTbilisi.Key, "Sokolov fled to Tbilisi two days after his summons came.")
	a.rel(fxTbilisi.Key, "located_in", fxGeorgia.Key, "Tbilisi, the Georgian capital, has absorbed many of the newcomers.")
	a.rel(fxFreePass.Key, "helped", fxSokolov.Key, "Free Passage found him a room for the first month.")
	a.rel(fxFreePass.Key, "based_in", fxTbilisi.Key, "Free Passage works out of a small office in Tbilisi.")
	a.rel(fxNino.Key, "spokesperson_for", fxFreePass.Key, "Nino Abashidze, who speaks for Free Passage, described the queues.")
	a.rel(fxGeorgia.Key, "borders", fxRussia.Key, "Georgia shares a mountain border with Russia.")
	a.event(fxEvent{Kind: "Emigration", Roles: map[string]string{"origin": fxRussia.Key, "destination": fxKazakhstan.Key, "source": fxFreePass.Key},
		Count: count(400000), Date: "2022-10",
		Sentence: "Free Passage believes some 400,000 Russians went to Kazakhstan in October alone."})
	a.event(fxEvent{Kind: "Invasion", Roles: map[string]string{"agent": fxRussia.Key, "location": fxUkraine.Key}, Date: "2022-02-24",
		Sentence: "Many say they decided to leave on 24 February 2022, when Russia invaded Ukraine."})
	return a
}

// balticArticle: closed borders, a minister, a grant, a death and another
// date for the invasion.
func balticArticle() *fxArticle {
	a := newFxArticle("baltic-borders", "Baltic states shut the door", "2022-09-20", "Baltic Wire")
	a.entities(fxRussia, fxEstonia, fxLatvia, fxFrance, fxUkraine, fxMarseille, fxKask, fxSergeiP, fxExitRoute, fxIvanP)
	a.rel(fxKask.Key, "official_of", fxEstonia.Key, "Estonian interior minister Mart Kask defended the decision.", "interior minister")
	a.rel(fxEstonia.Key, "borders", fxRussia.Key, "Estonia has a long land border with Russia.")
	a.rel(fxLatvia.Key, "borders", fxRussia.Key, "Latvia also borders Russia.")
	a.rel(fxSergeiP.Key, "died_in", fxMarseille.Key, "Sergei Petrov died in Marseille last winter.")
	a.rel(fxMarseille.Key, "located_in", fxFrance.Key, "Marseille lies on the French coast.")
	a.rel(fxIvanP.Key, "member_of", fxExitRoute.Key, "Ivan Petrov has worked with Exit Route since its first month.")
	a.event(fxEvent{Kind: "EntryRefusal", Roles: map[string]string{"agent": fxEstonia.Key, "origin": fxRussia.Key}, Date: "2022-09-19",
		Sentence: "Estonia stopped letting in Russian citizens with tourist visas on 19 September."})
	a.event(fxEvent{Kind: "EntryRefusal", Roles: map[string]string{"agent": fxLatvia.Key, "origin": fxRussia.Key}, Date: "2022-09-19",
		Sentence: "Latvia turned Russian travellers away from the same day."})
	a.event(fxEvent{Kind: "AsylumGrant", Roles: map[string]string{"agent": fxFrance.Key, "origin": fxRussia.Key},
		Sentence: "France, by contrast, has granted asylum to a number of Russians who refused to fight."})
	a.event(fxEvent{Kind: "Death", Roles: map[string]string{"subject": fxSergeiP.Key, "location": fxMarseille.Key}, Date: "2023-01",
		Sentence: "Petrov's death in Marseille was reported in January."})
	a.event(fxEvent{Kind: "Invasion", Roles: map[string]string{"agent": fxRussia.Key, "location": fxUkraine.Key}, Date: "2022-02-23",
		Sentence: "The paper wrongly dated the start of the invasion of Ukraine to 23 February 2022."})
	return a
}

// openWorld writes the three articles into a fresh bolt store.
func openWorld(t testing.TB) *graph.Store {
	return openFixture(t, steppeArticle(), caucasusArticle(), balticArticle())
}
