// Package graph stores newsgraph's quads in a Cayley quad store and gives the
// rest of the program a narrow, article-shaped API over it: write, replace and
// delete one article's quads in one transaction, import and export dumps,
// count, and look entities up by any of their names.
package graph

import (
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"

	cgraph "github.com/cayleygraph/cayley/graph"
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

	// Open, when set, replaces Cayley's registry for opening (bolt: Cayley
	// wants a directory, newsgraph a single file).
	Open func(addr string, opts cgraph.Options) (cgraph.QuadStore, error)
	// Exists, when set, says whether addr already holds a store, so Open
	// skips Cayley's init (which logs an error when the tables exist).
	Exists func(addr string) (bool, error)
	// AfterOpen prepares an opened store (postgres: the label index).
	AfterOpen func(s *Store, addr string) error

	// LabelIndex says QuadIterator(quad.Label, v) is an index lookup; without
	// it an article's quads are found by walking from the article node.
	LabelIndex bool
	// KV marks Cayley's kv stores, whose ApplyDeltas has quirks (see apply.go).
	KV bool
}

var backends = map[string]Backend{}

// RegisterBackend makes a store kind available to Open.
func RegisterBackend(b Backend) { backends[b.Name] = b }

func init() {
	// no_bloom: kv stores otherwise size bloom filters for 100M quads
	// (~300 MiB of heap after the first write), far beyond a news corpus.
	RegisterBackend(Backend{Name: "bolt", Cayley: "bolt", Persistent: true,
		Options: cgraph.Options{"no_bloom": true}, Open: openBoltFile, KV: true})
	RegisterBackend(Backend{Name: "memory", Cayley: "memstore", LabelIndex: true})
	RegisterBackend(Backend{Name: "postgres", Cayley: "postgres", Persistent: true,
		Exists: postgresHasTables, AfterOpen: preparePostgres, LabelIndex: true})
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

// Store is an open newsgraph graph. Its write methods are safe for concurrent
// use; they are serialised, since an article's replacement reads the stored
// version before writing the difference.
type Store struct {
	backend Backend
	qs      cgraph.QuadStore
	qw      cgraph.QuadWriter
	db      *sql.DB // postgres only: label index, ANALYZE after bulk loads
	// unanalyzed counts quads written since the last ANALYZE (postgres).
	unanalyzed int

	// generation counts the writes made through this Store, so readers can
	// tell that a cache built from it is stale even when the quad count is
	// unchanged (a replacement of equal size).
	generation atomic.Uint64

	mu sync.Mutex
	// broken is set when a kv write failed part-way: Cayley's kv store keeps
	// node ids of the rolled-back transaction in its cache, so further writes
	// through this handle could corrupt the file. Reopening clears it.
	broken error
}

// Open opens (creating when missing) the store of the given backend at addr:
// a file path for bolt, a DSN for postgres; memory takes no address.
func Open(backend, addr string) (*Store, error) {
	b, ok := backends[backend]
	if !ok {
		return nil, fmt.Errorf("unknown store %q (known: %v)", backend, Backends())
	}
	if !b.Persistent && addr != "" {
		return nil, fmt.Errorf("the %s store takes no address (got %q)", backend, addr)
	}
	if b.Persistent && addr == "" {
		return nil, fmt.Errorf("the %s store needs an address (a file path or DSN)", backend)
	}
	var (
		qs  cgraph.QuadStore
		err error
	)
	switch {
	case b.Open != nil:
		qs, err = b.Open(addr, b.Options)
	default:
		exists := false
		if b.Exists != nil {
			if exists, err = b.Exists(addr); err != nil {
				return nil, fmt.Errorf("open %s store: %w", backend, err)
			}
		}
		if b.Persistent && !exists {
			if err := cgraph.InitQuadStore(b.Cayley, addr, b.Options); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
				return nil, fmt.Errorf("create %s store: %w", backend, err)
			}
		}
		qs, err = cgraph.NewQuadStore(b.Cayley, addr, b.Options)
		if err != nil {
			err = fmt.Errorf("open %s store: %w", backend, err)
		}
	}
	if err != nil {
		return nil, err
	}
	qw, err := cgraph.NewQuadWriter("single", qs, cgraph.Options{"ignore_duplicate": true, "ignore_missing": true})
	if err != nil {
		qs.Close()
		return nil, fmt.Errorf("open writer for %s store: %w", backend, err)
	}
	s := &Store{backend: b, qs: qs, qw: qw}
	if b.AfterOpen != nil {
		if err := b.AfterOpen(s, addr); err != nil {
			s.Close()
			return nil, err
		}
	}
	return s, nil
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
	if s.db != nil {
		s.db.Close()
	}
	if err := s.qs.Close(); err != nil {
		return err
	}
	return werr
}

// Generation changes after every write made through the Store (articles,
// deletes, imports). Writes through Handle() by Cayley's own API bypass it.
func (s *Store) Generation() uint64 { return s.generation.Load() }
