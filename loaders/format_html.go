package loaders

import (
	"bytes"
	"fmt"
	"io"
	nurl "net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func init() {
	RegisterFormat(Format{
		Name: "html",
		Ext:  []string{".html", ".htm", ".xhtml"},
		Mime: []string{"text/html", "application/xhtml+xml"},
		Read: readHTML,
	})
}

// readHTML reads one web page: go-readability finds the article text,
// title, byline, site name and publication time; the url is the page's
// og:url or canonical link.
func readHTML(r io.Reader, path string) ([]Article, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	a, err := articleFromHTML(b)
	if err != nil {
		return nil, err
	}
	a.Format = "html"
	a.ID = articleID(a.URL, path)
	return []Article{a}, nil
}

// articleFromHTML is the HTML reading shared with jsonl records that carry html.
func articleFromHTML(b []byte) (Article, error) {
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return Article{}, fmt.Errorf("parse html: %w", err)
	}
	// Read the head before readability, which rewrites the tree.
	head := pageMeta(doc)
	var a Article
	a.URL = head.url
	var base *nurl.URL
	if u, err := nurl.Parse(head.url); err == nil && u.IsAbs() {
		base = u
	}
	ra, err := readability.FromDocument(doc, base)
	if err != nil {
		return Article{}, fmt.Errorf("readability: %w", err)
	}
	a.Title = strings.TrimSpace(ra.Title())
	a.Byline = strings.TrimSpace(ra.Byline())
	a.Outlet = strings.TrimSpace(ra.SiteName())
	if t, err := ra.PublishedTime(); err == nil {
		a.Published = t
	} else if t, err := ParseDate(head.published); err == nil {
		a.Published = t
	}
	if ra.Node != nil {
		a.Text = normaliseText(tidyText(render.InnerText(ra.Node)))
	}
	return a, nil
}

type headMeta struct{ url, published string }

// pageMeta finds the page's own url (og:url, else rel=canonical) and a
// publication date readability might not know (a <time datetime> element).
func pageMeta(doc *html.Node) headMeta {
	var m headMeta
	var canonical, og string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				prop := strings.ToLower(attr(n, "property") + attr(n, "name"))
				switch prop {
				case "og:url":
					og = attr(n, "content")
				case "article:published_time", "date", "pubdate", "dc.date", "publish-date":
					if m.published == "" {
						m.published = attr(n, "content")
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					canonical = attr(n, "href")
				}
			case atom.Time:
				if m.published == "" {
					m.published = attr(n, "datetime")
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	m.url = strings.TrimSpace(og)
	if m.url == "" {
		m.url = strings.TrimSpace(canonical)
	}
	return m
}

func attr(n *html.Node, name string) string {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val
		}
	}
	return ""
}

// tidyText trims each line and keeps at most one blank line between
// paragraphs: rendered HTML is full of indentation.
func tidyText(s string) string {
	var out []string
	blank := false
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			blank = len(out) > 0
			continue
		}
		if blank {
			out = append(out, "")
			blank = false
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}
