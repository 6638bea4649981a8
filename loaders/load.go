package loaders

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/cayleygraph/quad"

	"newsgraph/graph"
	"newsgraph/loaders/extract"
)

// LoadOptions tune a load. The zero value is usable.
type LoadOptions struct {
	// Workers is how many articles are extracted at once; 0 means one per CPU.
	Workers int
	// BatchSize is how many articles are extracted and resolved together
	// before they are written; 0 means all of them. Smaller batches bound
	// memory; cross-article resolution then also relies on the store.
	BatchSize int
	// Stdin is read for the Stdin source (os.Stdin when nil), in the format
	// named StdinFormat ("txt" when empty).
	Stdin       io.Reader
	StdinFormat string
	// Progress hears how far the load has got; nil for none.
	Progress Progress
	// Extract replaces the extractor (tests, other languages); nil means Extract.
	Extract func(Article) extract.Extraction
}

// ArticleResult is what happened to one article.
type ArticleResult struct {
	ID, Path string
	Outcome  string // "added", "replaced" or "unchanged"
	Quads    int    // quads written; 0 when unchanged
}

// Summary is what a load did.
type Summary struct {
	Added, Replaced, Unchanged int
	Skipped                    []Skipped
	// Entities (distinct), relations, events and quads of the articles
	// written (added or replaced).
	Entities, Relations, Events, Quads int
	// Resolved lists short person names merged with a full name.
	Resolved []Resolution
	Articles []ArticleResult
}

// Loaded is the number of articles now in the store from this load.
func (s Summary) Loaded() int { return s.Added + s.Replaced + s.Unchanged }

// ArticleStore is what a load needs of the store; *graph.Store has it.
type ArticleStore interface {
	EntityLookup
	ArticleHash(ctx context.Context, id string) (hash string, ok bool, err error)
	WriteArticle(ctx context.Context, a graph.ArticleQuads) (graph.WriteOutcome, error)
}

// LoadPaths walks paths (see Walk) and loads what it finds; the walk's
// skipped files are reported in the summary first.
func LoadPaths(ctx context.Context, store ArticleStore, root string, paths []string, opts LoadOptions) (Summary, error) {
	srcs, skipped := Walk(root, paths)
	sum, err := Load(ctx, store, srcs, opts)
	sum.Skipped = append(skipped, sum.Skipped...)
	return sum, err
}

// Load reads the sources, extracts every new or changed article with
// opts.Workers goroutines, resolves person names across the batch and the
// store, and writes each article in its own transaction. An article whose
// content hash the store already has is left as it is ("unchanged") and is
// not extracted again. A source or article that fails is skipped with its
// reason and never stops the others; the error is for a cancelled context
// or a store that cannot be read.
func Load(ctx context.Context, store ArticleStore, srcs []Source, opts LoadOptions) (Summary, error) {
	var sum Summary
	prog := opts.Progress
	if prog == nil {
		prog = noProgress{}
	}
	defer prog.Finish()

	arts := readAll(ctx, srcs, opts, prog, &sum)
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	prog.Start(StageExtract, len(arts))
	prog.Start(StageWrite, len(arts))
	batch := opts.BatchSize
	if batch <= 0 {
		batch = len(arts)
	}
	entities := map[string]bool{}
	for lo := 0; lo < len(arts); lo += batch {
		hi := min(lo+batch, len(arts))
		if err := loadBatch(ctx, store, arts[lo:hi], opts, prog, &sum, entities); err != nil {
			return sum, err
		}
	}
	sum.Entities = len(entities)
	return sum, nil
}

// readAll reads every source, dropping empty articles and second copies of
// an article id.
func readAll(ctx context.Context, srcs []Source, opts LoadOptions, prog Progress, sum *Summary) []Article {
	stdinFormat := FormatByName(opts.StdinFormat)
	if opts.StdinFormat == "" {
		stdinFormat = FormatByName("txt")
	}
	prog.Start(StageRead, len(srcs))
	var arts []Article
	from := map[string]string{}
	for _, src := range srcs {
		if ctx.Err() != nil {
			return nil
		}
		got, skipped := ReadSource(src, opts.Stdin, stdinFormat)
		if src.Path == Stdin && stdinFormat == nil {
			skipped = []Skipped{{Path: src.Path, Reason: fmt.Sprintf("%s: unknown stdin format %q (known: %v)", ReasonUnreadable, opts.StdinFormat, FormatNames())}}
		}
		sum.Skipped = append(sum.Skipped, skipped...)
		for _, a := range got {
			if first, dup := from[a.ID]; dup {
				sum.Skipped = append(sum.Skipped, Skipped{Path: src.Path, Line: a.Line, ID: a.ID, Reason: fmt.Sprintf("%s (first read from %s)", ReasonDuplicate, first)})
				continue
			}
			from[a.ID] = src.Path
			arts = append(arts, a)
		}
		prog.Step(StageRead)
	}
	return arts
}

