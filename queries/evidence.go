package queries

import (
	"sort"
	"strconv"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"newsgraph/graph"
)

// Evidence is where a fact was read: the article and the sentence.
type Evidence struct {
	ArticleID string `json:"article_id"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	Date      string `json:"date,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Sentence  string `json:"sentence,omitempty"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

// articleInfo is what answers show of an article.
type articleInfo struct {
	IRI    quad.IRI
	ID     string
	Title  string
	URL    string
	Date   string
	Outlet string
}

// ArticleFilter keeps facts by the article they come from; the zero value
// keeps everything. Dates compare as ISO 8601 prefixes ("2022", "2022-09").
type ArticleFilter struct {
	Since  string `json:"since,omitempty"`
	Until  string `json:"until,omitempty"`
	Outlet string `json:"outlet,omitempty"`
}

func (f ArticleFilter) empty() bool { return f.Since == "" && f.Until == "" && f.Outlet == "" }

// keeps says whether an article passes the filter. An article without a date
// fails any date bound: its facts cannot be placed in the range.
func (f ArticleFilter) keeps(a *articleInfo) bool {
	if a == nil {
		return f.empty()
	}
	if f.Outlet != "" && graph.NameKey(a.Outlet) != graph.NameKey(f.Outlet) {
		return false
	}
	if f.Since != "" && (a.Date == "" || datePrefix(a.Date, len(f.Since)) < f.Since) {
		return false
	}
	if f.Until != "" && (a.Date == "" || datePrefix(a.Date, len(f.Until)) > f.Until) {
		return false
	}
	return true
}

func datePrefix(d string, n int) string {
	if len(d) > n {
		return d[:n]
	}
	return d
}

// article reads (and caches) the article node ref.
func (r *reader) article(ref cgraph.Ref) *articleInfo {
	if ref == nil {
		return nil
	}
	if a, ok := r.arts[ref.Key()]; ok {
		return a
	}
	a := &articleInfo{IRI: r.iri(ref)}
	if id, ok := graph.ArticleIDOf(a.IRI); ok {
		a.ID = id
	}
	lit := func(p quad.IRI) string {
		v, _ := r.first(ref, r.ref(p))
		return literal(r.value(v))
	}
	a.Title = lit(graph.Headline)
	a.URL = lit(graph.URL)
	a.Date = lit(graph.DatePublished)
	a.Outlet = lit(graph.Outlet)
	if id := lit(graph.ArticleID); id != "" {
		a.ID = id
	}
	r.arts[ref.Key()] = a
	return a
}

// keepsLabel applies f to the article a quad is labelled with.
func (r *reader) keepsLabel(f ArticleFilter, label cgraph.Ref) bool {
	if f.empty() {
		return true
	}
	return f.keeps(r.article(label))
}

// evidenceOf builds the evidence of a claim or event from its properties.
func (r *reader) evidenceOf(props map[quad.IRI][]quad.Value, label cgraph.Ref) Evidence {
	var art *articleInfo
	if vs := props[graph.InArticle]; len(vs) > 0 {
		art = r.article(r.ref(vs[0]))
	}
	if art == nil {
		art = r.article(label)
	}
	e := Evidence{
		Sentence: literal(firstValue(props[graph.Sentence])),
		Start:    intLiteral(firstValue(props[graph.Start])),
		End:      intLiteral(firstValue(props[graph.End])),
	}
	if art != nil {
		e.ArticleID, e.Title, e.URL, e.Date, e.Outlet = art.ID, art.Title, art.URL, art.Date, art.Outlet
	}
	return e
}

// sortEvidence orders evidence by date, then article, then position, and
// drops exact repeats.
func sortEvidence(es []Evidence) []Evidence {
	sort.SliceStable(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		if a.ArticleID != b.ArticleID {
			return a.ArticleID < b.ArticleID
		}
		return a.Start < b.Start
	})
	out := es[:0]
	for i, e := range es {
		if i > 0 && e == es[i-1] {
			continue
		}
		out = append(out, e)
	}
	return out
}

func firstValue(vs []quad.Value) quad.Value {
	if len(vs) == 0 {
		return nil
	}
	return vs[0]
}

// literal is the text of a stored value ("" for nil).
func literal(v quad.Value) string { return graph.Text(v) }

func intLiteral(v quad.Value) int {
	switch v := v.(type) {
	case quad.Int:
		return int(v)
	case quad.Float:
		return int(v)
	case quad.String:
		n, _ := strconv.Atoi(string(v))
		return n
	case quad.TypedString:
		n, _ := strconv.Atoi(string(v.Value))
		return n
	}
	return 0
}

// numberLiteral reads ng:count, stored as quad.Float or quad.Int.
func numberLiteral(v quad.Value) (float64, bool) {
	switch v := v.(type) {
	case quad.Int:
		return float64(v), true
	case quad.Float:
		return float64(v), true
	case quad.String:
		f, err := strconv.ParseFloat(string(v), 64)
		return f, err == nil
	case quad.TypedString:
		f, err := strconv.ParseFloat(string(v.Value), 64)
		return f, err == nil
	}
	return 0, false
}
