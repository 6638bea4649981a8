package graph

import (
	"testing"
	"time"

	"github.com/cayleygraph/quad"
)

func TestText(t *testing.T) {
	tests := []struct {
		in   quad.Value
		want string
	}{
		{nil, ""},
		{quad.String("Narva"), "Narva"},
		{quad.LangString{Value: "Нарва", Lang: "ru"}, "Нарва"},
		{quad.TypedString{Value: "2023-09", Type: "xsd:gYearMonth"}, "2023-09"},
		{quad.IRI("https://newsgraph.dev/id/country/ee"), "https://newsgraph.dev/id/country/ee"},
		{quad.Int(261000), "261000"},
		{quad.Float(1500000), "1500000"},
		{quad.Float(0.7), "0.7"},
		{quad.Time(time.Date(2022, 9, 21, 0, 0, 0, 0, time.UTC)), "2022-09-21"},
		{quad.Time(time.Date(2022, 9, 21, 8, 30, 0, 0, time.UTC)), "2022-09-21T08:30:00Z"},
		{quad.Bool(true), "true"},
	}
	for _, tt := range tests {
		if got := Text(tt.in); got != tt.want {
			t.Errorf("Text(%#v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
