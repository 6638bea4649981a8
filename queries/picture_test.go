package queries

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestPictureOfPaths(t *testing.T) {
	st := openWorld(t)
	paths, err := FindPaths(context.Background(), st, "Pavel Orlov", "Dmitri Sokolov", PathOptions{})
	if err != nil {
		t.Fatal(err)
	}
	pic := PictureOfPaths("Orlov — Sokolov", paths)
	// every hop is one edge, drawn once even when two paths share it
	seen := map[PictureEdge]bool{}
	for _, e := range pic.Edges {
		if seen[e] {
			t.Errorf("edge %+v drawn twice", e)
		}
		seen[e] = true
	}
	for _, p := range paths {
		for _, h := range p.Hops {
			e := PictureEdge{From: h.Subject.IRI, To: h.Object.IRI, Label: h.Predicate, Weak: h.Via == "mention"}
			if !seen[e] {
				t.Errorf("hop %s —%s→ %s is not drawn", h.Subject.Name, h.Predicate, h.Object.Name)
			}
		}
	}
	svg, err := pic.SVG(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	s := string(svg)
	for _, want := range []string{"<svg", "Pavel Orlov", "Dmitri Sokolov", "citizen_of", "Orlov — Sokolov"} {
		if !strings.Contains(s, want) {
			t.Errorf("SVG lacks %q", want)
		}
	}
}

func TestPictureEdgeToUnknownNode(t *testing.T) {
	pic := Picture{Nodes: []PathNode{{IRI: "a", Name: "A", Type: "Person"}}, Edges: []PictureEdge{{From: "a", To: "b", Label: "helped"}}}
	if _, err := pic.SVG(context.Background()); err == nil {
		t.Fatal("an edge to a node the picture lacks should fail")
	}
}

func TestHTTPPicture(t *testing.T) {
	srv := httptest.NewServer(NewServer(openWorld(t), ServerOptions{}))
	defer srv.Close()
	tests := []struct {
		query      string
		status     int
		wantInBody string
		mime       string
	}{
		{"from=Pavel+Orlov&to=Dmitri+Sokolov", 200, "<svg", "image/svg+xml"},
		{"from=Pavel+Orlov", 400, "both from and to", "application/json"},
		{"from=Pavel+Orlov&to=Nobody+Known", 404, "Nobody Known", "application/json"},
	}
	for _, tt := range tests {
		res, err := http.Get(srv.URL + "/api/v1/picture?" + tt.query)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != tt.status || !strings.Contains(string(body), tt.wantInBody) || !strings.HasPrefix(res.Header.Get("Content-Type"), tt.mime) {
			t.Errorf("%s: %d %s %.200s; want %d %s containing %q", tt.query, res.StatusCode, res.Header.Get("Content-Type"), body, tt.status, tt.mime, tt.wantInBody)
		}
	}
}
