package extract

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tag/aptagmodel"
	"github.com/jdkato/prose/v3/token"
)

// perceptron is prose's averaged-perceptron part-of-speech tagger, scored
// from prose's own embedded model, with one difference: features are found
// in a hash map instead of by binary search over the sorted feature
// strings. The search was half of Analyze's time; the tags are the same,
// because the features, their order and the float32 sums are prose's.
//
// Words that prose tags by a special rule (an "@handle",
// treebank placeholders, emoticons) send their whole sentence to prose's
// tagger, so those rules stay prose's.
type perceptron struct {
	classes []string
	pairOff []uint32 // per feature: its weights are ids/weights[pairOff[f]:pairOff[f+1]]
	ids     []uint8
	weights []float32

	// The features, grouped by the string they test so that a string is
	// looked up once for all it stands for: a word as written (its class
	// when unambiguous), a context form, a three-byte ending; -1 is "no
	// such feature".
	bias  int32
	forms map[string]*formFeatures
	// the scores every prediction starts from: the bias's weights, added
	// to zeros as predict would, so that the sums stay bit for bit the same
	biasScores [256]float32
	pref1      [256]int32
	tagIDs     map[string]int // tags as they appear in features (classes, "-START-" …)
	tag1       []int32        // "i-1 tag T", by tag id
	tag2       []int32        // "i-2 tag T"
	tagPair    []int32        // "i tag+i-2 tag T U", by T id × len(tagIDs) + U id

	// tag ids (-1 for none) of each class, of "-" and of "", so that
	// tagging looks no tag up by name
	classTag        []int
	dashID, emptyID int
	// the context forms padding a sentence, looked up once
	start, start2, end, end2 contextForm
}

// formFeatures are what one string stands for: an unambiguous word, a
// context word, a three-byte ending.
type formFeatures struct {
	class  int16 // the class of the word as written, -1 unless unambiguous
	word   wordFeatures
	suffix suffixFeatures
}

// contextForm is the features of a context position: its form's and its
// form's ending's.
type contextForm struct {
	word   *wordFeatures
	suffix *suffixFeatures
}

// wordFeatures are the features that name one context word.
type wordFeatures struct {
	at, prev, prev2, next, next2 int32     // "i word", "i-1 word", "i-2 word", "i+1 word", "i+2 word"
	afterTag                     []tagFeat // "i-1 tag+i word T w"
}

type tagFeat struct {
	tag  int
	feat int32
}

// suffixFeatures are the features that name one three-letter ending.
type suffixFeatures struct{ at, prev, next int32 } // "i suffix", "i-1 suffix", "i+1 suffix"

var (
	perceptronOnce  sync.Once
	perceptronModel *perceptron
	perceptronErr   error
)

// fastTagger is the shared perceptron, or nil when prose's model is in a
// format this reader does not know (prose's tagger is used then).
func fastTagger() *perceptron {
	perceptronOnce.Do(func() {
		perceptronModel, perceptronErr = readPerceptron(aptagmodel.English)
	})
	return perceptronModel
}

