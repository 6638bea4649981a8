package queries

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// call sends one request through a real client and returns status and body.
func call(t *testing.T, method, u, contentType string, body io.Reader) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, u, body)
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

func decode(t *testing.T, body string) map[string]interface{} {
	t.Helper()
	var m map[string]interface{}
	if err := json.Unmarshal([]byte(body), &m); err != nil {
		t.Fatalf("not a JSON object: %q: %v", body, err)
	}
	return m
}

const memberOf = "<https://newsgraph.dev/ns/member_of>"

func TestV1Query(t *testing.T) {
	f := cayleyFixture{people: 6, units: 2, articles: 3}
	srv := startCayleyServer(t, openFixtureStore(t, f), ServerOptions{QueryLimit: 4})
	p0, u0 := string(f.person(0)), string(f.unit(0))
	outOfP0 := `g.V("<` + p0 + `>").Out("` + memberOf + `").All()`
	allPeople := `g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://schema.org/Person>").All()`
	tests := []struct {
		name    string
		path    string
		query   string
		status  int
		exact   string // the whole body, when set
		results int    // number of results, when exact is not set
		errHas  string // substring of "error", for failures
	}{
		{"gizmo result shape", "/api/v1/query/gizmo", outOfP0, 200, `{"result":[{"id":"<` + u0 + `>"}]}` + "\n", 0, ""},
		{"gremlin alias", "/api/v1/query/gremlin", outOfP0, 200, `{"result":[{"id":"<` + u0 + `>"}]}` + "\n", 0, ""},
		{"emit and literals", "/api/v1/query/gizmo", `g.Emit(g.V("<` + p0 + `>").Out("<http://schema.org/name>").ToValue())`, 200, `{"result":["Person 0"]}` + "\n", 0, ""},
		{"no results is null as in Cayley", "/api/v1/query/gizmo", `g.V("<https://newsgraph.dev/id/person/nobody>").All()`, 200, `{"result":null}` + "\n", 0, ""},
		{"configured limit", "/api/v1/query/gizmo", allPeople, 200, "", 4, ""},
		{"?limit lowers it", "/api/v1/query/gizmo?limit=2", allPeople, 200, "", 2, ""},
		{"?limit cannot raise it", "/api/v1/query/gizmo?limit=50", allPeople, 200, "", 4, ""},
		{"syntax error", "/api/v1/query/gizmo", `g.V(`, 400, "", 0, "SyntaxError"},
		{"runtime error", "/api/v1/query/gizmo", `g.V().Nope()`, 400, "", 0, "Nope"},
		{"unknown language", "/api/v1/query/sparql", `SELECT *`, 400, `{"error":"Unknown query language."}` + "\n", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body := call(t, "POST", srv.URL+tt.path, "text/plain", strings.NewReader(tt.query))
			if status != tt.status {
				t.Fatalf("status %d, want %d: %s", status, tt.status, body)
			}
			if tt.exact != "" {
				if body != tt.exact {
					t.Errorf("body %q, want %q", body, tt.exact)
				}
				return
			}
			m := decode(t, body)
			if tt.errHas != "" {
				msg, _ := m["error"].(string)
				if !strings.Contains(msg, tt.errHas) || len(m) != 1 {
					t.Errorf("body %s, want {\"error\": ...%s...}", body, tt.errHas)
				}
				return
			}
			if res, _ := m["result"].([]interface{}); len(res) != tt.results {
				t.Errorf("%d results, want %d: %s", len(res), tt.results, body)
			}
		})
	}
}

