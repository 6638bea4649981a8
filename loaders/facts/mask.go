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
	pos := 0
	lastSpace := true
	write := func(seg string) {
		for k := 0; k < len(seg); k++ {
			c := seg[k]
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r':
				if !lastSpace {
					b.WriteByte(' ')
				}
				lastSpace = true
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
					lastSpace = false
					continue
				}
				k += 2
			case c == 0xC2 && k+1 < len(seg) && seg[k+1] == 0xA0: // no-break space
				k++
				if !lastSpace {
					b.WriteByte(' ')
				}
				lastSpace = true
				continue
			}
			b.WriteByte(c)
			lastSpace = false
		}
	}
	for _, m := range ms {
		st, en, ok := rel(m)
		if !ok || st < pos || m.Entity < 0 || m.Entity >= len(ents) {
			continue
		}
		write(text[pos:st])
		typ := typeLetter(ents[m.Entity], m.Demonym)
		n := len(sv.ments)
		mstart := b.Len()
		b.WriteByte('@')
		b.WriteByte(typ)
		b.WriteString(strconv.Itoa(n))
		b.WriteByte('@')
		lastSpace = false
		sv.ments = append(sv.ments, mention{ent: m.Entity, typ: typ, mstart: mstart, mend: b.Len(), surface: text[st:en]})
		pos = en
	}
	write(text[pos:])
	sv.mask = b.String()
	b.Reset()
	lastSpace = true
	write(text)
	sv.lower = b.String()
	return sv
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
