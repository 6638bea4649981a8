package queries

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"newsgraph/graph"
)

func keysOf(p Path) []string {
	var out []string
	for _, n := range p.Nodes {
		if n.Type == "Event" {
			out = append(out, "event:"+n.Kind)
		} else {
			out = append(out, n.Key)
		}
	}
	return out
}

func TestFindPathsAcrossArticles(t *testing.T) {
	st := openWorld(t)
	paths, err := FindPaths(context.Background(), st, "Pavel Orlov", "dmitri SOKOLOV", PathOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"person/pavel-orlov", "country/ru", "person/dmitri-sokolov"},
		{"person/pavel-orlov", "org/russian-army", "country/ru", "person/dmitri-sokolov"},
		{"person/pavel-orlov", "country/ru", "country/ge", "place/tbilisi-ge", "person/dmitri-sokolov"},
	}
	if len(paths) != len(want) {
		t.Fatalf("got %d paths, want %d: %v", len(paths), len(want), paths)
	}
	for i, w := range want {
		if got := strings.Join(keysOf(paths[i]), " "); got != strings.Join(w, " ") {
			t.Errorf("path %d: %s, want %s", i, got, strings.Join(w, " "))
		}
	}
	first := paths[0]
	h0, h1 := first.Hops[0], first.Hops[1]
	if h0.Predicate != "citizen_of" || h0.Direction != Forward || h0.Subject.Key != "person/pavel-orlov" || h0.Object.Key != "country/ru" {
		t.Errorf("hop 0 = %+v", h0)
	}
	if h1.Predicate != "citizen_of" || h1.Direction != Backward || h1.Subject.Key != "person/dmitri-sokolov" {
		t.Errorf("hop 1 = %+v", h1)
	}
	if len(h0.Evidence) != 1 || h0.Evidence[0].ArticleID != "steppe-deserter" || !strings.Contains(h0.Evidence[0].Sentence, "a Russian citizen") ||
		h0.Evidence[0].Date != "2022-10-05" || h0.Evidence[0].Title != "A deserter's road to Almaty" {
		t.Errorf("hop 0 evidence = %+v", h0.Evidence)
	}
	if len(h1.Evidence) != 1 || h1.Evidence[0].ArticleID != "caucasus-exodus" || !strings.Contains(h1.Evidence[0].Sentence, "Russian national") {
		t.Errorf("hop 1 evidence = %+v", h1.Evidence)
	}
	// the sentence offsets point into the article text
	if e := h0.Evidence[0]; e.End-e.Start != len(e.Sentence) {
		t.Errorf("offsets %d..%d for a %d-byte sentence", e.Start, e.End, len(e.Sentence))
	}
	var buf bytes.Buffer
	if err := FormatPaths(&buf, paths); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Pavel Orlov —citizen_of→ Russia ←citizen_of— Dmitri Sokolov", "“Orlov, a Russian citizen", "Steppe Post, A deserter's road to Almaty, 2022-10-05"} {
		if !strings.Contains(buf.String(), s) {
			t.Errorf("FormatPaths output lacks %q:\n%s", s, buf.String())
		}
	}
}

func TestFindPathsThroughEvent(t *testing.T) {
	st := openWorld(t)
	paths, err := FindPaths(context.Background(), st, "Kazakh", "Exit Route", PathOptions{K: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatal("no path")
	}
	p := paths[0]
	if got := strings.Join(keysOf(p), " "); got != "country/kz event:Emigration org/exit-route" {
		t.Fatalf("path %s", got)
	}
	if p.Hops[0].Predicate != "destination" || p.Hops[0].Direction != Backward || p.Hops[0].Via != "event" ||
		p.Hops[1].Predicate != "source" || p.Hops[1].Direction != Forward {
		t.Errorf("hops %+v", p.Hops)
	}
	ev := p.Nodes[1]
	if ev.Count == nil || *ev.Count != 200000 || ev.Qualifier != "more than" || ev.Date != "2022-10" {
		t.Errorf("event node %+v", ev)
	}
	if e := p.Hops[1].Evidence; len(e) != 1 || !strings.Contains(e[0].Sentence, "200,000") {
		t.Errorf("event evidence %+v", e)
	}
	if len(paths) > 1 && len(paths[1].Hops) < len(p.Hops) {
		t.Errorf("paths not ordered by length")
	}
}

func TestFindPathsFilters(t *testing.T) {
	st := openWorld(t)
	ctx := context.Background()
	cases := []struct {
		name     string
		from, to string
		opts     PathOptions
		want     []string // keys of the first path; nil: no path
		paths    int      // expected number of paths, -1: any
	}{
		{"exclude event kind", "Kazakhstan", "Exit Route", PathOptions{ExcludePredicates: []string{"Emigration"}, K: 1},
			[]string{"country/kz", "place/almaty-kz", "person/pavel-orlov", "org/exit-route"}, 1},
		{"only one predicate", "Orlov", "Sokolov", PathOptions{Predicates: []string{"citizen_of"}},
			[]string{"person/pavel-orlov", "country/ru", "person/dmitri-sokolov"}, 1},
		{"until drops the later article", "Orlov", "Sokolov", PathOptions{ArticleFilter: ArticleFilter{Until: "2022-10-31"}}, nil, 0},
		{"since keeps both articles", "Orlov", "Sokolov", PathOptions{ArticleFilter: ArticleFilter{Since: "2022-10"}, K: 1},
			[]string{"person/pavel-orlov", "country/ru", "person/dmitri-sokolov"}, 1},
		{"outlet", "Tbilisi", "Russia", PathOptions{ArticleFilter: ArticleFilter{Outlet: "caucasus daily"}, K: 5}, []string{"place/tbilisi-ge", "country/ge", "country/ru"}, -1},
		{"other outlet", "Tbilisi", "Russia", PathOptions{ArticleFilter: ArticleFilter{Outlet: "Baltic Wire"}}, nil, 0},
		{"max hops", "Orlov", "Sokolov", PathOptions{MaxHops: 2}, []string{"person/pavel-orlov", "country/ru", "person/dmitri-sokolov"}, 1},
		{"co-mention only with via mention", "Ukraine", "Latvia", PathOptions{Via: ViaRelation | ViaEvent | ViaMention, K: 1}, []string{"country/ua", "country/lv"}, 1},
		{"without co-mentions the event path", "Ukraine", "Latvia", PathOptions{K: 1}, []string{"country/ua", "event:Invasion", "country/ru", "country/lv"}, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			paths, err := FindPaths(ctx, st, c.from, c.to, c.opts)
			if err != nil {
				t.Fatal(err)
			}
			if c.paths >= 0 && len(paths) != c.paths {
				t.Errorf("%d paths, want %d", len(paths), c.paths)
			}
			if c.want == nil {
				if len(paths) != 0 {
					t.Errorf("want no path, got %s", keysOf(paths[0]))
				}
				return
			}
			if len(paths) == 0 {
				t.Fatalf("no path, want %v", c.want)
			}
			if got := strings.Join(keysOf(paths[0]), " "); got != strings.Join(c.want, " ") {
				t.Errorf("first path %s, want %s", got, strings.Join(c.want, " "))
			}
			for _, p := range paths {
				for _, h := range p.Hops {
					if len(h.Evidence) == 0 {
						t.Errorf("hop %s %s %s without evidence", h.Subject.Key, h.Predicate, h.Object.Key)
					}
					for _, e := range h.Evidence {
						if !c.opts.keeps(&articleInfo{Date: e.Date, Outlet: e.Outlet}) {
							t.Errorf("evidence from %s (%s, %s) passes no filter", e.ArticleID, e.Date, e.Outlet)
						}
					}
				}
			}
		})
	}
}

