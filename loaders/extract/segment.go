package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/segment"

	"newsgraph/loaders/gazetteer"
)

// block is a paragraph of the article: one line, or several lines of hard-
// wrapped prose joined.
type block struct{ start, end int }

// blocks splits text into paragraphs and drops page furniture ("Share this
// article", subscription prompts). A line continues the previous block when
// that one does not end a sentence and the line opens in lower case, which is
// how hard-wrapped prose looks.
func blocks(text string) []block {
	lex := gazetteer.Lex()
	var out []block
	pos := 0
	for pos <= len(text) {
		nl := strings.IndexByte(text[pos:], '\n')
		end := len(text)
		if nl >= 0 {
			end = pos + nl
		}
		s, e := trimSpan(text, pos, end)
		if s < e {
			line := text[s:e]
			switch furniture(lex, line) {
			case furnitureStop:
				return out
			case furnitureLine:
			default:
				if n := len(out); n > 0 && continues(text[out[n-1].start:out[n-1].end], line) && out[n-1].end == prevLineEnd(text, s) {
					out[n-1].end = e
				} else {
					out = append(out, block{s, e})
				}
			}
		}
		if nl < 0 {
			break
		}
		pos = end + 1
	}
	return out
}

// prevLineEnd is the end of the last non-blank text before the newline(s)
// preceding offset s; it tells whether two lines are adjacent (no blank line
// between them).
func prevLineEnd(text string, s int) int {
	i := s
	newlines := 0
	for i > 0 {
		c := text[i-1]
		if c == '\n' {
			newlines++
		} else if c != ' ' && c != '\t' && c != '\r' {
			break
		}
		i--
	}
	if newlines > 1 {
		return -1
	}
	return i
}

func continues(prev, line string) bool {
	last, _ := utf8.DecodeLastRuneInString(prev)
	if strings.ContainsRune(".!?:\"”'’)", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(line)
	return unicode.IsLower(first)
}

const (
	furnitureNone = iota
	furnitureLine
	furnitureStop
)

// furniture classifies a short line as page furniture. Long lines are
// article text whatever they open with.
func furniture(lex *gazetteer.Lexicon, line string) int {
	if len(line) > 80 {
		return furnitureNone
	}
	l := strings.ToLower(line)
	l = strings.TrimLeft(l, "•·-*–— \t")
	for _, m := range lex.StopBoilerplate {
		if strings.HasPrefix(l, m) {
			return furnitureStop
		}
	}
	for _, m := range lex.LineBoilerplate {
		if strings.HasPrefix(l, m) {
			return furnitureLine
		}
	}
	return furnitureNone
}

func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// segmenter is prose's punkt sentence splitter, shared (it is safe for
// concurrent use).
var segmenter = func() *segment.Segmenter {
	s, err := segment.New()
	if err != nil {
		panic(err) // the model is embedded in prose; failing to load it is a build defect
	}
	return s
}()

// oneSentence tells whether a paragraph cannot hold two sentences: no
// sentence-ending mark before its closing punctuation. Headlines, bylines
// and captions are such paragraphs; punkt need not read them.
func oneSentence(p string) bool {
	body := strings.TrimRight(p, ".?!\"”'’)]")
	return !strings.ContainsAny(body, ".?!…")
}

// sentences splits the article into sentences with byte offsets into text.
func sentences(text string) []Sentence {
	var out []Sentence
	for _, b := range blocks(text) {
		if oneSentence(text[b.start:b.end]) {
			out = append(out, Sentence{Text: text[b.start:b.end], Start: b.start, End: b.end})
			continue
		}
		for _, s := range segmenter.Segment(text[b.start:b.end]) {
			start := b.start + s.Start
			end := start + len(s.Text)
			out = append(out, Sentence{Text: text[start:end], Start: start, End: end})
		}
	}
	return out
}
