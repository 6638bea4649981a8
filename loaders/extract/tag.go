package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/token"
	"github.com/jdkato/prose/v3/tokenize"
)

// prose's tokenizer and tagger, for the spans and sentences the short cuts
// of splitWords and perceptron leave to them.
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

var scratchPool = sync.Pool{New: func() any { return new(tagScratch) }}

// tokens splits a sentence into tokens with Penn Treebank tags; offsets are
// bytes into the article (the sentence starts at base). prose's tokens are
// refined first: credits glue words with "/" ("Photo/Name") and captions
// glue sentences without a space ("2022.AP"), and both must come apart for
// the names inside to be seen.
func tokens(sentence string, base int) []Token {
	sc := scratchPool.Get().(*tagScratch)
	// the word buffers are the scratch's: only out outlives this call
	sc.words = appendWords(sc.words[:0], sentence)
	refined := sc.refined[:0]
	for _, t := range sc.words {
		refined = splitGlued(refined, t)
	}
	if p := fastTagger(); p == nil || !p.tag(sc, refined) {
		tagger.TagTokens(refined)
	}
	out := make([]Token, len(refined))
	for i, t := range refined {
		out[i] = Token{Text: t.Text, Tag: t.Tag, Start: base + t.Start, End: base + t.End()}
	}
	clear(refined) // drop the article's strings before the scratch is pooled
	clear(sc.words)
	sc.refined, sc.words = refined[:0], sc.words[:0]
	scratchPool.Put(sc)
	return out
}

// splitWords is prose's tokenizer, which splits at white space and then
// looks at each span; spans of letters and digits only are one token
// whatever prose's rules say, so they skip its pattern tests, the costliest
// part of tokenising.
func splitWords(text string) []token.Token {
	return appendWords(make([]token.Token, 0, len(text)/5+4), text)
}

// appendWords is splitWords appending to out.
func appendWords(out []token.Token, text string) []token.Token {
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
		} else if n, ok := punctuatedWord(out, text[i:j], i); ok {
			out = n
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

// punctuatedWord splits the commonest span that is not a plain word, a word
// of two or more letters and digits with opening and closing punctuation
// ("(Reuters)", "“Nobody", "Tuesday,", "Russia)."), the way prose's
// tokenizer does: one opening mark from prose's prefixes, then closing marks
// peeled off the end one by one, except that a capitalised word of up to
// three letters keeps its period ("Mr.", "Jan."). Other spans report false
// and go to prose.
func punctuatedWord(out []token.Token, span string, base int) ([]token.Token, bool) {
	i := 0
	if r, n := utf8.DecodeRuneInString(span); openingMark(r) {
		i = n
	}
	j := i
	for j < len(span) {
		r, n := utf8.DecodeRuneInString(span[j:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		j += n
	}
	if j-i < 2 {
		return out, false
	}
	for k := j; k < len(span); {
		r, n := utf8.DecodeRuneInString(span[k:])
		if !closingMark(r) {
			return out, false
		}
		k += n
	}
	if i > 0 {
		out = append(out, token.Token{Text: span[:i], Start: base})
	}
	word := span[i:j]
	rest := span[j:]
	if rest != "" && rest[0] == '.' && abbreviation(word) {
		// prose keeps "Mr." whole only when nothing follows the period
		if len(rest) == 1 {
			return append(out, token.Token{Text: word + ".", Start: base + i}), true
		}
		return out[:len(out)-btoi(i > 0)], false
	}
	out = append(out, token.Token{Text: word, Start: base + i})
	for k := j; k < len(span); {
		_, n := utf8.DecodeRuneInString(span[k:])
		out = append(out, token.Token{Text: span[k : k+n], Start: base + k})
		k += n
	}
	return out, true
}

// openingMark and closingMark are prose's one-character token prefixes and
// suffixes, less the apostrophes, which meet its contraction rules.
func openingMark(r rune) bool {
	return r == '$' || r == '(' || r == '"' || r == '[' || r == '“' || r == '‘'
}

func closingMark(r rune) bool {
	return r == ',' || r == ')' || r == '"' || r == ']' || r == '!' || r == ';' || r == '.' || r == '?' ||
		r == ':' || r == '”'
}

// abbreviation is prose's pattern of a capitalised abbreviation kept with
// its period: a capital and one or two lower-case ASCII letters.
func abbreviation(w string) bool {
	if len(w) < 2 || len(w) > 3 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for k := 1; k < len(w); k++ {
		if w[k] < 'a' || w[k] > 'z' {
			return false
		}
	}
	return true
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
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
