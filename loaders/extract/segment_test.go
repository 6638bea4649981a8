package extract

import (
	"reflect"
	"testing"
)

func TestSentences(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"headline and paragraph",
			"Deserters find no refuge\n\nThe soldier left his unit in May. He crossed into Georgia on Sept. 21, 2022 by car.",
			[]string{"Deserters find no refuge", "The soldier left his unit in May.", "He crossed into Georgia on Sept. 21, 2022 by car."}},
		{"furniture lines dropped",
			"Share this article\nComments\nRead in Estonian\nThe border stayed shut.",
			[]string{"The border stayed shut."}},
		{"a stop marker ends the article",
			"Finland shut its border.\nKeep reading for free!\nSubscribe now to the Weekly Review.",
			[]string{"Finland shut its border."}},
		{"hard-wrapped prose is joined",
			"The ministry said that asylum claims\nwould be examined one by one.\nA second line stands alone.",
			[]string{"The ministry said that asylum claims\nwould be examined one by one.", "A second line stands alone."}},
		{"blank line keeps paragraphs apart",
			"A paragraph without an end\n\nlower-case start of another",
			[]string{"A paragraph without an end", "lower-case start of another"}},
	}
	for _, c := range cases {
		var got []string
		for _, s := range sentences(c.text) {
			if c.text[s.Start:s.End] != s.Text {
				t.Errorf("%s: offsets %d-%d do not locate %q", c.name, s.Start, s.End, s.Text)
			}
			got = append(got, s.Text)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

// TestOneSentenceMatchesPunkt checks the short cut for paragraphs without
// an inner sentence end against punkt itself.
func TestOneSentenceMatchesPunkt(t *testing.T) {
	texts := append(corpusTexts(t), "Border closed\nBy Jaan Tamm\n“Why now?” she asked\nNo way out (for now).")
	n := 0
	for _, text := range texts {
		for _, b := range blocks(text) {
			p := text[b.start:b.end]
			if !oneSentence(p) {
				continue
			}
			n++
			if got := segmenter.Segment(p); len(got) != 1 || got[0].Start != 0 || got[0].Text != p {
				t.Errorf("%q: punkt gives %+v", p, got)
			}
		}
	}
	if n < 10 {
		t.Errorf("only %d one-sentence paragraphs checked", n)
	}
	if oneSentence("He left. She stayed.") || oneSentence("Why? Nobody knows") {
		t.Error("a paragraph with an inner sentence end taken for one sentence")
	}
}
