package loaders

import (
	"bytes"
	"fmt"
	"html"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"go.yaml.in/yaml/v3"
)

func init() {
	RegisterFormat(Format{
		Name: "md",
		Ext:  []string{".md", ".markdown"},
		Mime: []string{"text/markdown", "text/x-markdown"},
		Read: readMarkdown,
	})
}

var markdown = goldmark.New()

// readMarkdown reads one Markdown article: optional YAML front matter
// (title, url, published, outlet, byline), then the document rendered to
// plain text, one block per paragraph. The title is the front matter's, or
// else the first heading's.
func readMarkdown(r io.Reader, path string) ([]Article, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	if !utf8.Valid(b) {
		return nil, errNotUTF8
	}
	src := []byte(normaliseText(string(b)))
	a := Article{Format: "md"}
	front, body, err := splitFrontMatter(src)
	if err != nil {
		return nil, err
	}
	if front != nil {
		var m Meta
		if err := yaml.Unmarshal(front, &m); err != nil {
			return nil, fmt.Errorf("front matter: %w", err)
		}
		if err := m.apply(&a); err != nil {
			return nil, fmt.Errorf("front matter: %w", err)
		}
	}
	txt, heading := markdownText(body)
	if a.Title == "" {
		a.Title = heading
	}
	a.Text = txt
	if a.Published.IsZero() {
		a.Published = leadDate(txt) // no front matter date: a dateline may state it
	}
	a.ID = articleID(a.URL, path)
	return []Article{a}, nil
}

// splitFrontMatter separates a leading "---" YAML block from the document.
// front is nil when there is none; an opened block that never closes is an error.
func splitFrontMatter(src []byte) (front, body []byte, err error) {
	if !bytes.HasPrefix(src, []byte("---\n")) {
		return nil, src, nil
	}
	rest := src[4:]
	for off := 0; off <= len(rest); {
		end := bytes.IndexByte(rest[off:], '\n')
		line := rest[off:]
		if end >= 0 {
			line = rest[off : off+end]
		}
		if t := strings.TrimRight(string(line), " \t"); t == "---" || t == "..." {
			next := len(rest)
			if end >= 0 {
				next = off + end + 1
			}
			return rest[:off], rest[next:], nil
		}
		if end < 0 {
			break
		}
		off += end + 1
	}
	return nil, nil, fmt.Errorf("front matter opened with --- is never closed")
}

// markdownText renders Markdown to plain text: block by block, separated by
// blank lines; inline markup reduced to its words; code blocks and raw HTML
// left out. It also returns the text of the first heading.
func markdownText(src []byte) (string, string) {
	doc := markdown.Parser().Parse(text.NewReader(src))
	var blocks []string
	heading := ""
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		collectBlocks(n, src, &blocks, &heading)
	}
	return strings.Join(blocks, "\n\n"), heading
}

func collectBlocks(n ast.Node, src []byte, blocks *[]string, heading *string) {
	switch n.Kind() {
	case ast.KindCodeBlock, ast.KindFencedCodeBlock, ast.KindHTMLBlock, ast.KindThematicBreak:
		return
	case ast.KindParagraph, ast.KindTextBlock, ast.KindHeading:
		var b strings.Builder
		inlineText(n, src, &b)
		s := strings.TrimSpace(b.String())
		if s == "" {
			return
		}
		if n.Kind() == ast.KindHeading && *heading == "" {
			*heading = s
		}
		*blocks = append(*blocks, s)
		return
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		collectBlocks(c, src, blocks, heading)
	}
}

func inlineText(n ast.Node, src []byte, b *strings.Builder) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch t := c.(type) {
		case *ast.Text:
			v := t.Value(src)
			if !t.IsRaw() {
				v = util.UnescapePunctuations(v)
			}
			b.WriteString(html.UnescapeString(string(v)))
			if t.HardLineBreak() {
				b.WriteByte('\n')
			} else if t.SoftLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.WriteString(html.UnescapeString(string(t.Value)))
		case *ast.AutoLink:
			b.Write(t.Label(src))
		case *ast.RawHTML:
			// markup, not words
		default:
			inlineText(c, src, b)
		}
	}
}
