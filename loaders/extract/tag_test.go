package extract

import (
	"reflect"
	"testing"
)

func TestTokens(t *testing.T) {
	cases := []struct {
		text string
		want []string
		tags map[string]string // token → tag it must get
	}{
		{"AP Photo/Jaan Tamm", []string{"AP", "Photo", "/", "Jaan", "Tamm"}, nil},
		{"Copyright JAAN TAMM/AFP", []string{"Copyright", "JAAN", "TAMM", "/", "AFP"}, nil},
		{"Tallinn, Sept. 21, 2022.AP Photo", []string{"Tallinn", ",", "Sept", ".", "21", ",", "2022", ".", "AP", "Photo"}, nil},
		{"the U.S. and E.U. officials", []string{"the", "U.S.", "and", "E.U.", "officials"}, nil},
		{"Russia's army fled", []string{"Russia", "'s", "army", "fled"}, map[string]string{"'s": "POS", "fled": "VBD"}},
	}
	for _, c := range cases {
		toks := tokens(c.text, 100)
		var got []string
		for _, tk := range toks {
			got = append(got, tk.Text)
			if tk.Start < 100 || c.text[tk.Start-100:tk.End-100] != tk.Text {
				t.Errorf("%q: token %q has offsets %d-%d", c.text, tk.Text, tk.Start, tk.End)
			}
			if want, ok := c.tags[tk.Text]; ok && tk.Tag != want {
				t.Errorf("%q: %q tagged %s, want %s", c.text, tk.Text, tk.Tag, want)
			}
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}
