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

// TestSplitWordsMatchesProse checks the plain-word shortcut against prose's
// own tokenizer on text with the punctuation news carries.
func TestSplitWordsMatchesProse(t *testing.T) {
	text := "“Putin’s war,” said Jaan Tamm (34) -- in the U.S. on Sept. 21, 2022; e-mail: x@y.org, 100% sure. Don't stop! Rock'n'roll at https://example.org/a?b=c :)"
	var got, want []string
	for _, tk := range splitWords(text) {
		got = append(got, tk.Text)
	}
	for _, tk := range tokenizer.Tokenize(text) {
		want = append(want, tk.Text)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tokenize differs from prose:\n got %q\nwant %q", got, want)
	}
}
