package queries

import (
	"context"
	"fmt"
	"strings"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"

	"newsgraph/graph"
)

// hubCache keeps the adjacency of hubs (nodes with more than hubCap edges)
// across path queries: reading a country linked to tens of thousands of
// entities costs ~100 ms on a 1M-quad bolt store, and nearly every query
// meets the same few hubs. Entries are valid for one store version and one
// set of edge filters.
type hubCache struct {
	mu      sync.Mutex
	version string
	entries map[string][]cachedEdge
}

// cachedEdge is an edge with its far end as a store ref (ids are per query).
type cachedEdge struct {
	to   cgraph.Ref
	pred int16
	kind edgeKind
	out  bool
}

// hubCacheMax bounds the number of cached hubs per store.
const hubCacheMax = 256

var hubCaches sync.Map // cgraph.QuadStore → *hubCache

// storeVersion identifies the state of a store cheaply, or says it cannot
// (then nothing is cached). For Cayley's kv stores it is the store's write
// generation with the quad count, kept exact in the store's metadata: the
// generation catches every write through the Store, the count also catches
// most writes through Cayley's own API.
func storeVersion(ctx context.Context, store *graph.Store, qs cgraph.QuadStore) (string, bool) {
	if _, ok := qs.(*kv.QuadStore); !ok {
		return "", false
	}
	st, err := qs.Stats(ctx, false)
	if err != nil || !st.Quads.Exact {
		return "", false
	}
	return fmt.Sprintf("%d/%d", store.Generation(), st.Quads.Size), true
}

// cacheFor returns the store's hub cache, emptied if the store changed.
func cacheFor(ctx context.Context, store *graph.Store, qs cgraph.QuadStore) *hubCache {
	v, ok := storeVersion(ctx, store, qs)
	if !ok {
		return nil
	}
	c, _ := hubCaches.LoadOrStore(qs, &hubCache{})
	hc := c.(*hubCache)
	hc.mu.Lock()
	if hc.version != v {
		hc.version, hc.entries = v, map[string][]cachedEdge{}
	}
	hc.mu.Unlock()
	return hc
}

// cacheKey is the node plus everything that decides which edges it has.
func (g *pathGraph) cacheKey(ref cgraph.Ref) string {
	o := g.opts
	return fmt.Sprintf("%v|%d|%s|%s|%s|%s|%s", ref.Key(), o.Via,
		strings.Join(o.Predicates, ","), strings.Join(o.ExcludePredicates, ","), o.Since, o.Until, o.Outlet)
}

func (c *hubCache) get(key string) ([]cachedEdge, bool) {
	if c == nil {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[key]
	return e, ok
}

func (c *hubCache) put(key string, edges []cachedEdge) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.entries) >= hubCacheMax {
		c.entries = map[string][]cachedEdge{}
	}
	c.entries[key] = edges
}

// fromCache fills a node's adjacency from the cache; false on a miss.
func (g *pathGraph) fromCache(id int32) bool {
	edges, ok := g.cache.get(g.cacheKey(g.nodes[id].ref))
	if !ok {
		return false
	}
	adj := make([]edge, len(edges))
	for i, e := range edges {
		adj[i] = edge{to: g.id(e.to, e.kind == kindEvent), pred: e.pred, kind: e.kind, out: e.out}
	}
	n := &g.nodes[id]
	n.adj, n.loaded, n.hub = adj, true, false
	return true
}

// toCache stores a fully read hub's adjacency.
func (g *pathGraph) toCache(id int32) {
	if g.cache == nil {
		return
	}
	adj := g.nodes[id].adj
	edges := make([]cachedEdge, len(adj))
	for i, e := range adj {
		edges[i] = cachedEdge{to: g.nodes[e.to].ref, pred: e.pred, kind: e.kind, out: e.out}
	}
	g.cache.put(g.cacheKey(g.nodes[id].ref), edges)
}
