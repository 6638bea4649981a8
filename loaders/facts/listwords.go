package facts

import "strings"

// scannedLists are the cue lists the event rules look up in many stretches
// of a sentence (before each cue). Their words join the Aho-Corasick pass
// of the prefilter, so each sentence is scanned for them once.
var scannedLists = []string{"hypothetical", "negations", "speech_verbs"}

// listNeedles places the words of the scanned lists among the needle ids:
// list words get the ids after the patterns'.
type listNeedles struct {
	base  int                 // id of the first list word
	words []string            // by id-base
	span  map[string][2]int32 // list → its id range [from, to)
	empty map[string]bool     // the list has an empty entry (it matches anywhere)
}

// addListNeedles registers the scanned lists with the needle index.
func (c *cues) addListNeedles() {
	ln := &c.listNeedles
	ln.base = len(c.patterns)
	ln.span, ln.empty = map[string][2]int32{}, map[string]bool{}
	for _, name := range scannedLists {
		from := int32(ln.base + len(ln.words))
		for _, w := range c.lists[name] {
			if w == "" {
				ln.empty[name] = true
				continue
			}
			c.needles.addNeedle(w, ln.base+len(ln.words), true)
			ln.words = append(ln.words, w)
		}
		ln.span[name] = [2]int32{from, int32(ln.base + len(ln.words))}
	}
}

// hasListWord tells whether one of the words of the named list lies in
// mask[from:to], starting at a word start (or at the stretch's start).
func (s *sentence) hasListWord(c *cues, from, to int, list string) bool {
	span, scanned := c.listNeedles.span[list]
	if !scanned {
		return hasWord(s.mask[from:to], c.lists[list])
	}
	if c.listNeedles.empty[list] {
		return true
	}
	if from >= to {
		return false
	}
	// s.starts is ordered by id: the list's words are one run of it
	k := s.firstStart(span[0])
	for ; k < len(s.starts) && s.starts[k].id < span[1]; k++ {
		w, at := c.listNeedles.words[int(s.starts[k].id)-c.listNeedles.base], int(s.starts[k].pos)
		if at < from || at+len(w) > to {
			continue
		}
		if at == from || !isWordByte(s.mask[at-1]) || !isWordByte(w[0]) || strings.HasPrefix(w, "n'") {
			return true
		}
	}
	return false
}

// hasWord tells whether text holds one of words starting at a word start.
func hasWord(text string, words []string) bool {
	for _, w := range words {
		for off := 0; ; {
			i := strings.Index(text[off:], w)
			if i < 0 {
				break
			}
			at := off + i
			if at == 0 || !isWordByte(text[at-1]) || !isWordByte(w[0]) || strings.HasPrefix(w, "n'") {
				return true
			}
			off = at + 1
		}
	}
	return false
}