// readPerceptron decodes prose's flat model format (prose
// internal/flat/format.go, version 1): classes, the sorted feature blob with
// its offsets, the sparse class weights and the table of unambiguous words.
func readPerceptron(data []byte) (*perceptron, error) {
	r := modelReader{b: data}
	if string(r.bytes(8)) != "PROSETAG" {
		return nil, errors.New("not a prose flat tagger model")
	}
	if v := r.u32(); v != 1 {
		return nil, fmt.Errorf("unsupported prose model version %d", v)
	}
	p := &perceptron{}
	nClasses := int(r.u32())
	if nClasses > 256 { // class ids are bytes
		return nil, fmt.Errorf("prose model has %d classes, more than a byte holds", nClasses)
	}
	for i := 0; i < nClasses && r.err == nil; i++ {
		p.classes = append(p.classes, r.str16())
	}
	nFeatures, nPairs, blobLen := int(r.u32()), int(r.u32()), int(r.u32())
	blob := string(r.bytes(blobLen))
	featOff := r.u32s(nFeatures + 1)
	p.pairOff = r.u32s(nFeatures + 1)
	p.ids = append([]uint8(nil), r.bytes(nPairs)...)
	p.weights = make([]float32, nPairs)
	for i, u := range r.u32s(nPairs) {
		p.weights[i] = math.Float32frombits(u)
	}
	nTagMap := int(r.u32())
	tagMap := make(map[string]uint8, nTagMap) // unambiguous words, tagged without scoring
	for i := 0; i < nTagMap && r.err == nil; i++ {
		w := r.str16()
		tagMap[w] = r.u8()
	}
	if r.err != nil {
		return nil, r.err
	}
	if len(featOff) != nFeatures+1 || int(featOff[nFeatures]) != len(blob) || int(p.pairOff[nFeatures]) != nPairs {
		return nil, errors.New("prose model offsets do not match its sizes")
	}
	for _, id := range p.ids {
		if int(id) >= nClasses {
			return nil, fmt.Errorf("prose model class id %d out of range", id)
		}
	}
	for _, id := range tagMap {
		if int(id) >= nClasses {
			return nil, fmt.Errorf("prose model class id %d out of range", id)
		}
	}
	if err := p.index(blob, featOff, tagMap); err != nil {
		return nil, err
	}
	return p, nil
}

// index sorts the model's features by kind and the string they test, with
// the unambiguous words' classes. Every feature string is one of prose's
// fourteen templates; an unknown one means another model layout.
func (p *perceptron) index(blob string, featOff []uint32, tagMap map[string]uint8) error {
	p.bias = -1
	for i := range p.pref1 {
		p.pref1[i] = -1
	}
	p.forms = map[string]*formFeatures{}
	p.tagIDs = map[string]int{"-START-": 0, "-START2-": 1}
	for _, c := range p.classes {
		p.tagID(c)
	}
	type tagged struct {
		kind       string
		tag, other string
		feat       int32
	}
	var tagFeats []tagged // filled in once every tag has an id
	word := func(w string) *wordFeatures { return &p.addForm(w).word }
	suffix := func(w string) *suffixFeatures { return &p.addForm(w).suffix }
	for w, c := range tagMap {
		p.addForm(w).class = int16(c)
	}
	for i := 0; i+1 < len(featOff); i++ {
		f, id := blob[featOff[i]:featOff[i+1]], int32(i)
		if f == "bias" {
			p.bias = id
			continue
		}
		kind, rest := template(f)
		switch kind {
		case "i pref1 ":
			if len(rest) != 1 {
				return fmt.Errorf("prose model feature %q is not one byte", f)
			}
			p.pref1[rest[0]] = id
		case "i suffix ":
			suffix(rest).at = id
		case "i-1 suffix ":
			suffix(rest).prev = id
		case "i+1 suffix ":
			suffix(rest).next = id
		case "i word ":
			word(rest).at = id
		case "i-1 word ":
			word(rest).prev = id
		case "i-2 word ":
			word(rest).prev2 = id
		case "i+1 word ":
			word(rest).next = id
		case "i+2 word ":
			word(rest).next2 = id
		case "i-1 tag ", "i-2 tag ":
			tagFeats = append(tagFeats, tagged{kind, rest, "", id})
		case "i-1 tag+i word ", "i tag+i-2 tag ":
			t, other, ok := strings.Cut(rest, " ")
			if !ok {
				return fmt.Errorf("prose model feature %q lacks its second part", f)
			}
			tagFeats = append(tagFeats, tagged{kind, t, other, id})
		default:
			return fmt.Errorf("prose model feature %q is of no known kind", f)
		}
	}
	for _, tf := range tagFeats {
		p.tagID(tf.tag)
		if tf.kind == "i tag+i-2 tag " {
			p.tagID(tf.other)
		}
	}
	n := len(p.tagIDs)
	p.tag1, p.tag2, p.tagPair = filled(n), filled(n), filled(n*n)
	idOf := func(t string) int {
		if id, ok := p.tagIDs[t]; ok {
			return id
		}
		return -1
	}
	for _, c := range p.classes {
		p.classTag = append(p.classTag, idOf(c))
	}
	p.dashID, p.emptyID = idOf("-"), idOf("")
	for _, tf := range tagFeats {
		t := p.tagIDs[tf.tag]
		switch tf.kind {
		case "i-1 tag ":
			p.tag1[t] = tf.feat
		case "i-2 tag ":
			p.tag2[t] = tf.feat
		case "i tag+i-2 tag ":
			p.tagPair[t*n+p.tagIDs[tf.other]] = tf.feat
		case "i-1 tag+i word ":
			wf := word(tf.other)
			wf.afterTag = append(wf.afterTag, tagFeat{t, tf.feat})
		}
	}
	var s tagScratch
	p.add(&s, p.bias)
	p.biasScores = s.scores
	p.start, p.start2 = p.contextOf("-START-"), p.contextOf("-START2-")
	p.end, p.end2 = p.contextOf("-END-"), p.contextOf("-END2-")
	return nil
}

