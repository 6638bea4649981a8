package extract

import (
	"reflect"
	"testing"
)

func TestNameShaped(t *testing.T) {
	for w, want := range map[string]bool{
		"Maria": true, "O'Brien": true, "Jean-Luc": true, "KOVALENKO": true, "McNeil": true,
		"eXIT": false, "iPhone": false, "2022": false, "TammReuters": false, "russian": false,
	} {
		if got := nameShaped(w); got != want {
			t.Errorf("nameShaped(%q) = %v", w, got)
		}
	}
}

func TestTitleCase(t *testing.T) {
	for in, want := range map[string]string{"JAAN TAMM": "Jaan Tamm", "ANNA-MARIA O'NEIL": "Anna-Maria O'Neil", "Jaan Tamm": "Jaan Tamm"} {
		if got := titleCase(in); got != want {
			t.Errorf("titleCase(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestChunks(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"officials of the Office of Refugees and Stateless Persons met Jaan Tamm today", []string{"Office of Refugees and Stateless Persons", "Jaan Tamm"}},
		{"the Court of Justice of the European Union ruled", []string{"Court of Justice of the European Union"}},
		{"Latvia's border guard and Estonia", []string{"Latvia", "Estonia"}},
		{"he spoke to Radio Kuku on Monday", []string{"Radio Kuku", "Monday"}},
		{"a flat in Lagoa da Conceicao near Porto dos Gauchos", []string{"Lagoa da Conceicao", "Porto dos Gauchos"}},
		{"units of the Northern Fleet and the Baltic Fleet", []string{"Northern Fleet", "Baltic Fleet"}},
		{"figures from the Bank of Russia and Rosstat", []string{"Bank of Russia", "Rosstat"}},
		{"two days of buses to Foz do Iguaçu and then Puerto Iguazú", []string{"Foz do Iguaçu", "Puerto Iguazú"}},
		{"the embassy of Bosnia and Herzegovina and the Ministry of Foreign Affairs and Trade", []string{"Bosnia and Herzegovina", "Ministry of Foreign Affairs and Trade"}},
		{"the Socialist People's Party met Russia's Foreign Ministry", []string{"Socialist People's Party", "Russia", "Foreign Ministry"}},
	}
	for _, c := range cases {
		toks := tokens(c.text, 0)
		var got []string
		for _, r := range chunks(toks) {
			got = append(got, joinTokens(c.text, toks, r))
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

func TestHeadlineCase(t *testing.T) {
	for text, want := range map[string]bool{
		"Europe Should Open Its Doors To Russian Deserters": true,
		"Europe should take in more Russian deserters":      false,
		"Short Title": false,
	} {
		if got := headlineCase(tokens(text, 0)); got != want {
			t.Errorf("headlineCase(%q) = %v", text, got)
		}
	}
}
