package queries

import (
	"container/heap"
	"strconv"
	"strings"
)

// pathCost orders paths: fewer hops first, then lower weakness.
type pathCost struct{ hops, weak int }

func (a pathCost) less(b pathCost) bool {
	if a.hops != b.hops {
		return a.hops < b.hops
	}
	return a.weak < b.weak
}

type foundPath struct {
	nodes []int32
	cost  pathCost
}

// pair is an undirected node pair, smaller id first.
type pair [2]int32

func mkpair(a, b int32) pair {
	if a > b {
		a, b = b, a
	}
	return pair{a, b}
}

// Cost units for choosing which side of a search to expand: reading a
// node costs a few scans (scanCost) plus one unit per edge; an unread hub is
// assumed to cost hubCost.
const (
	scanCost = 40
	hubCost  = 64 * hubCap
	// costSample: a frontier with more unread nodes than this is costed from
	// a sample of them, so that costing does not read it all.
	costSample = 48
)

// searchSide is one half of a bidirectional breadth-first search.
type searchSide struct {
	dist     map[int32]int
	weak     map[int32]int
	parent   map[int32]int32
	frontier []int32
	depth    int
}

func newSide(root int32) *searchSide {
	return &searchSide{
		dist: map[int32]int{root: 0}, weak: map[int32]int{root: 0},
		parent: map[int32]int32{root: -1}, frontier: []int32{root},
	}
}

// frontierCost estimates the work of expanding a side, reading unread
// nodes to learn their size, a sample of them when there are many, and
// stopping once above limit.
func (g *pathGraph) frontierCost(s *searchSide, limit int) (int, error) {
	sum, probed, unread := 0, 0, 0
	for _, id := range s.frontier {
		if !g.nodes[id].loaded && !g.nodes[id].hub {
			unread++
		}
	}
	step := 1
	if unread > costSample {
		step = unread / costSample
	}
	seenUnread := 0
	for _, id := range s.frontier {
		n := &g.nodes[id]
		switch {
		case n.loaded:
			sum += len(n.adj) + 1
			continue
		case n.hub:
			sum += hubCost
			continue
		}
		seenUnread++
		if seenUnread%step != 0 {
			continue
		}
		ok, err := g.ensure(id, hubCap)
		if err != nil {
			return 0, err
		}
		probed++
		if ok {
			sum += scanCost * step
			sum += (len(g.nodes[id].adj) + 1) * step
		} else {
			sum += hubCost
		}
		if sum > limit {
			break
		}
	}
	return sum, nil
}

// shortest finds the best path from src to dst of at most maxHops hops that
// avoids the banned nodes and cut pairs: a bidirectional breadth-first
// search that always expands the cheaper side by one whole level, so that
// ties in hop count are settled by weakness.
func (g *pathGraph) shortest(src, dst int32, maxHops int, banned map[int32]bool, cut map[pair]bool) (foundPath, bool, error) {
	if src == dst {
		return foundPath{nodes: []int32{src}}, true, nil
	}
	f, b := newSide(src), newSide(dst)
	for f.depth+b.depth < maxHops && len(f.frontier) > 0 && len(b.frontier) > 0 {
		if err := g.r.ctx.Err(); err != nil {
			return foundPath{}, false, err
		}
		small, large := f, b
		if len(b.frontier) < len(f.frontier) {
			small, large = b, f
		}
		cs, err := g.frontierCost(small, int(^uint(0)>>1))
		if err != nil {
			return foundPath{}, false, err
		}
		cl, err := g.frontierCost(large, cs)
		if err != nil {
			return foundPath{}, false, err
		}
		grow, other := small, large
		if cl < cs {
			grow, other = large, small
		}
		meets, err := g.expand(grow, other, banned, cut)
		if err != nil {
			return foundPath{}, false, err
		}
		if len(meets) == 0 {
			continue
		}
		best, bestCost := int32(-1), pathCost{}
		for _, m := range meets {
			c := pathCost{f.dist[m] + b.dist[m], f.weak[m] + b.weak[m]}
			if best < 0 || c.less(bestCost) || (c == bestCost && m < best) {
				best, bestCost = m, c
			}
		}
		var nodes []int32
		for n := best; n >= 0; n = f.parent[n] {
			nodes = append(nodes, n)
		}
		for i, j := 0, len(nodes)-1; i < j; i, j = i+1, j-1 {
			nodes[i], nodes[j] = nodes[j], nodes[i]
		}
		for n := b.parent[best]; n >= 0; n = b.parent[n] {
			nodes = append(nodes, n)
		}
		return foundPath{nodes: nodes, cost: bestCost}, true, nil
	}
	return foundPath{}, false, nil
}

