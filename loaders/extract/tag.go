package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/token"
	"github.com/jdkato/prose/v3/tokenize"
)

var (
	tokenizer = tokenize.New()
	tagger    = func() *tag.Tagger {
		t, err := tag.New()
		if err != nil {
			panic(err) // embedded model; a build defect
		}
		return t
	}()
)

// tokens splits a sentence into tokens with Penn Treebank tags; offsets are
// bytes into the article (the sentence starts at base). prose's tokens are
// refined first: credits glue words with "/" ("Photo/Name") and captions
// glue sentences without a space ("2022.AP"), and both must come apart for
// the names inside to be seen.
func tokens(sentence string, base int) []Token {
	refined := make([]token.Token, 0, len(sentence)/5+4)
	for _, t := range splitWords(sentence) {
		refined = splitGlued(refined, t)
	}
	tagger.TagTokens(refined)
	out := make([]Token, len(refined))
	for i, t := range refined {
		out[i] = Token{Text: t.Text, Tag: t.Tag, Start: base + t.Start, End: base + t.End()}
	}
	return out
}

// splitWords is prose's tokenizer, which splits at white space and then
// looks at each span; spans of letters and digits only are one token
// whatever prose's rules say, so they skip its pattern tests, the costliest
// part of tokenising.
func splitWords(text string) []token.Token {
	out := make([]token.Token, 0, len(text)/5+4)
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i
		plain := true
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				plain = false
			}
			j += n
		}
		if plain {
			out = append(out, token.Token{Text: text[i:j], Start: i})
		} else {
			for _, t := range tokenizer.Tokenize(text[i:j]) {
				t.Start += i
				out = append(out, t)
			}
		}
		i = j
	}
	return out
}

// splitGlued appends t to out, split at "/" between words and at a period
// that joins a word or number to a capitalised word ("2022.AP").
func splitGlued(out []token.Token, t token.Token) []token.Token {
	s := t.Text
	if len(s) < 3 {
		return append(out, t)
	}
	if i := strings.IndexByte(s, '/'); i > 0 && i < len(s)-1 && isWordByte(s[i-1]) && isWordByte(s[i+1]) {
		out = splitGlued(out, token.Token{Text: s[:i], Start: t.Start})
		out = append(out, token.Token{Text: "/", Start: t.Start + i})
		return splitGlued(out, token.Token{Text: s[i+1:], Start: t.Start + i + 1})
	}
	for i := 2; i < len(s)-1; i++ {
		if s[i] != '.' {
			continue
		}
		prev := s[i-1]
		next, _ := utf8.DecodeRuneInString(s[i+1:])
		// "U.S." and "E.U." keep their periods: their letters are single.
		if unicode.IsUpper(next) && (prev >= '0' && prev <= '9' || prev >= 'a' && prev <= 'z') && s[i-2] != '.' {
			out = append(out, token.Token{Text: s[:i], Start: t.Start})
			out = append(out, token.Token{Text: ".", Start: t.Start + i})
			return splitGlued(out, token.Token{Text: s[i+1:], Start: t.Start + i + 1})
		}
	}
	return append(out, t)
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
