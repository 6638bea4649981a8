package queries

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"newsgraph/graph"
)

// synthGraph describes a generated benchmark graph with the shape of a news
// corpus: articles naming ~20 new entities each plus a few recurring ones,
// relations with claim nodes and evidence, events, and hubs: one country
// that most people are citizens of and most places lie in, and a handful of
// others that are named everywhere.
type synthGraph struct {
	Path     string
	Quads    int
	Entities int
	Articles int
	Build    time.Duration // zero when the file came from the cache
}

// synthVersion names the cached synthetic graph file; bump it whenever the
// graph model (graph/vocab.go) changes, or benchmarks run on stale data.
const synthVersion = "v3"

// synthCountries are the generated countries; country 0 is the hub.
const synthCountries = 60

// openSynth opens (building once, then caching under os.TempDir()) the
// synthetic graph of about target quads.
func openSynth(tb testing.TB, target int) (*graph.Store, synthGraph) {
	tb.Helper()
	sg := synthPlan(target)
	sg.Path = filepath.Join(os.TempDir(), fmt.Sprintf("newsgraph-paths-bench-%d-%s.bolt", target, synthVersion))
	if _, err := os.Stat(sg.Path); err != nil {
		tmp := sg.Path + ".building"
		os.Remove(tmp)
		start := time.Now()
		st, err := graph.Open("bolt", tmp)
		if err != nil {
			tb.Fatal(err)
		}
		n, err := synthWrite(st, target)
		if cerr := st.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(tmp)
			tb.Fatal(err)
		}
		if err := os.Rename(tmp, sg.Path); err != nil {
			tb.Fatal(err)
		}
		sg.Build = time.Since(start)
		tb.Logf("built %s: %d quads in %s", sg.Path, n, sg.Build.Round(time.Millisecond))
	}
	st, err := graph.Open("bolt", sg.Path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	return st, sg
}

// synthPlan sizes the graph: about 10 quads per entity all told.
func synthPlan(target int) synthGraph {
	arts := target / 290
	if arts < 10 {
		arts = 10
	}
	return synthGraph{Articles: arts}
}

func synthCountryKey(i int) string { return fmt.Sprintf("country/c%02d", i) }

func synthCountry(i int) fxEntity {
	return fxEntity{Key: synthCountryKey(i), Name: fmt.Sprintf("Country %d", i), Type: "Country",
		Aliases: []string{fmt.Sprintf("Countrian %d", i)}, ISO: fmt.Sprintf("C%02d", i), Wikidata: fmt.Sprintf("Q%d", 9000+i)}
}

