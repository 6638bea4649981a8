package graph

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
)

// TestArticleLifecycle: write, unchanged rewrite, shrinking replacement,
// a second article sharing entities, delete, on every backend.
func TestArticleLifecycle(t *testing.T) {
	ctx := context.Background()
	forEachBackend(t, func(t *testing.T, b testBackend, addr string, s *Store) {
		one, oneV2, two := articleOne.quads(), articleOneV2.quads(), articleTwo.quads()

		mustWrite(t, s, one, Added)
		if got, want := labelled(t, s, one.ID), nquadLines(one); sameLines(got, want) != "" {
			t.Fatalf("stored article differs from written:\n%s", sameLines(got, want))
		}
		n1 := len(allQuads(t, s))

		mustWrite(t, s, one, Unchanged)
		if n := len(allQuads(t, s)); n != n1 {
			t.Fatalf("unchanged rewrite changed quad count %d -> %d", n1, n)
		}
		if h, ok, err := s.ArticleHash(ctx, one.ID); err != nil || !ok || h != "h1" {
			t.Fatalf("ArticleHash = %q %v %v, want h1", h, ok, err)
		}

		mustWrite(t, s, two, Added)
		// The shorter version replaces the first: its label's reference
		// count goes down, the case Cayley's kv batches get wrong.
		mustWrite(t, s, oneV2, Replaced)
		if got, want := labelled(t, s, one.ID), nquadLines(oneV2); sameLines(got, want) != "" {
			t.Fatalf("after replace, stored article:\n%s", sameLines(got, want))
		}
		if got, want := labelled(t, s, two.ID), nquadLines(two); sameLines(got, want) != "" {
			t.Fatalf("replacing article one changed article two:\n%s", sameLines(got, want))
		}
		if h, _, _ := s.ArticleHash(ctx, one.ID); h != "h2" {
			t.Fatalf("hash after replace %q, want h2", h)
		}
		// And back to the longer version: the label's count goes up.
		mustWrite(t, s, one, Replaced)
		if got, want := labelled(t, s, one.ID), nquadLines(one); sameLines(got, want) != "" {
			t.Fatalf("after second replace:\n%s", sameLines(got, want))
		}

		ids, err := s.Articles(ctx)
		if err != nil || !reflect.DeepEqual(ids, []string{"https://example.org/news/two", "news/one.txt"}) {
			t.Fatalf("Articles = %q, %v", ids, err)
		}

		before := len(allQuads(t, s))
		removed, err := s.DeleteArticle(ctx, one.ID)
		if err != nil {
			t.Fatal(err)
		}
		if removed != len(nquadLines(one)) {
			t.Fatalf("removed %d quads, want %d", removed, len(nquadLines(one)))
		}
		after := allQuads(t, s)
		if len(after) != before-removed {
			t.Fatalf("%d quads after delete, want %d", len(after), before-removed)
		}
		if got := labelled(t, s, one.ID); len(got) != 0 {
			t.Fatalf("quads of the deleted article remain: %q", got)
		}
		if got, want := labelled(t, s, two.ID), nquadLines(two); !reflect.DeepEqual(got, want) {
			t.Fatalf("deleting article one changed article two")
		}
		// Russia is still typed and named, through article two.
		if typ, err := s.TypeOfEntity(ctx, EntityIRI("country/ru")); err != nil || typ != "Country" {
			t.Fatalf("type of Russia after delete = %q, %v", typ, err)
		}
		// The pilot only article one named is gone.
		if typ, _ := s.TypeOfEntity(ctx, EntityIRI("person/arvo-tamm")); typ != "" {
			t.Fatalf("pilot still typed %q after his only article was deleted", typ)
		}
		if _, ok, _ := s.ArticleHash(ctx, one.ID); ok {
			t.Fatal("hash of deleted article still stored")
		}
		if _, err := s.DeleteArticle(ctx, one.ID); !errors.Is(err, ErrNotFound) {
			t.Fatalf("second delete: %v, want ErrNotFound", err)
		}
		if _, err := s.DeleteArticle(ctx, "never/stored"); !errors.Is(err, ErrNotFound) {
			t.Fatalf("delete of unknown article: %v, want ErrNotFound", err)
		}
		// Writing it again after deletion is an add.
		mustWrite(t, s, one, Added)
	})
}