// expand grows side s by one level and returns the new nodes the other side
// has already reached.
func (g *pathGraph) expand(s, other *searchSide, banned map[int32]bool, cut map[pair]bool) ([]int32, error) {
	var next, meets []int32
	d := s.depth + 1
	for _, u := range s.frontier {
		if _, err := g.ensure(u, 0); err != nil {
			return nil, err
		}
		wu := s.weak[u]
		for _, e := range g.nodes[u].adj {
			v := e.to
			if banned[v] || g.nodes[v].dead || (cut != nil && cut[mkpair(u, v)]) {
				continue
			}
			w := wu + weakness[e.kind]
			if dv, seen := s.dist[v]; !seen {
				s.dist[v], s.weak[v], s.parent[v] = d, w, u
				next = append(next, v)
				if _, met := other.dist[v]; met {
					meets = append(meets, v)
				}
			} else if dv == d && w < s.weak[v] {
				s.weak[v], s.parent[v] = w, u
			}
		}
	}
	s.frontier, s.depth = next, d
	return meets, nil
}

// edgesBetween lists the edges from u to v, as seen from u. A hub the
// search met without expanding has no adjacency yet, so the edges are read
// from whichever end is loaded.
func (g *pathGraph) edgesBetween(u, v int32) ([]edge, error) {
	from, to, flip := u, v, false
	if !g.nodes[u].loaded && g.nodes[v].loaded {
		from, to, flip = v, u, true
	}
	if _, err := g.ensure(from, 0); err != nil {
		return nil, err
	}
	var out []edge
	for _, e := range g.nodes[from].adj {
		if e.to != to {
			continue
		}
		if flip {
			e.to, e.out = u, !e.out
			if e.kind == kindMention {
				e.out = true
			}
		}
		out = append(out, e)
	}
	return out, nil
}

// edgeWeakness is the weakness of the best edge between u and v.
func (g *pathGraph) edgeWeakness(u, v int32) (int, error) {
	edges, err := g.edgesBetween(u, v)
	best := -1
	for _, e := range edges {
		if best < 0 || weakness[e.kind] < best {
			best = weakness[e.kind]
		}
	}
	return best, err
}

// kShortest is Yen's algorithm over the lazily read graph: the best path,
// then for each next one the best deviation from every prefix of the last.
func (g *pathGraph) kShortest(src, dst int32, k, maxHops int) ([]foundPath, error) {
	first, ok, err := g.shortest(src, dst, maxHops, nil, nil)
	if err != nil || !ok {
		return nil, err
	}
	found := []foundPath{first}
	seen := map[string]bool{pathKey(first.nodes): true}
	cands := &pathHeap{}
	for len(found) < k {
		last := found[len(found)-1]
		rootWeak := 0
		for i := 0; i < len(last.nodes)-1; i++ {
			spur, root := last.nodes[i], last.nodes[:i+1]
			if i > 0 {
				w, err := g.edgeWeakness(last.nodes[i-1], spur)
				if err != nil {
					return nil, err
				}
				rootWeak += w
			}
			cut := map[pair]bool{}
			for _, p := range found {
				if len(p.nodes) > i+1 && equalIDs(p.nodes[:i+1], root) {
					cut[mkpair(p.nodes[i], p.nodes[i+1])] = true
				}
			}
			banned := map[int32]bool{}
			for _, n := range root[:i] {
				banned[n] = true
			}
			sp, ok, err := g.shortest(spur, dst, maxHops-i, banned, cut)
			if err != nil {
				return nil, err
			}
			if !ok {
				continue
			}
			nodes := append(append([]int32{}, root[:i]...), sp.nodes...)
			key := pathKey(nodes)
			if seen[key] {
				continue
			}
			seen[key] = true
			heap.Push(cands, foundPath{nodes: nodes, cost: pathCost{i + sp.cost.hops, rootWeak + sp.cost.weak}})
		}
		if cands.Len() == 0 {
			break
		}
		found = append(found, heap.Pop(cands).(foundPath))
	}
	return found, nil
}

func equalIDs(a, b []int32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func pathKey(nodes []int32) string {
	var b strings.Builder
	for _, n := range nodes {
		b.WriteString(strconv.Itoa(int(n)))
		b.WriteByte(',')
	}
	return b.String()
}

// pathHeap is the candidate list of Yen's algorithm, best first; ties go to
// the path found first so results are deterministic.
type pathHeap []foundPath

func (h pathHeap) Len() int { return len(h) }
func (h pathHeap) Less(i, j int) bool {
	if h[i].cost != h[j].cost {
		return h[i].cost.less(h[j].cost)
	}
	return pathKey(h[i].nodes) < pathKey(h[j].nodes)
}
func (h pathHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *pathHeap) Push(x any)   { *h = append(*h, x.(foundPath)) }
func (h *pathHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
