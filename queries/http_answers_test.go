package queries

import (
	"encoding/json"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

func TestAnswersHTTP(t *testing.T) {
	st := openWorld(t)
	srv := httptest.NewServer(NewServer(st, ServerOptions{}))
	defer srv.Close()
	get := func(path string, params url.Values) (int, map[string]any) {
		t.Helper()
		resp, err := srv.Client().Get(srv.URL + path + "?" + params.Encode())
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("%s: content type %q", path, ct)
		}
		var body map[string]any
		if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		return resp.StatusCode, body
	}
	cases := []struct {
		name   string
		path   string
		params url.Values
		status int
		check  func(t *testing.T, body map[string]any)
	}{
		{"path", "/api/v1/path", url.Values{"from": {"Orlov"}, "to": {"Sokolov"}, "k": {"2"}}, 200, func(t *testing.T, b map[string]any) {
			paths := b["paths"].([]any)
			if len(paths) != 2 {
				t.Fatalf("%d paths", len(paths))
			}
			hop := paths[0].(map[string]any)["hops"].([]any)[0].(map[string]any)
			ev := hop["evidence"].([]any)[0].(map[string]any)
			if hop["predicate"] != "citizen_of" || ev["article_id"] != "steppe-deserter" {
				t.Errorf("hop %v", hop)
			}
		}},
		{"path via mention", "/api/v1/path", url.Values{"from": {"Ukraine"}, "to": {"Latvia"}, "via": {"mention"}, "k": {"1"}}, 200, func(t *testing.T, b map[string]any) {
			hops := b["paths"].([]any)[0].(map[string]any)["hops"].([]any)
			if len(hops) != 1 || hops[0].(map[string]any)["via"] != "mention" {
				t.Errorf("hops %v", hops)
			}
		}},
		{"path filtered away", "/api/v1/path", url.Values{"from": {"Orlov"}, "to": {"Sokolov"}, "until": {"2022-10-31"}}, 200, func(t *testing.T, b map[string]any) {
			if len(b["paths"].([]any)) != 0 {
				t.Errorf("paths %v", b["paths"])
			}
		}},
		{"path ambiguous", "/api/v1/path", url.Values{"from": {"Petrov"}, "to": {"Russia"}}, 409, func(t *testing.T, b map[string]any) {
			if c := b["candidates"].([]any); len(c) != 2 || c[0].(map[string]any)["key"] != "person/ivan-petrov" {
				t.Errorf("candidates %v", b["candidates"])
			}
		}},
		{"path unknown", "/api/v1/path", url.Values{"from": {"Nobody Known"}, "to": {"Russia"}}, 404, nil},
		{"path bad k", "/api/v1/path", url.Values{"from": {"Orlov"}, "to": {"Russia"}, "k": {"x"}}, 400, nil},
		{"path bad date", "/api/v1/path", url.Values{"from": {"Orlov"}, "to": {"Russia"}, "since": {"last week"}}, 400, nil},
		{"path missing to", "/api/v1/path", url.Values{"from": {"Orlov"}}, 400, nil},
		{"entity", "/api/v1/entity", url.Values{"name": {"estonian"}}, 200, func(t *testing.T, b map[string]any) {
			if b["entity"].(map[string]any)["key"] != "country/ee" || b["iso3166"] != "EE" {
				t.Errorf("entity %v", b["entity"])
			}
		}},
		{"entity unknown", "/api/v1/entity", url.Values{"name": {"Atlantis"}}, 404, nil},
		{"ask", "/api/v1/ask", url.Values{"q": {"Who helped Dmitri Sokolov?"}}, 200, func(t *testing.T, b map[string]any) {
			item := b["items"].([]any)[0].(map[string]any)
			if item["entity"].(map[string]any)["name"] != "Free Passage" || b["form"] != "helped" {
				t.Errorf("answer %v", b)
			}
		}},
		{"ask not understood", "/api/v1/ask", url.Values{"q": {"Sing me a song"}}, 400, func(t *testing.T, b map[string]any) {
			if len(b["forms"].([]any)) != len(QuestionForms()) {
				t.Errorf("forms %v", b["forms"])
			}
		}},
		{"ask ambiguous", "/api/v1/ask", url.Values{"q": {"Who is Petrov?"}}, 409, nil},
		{"conflicts", "/api/v1/conflicts", nil, 200, func(t *testing.T, b map[string]any) {
			if len(b["conflicts"].([]any)) != 2 {
				t.Errorf("conflicts %v", b["conflicts"])
			}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			status, body := get(c.path, c.params)
			if status != c.status {
				t.Fatalf("status %d, want %d: %v", status, c.status, body)
			}
			if status >= 400 {
				if _, ok := body["error"].(string); !ok {
					t.Errorf("error body %v", body)
				}
			}
			if c.check != nil {
				c.check(t, body)
			}
		})
	}
}