// addForm is the entry of a string, made empty when first seen.
func (p *perceptron) addForm(w string) *formFeatures {
	f := p.forms[w]
	if f == nil {
		f = &formFeatures{class: -1, word: noWord, suffix: noSuffix}
		p.forms[w] = f
	}
	return f
}

// tagID is the id of a tag string, given a new one when first seen.
func (p *perceptron) tagID(t string) int {
	id, ok := p.tagIDs[t]
	if !ok {
		id = len(p.tagIDs)
		p.tagIDs[t] = id
	}
	return id
}

// templates are prose's feature templates other than "bias".
var templates = []string{"i suffix ", "i pref1 ", "i-1 tag ", "i-2 tag ", "i tag+i-2 tag ", "i word ",
	"i-1 tag+i word ", "i-1 word ", "i-1 suffix ", "i-2 word ", "i+1 word ", "i+1 suffix ", "i+2 word "}

// template splits a feature into its template and the value filled in.
func template(f string) (kind, rest string) {
	for _, t := range templates {
		if r, ok := strings.CutPrefix(f, t); ok {
			return t, r
		}
	}
	return "", ""
}

func filled(n int) []int32 {
	out := make([]int32, n)
	for i := range out {
		out[i] = -1
	}
	return out
}

type modelReader struct {
	b   []byte
	pos int
	err error
}

func (r *modelReader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || r.pos+n > len(r.b) {
		r.err = fmt.Errorf("truncated prose model at offset %d", r.pos)
		return nil
	}
	out := r.b[r.pos : r.pos+n]
	r.pos += n
	return out
}

