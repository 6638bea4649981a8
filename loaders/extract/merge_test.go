package extract

import (
	"reflect"
	"testing"
)

func TestMerge(t *testing.T) {
	a := Extraction{
		Entities:  []Entity{{Key: "country/fr", Name: "France", Type: Country, Aliases: []string{"French"}}},
		Relations: []Relation{{S: "Anna Petrova", P: "fled_to", O: "France"}},
	}
	b := Extraction{
		Entities: []Entity{
			{Key: "country/fr", Name: "France", Type: Country, Aliases: []string{"Frenchmen"}},
			{Key: "org/unhcr", Name: "UNHCR", Type: Organization},
		},
		Events: []Event{{Kind: "AsylumGrant", Agent: "France"}},
	}
	tests := []struct {
		name string
		in   []Extraction
		want Extraction
	}{
		{"none", nil, Extraction{Entities: []Entity{}, Relations: []Relation{}, Events: []Event{}}},
		{"one keeps its lists", []Extraction{a}, Extraction{Entities: a.Entities, Relations: a.Relations, Events: []Event{}}},
		{"same key joins aliases", []Extraction{a, b}, Extraction{
			Entities: []Entity{
				{Key: "country/fr", Name: "France", Type: Country, Aliases: []string{"French", "Frenchmen"}},
				{Key: "org/unhcr", Name: "UNHCR", Type: Organization},
			},
			Relations: a.Relations,
			Events:    b.Events,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Merge(tt.in...)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Merge = %+v\nwant %+v", got, tt.want)
			}
		})
	}
}
