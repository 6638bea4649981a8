package graph

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func loadSample(t *testing.T, s *Store) {
	t.Helper()
	mustWrite(t, s, articleOne.quads(), Added)
	mustWrite(t, s, articleTwo.quads(), Added)
}

// TestExportImportRoundTrip: an N-Quads export imported into an empty store
// of every backend gives the same quad set, and importing it again adds nothing.
func TestExportImportRoundTrip(t *testing.T) {
	ctx := context.Background()
	src, err := Open("memory", "")
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	loadSample(t, src)
	want := allQuads(t, src)
	for _, format := range []string{"nquads", "pquads", "jsonld"} {
		var dump bytes.Buffer
		n, err := src.ExportFormat(ctx, &dump, format)
		if err != nil || n != len(want) {
			t.Fatalf("export %s: %d quads, %v; want %d", format, n, err, len(want))
		}
		forEachBackend(t, func(t *testing.T, b testBackend, addr string, s *Store) {
			n, err := s.ImportFormat(ctx, bytes.NewReader(dump.Bytes()), format)
			if err != nil || n != len(want) {
				t.Fatalf("import %s: %d quads, %v; want %d", format, n, err, len(want))
			}
			if got := allQuads(t, s); sameLines(got, want) != "" {
				t.Fatalf("%s round trip differs:\n%s", format, sameLines(got, want))
			}
			if n, err := s.ImportFormat(ctx, bytes.NewReader(dump.Bytes()), format); err != nil || n != 0 {
				t.Fatalf("re-import %s added %d, %v; want 0", format, n, err)
			}
			// Imported articles behave as written ones.
			mustWrite(t, s, articleOne.quads(), Unchanged)
			mustWrite(t, s, articleOneV2.quads(), Replaced)
		})
	}
}

// TestImportMalformedLeavesStoreUntouched: a dump with a bad line is refused
// with the file and line named, and nothing of it is written.
func TestImportMalformedLeavesStoreUntouched(t *testing.T) {
	ctx := context.Background()
	src, _ := Open("memory", "")
	defer src.Close()
	loadSample(t, src)
	var dump bytes.Buffer
	if _, err := src.ExportFormat(ctx, &dump, "nquads"); err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(dump.String(), "\n")
	bad := strings.Join(lines[:5], "") + "<a> <b> \"unterminated .\n" + strings.Join(lines[5:], "")

	forEachBackend(t, func(t *testing.T, b testBackend, addr string, s *Store) {
		mustWrite(t, s, articleOneV2.quads(), Added)
		before := allQuads(t, s)
		dir := t.TempDir()
		cases := []struct {
			file, content, wantErr string
		}{
			{"bad.nq", bad, "bad.nq: line 6:"},
			{"bad.jsonld", `{"@id": "x", `, "bad.jsonld: jsonld"},
			{"dump.txt", dump.String(), `no quad reader for extension ".txt"`},
		}
		for _, c := range cases {
			path := filepath.Join(dir, c.file)
			os.WriteFile(path, []byte(c.content), 0o644)
			_, err := s.ImportFile(ctx, path)
			if err == nil || !strings.Contains(err.Error(), c.wantErr) {
				t.Errorf("import %s: error %v, want one containing %q", c.file, err, c.wantErr)
			}
		}
		if _, err := s.ImportFile(ctx, filepath.Join(dir, "missing.nq")); err == nil || !strings.Contains(err.Error(), "missing.nq") {
			t.Errorf("missing file: %v", err)
		}
		if got := allQuads(t, s); !reflect.DeepEqual(got, before) {
			t.Fatalf("malformed import changed the store")
		}
		// The same dump, gzipped and whole, imports.
		var gz bytes.Buffer
		zw := gzip.NewWriter(&gz)
		zw.Write(dump.Bytes())
		zw.Close()
		path := filepath.Join(dir, "good.nq.gz")
		os.WriteFile(path, gz.Bytes(), 0o644)
		if _, err := s.ImportFile(ctx, path); err != nil {
			t.Fatalf("import gzipped dump: %v", err)
		}
		if got := len(labelled(t, s, articleTwo.id)); got != len(nquadLines(articleTwo.quads())) {
			t.Fatalf("gzipped import stored %d quads of article two", got)
		}
	})
}

// TestExportFormats: every writer of quad's registry produces output,
// "dot" names the graphviz writer, unknown names are refused.
func TestExportFormats(t *testing.T) {
	ctx := context.Background()
	s, _ := Open("memory", "")
	defer s.Close()
	loadSample(t, s)
	total := len(allQuads(t, s))
	cases := []struct{ format, contains string }{
		{"nquads", "<https://newsgraph.dev/ns/mentions>"},
		{"pquads", ""},
		{"jsonld", `"@id"`},
		{"graphml", "<graphml"},
		{"gml", "graph ["},
		{"graphviz", "digraph"},
		{"dot", "digraph"},
	}
	for _, c := range cases {
		var out bytes.Buffer
		n, err := s.ExportFormat(ctx, &out, c.format)
		if err != nil || n != total || out.Len() == 0 {
			t.Errorf("%s: %d quads, %d bytes, %v", c.format, n, out.Len(), err)
			continue
		}
		if !strings.Contains(out.String(), c.contains) {
			t.Errorf("%s output lacks %q", c.format, c.contains)
		}
	}
	if _, err := s.ExportFormat(ctx, &bytes.Buffer{}, "svg"); err == nil || !strings.Contains(err.Error(), "graphml") {
		t.Errorf("unknown format: %v, want an error listing the formats", err)
	}
	if _, err := s.ImportFormat(ctx, strings.NewReader(""), "gml"); err == nil || !strings.Contains(err.Error(), "no quad reader") {
		t.Errorf("import of a write-only format: %v", err)
	}
}