// A runaway script is cut off at the deadline and the server keeps serving.
func TestV1QueryTimeout(t *testing.T) {
	f := cayleyFixture{people: 2, units: 1, articles: 1}
	srv := startCayleyServer(t, openFixtureStore(t, f), ServerOptions{QueryTimeout: 300 * time.Millisecond})
	for _, path := range []string{"/api/v1/query/gizmo", "/api/v1/shape/gizmo"} {
		status, body := call(t, "POST", srv.URL+path, "", strings.NewReader(`while(true){}`))
		if status != 400 || body != `{"error":"query timed out after 300ms"}`+"\n" {
			t.Errorf("%s: %d %q", path, status, body)
		}
	}
	status, body := call(t, "POST", srv.URL+"/api/v1/query/gizmo", "", strings.NewReader(`g.V("<`+string(f.person(1))+`>").Out("`+memberOf+`").All()`))
	if status != 200 || body != `{"result":[{"id":"<`+string(f.unit(0))+`>"}]}`+"\n" {
		t.Errorf("next request: %d %q", status, body)
	}
}

func TestV1Shape(t *testing.T) {
	f := cayleyFixture{people: 2, units: 1, articles: 1}
	srv := startCayleyServer(t, openFixtureStore(t, f), ServerOptions{})
	for _, lang := range []string{"gizmo", "gremlin"} {
		status, body := call(t, "POST", srv.URL+"/api/v1/shape/"+lang, "", strings.NewReader(`g.V("<`+string(f.person(0))+`>").Out("`+memberOf+`").All()`))
		m := decode(t, body)
		nodes, _ := m["nodes"].([]interface{})
		_, hasLinks := m["links"]
		if status != 200 || len(nodes) == 0 || !hasLinks {
			t.Errorf("%s: %d %s", lang, status, body)
		}
	}
	status, body := call(t, "POST", srv.URL+"/api/v1/shape/gizmo", "", strings.NewReader(`g.V(`))
	if m := decode(t, body); status != 400 || !strings.Contains(m["error"].(string), "SyntaxError") {
		t.Errorf("syntax error: %d %s", status, body)
	}
}

func TestV2(t *testing.T) {
	f := cayleyFixture{people: 3, units: 1, articles: 1}
	srv := startCayleyServer(t, openFixtureStore(t, f), ServerOptions{})

	qu := url.QueryEscape(`g.V("<` + string(f.person(2)) + `>").Out("` + memberOf + `").All()`)
	status, body := call(t, "GET", srv.URL+"/api/v2/query?lang=gizmo&qu="+qu, "", nil)
	if status != 200 || body != `{"result":[{"id":"<`+string(f.unit(0))+`>"}]}`+"\n" {
		t.Errorf("v2 query: %d %q", status, body)
	}

	status, body = call(t, "GET", srv.URL+"/api/v2/read?format=nquads", "", nil)
	if status != 200 {
		t.Fatalf("v2 read: %d %s", status, body)
	}
	got, err := quad.ReadAll(nquads.NewReader(strings.NewReader(body), false))
	if err != nil {
		t.Fatal(err)
	}
	if want := f.quads(); !sameQuadSet(got, want) {
		t.Errorf("v2 read gave %d quads, want the %d written", len(got), len(want))
	}

	status, body = call(t, "GET", srv.URL+"/api/v2/formats", "", nil)
	var formats []struct {
		ID    string `json:"id"`
		Read  bool   `json:"read"`
		Write bool   `json:"write"`
	}
	if err := json.Unmarshal([]byte(body), &formats); status != 200 || err != nil {
		t.Fatalf("v2 formats: %d %s %v", status, body, err)
	}
	found := false
	for _, fm := range formats {
		found = found || fm.ID == "nquads" && fm.Read && fm.Write
	}
	if !found {
		t.Errorf("formats lack readable, writable nquads: %s", body)
	}

	status, body = call(t, "GET", srv.URL+"/api/v2/nothing", "", nil)
	if m := decode(t, body); status != 404 || m["error"] == nil {
		t.Errorf("v2 unknown path: %d %s", status, body)
	}
}

func sameQuadSet(a, b []quad.Quad) bool {
	set := func(qs []quad.Quad) map[string]bool {
		m := map[string]bool{}
		for _, q := range qs {
			m[q.NQuad()] = true
		}
		return m
	}
	return len(a) == len(b) && reflect.DeepEqual(set(a), set(b))
}