// synthWrite generates the articles and writes them with Cayley's batch
// writer (one transaction per 200k quads), returning the quad count.
func synthWrite(st *graph.Store, target int) (int, error) {
	plan := synthPlan(target)
	rng := rand.New(rand.NewSource(42))
	w, err := st.QuadStore().NewQuadWriter()
	if err != nil {
		return 0, err
	}
	total := 0
	nextEntity := 0
	// recurring organisations, named again and again (sources of events).
	var orgs []fxEntity
	for ai := 0; ai < plan.Articles; ai++ {
		date := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, ai%900).Format("2006-01-02")
		a := newFxArticle(fmt.Sprintf("synth-%06d", ai), fmt.Sprintf("Synthetic report %d", ai), date, fmt.Sprintf("Outlet %d", ai%25))
		// each article names the hub, one of five frequent countries and
		// one other country.
		near, far := 1+rng.Intn(5), 6+rng.Intn(synthCountries-6)
		a.entities(synthCountry(0), synthCountry(near), synthCountry(far))
		pickCountry := func() string {
			switch x := rng.Float64(); {
			case x < 0.55:
				return synthCountryKey(0)
			case x < 0.75:
				return synthCountryKey(near)
			default:
				return synthCountryKey(far)
			}
		}
		var people, places, local []fxEntity
		for j := 0; j < 24; j++ {
			nextEntity++
			var e fxEntity
			switch x := rng.Float64(); {
			case x < 0.5:
				e = fxEntity{Key: fmt.Sprintf("person/p%06d", nextEntity), Name: fmt.Sprintf("Person %d", nextEntity), Type: "Person"}
				people = append(people, e)
			case x < 0.85:
				e = fxEntity{Key: fmt.Sprintf("place/l%06d", nextEntity), Name: fmt.Sprintf("Place %d", nextEntity), Type: "Place"}
				places = append(places, e)
			default:
				e = fxEntity{Key: fmt.Sprintf("org/o%06d", nextEntity), Name: fmt.Sprintf("Organisation %d", nextEntity), Type: "Organization"}
				if len(orgs) < 500 {
					orgs = append(orgs, e)
				}
			}
			local = append(local, e)
			a.entities(e)
		}
		// two recurring organisations
		for j := 0; j < 2 && len(orgs) > 0; j++ {
			o := orgs[rng.Intn(len(orgs))]
			if !a.known[o.Key] {
				a.entities(o)
				local = append(local, o)
			}
		}
		say := func(s, p, o string) {
			a.rel(s, p, o, fmt.Sprintf("Synthetic sentence: %s %s %s.", s, p, o))
		}
		for _, e := range local {
			switch e.Type {
			case "Person":
				if rng.Float64() < 0.5 {
					say(e.Key, "citizen_of", pickCountry())
				}
				if rng.Float64() < 0.1 && len(places) > 0 {
					say(e.Key, "fled_to", places[rng.Intn(len(places))].Key)
				}
			case "Place":
				if rng.Float64() < 0.6 {
					say(e.Key, "located_in", pickCountry())
				}
			case "Organization":
				if rng.Float64() < 0.4 {
					say(e.Key, "based_in", pickCountry())
				}
				if rng.Float64() < 0.2 && len(people) > 0 {
					say(e.Key, "helped", people[rng.Intn(len(people))].Key)
				}
			}
		}
		for j := 0; j < 2; j++ {
			roles := map[string]string{"origin": pickCountry(), "destination": synthCountryKey(far)}
			if len(people) > 0 && rng.Float64() < 0.5 {
				roles["subject"] = people[rng.Intn(len(people))].Key
			}
			for _, e := range local {
				if e.Type == "Organization" {
					roles["source"] = e.Key
					break
				}
			}
			kind := graph.EventKinds[rng.Intn(len(graph.EventKinds))]
			a.event(fxEvent{Kind: kind, Roles: roles, Count: quad.Int(1000 * (1 + rng.Intn(500))),
				Date: date[:7], Sentence: "Synthetic event sentence number " + strconv.Itoa(j) + "."})
		}
		n, err := w.WriteQuads(a.quads)
		total += n
		if err != nil {
			w.Close()
			return total, err
		}
	}
	return total, w.Close()
}

// synthQueries picks path queries: pairs of people and places that have
// relations, deterministic for a given graph.
func synthQueries(ctx context.Context, tb testing.TB, st *graph.Store, sg synthGraph, n int) [][2]string {
	tb.Helper()
	rng := rand.New(rand.NewSource(7))
	r := newReader(ctx, st)
	citizen := r.ref(graph.Predicate("citizen_of"))
	located := r.ref(graph.Predicate("located_in"))
	var out [][2]string
	pick := func() string {
		for {
			id := 1 + rng.Intn(24*sg.Articles)
			key := fmt.Sprintf("person/p%06d", id)
			pred := citizen
			if rng.Intn(3) == 0 {
				key, pred = fmt.Sprintf("place/l%06d", id), located
			}
			ref := r.ref(graph.EntityIRI(key))
			if ref == nil {
				continue
			}
			if o, _ := r.first(ref, pred); o != nil {
				return key
			}
		}
	}
	for len(out) < n {
		out = append(out, [2]string{pick(), pick()})
	}
	return out
}
