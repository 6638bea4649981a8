package queries

import (
	"bytes"
	"context"
	"fmt"
	"sync"

	"github.com/goccy/go-graphviz"
	"github.com/goccy/go-graphviz/cgraph"
)

// Picture is a small subgraph to draw: the entities and events of some
// answers and the edges between them.
type Picture struct {
	Title string
	Nodes []PathNode
	Edges []PictureEdge
}

// PictureEdge is one drawn edge between two nodes of a Picture (by IRI).
type PictureEdge struct {
	From, To string
	Label    string
	Weak     bool // a co-mention, drawn dashed
}

// PictureOfPaths draws paths: every node once, every hop once, in the
// direction the fact was stated.
func PictureOfPaths(title string, paths []Path) Picture {
	p := Picture{Title: title}
	seen := map[string]bool{}
	addNode := func(n PathNode) {
		if !seen[n.IRI] {
			seen[n.IRI] = true
			p.Nodes = append(p.Nodes, n)
		}
	}
	edges := map[PictureEdge]bool{}
	for _, path := range paths {
		for _, n := range path.Nodes {
			addNode(n)
		}
		for _, h := range path.Hops {
			addNode(h.Subject)
			addNode(h.Object)
			e := PictureEdge{From: h.Subject.IRI, To: h.Object.IRI, Label: h.Predicate, Weak: h.Via == "mention"}
			if !edges[e] {
				edges[e] = true
				p.Edges = append(p.Edges, e)
			}
		}
	}
	return p
}

// nodeStyle colours nodes by type so a picture reads at a glance.
var nodeStyle = map[string]struct {
	shape cgraph.Shape
	fill  string
}{
	"Person":       {cgraph.EllipseShape, "#fde2b8"},
	"Organization": {cgraph.BoxShape, "#cfe3f7"},
	"Country":      {cgraph.HexagonShape, "#d5efd0"},
	"Place":        {cgraph.OctagonShape, "#e6f4e3"},
	"Event":        {cgraph.DiamondShape, "#f3d0d7"},
}

// renderMu serialises renders: one Graphviz WebAssembly instance is not
// safe for concurrent use, and starting one costs ~0.5 s, so it is shared.
var (
	renderMu sync.Mutex
	gv       *graphviz.Graphviz
)

// SVG lays the picture out with Graphviz's dot and returns it as SVG.
func (p Picture) SVG(ctx context.Context) ([]byte, error) {
	renderMu.Lock()
	defer renderMu.Unlock()
	if gv == nil {
		g, err := graphviz.New(ctx)
		if err != nil {
			return nil, fmt.Errorf("start graphviz: %w", err)
		}
		gv = g
	}
	g, err := gv.Graph()
	if err != nil {
		return nil, err
	}
	defer g.Close()
	g.SetRankDir(cgraph.LRRank)
	if p.Title != "" {
		g.SetLabel(p.Title)
	}
	nodes := map[string]*cgraph.Node{}
	for _, n := range p.Nodes {
		gn, err := g.CreateNodeByName(n.IRI)
		if err != nil {
			return nil, err
		}
		label := n.Name
		if n.Type == "Event" {
			label = eventLabel(n)
		}
		gn.SetLabel(label)
		if st, ok := nodeStyle[n.Type]; ok {
			gn.SetShape(st.shape).SetStyle(cgraph.FilledNodeStyle).SetFillColor(st.fill)
		}
		gn.SetFontName("Helvetica")
		nodes[n.IRI] = gn
	}
	for i, e := range p.Edges {
		from, to := nodes[e.From], nodes[e.To]
		if from == nil || to == nil {
			return nil, fmt.Errorf("picture edge %q joins a node it does not have", e.Label)
		}
		ge, err := g.CreateEdgeByName(fmt.Sprintf("e%d", i), from, to)
		if err != nil {
			return nil, err
		}
		ge.SetLabel(e.Label).SetFontName("Helvetica")
		if e.Weak {
			ge.SetStyle(cgraph.DashedEdgeStyle)
		}
	}
	var buf bytes.Buffer
	if err := gv.Render(ctx, g, graphviz.SVG, &buf); err != nil {
		return nil, fmt.Errorf("render svg: %w", err)
	}
	return buf.Bytes(), nil
}

func eventLabel(n PathNode) string {
	s := n.Kind
	if s == "" {
		s = n.Name
	}
	if n.Count != nil {
		s += fmt.Sprintf("\n%s%g", qualified(n.Qualifier), *n.Count)
	}
	if n.Date != "" {
		s += "\n" + n.Date
	}
	return s
}

func qualified(q string) string {
	if q == "" {
		return ""
	}
	return q + " "
}
