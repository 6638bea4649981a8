package graph

import (
	"context"
	"path/filepath"
	"testing"
)

func TestGenerationCountsWrites(t *testing.T) {
	s, err := Open("bolt", filepath.Join(t.TempDir(), "g.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	steps := []struct {
		name    string
		do      func() error
		changes bool
	}{
		{"add", func() error { _, err := s.WriteArticle(ctx, articleOne.quads()); return err }, true},
		{"unchanged", func() error { _, err := s.WriteArticle(ctx, articleOne.quads()); return err }, false},
		{"replace", func() error { _, err := s.WriteArticle(ctx, articleOneV2.quads()); return err }, true},
		{"delete", func() error { _, err := s.DeleteArticle(ctx, articleOne.id); return err }, true},
	}
	for _, st := range steps {
		before := s.Generation()
		if err := st.do(); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if got := s.Generation() != before; got != st.changes {
			t.Errorf("%s: generation changed = %v, want %v", st.name, got, st.changes)
		}
	}
}
