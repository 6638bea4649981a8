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
	raw := tokenizer.Tokenize(sentence)
	refined := make([]token.Token, 0, len(raw)+4)
	for _, t := range raw {
		refined = splitGlued(refined, t)
	}
	tagger.TagTokens(refined)
	out := make([]Token, len(refined))
	for i, t := range refined {
		out[i] = Token{Text: t.Text, Tag: t.Tag, Start: base + t.Start, End: base + t.End()}
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
