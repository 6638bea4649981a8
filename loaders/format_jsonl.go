package loaders

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

func init() {
	RegisterFormat(Format{
		Name: "jsonl",
		Ext:  []string{".jsonl", ".ndjson"},
		Mime: []string{"application/jsonl", "application/x-ndjson", "application/x-jsonlines"},
		Read: readJSONL,
	})
}

// jsonlRecord is one line of a .jsonl source. Text is a pointer so that a
// record without text can be told from one with empty text.
type jsonlRecord struct {
	Meta
	Text *string `json:"text"`
	HTML *string `json:"html"`
}

// maxJSONLLine bounds one record; a whole article with html fits easily.
const maxJSONLLine = 32 << 20

// readJSONL reads one article per line. A bad line does not stop the
// others: the good articles come back together with a LineErrors naming
// each bad line. Blank lines are ignored.
func readJSONL(r io.Reader, path string) ([]Article, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxJSONLLine)
	var (
		out []Article
		bad LineErrors
	)
	for line := 1; sc.Scan(); line++ {
		b := sc.Bytes()
		if strings.TrimSpace(string(b)) == "" {
			continue
		}
		a, err := jsonlArticle(b, path, line)
		if err != nil {
			bad = append(bad, &LineError{Path: path, Line: line, Err: err})
			continue
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			err = fmt.Errorf("a line is longer than %d bytes", maxJSONLLine)
		}
		return out, fmt.Errorf("after %d articles: %w", len(out), err)
	}
	if len(bad) > 0 {
		return out, bad
	}
	return out, nil
}

func jsonlArticle(b []byte, path string, line int) (Article, error) {
	if !utf8.Valid(b) {
		return Article{}, errNotUTF8
	}
	var rec jsonlRecord
	if err := json.Unmarshal(b, &rec); err != nil {
		return Article{}, fmt.Errorf("invalid JSON: %w", err)
	}
	var a Article
	switch {
	case rec.Text != nil:
		a.Text = normaliseText(*rec.Text)
	case rec.HTML != nil:
		var err error
		if a, err = articleFromHTML([]byte(*rec.HTML)); err != nil {
			return Article{}, err
		}
	default:
		return Article{}, errors.New(`record has neither "text" nor "html"`)
	}
	// The record's own fields win over what the html says.
	fromHTML := a
	if err := rec.Meta.apply(&a); err != nil {
		return Article{}, err
	}
	for _, f := range []struct {
		dst *string
		alt string
	}{
		{&a.Title, fromHTML.Title}, {&a.URL, fromHTML.URL}, {&a.Outlet, fromHTML.Outlet}, {&a.Byline, fromHTML.Byline},
	} {
		if *f.dst == "" {
			*f.dst = f.alt
		}
	}
	if a.Published.IsZero() {
		a.Published = fromHTML.Published
	}
	a.Format = "jsonl"
	a.Line = line
	a.ID = articleID(a.URL, path+":"+strconv.Itoa(line))
	return a, nil
}
