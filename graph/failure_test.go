package graph

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
)

// TestWriteOnClosedStoreKeepsOldVersion: a write that fails because the
// store is gone leaves the stored version intact for the next open.
func TestWriteOnClosedStoreKeepsOldVersion(t *testing.T) {
	ctx := context.Background()
	for _, b := range testBackends {
		if b.name == "memory" {
			continue // nothing survives closing
		}
		t.Run(b.name, func(t *testing.T) {
			addr := b.addr(t)
			s, err := Open(b.name, addr)
			if err != nil {
				t.Fatal(err)
			}
			mustWrite(t, s, articleOne.quads(), Added)
			want := allQuads(t, s)
			s.Close()
			if _, err := s.WriteArticle(ctx, articleOneV2.quads()); err == nil {
				t.Fatal("write on a closed store succeeded")
			}
			s, err = Open(b.name, addr)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if got := allQuads(t, s); sameLines(got, want) != "" {
				t.Fatalf("store changed by a failed write:\n%s", sameLines(got, want))
			}
		})
	}
}

// TestPostgresReplaceIsOneTransaction makes PostgreSQL fail the last
// statement of a replacement (removing nodes no quad uses any more, after
// the inserts and deletes ran) and checks nothing of it stays.
func TestPostgresReplaceIsOneTransaction(t *testing.T) {
	ctx := context.Background()
	dsn := freshPostgres(t)
	s, err := Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	mustWrite(t, s, articleOne.quads(), Added)
	want := allQuads(t, s)

	db, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`CREATE FUNCTION ng_test_fail() RETURNS trigger AS $$
		BEGIN RAISE EXCEPTION 'injected failure'; END $$ LANGUAGE plpgsql;
		CREATE TRIGGER ng_test_fail BEFORE DELETE ON nodes FOR EACH ROW EXECUTE FUNCTION ng_test_fail();`); err != nil {
		t.Fatal(err)
	}
	_, err = s.WriteArticle(ctx, articleOneV2.quads())
	if err == nil || !strings.Contains(err.Error(), "injected failure") || !strings.Contains(err.Error(), articleOne.id) {
		t.Fatalf("write error %v, want the injected failure naming the article", err)
	}
	if got := allQuads(t, s); sameLines(got, want) != "" {
		t.Fatalf("failed replacement left changes:\n%s", sameLines(got, want))
	}
	if _, err := db.Exec(`DROP TRIGGER ng_test_fail ON nodes`); err != nil {
		t.Fatal(err)
	}
	mustWrite(t, s, articleOneV2.quads(), Replaced)
}

// failingQuadStore fails the n-th ApplyDeltas call (1-based), to exercise
// the two-batch replacement of kv stores.
type failingQuadStore struct {
	cgraph.QuadStore
	failOn, calls int
}

var errInjected = errors.New("injected failure")

func (f *failingQuadStore) ApplyDeltas(in []cgraph.Delta, opts cgraph.IgnoreOpts) error {
	f.calls++
	if f.calls == f.failOn {
		return errInjected
	}
	return f.QuadStore.ApplyDeltas(in, opts)
}

// TestBoltTwoBatchReplaceFailure: a bolt replacement that needs two batches
// keeps the old version when either batch fails.
func TestBoltTwoBatchReplaceFailure(t *testing.T) {
	ctx := context.Background()
	for _, failOn := range []int{1, 2} {
		path := testBackends[0].addr(t)
		s, err := Open("bolt", path)
		if err != nil {
			t.Fatal(err)
		}
		mustWrite(t, s, articleOne.quads(), Added)
		want := allQuads(t, s)
		real := s.qs
		s.qs = &failingQuadStore{QuadStore: real, failOn: failOn}
		if _, err := s.WriteArticle(ctx, articleOneV2.quads()); !errors.Is(err, errInjected) {
			t.Fatalf("failOn %d: error %v, want the injected one", failOn, err)
		}
		s.qs = real
		if got := allQuads(t, s); sameLines(got, want) != "" {
			t.Fatalf("failOn %d: failed replacement left changes:\n%s", failOn, sameLines(got, want))
		}
		_, err = s.WriteArticle(ctx, articleOneV2.quads())
		if failOn == 1 {
			// A failed batch with adds may have left new node ids in the
			// store's cache: the handle refuses writes until reopened.
			if err == nil || !strings.Contains(err.Error(), "reopen") {
				t.Fatalf("write after a failed add batch: %v, want a refusal", err)
			}
			s.Close()
			if s, err = Open("bolt", path); err != nil {
				t.Fatal(err)
			}
			_, err = s.WriteArticle(ctx, articleOneV2.quads())
		}
		if err != nil {
			t.Fatalf("failOn %d: retry: %v", failOn, err)
		}
		if got, want := labelled(t, s, articleOne.id), nquadLines(articleOneV2.quads()); sameLines(got, want) != "" {
			t.Fatalf("failOn %d: retry stored:\n%s", failOn, sameLines(got, want))
		}
		s.Close()
	}
}