func TestV2Writes(t *testing.T) {
	const newQuad = `<https://newsgraph.dev/id/person/added> <http://schema.org/name> "Added Person" .` + "\n"
	askName := url.QueryEscape(`g.V("<https://newsgraph.dev/id/person/added>").Out("<http://schema.org/name>").All()`)
	tests := []struct {
		name        string
		allowWrites bool
		status      int
		afterWrite  string // v2 query body after the write
	}{
		{"refused when off", false, 403, `{"result":null}` + "\n"},
		{"accepted when on", true, 200, `{"result":[{"id":"Added Person"}]}` + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := startCayleyServer(t, openFixtureStore(t, cayleyFixture{people: 1, units: 1, articles: 1}), ServerOptions{AllowWrites: tt.allowWrites})
			status, body := call(t, "POST", srv.URL+"/api/v2/write", "application/n-quads", strings.NewReader(newQuad))
			if status != tt.status {
				t.Fatalf("write: %d %s", status, body)
			}
			if m := decode(t, body); tt.status == 403 && m["error"] != "database is read-only" {
				t.Errorf("write refusal: %s", body)
			}
			if _, body = call(t, "GET", srv.URL+"/api/v2/query?lang=gizmo&qu="+askName, "", nil); body != tt.afterWrite {
				t.Errorf("after write: %q, want %q", body, tt.afterWrite)
			}
			status, body = call(t, "POST", srv.URL+"/api/v2/delete", "application/n-quads", strings.NewReader(newQuad))
			if status != tt.status {
				t.Fatalf("delete: %d %s", status, body)
			}
			if _, body = call(t, "GET", srv.URL+"/api/v2/query?lang=gizmo&qu="+askName, "", nil); body != `{"result":null}`+"\n" {
				t.Errorf("after delete: %q", body)
			}
		})
	}
}

// chunked hides the body length, so the limit is found while reading.
type chunked struct{ io.Reader }

func TestBodyLimit(t *testing.T) {
	srv := startCayleyServer(t, openFixtureStore(t, cayleyFixture{people: 1, units: 1, articles: 1}), ServerOptions{MaxBody: 1024, AllowWrites: true})
	big := "g.V().All()//" + strings.Repeat("x", 2048)
	tests := []struct {
		name string
		path string
		body io.Reader
	}{
		{"v1 query with length", "/api/v1/query/gizmo", strings.NewReader(big)},
		{"v1 query chunked", "/api/v1/query/gizmo", chunked{strings.NewReader(big)}},
		{"v1 shape", "/api/v1/shape/gizmo", strings.NewReader(big)},
		{"v2 write", "/api/v2/write", strings.NewReader(big)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body := call(t, "POST", srv.URL+tt.path, "", tt.body)
			if m := decode(t, body); status != 413 || !strings.Contains(m["error"].(string), "1024 bytes") {
				t.Errorf("%d %s", status, body)
			}
		})
	}
	if status, body := call(t, "POST", srv.URL+"/api/v1/query/gizmo", "", strings.NewReader("g.V().All()")); status != 200 {
		t.Errorf("small body refused: %d %s", status, body)
	}
}

func TestJSONFallbacks(t *testing.T) {
	srv := startCayleyServer(t, openFixtureStore(t, cayleyFixture{people: 1, units: 1, articles: 1}), ServerOptions{})
	tests := []struct {
		method, path string
		status       int
		errHas       string
	}{
		{"GET", "/api/v1/nothing", 404, "no such endpoint: GET /api/v1/nothing"},
		{"GET", "/api/v1/query/gizmo", 405, "method GET is not allowed"},
		{"PUT", "/api/v2/query", 405, "method PUT is not allowed"},
	}
	for _, tt := range tests {
		status, body := call(t, tt.method, srv.URL+tt.path, "", nil)
		m := decode(t, body)
		if msg, _ := m["error"].(string); status != tt.status || !strings.Contains(msg, tt.errHas) {
			t.Errorf("%s %s: %d %s", tt.method, tt.path, status, body)
		}
	}
}
