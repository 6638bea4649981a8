package queries

import (
	"encoding/json"
	"reflect"
	"testing"
)

func TestStats(t *testing.T) {
	f := cayleyFixture{people: 5, units: 2, articles: 3}
	srv := startCayleyServer(t, openFixtureStore(t, f), ServerOptions{})
	status, body := call(t, "GET", srv.URL+"/api/v1/stats", "", nil)
	var got statsJSON
	if err := json.Unmarshal([]byte(body), &got); status != 200 || err != nil {
		t.Fatalf("%d %s %v", status, body, err)
	}
	want := statsJSON{
		Quads: int64(len(f.quads())), Articles: 3,
		Entities: map[string]int{"Person": 5, "Organization": 2}, Events: map[string]int{}, Claims: 0,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("stats %+v, want %+v", got, want)
	}
}

func TestHealthz(t *testing.T) {
	st := openFixtureStore(t, cayleyFixture{people: 1, units: 1, articles: 1})
	srv := startCayleyServer(t, st, ServerOptions{})
	status, body := call(t, "GET", srv.URL+"/healthz", "", nil)
	if m := decode(t, body); status != 200 || m["status"] != "ok" {
		t.Errorf("healthy store: %d %s", status, body)
	}
	// A closed store fails the ping.
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	status, body = call(t, "GET", srv.URL+"/healthz", "", nil)
	if m := decode(t, body); status != 503 || m["status"] != "unavailable" || m["error"] == "" {
		t.Errorf("closed store: %d %s", status, body)
	}
}
