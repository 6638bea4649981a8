package main

import "testing"

func TestSeat(t *testing.T) {
	for _, c := range []struct {
		name, div string
		want      bool
	}{
		{"Valencia", "Provincia de Valencia", true},
		{"Kaliningrad", "Kaliningradskiy Gorodskoy Okrug", true},
		{"Tbilisi", "T'bilisi", true},
		{"Saint Petersburg", "St.-Petersburg", true},
		{"Lyon", "Rhône", false},
		{"Ob", "Obskaya", false}, // too short a stem to trust
		{"Narva", "", false},
	} {
		if got := seat(c.name, c.div); got != c.want {
			t.Errorf("seat(%q, %q) = %v", c.name, c.div, got)
		}
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{"Kyïv": "kyiv", "St.-Petersburg": "saint petersburg", "T'bilisi": "t bilisi"} {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}
