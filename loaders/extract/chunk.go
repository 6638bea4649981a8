package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph/loaders/gazetteer"
)

// rng is a half-open range of token indexes within one sentence.
type rng struct{ i, j int }

// capitalised tells whether a token opens with an upper-case letter.
func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// allCaps tells whether every letter of s is upper case (and it has two).
func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// nameShaped tells whether a token can be one word of a person's name:
// "Maria", "O'Brien", "Jean-Luc", "KOVALENKO" (captions shout), not "eXIT",
// "iPhone" or "2022".
func nameShaped(s string) bool {
	if !capitalised(s) {
		return false
	}
	if allCaps(s) {
		return true
	}
	prevLetter := false
	for i, r := range s {
		if i == 0 {
			prevLetter = true
			continue
		}
		switch {
		case unicode.IsLower(r):
			prevLetter = true
		case unicode.IsUpper(r):
			// "McDonald", "O'Neil", "Jean-Luc": capitals only after a short
			// prefix or punctuation.
			if prevLetter && i > 2 {
				return false
			}
			prevLetter = true
		case r == '\'' || r == '’' || r == '-' || r == '.':
			prevLetter = false
		default:
			return false
		}
	}
	return true
}

// connector words may sit inside a multi-word name: "Office of Refugees and
// Stateless Persons", "Ministry of Defence", "Court of Justice of the European Union".
var connectors = map[string]bool{"of": true, "and": true, "for": true, "the": true, "de": true, "del": true,
	"der": true, "von": true, "van": true, "la": true, "le": true, "&": true, "da": true, "das": true, "dos": true,
	"di": true, "du": true, "des": true, "do": true}

// possessive tells whether a token is the possessive clitic.
func possessive(s string) bool { return s == "'s" || s == "’s" || s == "'" || s == "’" }

// chunks finds the runs of capitalised tokens in a sentence, letting
// connector words join two capitalised words. A possessive, a hyphenated
// token's lower-case part and punctuation end a run.
func chunks(toks []Token) []rng {
	var out []rng
	i := 0
	for i < len(toks) {
		if !capitalised(toks[i].Text) || !wordToken(toks[i].Text) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			t := toks[j].Text
			if capitalised(t) && wordToken(t) {
				j++
				continue
			}
			// "Socialist People's Party": a possessive the name holds
			if possessive(t) && gazetteer.Lex().NamePossessives[toks[j-1].Text] && j+1 < len(toks) && capitalised(toks[j+1].Text) && wordToken(toks[j+1].Text) {
				j += 2
				continue
			}
			// a connector joins only when a capitalised word follows it
			k := j
			for k < len(toks) && connectors[toks[k].Text] {
				k++
			}
			if k > j && k < len(toks) && capitalised(toks[k].Text) && wordToken(toks[k].Text) && !(k == j+2 && toks[j].Text == "and" && toks[j+1].Text == "the") &&
				!countryEndsName(toks, i, j) {
				j = k // "and the" joins two names, not one: "the Eastern Military District and the Pacific Fleet"
				continue
			}
			break
		}
		out = append(out, rng{i, j})
		i = j
	}
	return out
}

// countryEndsName tells whether the run toks[i:j], which "and" follows,
// ends in "of" and a country: the name is whole ("the Bank of Russia and
// Rosstat" are two bodies), unless the country's own name goes on with "and"
// ("Bosnia and Herzegovina").
func countryEndsName(toks []Token, i, j int) bool {
	if j-2 <= i || j+1 >= len(toks) || toks[j].Text != "and" || toks[j-2].Text != "of" {
		return false
	}
	if _, ok := gazetteer.CountryByName(toks[j-1].Text); !ok {
		return false
	}
	_, ok := gazetteer.CountryByName(toks[j-1].Text + " and " + toks[j+1].Text)
	return !ok
}

// wordToken tells whether a token is a word (has a letter) rather than
// punctuation.
func wordToken(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// joinTokens is the text a token range spans in the article.
func joinTokens(text string, toks []Token, r rng) string {
	return text[toks[r.i].Start:toks[r.j-1].End]
}

// titleCase normalises a shouted name ("IRINA KOVALENKO") to "Irina Kovalenko";
// other names are returned as written.
func titleCase(s string) string {
	if !allCaps(s) {
		return s
	}
	var b strings.Builder
	up := true
	for _, r := range s {
		if unicode.IsLetter(r) {
			if up {
				b.WriteRune(unicode.ToUpper(r))
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
			up = false
			continue
		}
		up = r == ' ' || r == '-' || r == '\''
		b.WriteRune(r)
	}
	return b.String()
}

// headlineCase tells whether a sentence is written in title case, as
// headlines are: most of its words capitalised. Shape rules that read
// capitals as names are off in such sentences.
func headlineCase(toks []Token) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if !wordToken(t.Text) {
			continue
		}
		words++
		if capitalised(t.Text) {
			caps++
		}
	}
	return words >= 4 && caps*4 >= words*3
}