func (r *modelReader) u32() uint32 {
	if b := r.bytes(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (r *modelReader) u8() uint8 {
	if b := r.bytes(1); b != nil {
		return b[0]
	}
	return 0
}

func (r *modelReader) str16() string {
	b := r.bytes(2)
	if b == nil {
		return ""
	}
	return string(r.bytes(int(binary.LittleEndian.Uint16(b))))
}

func (r *modelReader) u32s(n int) []uint32 {
	b := r.bytes(n * 4)
	if b == nil {
		return nil
	}
	out := make([]uint32, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[i*4:])
	}
	return out
}

// tagScratch is one sentence's working memory, reused across sentences.
type tagScratch struct {
	lower   []byte        // a word in lower case
	words   []token.Token // tokens' word buffers
	refined []token.Token
	scores  [256]float32      // by class id; a uint8 index needs no bounds check
	ctx     []contextForm     // per context position (two before, two after)
	suf     []*suffixFeatures // the endings of the words as written
	class   []int16           // the words' classes when unambiguous, else -1
}

var (
	noWord   = wordFeatures{-1, -1, -1, -1, -1, nil}
	noSuffix = suffixFeatures{-1, -1, -1}
	noForm   = &formFeatures{class: -1, word: noWord, suffix: noSuffix}
)

// tag sets the Tag of every token of one sentence, as prose's TagTokens
// does. It reports false, tagging nothing, when a word needs one of prose's
// special rules.
func (p *perceptron) tag(s *tagScratch, toks []token.Token) bool {
	for i := range toks {
		if specialWord(toks[i].Text) {
			return false
		}
	}
	if len(toks) == 0 {
		return true
	}
	s.ctx, s.suf, s.class = append(s.ctx[:0], p.start, p.start2), s.suf[:0], s.class[:0]
	for i := range toks {
		w := toks[i].Text
		f := p.form(w)
		suf := p.ending(w, f)
		s.class, s.suf = append(s.class, f.class), append(s.suf, suf)
		s.ctx = append(s.ctx, p.contextFor(s, w, f, suf))
	}
	s.ctx = append(s.ctx, p.end, p.end2)
	p1, p2 := 0, 1 // "-START-", "-START2-"
	for i := range toks {
		word := toks[i].Text
		var tag string
		var id int       // the tag's id
		if word == "-" { // prose's rule: the dash is its own tag
			tag, id = "-", p.dashID
		} else if c := s.class[i]; c >= 0 {
			tag, id = p.classes[c], p.classTag[c]
		} else if c := p.predict(s, i, word, p1, p2); c >= 0 {
			tag, id = p.classes[c], p.classTag[c]
		} else {
			tag, id = "", p.emptyID
		}
		toks[i].Tag = tag
		p2, p1 = p1, id
	}
	return true
}

// form is the entry of a string (noForm if none).
func (p *perceptron) form(w string) *formFeatures {
	if f, ok := p.forms[w]; ok {
		return f
	}
	return noForm
}

// formOfBytes is form for a word in a buffer; indexing the map with the
// conversion allocates no string.
func (p *perceptron) formOfBytes(w []byte) *formFeatures {
	if f, ok := p.forms[string(w)]; ok {
		return f
	}
	return noForm
}

// ending is the features of the three-byte ending of w, whose entry is f:
// a short word is its own ending.
func (p *perceptron) ending(w string, f *formFeatures) *suffixFeatures {
	if len(w) > 3 {
		f = p.form(w[len(w)-3:])
	}
	return &f.suffix
}

// contextFor is the context features of w, whose entry is f and ending
// suf. Most words are their own context form and need no more look-ups; a
// capitalised ASCII word is lower-cased in a buffer, and its ending is its
// own when that has no capitals.
func (p *perceptron) contextFor(s *tagScratch, w string, f *formFeatures, suf *suffixFeatures) contextForm {
	if !lowerASCII(w) {
		if form := normalizeWord(w); form != w {
			return p.contextOf(form)
		}
		return contextForm{&f.word, suf}
	}
	s.lower = append(s.lower[:0], w...)
	for k, c := range s.lower {
		if c >= 'A' && c <= 'Z' {
			s.lower[k] = c + 'a' - 'A'
		}
	}
	lf := p.formOfBytes(s.lower)
	switch {
	case len(w) <= 3:
		return contextForm{&lf.word, &lf.suffix}
	case hasUpper(w[len(w)-3:]):
		return contextForm{&lf.word, &p.formOfBytes(s.lower[len(w)-3:]).suffix}
	}
	return contextForm{&lf.word, suf}
}

// contextOf is the context features of a context form.
func (p *perceptron) contextOf(form string) contextForm {
	return contextForm{&p.form(form).word, p.ending(form, p.form(form))}
}

func hasUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// predict scores one word on prose's fourteen features, in prose's order
// (float sums depend on it), and returns the best class (-1 if none).
func (p *perceptron) predict(s *tagScratch, i int, word string, p1, p2 int) int {
	copy(s.scores[:len(p.classes)], p.biasScores[:len(p.classes)]) // zeros plus the bias
	c := i + 2                                                     // the word's context position
	p.add(s, s.suf[i].at)
	p.add(s, p.pref1[word[0]])
	n := len(p.tagIDs)
	if p1 >= 0 {
		p.add(s, p.tag1[p1])
	}
	if p2 >= 0 {
		p.add(s, p.tag2[p2])
	}
	if p1 >= 0 && p2 >= 0 {
		p.add(s, p.tagPair[p1*n+p2])
	}
	w := s.ctx[c].word
	p.add(s, w.at)
	for _, tf := range w.afterTag {
		if tf.tag == p1 {
			p.add(s, tf.feat)
			break
		}
	}
	p.add(s, s.ctx[c-1].word.prev)
	p.add(s, s.ctx[c-1].suffix.prev)
	p.add(s, s.ctx[c-2].word.prev2)
	p.add(s, s.ctx[c+1].word.next)
	p.add(s, s.ctx[c+1].suffix.next)
	p.add(s, s.ctx[c+2].word.next2)
	best, bestID := float32(math.Inf(-1)), -1
	for id, v := range s.scores[:len(p.classes)] {
		if v > best {
			best, bestID = v, id
		}
	}
	return bestID
}

// add adds the weights of feature f (none when f is -1) to the scores.
func (p *perceptron) add(s *tagScratch, f int32) {
	if f < 0 {
		return
	}
	lo, hi := p.pairOff[f], p.pairOff[f+1]
	ids, wts := p.ids[lo:hi], p.weights[lo:hi]
	wts = wts[:len(ids)]
	for j, id := range ids {
		s.scores[id] += wts[j]
	}
}

// specialWord tells whether prose tags a word by a rule of its own rather
// than by its model (the lone "-", which is handled here, aside): "@handles",
// treebank placeholders ("0", "*", "*T*-1", "-LRB-") and emoticons.
// Emoticons are recognised broadly (a token of two or more runes with a
// character other than letters, digits, periods, commas, apostrophes and
// hyphens, plus the few made of those alone): a false alarm costs only
// speed. "%", "+", "$" and dashes are in no emoticon of prose's list, so
// "14%" and "alone—more" are scored here.
func specialWord(w string) bool {
	switch {
	case w == "" || w == "-":
		return false
	case w == "0" || w[0] == '@' || w[0] == '*':
		return true
	case w[0] == '-' && len(w) == 5:
		return true
	}
	if utf8.RuneCountInString(w) < 2 {
		return false
	}
	for _, r := range w {
		if r == '.' || r == ',' || r == '\'' || r == '’' || r == '-' || r >= '0' && r <= '9' ||
			r == '%' || r == '+' || r == '$' || r == '—' || r == '–' ||
			r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			continue
		}
		if r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue
		}
		return true
	}
	switch w { // the emoticons of prose's list spelt with those alone
	case "8D", "8-D", "xD", "xDD", "XDD", "O.o":
		return true
	}
	return false
}

