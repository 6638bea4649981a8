package extract

import "time"

// Token is one word or punctuation mark with its part-of-speech tag (Penn
// Treebank tags, as prose gives them). Offsets are bytes into Doc.Text.
type Token struct {
	Text  string
	Tag   string
	Start int
	End   int
}

// Mention is one place where the text names an entity.
type Mention struct {
	Span
	Text string
	// Entity indexes Doc.Entities.
	Entity int
	// Demonym is set when the surface form is an adjective or demonym
	// ("Russian", "Lithuanian") rather than a name.
	Demonym bool
}

// Sentence is one sentence of the article, with the mentions inside it in
// text order.
type Sentence struct {
	Text     string
	Start    int
	End      int
	Tokens   []Token
	Mentions []Mention
}

// Doc is an article analysed for entities: the input of the relation and
// event stages.
type Doc struct {
	Text      string
	Published time.Time // zero when unknown; dates are resolved against it
	Sentences []Sentence
	Entities  []Entity
}

// Evidence returns the evidence record of sentence i.
func (d *Doc) Evidence(i int) *Evidence {
	s := d.Sentences[i]
	return &Evidence{Sentence: s.Text, Start: s.Start, End: s.End}
}
