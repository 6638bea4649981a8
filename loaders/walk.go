package loaders

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Stdin is the path that means "read standard input".
const Stdin = "-"

// Source is one file (or stdin) to read articles from.
type Source struct {
	// Path is where to read: a file path, or Stdin.
	Path string
	// Name names the source in article IDs and messages: the path relative
	// to the load root, with forward slashes.
	Name string
	// Format reads it; nil for Stdin, whose format the load options choose.
	Format *Format
}

// Skip reasons, the first word of Skipped.Reason.
const (
	ReasonUnknownExt = "unknown extension"
	ReasonUnreadable = "unreadable"
	ReasonBadLine    = "bad jsonl line"
	ReasonEmptyText  = "empty text"
	ReasonDuplicate  = "duplicate article id"
	ReasonExtract    = "extraction failed"
	ReasonWrite      = "store write failed"
)

// Skipped is a file, line or article that was not loaded, and why.
type Skipped struct {
	Path   string // the file as found (or "-" for stdin)
	Line   int    // for a jsonl line, else 0
	ID     string // the article id when one was read
	Reason string // starts with one of the Reason constants
}

func (s Skipped) String() string {
	where := s.Path
	if s.Line > 0 {
		where = fmt.Sprintf("%s:%d", s.Path, s.Line)
	}
	return where + ": " + s.Reason
}

// Walk expands paths into sources: files as given, directories recursively
// in lexical order, skipping hidden files and directories (names starting
// with "."). Files whose extension no format claims, and paths that cannot
// be read, come back as skipped. root, when not "", is the directory that
// source names are relative to; otherwise names are the cleaned paths as
// given (so "corpus/a.txt" whether reached as a file or through "corpus").
// The same file reached twice is read once.
func Walk(root string, paths []string) ([]Source, []Skipped) {
	var (
		srcs    []Source
		skipped []Skipped
		seen    = map[string]bool{}
	)
	add := func(p string) {
		name := sourceName(root, p)
		if seen[name] {
			return
		}
		seen[name] = true
		f := FormatOfPath(p)
		if f == nil {
			ext := filepath.Ext(p)
			if ext == "" {
				ext = "(none)"
			}
			skipped = append(skipped, Skipped{Path: p, Reason: fmt.Sprintf("%s %s (known: %s)", ReasonUnknownExt, ext, knownExts())})
			return
		}
		srcs = append(srcs, Source{Path: p, Name: name, Format: f})
	}
	for _, p := range paths {
		if p == Stdin {
			if !seen[Stdin] {
				seen[Stdin] = true
				srcs = append(srcs, Source{Path: Stdin, Name: Stdin})
			}
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			skipped = append(skipped, Skipped{Path: p, Reason: ReasonUnreadable + ": " + pathErr(err)})
			continue
		}
		if !info.IsDir() {
			add(p)
			continue
		}
		// WalkDir visits entries in lexical order: the order is deterministic.
		err = filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
			if err != nil {
				skipped = append(skipped, Skipped{Path: q, Reason: ReasonUnreadable + ": " + pathErr(err)})
				if d != nil && d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if q != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() || (d.Type()&fs.ModeSymlink != 0 && isFile(q)) {
				add(q)
			}
			return nil
		})
		if err != nil {
			skipped = append(skipped, Skipped{Path: p, Reason: ReasonUnreadable + ": " + pathErr(err)})
		}
	}
	return srcs, skipped
}

func isFile(p string) bool {
	info, err := os.Stat(p)
	return err == nil && info.Mode().IsRegular()
}

// sourceName is p relative to root (when p lies inside it), slash-separated.
func sourceName(root, p string) string {
	p = filepath.Clean(p)
	if root != "" {
		ar, err1 := filepath.Abs(root)
		ap, err2 := filepath.Abs(p)
		if err1 == nil && err2 == nil {
			if rel, err := filepath.Rel(ar, ap); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
				p = rel
			}
		}
	}
	return filepath.ToSlash(p)
}

// pathErr drops the path from an fs error: the Skipped record names it.
func pathErr(err error) string {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Op + ": " + pe.Err.Error()
	}
	return err.Error()
}

func knownExts() string {
	var exts []string
	for e := range formatsByExt {
		exts = append(exts, e)
	}
	sort.Strings(exts)
	return strings.Join(exts, " ")
}
