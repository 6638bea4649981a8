package queries

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"testing"

	"github.com/cayleygraph/quad"

	"newsgraph/graph"
)

// bruteCosts enumerates every simple path of at most maxHops hops between
// two entities over the whole graph read quad by quad, and returns the best
// k (hops, weakness) costs: the reference FindPaths must agree with.
func bruteCosts(t *testing.T, st *graph.Store, from, to string, maxHops, k int) []pathCost {
	t.Helper()
	ctx := context.Background()
	type nb struct {
		to   string
		weak int
	}
	adj := map[string][]nb{}
	rel, role := setOf(graph.Relations), setOf(graph.EventRoles)
	it := st.QuadStore().QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		q := st.QuadStore().Quad(it.Result())
		p := graph.PredicateName(q.Predicate.(quad.IRI))
		s, o := q.Subject.String(), q.Object.String()
		switch {
		case rel[p]:
			adj[s] = append(adj[s], nb{o, 0})
			adj[o] = append(adj[o], nb{s, 0})
		case role[p]:
			adj[s] = append(adj[s], nb{o, 1})
			adj[o] = append(adj[o], nb{s, 1})
		}
	}
	// best edge per pair
	best := map[[2]string]int{}
	for u, list := range adj {
		for _, e := range list {
			k := [2]string{u, e.to}
			if w, ok := best[k]; !ok || e.weak < w {
				best[k] = e.weak
			}
		}
	}
	src, dst := graph.EntityIRI(from).String(), graph.EntityIRI(to).String()
	var costs []pathCost
	onPath := map[string]bool{src: true}
	var walk func(u string, hops, weak int)
	walk = func(u string, hops, weak int) {
		if u == dst {
			costs = append(costs, pathCost{hops, weak})
			return
		}
		if hops == maxHops {
			return
		}
		seen := map[string]bool{}
		for _, e := range adj[u] {
			if onPath[e.to] || seen[e.to] {
				continue
			}
			seen[e.to] = true
			onPath[e.to] = true
			walk(e.to, hops+1, weak+best[[2]string{u, e.to}])
			onPath[e.to] = false
		}
	}
	walk(src, 0, 0)
	sort.Slice(costs, func(i, j int) bool { return costs[i].less(costs[j]) })
	if len(costs) > k {
		costs = costs[:k]
	}
	return costs
}

// TestFindPathsMatchesBruteForce checks Yen's algorithm over the lazy,
// hub-avoiding search against exhaustive enumeration on a small generated
// graph with hubs.
func TestFindPathsMatchesBruteForce(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "synth.bolt")
	st, err := graph.Open("bolt", path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	const target = 6000
	if _, err := synthWrite(st, target); err != nil {
		t.Fatal(err)
	}
	queries := synthQueries(ctx, t, st, synthPlan(target), 25)
	checked := 0
	for _, q := range queries {
		if q[0] == q[1] {
			continue
		}
		for _, maxHops := range []int{2, 3, 4} {
			want := bruteCosts(t, st, q[0], q[1], maxHops, 4)
			paths, err := FindPaths(ctx, st, q[0], q[1], PathOptions{K: 4, MaxHops: maxHops})
			if err != nil {
				t.Fatal(err)
			}
			var got []pathCost
			for _, p := range paths {
				got = append(got, pathCost{len(p.Hops), p.Weakness})
				if len(p.Hops) != len(p.Nodes)-1 {
					t.Errorf("%s → %s: %d hops for %d nodes", q[0], q[1], len(p.Hops), len(p.Nodes))
				}
				if p.Nodes[0].Key != q[0] || p.Nodes[len(p.Nodes)-1].Key != q[1] {
					t.Errorf("%s → %s: path ends %s … %s", q[0], q[1], p.Nodes[0].Key, p.Nodes[len(p.Nodes)-1].Key)
				}
				seen := map[string]bool{}
				for _, n := range p.Nodes {
					if seen[n.IRI] {
						t.Errorf("%s → %s: path repeats %s", q[0], q[1], n.Key)
					}
					seen[n.IRI] = true
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("%s → %s (max %d hops): costs %v, brute force %v", q[0], q[1], maxHops, got, want)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("no query checked")
	}
}
