package graph

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	_ "github.com/cayleygraph/quad/dot"
	_ "github.com/cayleygraph/quad/gml"
	_ "github.com/cayleygraph/quad/graphml"
	_ "github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"
	_ "github.com/cayleygraph/quad/pquads"
)

// importBatch is the number of quads per ApplyDeltas call of Import.
const importBatch = 10000

// formatAliases maps names users say to quad's registry names.
var formatAliases = map[string]string{"dot": "graphviz", "nq": "nquads", "n-quads": "nquads"}

func formatByName(name string) *quad.Format {
	n := strings.ToLower(name)
	if a, ok := formatAliases[n]; ok {
		n = a
	}
	return quad.FormatByName(n)
}

// ExportFormats and ImportFormats list the format names ExportFormat and
// ImportFormat accept ("dot" is accepted for "graphviz" too).
func ExportFormats() []string {
	return formatNames(func(f quad.Format) bool { return f.Writer != nil })
}
func ImportFormats() []string {
	return formatNames(func(f quad.Format) bool { return f.Reader != nil })
}

func formatNames(ok func(quad.Format) bool) []string {
	var out []string
	for _, f := range quad.Formats() {
		if ok(f) {
			out = append(out, f.Name)
		}
	}
	sort.Strings(out)
	return out
}

// Import adds raw quads (a dump) in batches, skipping quads already stored
// or repeated, and returns how many it added. It does not validate the
// article model. On PostgreSQL it refreshes planner statistics afterwards.
func (s *Store) Import(ctx context.Context, r quad.Reader) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.writable(); err != nil {
		return 0, err
	}
	stored, err := s.quadCount(ctx)
	if err != nil {
		return 0, err
	}
	checkStored := stored != 0
	seen := map[quadKey]struct{}{}
	var (
		batch []quad.Quad
		added int
		n     int
	)
	flush := func() error {
		if err := s.apply(nil, batch); err != nil {
			return err
		}
		added += len(batch)
		batch = batch[:0]
		return nil
	}
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		} else if err != nil {
			return added, fmt.Errorf("import: quad %d: %w", n+1, err)
		}
		n++
		q = canonical(q)
		if !q.IsValid() {
			return added, fmt.Errorf("import: quad %d %s: missing subject, predicate or object", n, showQuad(q))
		}
		k := keyOf(q)
		if _, ok := seen[k]; ok {
			continue
		}
		seen[k] = struct{}{}
		if checkStored {
			has, err := s.has(ctx, q)
			if err != nil {
				return added, err
			}
			if has {
				continue
			}
		}
		batch = append(batch, q)
		if len(batch) >= importBatch {
			if err := ctx.Err(); err != nil {
				return added, err
			}
			if err := flush(); err != nil {
				return added, fmt.Errorf("import: %w", err)
			}
		}
	}
	if err := flush(); err != nil {
		return added, fmt.Errorf("import: %w", err)
	}
	return added, s.analyze()
}

// xsdString is the datatype RDF 1.1 gives plain literals; JSON-LD readers
// spell it out, newsgraph stores plain strings.
const xsdString = quad.IRI("http://www.w3.org/2001/XMLSchema#string")

// canonical rewrites "x"^^xsd:string as "x", so a JSON-LD round trip gives
// back the quads that were exported.
func canonical(q quad.Quad) quad.Quad {
	for _, d := range quad.Directions {
		if ts, ok := q.Get(d).(quad.TypedString); ok && ts.Type == xsdString {
			q.Set(d, ts.Value)
		}
	}
	return q
}

// has reports whether q is stored.
func (s *Store) has(ctx context.Context, q quad.Quad) (bool, error) {
	found := errors.New("found")
	err := s.scan(ctx, pattern{q.Subject, q.Predicate, q.Object, q.Label}, func(ref cgraph.Ref) error {
		if q.Label == nil && s.qs.QuadDirection(ref, quad.Label) != nil {
			return nil // an unlabelled quad is not its labelled twin
		}
		return found
	})
	if err == found {
		return true, nil
	}
	return false, err
}

