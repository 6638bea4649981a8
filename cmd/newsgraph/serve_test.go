package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newsgraph/graph"
	"newsgraph/queries"
)

// The seed articles loaded by the CLI, then served over real HTTP: a Gizmo
// query of README returns the persons found, a runaway query is cut off at
// the timeout and the next request is still served.
func TestServeSeedsOverHTTP(t *testing.T) {
	seeds := sharedDir(t, "corpus/seeds")
	db := filepath.Join(t.TempDir(), "seeds.db")
	mustRun(t, "--db", db, "load", seeds)

	st, err := graph.Open("bolt", db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srv := httptest.NewServer(queries.NewServer(st, queries.ServerOptions{QueryTimeout: 500 * time.Millisecond}))
	defer srv.Close()

	post := func(q string) (int, string) {
		t.Helper()
		res, err := http.Post(srv.URL+"/api/v1/query/gizmo", "application/javascript", strings.NewReader(q))
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	persons := `g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://schema.org/Person>").Out("<http://schema.org/name>").Unique().All()`
	code, body := post(persons)
	if code != 200 {
		t.Fatalf("persons: %d %s", code, body)
	}
	body0 := body
	// every person extract finds in the seeds is served (names may have
	// been unified across articles, so compare the full names)
	files, _ := filepath.Glob(filepath.Join(seeds, "*.txt"))
	var doc struct{ Entities []struct{ Name, Type string } }
	if err := json.Unmarshal([]byte(mustRun(t, append([]string{"extract", "--format", "json"}, files...)...)), &doc); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range doc.Entities {
		if e.Type == "Person" && strings.Contains(e.Name, " ") {
			n++
			if !strings.Contains(body, `"`+e.Name+`"`) {
				t.Errorf("persons lack %s: %s", e.Name, body)
			}
		}
	}
	if n < 5 {
		t.Errorf("only %d full-name persons extracted from the seeds", n)
	}
	start := time.Now()
	code, body = post(`while(true){}`)
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("the runaway query ran %v with a 500ms timeout", d)
	}
	if code != 400 || !strings.Contains(body, "timed out") {
		t.Errorf("runaway query: %d %s", code, body)
	}
	if code2, body2 := post(persons); code2 != 200 || body2 != body0 {
		t.Errorf("after the runaway query: %d %s", code2, body2)
	}
}
