package queries

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestRunGizmo(t *testing.T) {
	f := cayleyFixture{people: 6, units: 2, articles: 3}
	qs := openFixtureStore(t, f).QuadStore()
	p0, u0 := string(f.person(0)), string(f.unit(0))
	tests := []struct {
		name  string
		query string
		limit int
		want  []interface{}
	}{
		{"All gives tag maps", `g.V("<` + p0 + `>").Out("<https://newsgraph.dev/ns/member_of>").All()`, 100,
			[]interface{}{map[string]interface{}{"id": "<" + u0 + ">"}}},
		{"tags are kept", `g.V("<` + p0 + `>").Tag("who").Out("<http://schema.org/name>").All()`, 100,
			[]interface{}{map[string]interface{}{"id": "Person 0", "who": "<" + p0 + ">"}}},
		{"Emit gives values", `g.Emit({n: g.V("<` + u0 + `>").In("<https://newsgraph.dev/ns/member_of>").Count()})`, 100,
			[]interface{}{map[string]interface{}{"n": int64(3)}}},
		{"limit cuts results", `g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://schema.org/Person>").All()`, 2,
			nil /* checked by length below */},
		{"no results is nil", `g.V("<https://newsgraph.dev/id/person/nobody>").Out().All()`, 100, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := RunGizmo(context.Background(), qs, tt.query, tt.limit, time.Second)
			if err != nil {
				t.Fatal(err)
			}
			if tt.name == "limit cuts results" {
				if len(got) != 2 {
					t.Fatalf("got %d results with limit 2: %v", len(got), got)
				}
				return
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %#v, want %#v", got, tt.want)
			}
		})
	}
}

func TestRunGizmoErrors(t *testing.T) {
	qs := openFixtureStore(t, cayleyFixture{people: 2, units: 1, articles: 1}).QuadStore()
	tests := []struct {
		name    string
		query   string
		timeout time.Duration
		want    string
	}{
		{"syntax error", `g.V(`, time.Second, "SyntaxError"},
		{"runtime error", `nosuchthing.All()`, time.Second, "nosuchthing is not defined"},
		{"runaway loop", `while(true){}`, 200 * time.Millisecond, "query timed out after 200ms"},
		{"runaway after results", `g.V().All(); while(true){}`, 200 * time.Millisecond, "query timed out after 200ms"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := RunGizmo(context.Background(), qs, tt.query, 100, tt.timeout)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want %q", err, tt.want)
			}
			var te *TimeoutError
			if strings.Contains(tt.want, "timed out") != errors.As(err, &te) {
				t.Errorf("TimeoutError = %v for %v", te, err)
			}
		})
	}
}

func TestRunGizmoCallerCancel(t *testing.T) {
	qs := openFixtureStore(t, cayleyFixture{people: 2, units: 1, articles: 1}).QuadStore()
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(50 * time.Millisecond); cancel() }()
	_, err := RunGizmo(ctx, qs, `while(true){}`, 100, time.Minute)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled (not a timeout)", err)
	}
}

func TestShapeGizmo(t *testing.T) {
	f := cayleyFixture{people: 2, units: 1, articles: 1}
	qs := openFixtureStore(t, f).QuadStore()
	sh, err := ShapeGizmo(context.Background(), qs, `g.V("<`+string(f.person(0))+`>").Out("<https://newsgraph.dev/ns/member_of>").All()`, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	m, ok := sh.(map[string]interface{})
	_, hasLinks := m["links"]
	if nodes := reflect.ValueOf(m["nodes"]); !ok || !hasLinks || nodes.Kind() != reflect.Slice || nodes.Len() == 0 {
		t.Fatalf("shape = %#v, want nodes and links", sh)
	}
	if _, err := ShapeGizmo(context.Background(), qs, `while(true){}`, 200*time.Millisecond); err == nil || err.Error() != "query timed out after 200ms" {
		t.Fatalf("runaway shape: err = %v", err)
	}
	if _, err := ShapeGizmo(context.Background(), qs, `g.V(`, time.Second); err == nil || !strings.Contains(err.Error(), "SyntaxError") {
		t.Fatalf("syntax error: err = %v", err)
	}
}