// pending is one article on its way through a batch.
type pending struct {
	a    Article
	x    extract.Extraction
	fail string // why extraction failed, if it did
}

func loadBatch(ctx context.Context, store ArticleStore, arts []Article, opts LoadOptions, prog Progress, sum *Summary, entities map[string]bool) error {
	// Unchanged articles need neither extraction nor a write.
	var todo []*pending
	for _, a := range arts {
		h, ok, err := store.ArticleHash(ctx, a.ID)
		if err != nil {
			return fmt.Errorf("read stored hash of %s: %w", a.ID, err)
		}
		if ok && h == ContentHash(a) {
			sum.Unchanged++
			sum.Articles = append(sum.Articles, ArticleResult{ID: a.ID, Path: a.Path, Outcome: graph.Unchanged.String()})
			prog.Step(StageExtract)
			prog.Step(StageWrite)
			continue
		}
		todo = append(todo, &pending{a: a})
	}

	extractAll(ctx, todo, opts, prog)
	if err := ctx.Err(); err != nil {
		return err
	}
	var ok []*pending
	var xs []extract.Extraction
	for _, p := range todo {
		if p.fail != "" {
			sum.Skipped = append(sum.Skipped, Skipped{Path: sourceLabel(p.a), Line: p.a.Line, ID: p.a.ID, Reason: ReasonExtract + ": " + p.fail})
			prog.Step(StageWrite)
			continue
		}
		sanitizeKeys(&p.x)
		ok = append(ok, p)
		xs = append(xs, p.x)
	}
	res, err := ResolvePeople(ctx, xs, store)
	if err != nil {
		return fmt.Errorf("resolve person names: %w", err)
	}
	sum.Resolved = append(sum.Resolved, res...)

	for i, p := range ok {
		if err := ctx.Err(); err != nil {
			return err
		}
		aq := ToQuads(p.a, xs[i])
		out, err := store.WriteArticle(ctx, aq)
		prog.Step(StageWrite)
		if err != nil {
			sum.Skipped = append(sum.Skipped, Skipped{Path: sourceLabel(p.a), Line: p.a.Line, ID: p.a.ID, Reason: ReasonWrite + ": " + err.Error()})
			continue
		}
		r := ArticleResult{ID: p.a.ID, Path: p.a.Path, Outcome: out.String()}
		switch out {
		case graph.Unchanged:
			sum.Unchanged++
		case graph.Added:
			sum.Added++
		case graph.Replaced:
			sum.Replaced++
		}
		if out != graph.Unchanged {
			r.Quads = len(aq.Quads)
			sum.Quads += len(aq.Quads)
			c := countFacts(aq)
			sum.Relations += c.relations
			sum.Events += c.events
			for _, k := range c.entities {
				entities[k] = true
			}
		}
		sum.Articles = append(sum.Articles, r)
	}
	return nil
}

// extractAll runs the extractor over todo with opts.Workers goroutines. A
// panic inside the extractor fails that article only.
func extractAll(ctx context.Context, todo []*pending, opts LoadOptions, prog Progress) {
	run := opts.Extract
	if run == nil {
		run = Extract
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	jobs := make(chan *pending)
	done := make(chan *pending)
	var wg sync.WaitGroup
	for range min(workers, max(len(todo), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range jobs {
				p.x, p.fail = safeExtract(run, p.a)
				done <- p
			}
		}()
	}
	go func() {
		defer close(jobs)
		for _, p := range todo {
			select {
			case jobs <- p:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(done) }()
	// Progress is reported from this goroutine only.
	for range done {
		prog.Step(StageExtract)
	}
}

func safeExtract(run func(Article) extract.Extraction, a Article) (x extract.Extraction, fail string) {
	defer func() {
		if r := recover(); r != nil {
			fail = fmt.Sprintf("panic: %v", r)
		}
	}()
	return run(a), ""
}

// sourceLabel names an article's source in a Skipped record.
func sourceLabel(a Article) string {
	if a.Path != "" {
		return a.Path
	}
	return a.ID
}

type factCount struct {
	entities          []string
	relations, events int
}

// countFacts counts what ToQuads actually wrote: entities by ng:mentions,
// relations by claim nodes, events by event nodes.
func countFacts(aq graph.ArticleQuads) factCount {
	var c factCount
	for _, q := range aq.Quads {
		switch {
		case q.Predicate == graph.Mentions:
			if iri, ok := q.Object.(quad.IRI); ok {
				c.entities = append(c.entities, string(iri))
			}
		case q.Predicate == graph.Type && q.Object == graph.ClassClaim:
			c.relations++
		case q.Predicate == graph.Type && q.Object == graph.ClassEvent:
			c.events++
		}
	}
	return c
}
