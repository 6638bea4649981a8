package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/jdkato/prose/v3/token"
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

// TestSplitWordsMatchesProse checks the shortcuts for plain and punctuated
// words against prose's own tokenizer on text with the punctuation news
// carries.
func TestSplitWordsMatchesProse(t *testing.T) {
	texts := append(corpusTexts(t),
		"“Putin’s war,” said Jaan Tamm (34) -- in the U.S. on Sept. 21, 2022; e-mail: x@y.org, 100% sure. Don't stop! Rock'n'roll at https://example.org/a?b=c :)",
		"(Mr. Tamm), (Dr., “Jan.) said: (o: XDD) 8D. $5, ($12) [Tallinn]; “Narva”, ‘Tartu’ (A.B.) Mr.,",
	)
	for _, text := range texts {
		got, want := splitWords(text), tokenizer.Tokenize(text)
		if !reflect.DeepEqual(got, want) {
			for i := range min(len(got), len(want)) {
				if got[i] != want[i] {
					t.Errorf("tokens differ from prose at %d: got %+v, want %+v", i, got[i], want[i])
					break
				}
			}
			t.Errorf("tokenize differs from prose: %d tokens, want %d", len(got), len(want))
		}
	}
}

// corpusTexts are realistic articles: the benchmark article and the
// evaluation corpus of the repository (and, for a wider check, the files
// matching $NG_TAG_CORPUS).
func corpusTexts(t *testing.T) []string {
	texts := []string{benchArticle}
	files, _ := filepath.Glob("../evaluate/testdata/corpus/*.txt")
	if extra := os.Getenv("NG_TAG_CORPUS"); extra != "" {
		more, _ := filepath.Glob(extra)
		files = append(files, more...)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// TestPerceptronMatchesProse checks that the hash-indexed tagger gives
// prose's tags, word for word, on realistic articles.
func TestPerceptronMatchesProse(t *testing.T) {
	texts := append(corpusTexts(t), "Hello :) said @jaan - the 0 * values 8D were *T*-1 and -LRB- others.")
	p := fastTagger()
	if p == nil {
		t.Fatalf("prose model unreadable: %v", perceptronErr)
	}
	words, fallbacks := 0, 0
	for _, text := range texts {
		for _, s := range sentences(text) {
			var mine, theirs []token.Token
			for _, tk := range splitWords(s.Text) {
				mine = splitGlued(mine, tk)
			}
			theirs = append(theirs, mine...)
			tagger.TagTokens(theirs)
			if !p.tag(&tagScratch{}, mine) {
				fallbacks++
				continue
			}
			for i := range mine {
				words++
				if mine[i].Tag != theirs[i].Tag {
					t.Errorf("%q in %q: tagged %s, prose says %s", mine[i].Text, s.Text, mine[i].Tag, theirs[i].Tag)
				}
			}
		}
	}
	t.Logf("%d words compared, %d sentences left to prose", words, fallbacks)
	if words < 1000 {
		t.Errorf("only %d words compared (%d sentences left to prose)", words, fallbacks)
	}
}
