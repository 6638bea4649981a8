package facts

import "strings"

// Clause shapes that keep one act's details from another's in a sentence.

// relativeClauses are the stretches of the mask that a relative pronoun
// opens and a comma closes ("…, the pilot who flew to X in 2023, was …"):
// what such a stretch dates belongs to its own act. A clause the comma
// does not close is not taken, since where it ends is unsure.
func (r *eventReader) relativeClauses(s *sentence) [][2]int {
	var out [][2]int
	for _, w := range r.v.cues.lists["relative_pronouns"] {
		w += " "
		for off := 0; ; {
			i := strings.Index(s.mask[off:], w)
			if i < 0 {
				break
			}
			at := off + i
			off = at + len(w)
			if at > 0 && isWordByte(s.mask[at-1]) {
				continue
			}
			end := strings.Index(s.mask[off:], ", ")
			if aux := r.mainVerbAfter(s.mask[off:]); aux >= 0 && (end < 0 || aux < end) {
				end = aux // "a man who fled in 2022 has been granted": the clause ends at the main verb
			}
			if end < 0 && strings.Contains(s.mask[:at], ", ") {
				// "X, a conscript who had slipped away … weeks earlier.": an
				// apposition's clause runs to the sentence's end
				end = len(s.mask) - off
			}
			if end < 0 {
				continue
			}
			out = append(out, [2]int{at, off + end})
		}
	}
	return out
}

// mainVerbAfter: where, in the text after a relative pronoun, an auxiliary
// opens the main clause again (not the clause's own first word: "who was
// detained"), -1 if none.
func (r *eventReader) mainVerbAfter(rest string) int {
	first := strings.IndexByte(rest, ' ')
	if first < 0 {
		return -1
	}
	best := -1
	for _, w := range r.v.cues.lists["main_clause_auxiliaries"] {
		if i := strings.Index(rest[first:], " "+w+" "); i >= 0 && (best < 0 || first+i < best) {
			best = first + i
		}
	}
	return best
}

// inOtherRelative: offsets a..b lie in a relative clause that does not
// hold the cue at pos.
func inOtherRelative(rel [][2]int, a, b, pos int) bool {
	for _, c := range rel {
		if a >= c[0] && b <= c[1] && (pos < c[0] || pos >= c[1]) {
			return true
		}
	}
	return false
}

// outsideOwnRelative: the cue at pos is told in a relative clause and the
// span a..b lies outside it: the main clause's, not the cue's.
func outsideOwnRelative(rel [][2]int, a, b, pos int) bool {
	for _, c := range rel {
		if pos >= c[0] && pos < c[1] && (b <= c[0] || a >= c[1]) {
			return true
		}
	}
	return false
}

// followedByList: the words right after offset b begin with an entry of
// the named list ("had left" + "their units").
func (r *eventReader) followedByList(s *sentence, b int, list string) bool {
	rest := strings.TrimLeft(s.mask[b:], " ")
	for _, w := range r.v.cues.lists[list] {
		if strings.HasPrefix(rest, w) && (len(rest) == len(w) || !isWordByte(rest[len(w)])) {
			return true
		}
	}
	return false
}

// precededByList: one of the n words right before offset a is an entry of
// the named list ("who fled" + "the call-up").
func (r *eventReader) precededByList(s *sentence, a, n int, list string) bool {
	before := strings.Fields(s.mask[max(0, a-60):a])
	if len(before) > 0 && a-60 > 0 {
		before = before[1:] // a word cut by the window
	}
	for k := len(before) - 1; k >= 0 && k >= len(before)-n; k-- {
		if contains(r.v.cues.lists[list], strings.Trim(before[k], ",")) {
			return true
		}
	}
	return false
}
