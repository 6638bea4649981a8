// Package graph stores newsgraph's quads in a Cayley quad store and gives the
// rest of the program a narrow, article-shaped API over it: write, replace and
// delete one article's quads in one transaction, import and export dumps,
// count, and look entities up by any of their names.
package graph

import (
	"errors"
	"fmt"
	"os"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt"
	_ "github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
	_ "github.com/cayleygraph/cayley/writer"
)

// Backend describes one store kind newsgraph can open.
type Backend struct {
	Name       string // the name used in config: "bolt", "memory", "postgres"
	Cayley     string // the Cayley registry name
	Persistent bool
	Options    cgraph.Options
}

var backends = map[string]Backend{}

// RegisterBackend makes a store kind available to Open.
func RegisterBackend(b Backend) { backends[b.Name] = b }

func init() {
	// no_bloom: kv stores otherwise size bloom filters for 100M quads
	// (~300 MiB of heap after the first write), far beyond a news corpus.
	RegisterBackend(Backend{Name: "bolt", Cayley: "bolt", Persistent: true, Options: cgraph.Options{"no_bloom": true}})
	RegisterBackend(Backend{Name: "memory", Cayley: "memstore"})
	RegisterBackend(Backend{Name: "postgres", Cayley: "postgres", Persistent: true})
}

// Backends lists the names Open accepts.
func Backends() []string {
	var out []string
	for n := range backends {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Store is an open newsgraph graph.
type Store struct {
	backend Backend
	qs      cgraph.QuadStore
	qw      cgraph.QuadWriter
}

// Open opens (creating when missing) the store of the given backend at addr:
// a file path for bolt, a DSN for postgres, ignored for memory.
func Open(backend, addr string) (*Store, error) {
	b, ok := backends[backend]
	if !ok {
		return nil, fmt.Errorf("unknown store %q (known: %v)", backend, Backends())
	}
	if b.Persistent {
		if b.Name == "bolt" {
			if _, err := os.Stat(addr); errors.Is(err, os.ErrNotExist) {
				if err := cgraph.InitQuadStore(b.Cayley, addr, b.Options); err != nil {
					return nil, fmt.Errorf("create %s store %s: %w", backend, addr, err)
				}
			}
		} else if err := cgraph.InitQuadStore(b.Cayley, addr, b.Options); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			return nil, fmt.Errorf("create %s store: %w", backend, err)
		}
	}
	qs, err := cgraph.NewQuadStore(b.Cayley, addr, b.Options)
	if err != nil {
		return nil, fmt.Errorf("open %s store %s: %w", backend, addr, err)
	}
	qw, err := cgraph.NewQuadWriter("single", qs, cgraph.Options{"ignore_duplicate": true, "ignore_missing": true})
	if err != nil {
		qs.Close()
		return nil, fmt.Errorf("open writer for %s store: %w", backend, err)
	}
	return &Store{backend: b, qs: qs, qw: qw}, nil
}

// Backend is the name of the store kind.
func (s *Store) Backend() string { return s.backend.Name }

// QuadStore exposes the Cayley store for read-only query engines (Gizmo, paths).
func (s *Store) QuadStore() cgraph.QuadStore { return s.qs }

// Handle is the store and its writer as Cayley's HTTP API wants them.
func (s *Store) Handle() *cgraph.Handle { return &cgraph.Handle{QuadStore: s.qs, QuadWriter: s.qw} }

// Close releases the store.
func (s *Store) Close() error {
	werr := s.qw.Close()
	if err := s.qs.Close(); err != nil {
		return err
	}
	return werr
}
