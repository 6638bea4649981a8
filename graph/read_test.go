package graph

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/quad"
)

func TestStats(t *testing.T) {
	ctx := context.Background()
	forEachBackend(t, func(t *testing.T, b testBackend, addr string, s *Store) {
		empty, err := s.Stats(ctx)
		if err != nil || empty.Quads != 0 || empty.Articles != 0 || len(empty.Entities) != 0 {
			t.Fatalf("empty store stats %+v, %v", empty, err)
		}
		loadSample(t, s)
		// An event of a kind outside the vocabulary is still counted.
		odd := articleOneV2
		odd.id, odd.hash = "news/odd.txt", "h9"
		odd.events = []tEvent{{kind: "Parade", origin: "country/ru", sentence: "A parade was held."}}
		mustWrite(t, s, odd.quads(), Added)

		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want := Stats{
			Quads:    int64(len(allQuads(t, s))),
			Articles: 3,
			// Russia and Norway are in all articles but counted once.
			Entities: map[string]int{"Country": 3, "Person": 1, "Organization": 2, "Place": 1},
			Events:   map[string]int{"Desertion": 1, "AsylumApplication": 1, "Emigration": 1, "Parade": 1},
			Claims:   6,
		}
		if !reflect.DeepEqual(st, want) {
			t.Fatalf("stats\n got %+v\nwant %+v", st, want)
		}
	})
}

func TestLookups(t *testing.T) {
	ctx := context.Background()
	forEachBackend(t, func(t *testing.T, b testBackend, addr string, s *Store) {
		loadSample(t, s)
		// A later article calls Norway by another canonical name once.
		three := tArticle{id: "news/three.txt", hash: "h4", headline: "Short note",
			entities: []tEntity{{"country/no", "Country", "Kingdom of Norway", nil}}}
		mustWrite(t, s, three.quads(), Added)
		lookups := []struct {
			key  string
			want []quad.IRI
		}{
			{NameKey("Norwegian"), []quad.IRI{EntityIRI("country/no")}},
			{NameKey("the ORN"), []quad.IRI{EntityIRI("org/open-road-network")}},
			{NameKey("TAMM"), []quad.IRI{EntityIRI("person/arvo-tamm")}},
			{"nobody", nil},
		}
		for _, c := range lookups {
			got, err := s.LookupKey(ctx, c.key)
			if err != nil || !reflect.DeepEqual(got, c.want) {
				t.Errorf("LookupKey(%q) = %v, %v; want %v", c.key, got, err, c.want)
			}
		}
		names := []struct {
			iri       quad.IRI
			name, typ string
			aliases   []string
		}{
			{EntityIRI("country/no"), "Norway", "Country", []string{"Kingdom of Norway", "Norwegian"}},
			{EntityIRI("person/arvo-tamm"), "Arvo Tamm", "Person", []string{"Tamm"}},
			{EntityIRI("org/kestrel-battalion"), "Kestrel Battalion", "Organization", nil},
			{EntityIRI("place/nowhere"), "", "", nil},
		}
		for _, c := range names {
			name, aliases, err := s.Names(ctx, c.iri)
			if err != nil || name != c.name || !reflect.DeepEqual(aliases, c.aliases) {
				t.Errorf("Names(%s) = %q %q %v; want %q %q", c.iri, name, aliases, err, c.name, c.aliases)
			}
			typ, err := s.TypeOfEntity(ctx, c.iri)
			if err != nil || typ != c.typ {
				t.Errorf("TypeOfEntity(%s) = %q, %v; want %q", c.iri, typ, err, c.typ)
			}
		}
	})
}

func TestNameKey(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Russia", "russia"},
		{"  The Kremlin ", "kremlin"},
		{"the Kremlin’s", "kremlin"},
		{"Russia's army", "russia army"},
		{"Zürich", "zurich"},
		{"São Tomé and Príncipe", "sao tome and principe"},
		{"U.S.", "u s"},
		{"Al-Shabaab", "al shabaab"},
		{"Theodor", "theodor"},
		{"the", "the"},
		{"Путин", "путин"},
		{"ﬁnland", "finland"}, // NFKD splits the ligature
		{"", ""},
		{"...", ""},
	}
	for _, c := range cases {
		if got := NameKey(c.in); got != c.want {
			t.Errorf("NameKey(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	notBolt := filepath.Join(dir, "notes.txt")
	os.WriteFile(notBolt, []byte(strings.Repeat("not a database\n", 400)), 0o644)
	foreign := filepath.Join(dir, "other.bolt")
	db, err := bolt.Open(foreign, 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("x")); return err })
	db.Close()

	cases := []struct {
		backend, addr, wantErr string
	}{
		{"bolt", dir, "is a directory"},
		{"bolt", notBolt, "not a bolt database"},
		{"bolt", foreign, "not a graph store"},
		{"bolt", "", "needs an address"},
		{"memory", "x", "takes no address"},
		{"sqlite", "x", `unknown store "sqlite"`},
		{"postgres", "host=127.0.0.1 port=1 user=postgres dbname=x sslmode=disable connect_timeout=2", "open postgres store"},
	}
	for _, c := range cases {
		s, err := Open(c.backend, c.addr)
		if err == nil {
			s.Close()
			t.Errorf("Open(%s, %s) succeeded", c.backend, c.addr)
			continue
		}
		if !strings.Contains(err.Error(), c.wantErr) || c.backend == "bolt" && !strings.Contains(err.Error(), c.addr) {
			t.Errorf("Open(%s, %s): %v; want an error naming the path and %q", c.backend, c.addr, err, c.wantErr)
		}
	}

	// A missing file (and directory) is created, and reopens with its data.
	path := filepath.Join(dir, "new", "graph.bolt")
	s, err := Open("bolt", path)
	if err != nil {
		t.Fatal(err)
	}
	mustWrite(t, s, articleTwo.quads(), Added)
	s.Close()
	s, err = Open("bolt", path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	mustWrite(t, s, articleTwo.quads(), Unchanged)
	// A second handle on the same file waits briefly, then says why it failed.
	if _, err := Open("bolt", path); err == nil || !strings.Contains(err.Error(), "locked") {
		t.Errorf("second open: %v, want a lock error", err)
	}
}

// TestPostgresReopenKeepsTables: opening an existing database reuses
// Cayley's tables and data.
func TestPostgresReopenKeepsTables(t *testing.T) {
	dsn := freshPostgres(t)
	s, err := Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	mustWrite(t, s, articleTwo.quads(), Added)
	s.Close()
	s, err = Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	mustWrite(t, s, articleTwo.quads(), Unchanged)
}

// TestPostgresImportAnalyzes: a bulk import refreshes planner statistics.
func TestPostgresImportAnalyzes(t *testing.T) {
	dsn := freshPostgres(t)
	s, err := Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Import(context.Background(), quad.NewReader(articleOne.quads().Quads)); err != nil {
		t.Fatal(err)
	}
	var analyzed bool
	if err := s.db.QueryRow(`SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE relname = 'quads'`).Scan(&analyzed); err != nil {
		t.Fatal(err)
	}
	if !analyzed {
		t.Fatal("quads table not analyzed after import")
	}
}
