// Package loaders reads articles in their source formats, extracts what they
// state and turns it into quads with provenance for the graph package.
package loaders

import (
	"time"
)

// Article is one news article as read from its source, before extraction.
type Article struct {
	// ID is stable across re-loads: the url when there is one, otherwise the
	// file name (plus ":LINE" for a line of a .jsonl file).
	ID        string
	Title     string
	URL       string
	Published time.Time // zero when unknown
	Outlet    string
	Byline    string
	Text      string // plain text, the offsets of all evidence refer to it
	Path      string // where it was read from ("-" for stdin)
	Line      int    // the line of a line-per-article source (jsonl), else 0
	Format    string // the Format.Name that read it
}