// normalizeWord is prose's context form of a word: hyphenated words,
// years and numbers are classes, other words are lower case.
func normalizeWord(word string) string {
	if word == "" {
		return word
	}
	first := word[0]
	if first != '-' && strings.IndexByte(word, '-') >= 0 {
		return "!HYPHEN"
	}
	if len(word) == 4 && isYear(word) {
		return "!YEAR"
	}
	if first >= '0' && first <= '9' {
		return "!DIGITS"
	}
	for i := 0; i < len(word); i++ {
		if c := word[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(word)
		}
	}
	return word
}

// lowerASCII tells whether normalizeWord lower-cases w, w being ASCII
// (other words take strings.ToLower's Unicode rules).
func lowerASCII(w string) bool {
	if w == "" || w[0] == '-' || w[0] >= '0' && w[0] <= '9' || len(w) == 4 && isYear(w) {
		return false
	}
	upper := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c == '-' || c >= utf8.RuneSelf:
			return false
		case c >= 'A' && c <= 'Z':
			upper = true
		}
	}
	return upper
}

// isYear is strconv.Atoi's acceptance of a four-byte word: an optional sign
// and digits.
func isYear(s string) bool {
	i := 0
	if s[0] == '+' || s[0] == '-' {
		i = 1
	}
	if i == len(s) {
		return false
	}
	for ; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func firstByte(w string) string {
	if w == "" {
		return ""
	}
	return w[:1]
}
