package evaluate

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func f64(v float64) *float64 { return &v }

func TestScore(t *testing.T) {
	gold := Document{
		Entities: []Entity{
			{Name: "Russia", Type: "Country", Aliases: []string{"Russian"}},
			{Name: "Georgia", Type: "Country"},
			{Name: "Upper Lars", Type: "Place", Aliases: []string{"Verkhny Lars"}},
			{Name: "Mediazona", Type: "Organization"},
			{Name: "Europe", Type: "Place", Optional: true},
			{Name: "Pavel Orlov", Type: "Person", Aliases: []string{"Orlov"}},
		},
		Relations: []Relation{
			{S: "Georgia", P: "borders", O: "Russia"},
			{S: "Upper Lars", P: "located_in", O: "Georgia"},
			{S: "Mediazona", P: "based_in", O: "Europe", Optional: true},
		},
		Events: []Event{
			{Kind: "Emigration", Origin: "Russia", Destination: "Georgia", Location: "Upper Lars", Date: "2022-09-22"},
			{Kind: "CriminalCase", Location: "Russia", Count: f64(7300), Source: "Mediazona"},
			{Kind: "Deportation", Subject: "Pavel Orlov", Destination: "Russia", Optional: true},
		},
	}
	cases := []struct {
		name                        string
		pred                        Document
		ents, country, rels, events Counts
	}{
		{"perfect", gold, Counts{TP: 5}, Counts{TP: 2}, Counts{TP: 2}, Counts{TP: 2}},
		{"empty", Document{}, Counts{FN: 5}, Counts{FN: 2}, Counts{FN: 2}, Counts{FN: 2}},
		{"aliases, duplicates, wrong type and optional", Document{Entities: []Entity{
			{Name: "Russian", Type: "Country"},
			{Name: "russia", Type: "Country"},
			{Name: "Verkhny Lars", Type: "Place"},
			{Name: "Georgia", Type: "Place"},
			{Name: "Europe", Type: "Place"},
			{Name: "Orlov", Type: "Person"},
			{Name: "the Mediazona", Type: "Organization"},
			{Name: "Upper Lars", Type: "Date"},
		}}, Counts{TP: 4, FP: 2, FN: 1}, Counts{TP: 1, FP: 1, FN: 1}, Counts{FN: 2}, Counts{FN: 2}},
		{"symmetric borders, repeats, optional ends", Document{Relations: []Relation{
			{S: "Russian", P: "borders", O: "Georgia"},
			{S: "Georgia", P: "borders", O: "Russia"},
			{S: "Verkhny Lars", P: "located_in", O: "Russia"},
			{S: "Mediazona", P: "based_in", O: "Europe"},
			{S: "Mediazona", P: "based_in", O: "Russia"},
		}}, Counts{FN: 5}, Counts{FN: 2}, Counts{TP: 1, FP: 2, FN: 1}, Counts{FN: 2}},
		{"events: prefixes, counts, extra participants", Document{Events: []Event{
			{Kind: "Emigration", Origin: "Russian", Date: "2022-09"},
			{Kind: "CriminalCase", Count: f64(7000), Source: "Mediazona"},
			{Kind: "CriminalCase", Count: f64(7300), Agent: "Russia"},
			{Kind: "Deportation", Subject: "Orlov"},
			{Kind: "Deportation", Subject: "Orlov"},
		}}, Counts{FN: 5}, Counts{FN: 2}, Counts{FN: 2}, Counts{TP: 1, FP: 3, FN: 1}},
		{"events: date that disagrees", Document{Events: []Event{
			{Kind: "Emigration", Destination: "Georgia", Date: "2022-10"},
			{Kind: "CriminalCase", Location: "Russia", Date: "2024"},
		}}, Counts{FN: 5}, Counts{FN: 2}, Counts{FN: 2}, Counts{TP: 1, FP: 1, FN: 1}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Score(gold, c.pred)
			if got := r.EntityTotal(); got != c.ents {
				t.Errorf("entities %+v, want %+v", got, c.ents)
			}
			if got := r.Entities["Country"]; got != c.country {
				t.Errorf("countries %+v, want %+v", got, c.country)
			}
			if r.Relations != c.rels {
				t.Errorf("relations %+v, want %+v", r.Relations, c.rels)
			}
			if r.Events != c.events {
				t.Errorf("events %+v, want %+v", r.Events, c.events)
			}
		})
	}
}

func TestResultAddAndTable(t *testing.T) {
	var total Result
	total.Add(Result{Entities: map[string]Counts{"Person": {TP: 2, FP: 1}, "Place": {FN: 1}}, Relations: Counts{TP: 1, FN: 1}})
	total.Add(Result{Entities: map[string]Counts{"Person": {TP: 1, FN: 2}}, Events: Counts{FP: 3}})
	if got := total.Entities["Person"]; got != (Counts{TP: 3, FP: 1, FN: 2}) {
		t.Fatalf("Person %+v", got)
	}
	var b bytes.Buffer
	if err := total.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	want := `                    P      R     F1    tp    fp    fn
Person          0.750  0.600  0.667     3     1     2
Country         0.000  0.000  0.000     0     0     0
Place           0.000  0.000  0.000     0     0     1
Organization    0.000  0.000  0.000     0     0     0
entities        0.750  0.500  0.600     3     1     3
relations       1.000  0.500  0.667     1     0     1
events          0.000  0.000  0.000     0     3     0
`
	if b.String() != want {
		t.Errorf("table\n%s\nwant\n%s", b.String(), want)
	}
	if got := total.Summary(2); got != "entities_f1=0.6 relations_f1=0.667 events_f1=0.0 failed=2" {
		t.Errorf("summary %q", got)
	}
	if got := total.SummaryJSON(0); got != `{"entities": 0.6, "relations": 0.667, "events": 0.0, "failed_articles": 0}` {
		t.Errorf("JSON summary %q", got)
	}
}

func TestEvaluateDirErrors(t *testing.T) {
	none := func(string) (Document, error) { return Document{}, nil }
	if _, err := EvaluateDir(filepath.Join(t.TempDir(), "absent"), t.TempDir(), none); err == nil {
		t.Error("a missing gold directory was accepted")
	}
	gold, corpus := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(gold, "broken.json"), []byte(`{"entities": [`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(corpus, "broken.txt"), []byte("Some text.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := EvaluateDir(gold, corpus, none)
	if err == nil || !strings.Contains(err.Error(), "broken.json") {
		t.Errorf("a broken gold file gave %v, want an error naming it", err)
	}
}

func TestDecodeDocument(t *testing.T) {
	d, err := DecodeDocument([]byte(`{"entities":[{"key":"country/ru","name":"Russia","type":"Country","mentions":[{"start":0,"end":6}]}],
		"events":[{"kind":"Emigration","count":"700000","keys":{"origin":"country/ru"}},{"kind":"Death","count":null}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Entities) != 1 || d.Entities[0].Name != "Russia" || d.Events[0].Count == nil || *d.Events[0].Count != 700000 || d.Events[1].Count != nil {
		t.Errorf("decoded %+v", d)
	}
	for _, bad := range []string{`null`, `[]`, `{"events":[{"kind":"Death","count":"many"}]}`, `{} {}`} {
		if _, err := DecodeDocument([]byte(bad)); err == nil {
			t.Errorf("DecodeDocument(%s) succeeded", bad)
		}
	}
}
