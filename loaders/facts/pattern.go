package facts

import (
	"regexp"
	"sort"
	"strings"
)

// pattern is a compiled cue with a literal prefilter: the regexp can only
// match a text containing one of need (nil: always try). id indexes
// c.patterns and the start hits of a sentence (sentence.starts).
type pattern struct {
	re     *regexp.Regexp
	need   []string
	needID int // need's literal set id (sentence.possible), 0 if none
	id     int
	checks []groupCheck
	// before: a group read from the words preceding the match
	beforeGroup string
	beforeList  map[string]bool
	// starts: every match begins with one of these (after a word boundary
	// when boundary is set); anchored is re compiled to match only at the
	// start of its input. Nil when the pattern has no such words.
	starts   []string
	boundary bool
	anchored *regexp.Regexp
	// follow: when the pattern opens with a placeholder, what must come
	// right after its digits (lead: the bytes before them); nil if unknown
	lead   int
	follow []string
	// needInside: need are strings of the match itself (not of the words
	// before it, nor a list's that a check reads before)
	needInside bool
	// also: the needle ids of further literal sets every match holds a
	// member of (see requiredSets); sentence.possible[id] is where the last
	// occurrence of one begins
	also     []int
	alsoSets [][]string // the sets, until their ids are given
}

// groupIndex is the submatch index of a named group in match m.
func (p *pattern) groupIndex(name string, m []int) int {
	if name == p.beforeGroup && name != "" {
		return len(m)/2 - 1 // appended by withBefore
	}
	return p.re.SubexpIndex(name)
}

// withBefore checks the words before the match against beforeList and
// appends their span as the last group; nil if they are not an entry.
func (p *pattern) withBefore(text string, m []int) []int {
	if p.beforeGroup == "" {
		return m
	}
	end := m[0]
	start := end
	found := -1
	for words := 0; words < 5 && start > 0; words++ {
		k := strings.LastIndexByte(text[:start-1], ' ')
		if start-1 <= 0 {
			break
		}
		start = k + 1
		if p.beforeList[text[start:end]] {
			found = start
		}
		if k < 0 {
			break
		}
	}
	if found < 0 {
		return nil
	}
	out := append(append(make([]int, 0, len(m)+2), m...), found, end)
	out[0] = found
	return out
}

// groupCheck: the text of group must end with an entry of list (a head
// noun: "human rights lawyer"), or be one when exact (a title: "prime
// minister" is not the title "minister").
type groupCheck struct {
	group int
	list  []string
	exact bool
}

// exactEntry returns the entry of list that text is, after a leading
// article, "" if none.
func exactEntry(text string, list []string) string {
	for _, a := range []string{"the ", "a ", "an "} {
		text = strings.TrimPrefix(text, a)
	}
	for _, e := range list {
		if text == e {
			return e
		}
	}
	return ""
}

// valid applies the group checks to a match.
func (p *pattern) valid(text string, m []int) bool {
	for _, c := range p.checks {
		if m[2*c.group] < 0 {
			continue
		}
		if c.exact && exactEntry(text[m[2*c.group]:m[2*c.group+1]], c.list) == "" ||
			!c.exact && endsWithEntry(text[m[2*c.group]:m[2*c.group+1]], c.list) == "" {
			return false
		}
	}
	return true
}

// endsWithEntry returns the entry of list that text ends with (as whole
// words), "" if none.
func endsWithEntry(text string, list []string) string {
	best := ""
	for _, e := range list {
		if len(e) > len(best) && (text == e || strings.HasSuffix(text, " "+e)) {
			best = e
		}
	}
	return best
}

// find returns the first match in a sentence, nil if none.
func (p *pattern) find(s *sentence) []int {
	if s.possible[p.needID] < 0 {
		return nil
	}
	if all := p.findAll(s); len(all) > 0 {
		return all[0]
	}
	return nil
}

// findAll returns every match in a sentence.
func (p *pattern) findAll(s *sentence) [][]int {
	if s.possible[p.needID] < 0 {
		return nil
	}
	for _, id := range p.also {
		if s.possible[id] < 0 {
			return nil
		}
	}
	var all [][]int
	if p.anchored != nil {
		all = p.findAt(s)
	} else {
		all = p.re.FindAllStringSubmatchIndex(s.mask, -1)
	}
	if p.checks == nil && p.beforeGroup == "" {
		return all
	}
	kept := all[:0]
	for _, m := range all {
		if m = p.withBefore(s.mask, m); m != nil && p.valid(s.mask, m) {
			kept = append(kept, m)
		}
	}
	return kept
}

// firstStart is the index of the first start hit of needle id or after
// (s.starts is ordered by id).
func (s *sentence) firstStart(id int32) int {
	return sort.Search(len(s.starts), func(i int) bool { return s.starts[i].id >= id })
}

// alsoAfter: each of the pattern's further literal sets has a member
// beginning at pos or later.
func (p *pattern) alsoAfter(s *sentence, pos int) bool {
	for _, id := range p.also {
		if int(s.possible[id]) < pos {
			return false
		}
	}
	return true
}

// findAt is FindAllStringSubmatchIndex for a pattern whose matches begin
// with one of its start words: it tries the anchored regexp only where the
// needle scan saw one begin.
func (p *pattern) findAt(s *sentence) [][]int {
	k := s.firstStart(int32(p.id))
	var at []int
	for ; k < len(s.starts) && int(s.starts[k].id) == p.id; k++ {
		at = append(at, int(s.starts[k].pos))
	}
	sort.Ints(at)
	var out [][]int
	next := 0
	for i, pos := range at {
		if pos < next || i > 0 && pos == at[i-1] {
			continue
		}
		if p.boundary && lastIsWord(s.mask, pos) {
			continue // \b: not the start of a word
		}
		if p.needInside && pos > int(s.possible[p.needID]) {
			break // a match from here would hold none of the needles
		}
		if !p.alsoAfter(s, pos) {
			break // nor a member of one of its other literal sets
		}
		if p.follow != nil && !followsPlaceholder(s.mask, pos, p.lead, p.follow) {
			continue
		}
		m := p.anchored.FindStringSubmatchIndex(s.mask[pos:])
		if m == nil {
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += pos
			}
		}
		out = append(out, m)
		next = m[1]
		if m[1] == m[0] {
			next++
		}
	}
	return out
}