func TestFindPathsRelationBeatsCoMention(t *testing.T) {
	st := openWorld(t)
	paths, err := FindPaths(context.Background(), st, "Estonia", "Russia", PathOptions{Via: ViaRelation | ViaMention, K: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != 1 || len(paths[0].Hops) != 1 || paths[0].Hops[0].Via != "relation" || paths[0].Hops[0].Predicate != "borders" {
		t.Fatalf("want the borders relation, got %+v", paths)
	}
}

func TestFindPathsNames(t *testing.T) {
	st := openWorld(t)
	ctx := context.Background()
	_, err := FindPaths(ctx, st, "Petrov", "Russia", PathOptions{})
	var amb *AmbiguousError
	if !errors.As(err, &amb) || len(amb.Candidates) != 2 {
		t.Fatalf("Petrov: want ambiguity between two people, got %v", err)
	}
	keys := []string{amb.Candidates[0].Key, amb.Candidates[1].Key}
	if keys[0] != "person/ivan-petrov" || keys[1] != "person/sergei-petrov" || amb.Candidates[1].Type != "Person" {
		t.Errorf("candidates %+v", amb.Candidates)
	}
	if _, err := FindPaths(ctx, st, "Nobody Known", "Russia", PathOptions{}); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown name: %v", err)
	}
	if _, err := FindPaths(ctx, st, "Russian", "the russia", PathOptions{}); !errors.Is(err, ErrSameEntity) {
		t.Errorf("same entity: %v", err)
	}
	if _, err := FindPaths(ctx, st, "Orlov", "Russia", PathOptions{Predicates: []string{"likes"}}); err == nil {
		t.Error("unknown predicate accepted")
	}
	// accents and case do not matter; a key picks one of an ambiguous name
	for _, name := range []string{"sergei petrov", "SERGÉI PETROV", "person/sergei-petrov"} {
		e, err := Resolve(ctx, st, name)
		if err != nil || e.Key != "person/sergei-petrov" || e.Name != "Sergéi Petrov" {
			t.Errorf("Resolve(%q) = %+v, %v", name, e, err)
		}
	}
}

// TestFindPathsMemoryStore runs the same search on the in-memory backend,
// which has no (node, predicate) index prefixes to scan.
func TestFindPathsMemoryStore(t *testing.T) {
	st, err := graph.Open("memory", "")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, a := range []*fxArticle{steppeArticle(), caucasusArticle(), balticArticle()} {
		if _, err := st.WriteArticle(context.Background(), a.articleQuads()); err != nil {
			t.Fatal(err)
		}
	}
	paths, err := FindPaths(context.Background(), st, "Pavel Orlov", "Dmitri Sokolov", PathOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != 3 || strings.Join(keysOf(paths[0]), " ") != "person/pavel-orlov country/ru person/dmitri-sokolov" || len(paths[0].Hops[1].Evidence) != 1 {
		t.Fatalf("paths %+v", paths)
	}
	a, err := Ask(context.Background(), st, "Which countries refused entry to Russians?")
	if err != nil || len(a.Items) != 2 {
		t.Fatalf("ask: %v %+v", err, a)
	}
}
