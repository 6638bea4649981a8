package gazetteer

import "testing"

func TestPersonKeyFoldsRomanisations(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Maxim Orlov", "Maksim Orlov"},
		{"Alexei Smirnov", "Aleksey Smirnov"},
		{"Yevgeny Petrov", "Evgeniy Petrov"},
		{"Dmitri Ivanov", "Dmitriy Ivanov"},
		{"Oleg Zaretskiy", "Oleg Zaretsky"},
		{"Pavel Belyy", "Pavel Bely"},
		{"Максим Орлов", "Maksim Orlov"},
	}
	for _, tt := range tests {
		if ka, kb := PersonKey(tt.a), PersonKey(tt.b); ka != kb {
			t.Errorf("PersonKey(%q) = %s, PersonKey(%q) = %s; want one key", tt.a, ka, tt.b, kb)
		}
	}
	// different people stay apart
	for _, p := range [][2]string{{"Maria Orlova", "Mario Orlova"}, {"Ivan Sky", "Ivan Skiy"}} {
		if PersonKey(p[0]) == PersonKey(p[1]) {
			t.Errorf("%q and %q share key %s", p[0], p[1], PersonKey(p[0]))
		}
	}
}
