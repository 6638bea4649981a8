package loaders

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
)

// Format is one article source format: how it is recognised (by name,
// file extension or MIME type) and how it is read.
type Format struct {
	// Name identifies the format ("txt", "md", "html", "jsonl").
	Name string
	// Ext lists the file extensions of the format, with the dot (".md").
	Ext []string
	// Mime lists the content types of the format, for the HTTP layer.
	Mime []string
	// Read reads the articles of one source. path names the source in IDs
	// and errors (the path relative to the load root, or "-" for stdin).
	// Read fills every Article field except Path; the caller sets Path.
	Read func(r io.Reader, path string) ([]Article, error)
}

var (
	formatsByName = map[string]*Format{}
	formatsByExt  = map[string]*Format{}
	formatsByMime = map[string]*Format{}
)

// RegisterFormat makes a format known to the lookups below. It panics on a
// name, extension or MIME type registered twice: that is a programming error.
func RegisterFormat(f Format) {
	if _, ok := formatsByName[f.Name]; ok {
		panic(fmt.Errorf("article format %s is already registered", f.Name))
	}
	formatsByName[f.Name] = &f
	for _, e := range f.Ext {
		e = strings.ToLower(e)
		if g, ok := formatsByExt[e]; ok {
			panic(fmt.Errorf("article format %s is already registered with extension %s", g.Name, e))
		}
		formatsByExt[e] = &f
	}
	for _, m := range f.Mime {
		if g, ok := formatsByMime[m]; ok {
			panic(fmt.Errorf("article format %s is already registered with MIME type %s", g.Name, m))
		}
		formatsByMime[m] = &f
	}
}

// FormatByName returns the format called name, or nil.
func FormatByName(name string) *Format { return formatsByName[strings.ToLower(name)] }

// FormatByExt returns the format of a file extension (".md", or "md"), or nil.
func FormatByExt(ext string) *Format {
	ext = strings.ToLower(ext)
	if ext != "" && ext[0] != '.' {
		ext = "." + ext
	}
	return formatsByExt[ext]
}

// FormatByMime returns the format of a content type; parameters such as
// "; charset=utf-8" are ignored. nil when unknown.
func FormatByMime(mime string) *Format {
	if i := strings.IndexByte(mime, ';'); i >= 0 {
		mime = mime[:i]
	}
	return formatsByMime[strings.ToLower(strings.TrimSpace(mime))]
}

// FormatOfPath returns the format a file's extension says, or nil.
func FormatOfPath(path string) *Format { return FormatByExt(filepath.Ext(path)) }

// Formats lists the registered formats by name.
func Formats() []Format {
	out := make([]Format, 0, len(formatsByName))
	for _, f := range formatsByName {
		out = append(out, *f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// FormatNames lists the registered format names, sorted.
func FormatNames() []string {
	var out []string
	for _, f := range Formats() {
		out = append(out, f.Name)
	}
	return out
}
