package facts

import (
	"strconv"
	"strings"

	"newsgraph/loaders/extract"
)

// buildSentence makes the masked form of one sentence.
func buildSentence(i int, s extract.Sentence, ms []extract.Mention, ents []extract.Entity) sentence {
	sv := sentence{idx: i}
	var b strings.Builder
	b.Grow(len(s.Text) + 16)
	text := s.Text
	// Mentions are byte offsets into the article; accept sentence-relative
	// offsets too.
	rel := func(m extract.Mention) (int, int, bool) {
		st, en := m.Start-s.Start, m.End-s.Start
		if st >= 0 && en <= len(text) && st < en {
			return st, en, true
		}
		if m.Start >= 0 && m.End <= len(text) && m.Start < m.End && text[m.Start:m.End] == m.Text {
			return m.Start, m.End, true
		}
		return 0, 0, false
	}
	f := folder{b: &b, lastSpace: true}
	pos := 0
	for _, m := range ms {
		st, en, ok := rel(m)
		if !ok || st < pos || m.Entity < 0 || m.Entity >= len(ents) {
			continue
		}
		f.write(text[pos:st])
		typ := typeLetter(ents[m.Entity], m.Demonym)
		n := len(sv.ments)
		mstart := b.Len()
		b.WriteByte('@')
		b.WriteByte(typ)
		b.WriteString(strconv.Itoa(n))
		b.WriteByte('@')
		f.lastSpace = false
		sv.ments = append(sv.ments, mention{ent: m.Entity, typ: typ, mstart: mstart, mend: b.Len(), surface: text[st:en]})
		pos = en
	}
	f.write(text[pos:])
	sv.mask = b.String()
	sv.text = text
	return sv
}

// lowerText is the sentence in lower case, quotes folded, without
// placeholders (for cues inside mentions), made on first use.
func (s *sentence) lowerText() string {
	if s.lower == "" && s.text != "" {
		var b strings.Builder
		b.Grow(len(s.text))
		f := folder{b: &b, lastSpace: true}
		f.write(s.text)
		s.lower = b.String()
	}
	return s.lower
}

// folder writes text in the form the rules read: ASCII lower case, curly
// quotes and dashes folded to ' " -, runs of white space (no-break space
// too) as one space, none leading.
type folder struct {
	b         *strings.Builder
	lastSpace bool
}

func (f *folder) write(seg string) {
	b := f.b
	for k := 0; k < len(seg); k++ {
		c := seg[k]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			if !f.lastSpace {
				b.WriteByte(' ')
			}
			f.lastSpace = true
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c == 0xE2 && k+2 < len(seg) && seg[k+1] == 0x80:
			// ‘ ’ → ', “ ” → ", – — → -
			switch seg[k+2] {
			case 0x98, 0x99:
				c = '\''
			case 0x9C, 0x9D:
				c = '"'
			case 0x93, 0x94:
				c = '-'
			default:
				b.WriteString(seg[k : k+3])
				k += 2
				f.lastSpace = false
				continue
			}
			k += 2
		case c == 0xC2 && k+1 < len(seg) && seg[k+1] == 0xA0: // no-break space
			k++
			if !f.lastSpace {
				b.WriteByte(' ')
			}
			f.lastSpace = true
			continue
		}
		b.WriteByte(c)
		f.lastSpace = false
	}
}

// containsFold: text holds word (lower case ASCII) in any case.
func containsFold(text, word string) bool {
	for i := 0; i+len(word) <= len(text); i++ {
		k := 0
		for k < len(word) {
			c := text[i+k]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != word[k] {
				break
			}
			k++
		}
		if k == len(word) {
			return true
		}
	}
	return false
}

func typeLetter(e extract.Entity, demonym bool) byte {
	switch e.Type {
	case extract.Person:
		return 'P'
	case extract.Country:
		if demonym {
			return 'D'
		}
		return 'C'
	case extract.Place:
		if demonym {
			return 'E'
		}
		return 'L'
	}
	return 'O'
}