// ImportFile imports a dump file, choosing the format by extension (".nq",
// ".jsonld", ".pq"; a ".gz" suffix is uncompressed first). A malformed dump
// is rejected with its file and line (or quad number) before anything is
// written.
func (s *Store) ImportFile(ctx context.Context, path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	var r io.Reader = f
	name := path
	if strings.HasSuffix(strings.ToLower(name), ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return 0, fmt.Errorf("%s: %w", path, err)
		}
		defer gz.Close()
		r, name = gz, name[:len(name)-3]
	}
	ext := strings.ToLower(filepath.Ext(name))
	format := quad.FormatByExt(ext)
	if format == nil || format.Reader == nil {
		return 0, fmt.Errorf("%s: no quad reader for extension %q (readable formats: %v)", path, ext, ImportFormats())
	}
	quads, err := parseAll(r, format)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", path, err)
	}
	n, err := s.Import(ctx, quad.NewReader(quads))
	if err != nil {
		return n, fmt.Errorf("%s: %w", path, err)
	}
	return n, nil
}

// ImportFormat imports a dump read from r in the named format, parsing it
// completely before writing anything.
func (s *Store) ImportFormat(ctx context.Context, r io.Reader, formatName string) (int, error) {
	format := formatByName(formatName)
	if format == nil || format.Reader == nil {
		return 0, fmt.Errorf("no quad reader for format %q (readable formats: %v)", formatName, ImportFormats())
	}
	quads, err := parseAll(r, format)
	if err != nil {
		return 0, err
	}
	return s.Import(ctx, quad.NewReader(quads))
}

// parseAll reads every quad, so a parse error leaves the store untouched.
// N-Quads are read line by line to name the failing line; quad's own reader
// names only the text, and skips quads lacking a part.
func parseAll(r io.Reader, f *quad.Format) ([]quad.Quad, error) {
	if f.Name == "nquads" {
		return parseNQuads(r)
	}
	qr := f.Reader(r)
	defer qr.Close()
	var out []quad.Quad
	for {
		q, err := qr.ReadQuad()
		if err == io.EOF {
			return out, nil
		} else if err != nil {
			return nil, fmt.Errorf("%s: after quad %d: %w", f.Name, len(out), err)
		}
		if !q.IsValid() {
			return nil, fmt.Errorf("%s: quad %d %s: missing subject, predicate or object", f.Name, len(out)+1, showQuad(q))
		}
		out = append(out, q)
	}
}

func parseNQuads(r io.Reader) ([]quad.Quad, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	var (
		out  []quad.Quad
		line []byte
		no   int
	)
	for {
		l, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			line = append(line, l...)
			continue
		}
		if len(l) > 0 || len(line) > 0 {
			no++
			full := l
			if len(line) > 0 {
				full = append(line, l...)
			}
			if t := bytes.TrimSpace(full); len(t) > 0 && t[0] != '#' {
				q, perr := nquads.Parse(string(t))
				if perr != nil {
					return nil, fmt.Errorf("line %d: %v", no, perr)
				}
				if !q.IsValid() {
					return nil, fmt.Errorf("line %d: missing subject, predicate or object", no)
				}
				out = append(out, q)
			}
			line = line[:0]
		}
		if err == io.EOF {
			return out, nil
		} else if err != nil {
			return nil, fmt.Errorf("line %d: %w", no+1, err)
		}
	}
}

// Export streams every stored quad to w and returns how many it wrote.
func (s *Store) Export(ctx context.Context, w quad.Writer) (int, error) {
	it := s.qs.QuadsAllIterator()
	defer it.Close()
	buf := make([]quad.Quad, 0, 1000)
	n := 0
	flush := func() error {
		if len(buf) == 0 {
			return nil
		}
		m, err := w.WriteQuads(buf)
		n += m
		buf = buf[:0]
		return err
	}
	for it.Next(ctx) {
		q := s.qs.Quad(it.Result())
		if !q.IsValid() {
			continue // removed between iteration and lookup
		}
		buf = append(buf, q)
		if len(buf) == cap(buf) {
			if err := flush(); err != nil {
				return n, fmt.Errorf("export: %w", err)
			}
		}
	}
	if err := it.Err(); err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return n, err
	}
	if err := flush(); err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	return n, nil
}

// ExportFormat writes every stored quad to w in the named format: nquads,
// pquads, jsonld, graphml, gml, graphviz (or "dot").
func (s *Store) ExportFormat(ctx context.Context, w io.Writer, formatName string) (int, error) {
	format := formatByName(formatName)
	if format == nil || format.Writer == nil {
		return 0, fmt.Errorf("no quad writer for format %q (formats: %v)", formatName, ExportFormats())
	}
	qw := format.Writer(w)
	n, err := s.Export(ctx, qw)
	if cerr := qw.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("export %s: %w", format.Name, cerr)
	}
	return n, err
}