// TestWriteArticleRejects: invalid articles are refused with the article id
// and the bad quad named, and the stored version stays.
func TestWriteArticleRejects(t *testing.T) {
	ctx := context.Background()
	one := articleOne.quads()
	label := ArticleIRI(one.ID)
	with := func(extra ...quad.Quad) ArticleQuads {
		a := articleOneV2.quads()
		a.Quads = append(append([]quad.Quad{}, a.Quads...), extra...)
		return a
	}
	pilot := EntityIRI("person/arvo-tamm")
	cases := []struct {
		name    string
		a       ArticleQuads
		wantErr string
	}{
		{"wrong label", with(quad.Make(pilot, Name, quad.String("X"), ArticleIRI("other"))), "label is"},
		{"no label", with(quad.Make(pilot, Name, quad.String("X"), nil)), "label is <nil>"},
		{"missing object", with(quad.Quad{Subject: pilot, Predicate: Name, Label: label}), "unsupported type <nil>"},
		{"literal subject", with(quad.Make(quad.String("x"), Name, quad.String("X"), label)), "subject must be"},
		{"literal predicate", with(quad.Make(pilot, quad.String("p"), quad.String("X"), label)), "predicate must be"},
		{"unlinked subject", with(quad.Make(EntityIRI("person/nobody"), Name, quad.String("Nobody"), label)), "not linked from the article"},
		{"other hash quad", with(quad.Make(label, ContentHash, quad.String("zz"), label)), "content hash differs"},
		{"empty id", ArticleQuads{Hash: "x"}, "empty id"},
		{"empty hash", ArticleQuads{ID: "a"}, "empty content hash"},
	}
	forEachBackend(t, func(t *testing.T, b testBackend, addr string, s *Store) {
		mustWrite(t, s, one, Added)
		stored := allQuads(t, s)
		for _, c := range cases {
			_, err := s.WriteArticle(ctx, c.a)
			if err == nil || !strings.Contains(err.Error(), c.wantErr) {
				t.Errorf("%s: error %v, want one containing %q", c.name, err, c.wantErr)
				continue
			}
			if c.a.ID != "" && !strings.Contains(err.Error(), c.a.ID) {
				t.Errorf("%s: error %q does not name the article", c.name, err)
			}
		}
		if got := allQuads(t, s); !reflect.DeepEqual(got, stored) {
			t.Fatal("a rejected write changed the store")
		}
	})
}

// TestWriteArticleDeduplicates: repeated quads are stored once and the hash
// quad is added when the caller leaves it out.
func TestWriteArticleDeduplicates(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b testBackend, addr string, s *Store) {
		a := articleTwo.quads()
		var noHash []quad.Quad
		for _, q := range a.Quads {
			if q.Predicate != ContentHash {
				noHash = append(noHash, q, q)
			}
		}
		mustWrite(t, s, ArticleQuads{ID: a.ID, Hash: a.Hash, Quads: noHash}, Added)
		if got, want := labelled(t, s, a.ID), nquadLines(a); sameLines(got, want) != "" {
			t.Fatalf("stored:\n%s", sameLines(got, want))
		}
		// Deleting leaves nothing behind, not even nodes: repeated adds
		// must not have inflated reference counts.
		if _, err := s.DeleteArticle(context.Background(), a.ID); err != nil {
			t.Fatal(err)
		}
		it := s.QuadStore().NodesAllIterator()
		defer it.Close()
		n := 0
		for it.Next(context.Background()) {
			n++
		}
		if n != 0 {
			t.Fatalf("%d nodes left after deleting the only article", n)
		}
	})
}

// TestConcurrentWrites: writers of different articles sharing entities may
// run at once; each ends with exactly its last version stored.
func TestConcurrentWrites(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b testBackend, addr string, s *Store) {
		versions := [][]ArticleQuads{
			{articleOne.quads(), articleOneV2.quads(), articleOne.quads()},
			{articleTwo.quads(), synthArticle(7, 0), articleTwo.quads()},
		}
		errs := make(chan error, len(versions))
		for _, vs := range versions {
			go func(vs []ArticleQuads) {
				for _, v := range vs {
					if _, err := s.WriteArticle(context.Background(), v); err != nil {
						errs <- err
						return
					}
				}
				errs <- nil
			}(vs)
		}
		for range versions {
			if err := <-errs; err != nil {
				t.Fatal(err)
			}
		}
		for _, a := range []ArticleQuads{articleOne.quads(), articleTwo.quads()} {
			if got, want := labelled(t, s, a.ID), nquadLines(a); sameLines(got, want) != "" {
				t.Fatalf("%s:\n%s", a.ID, sameLines(got, want))
			}
		}
	})
}
