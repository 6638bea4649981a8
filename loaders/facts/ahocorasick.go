package facts

import "math"

// needleIndex finds, in one pass over a sentence, which patterns' literal
// prefilters it satisfies (Aho-Corasick over every pattern's needles).
type needleIndex struct {
	nodes []acNode
	// The automaton as a DFA over byte classes (the bytes needles use; all
	// others are class 0, which leads back to the root): delta[state*
	// classes+class] is the next state (complemented, ^state, when needles
	// end there), and the needles ending at a state are
	// outs[outAt[state]:outAt[state+1]].
	class   [256]uint8
	classes int
	delta   []int32
	delta16 []int16 // delta, when the states fit in an int16 (then delta is nil)
	outs    []acOut
	outAt   []int32
}

type acNode struct {
	edges []acEdge
	fail  int32
	out   []acOut // needles ending here
}

// acOut is a needle ending at a node: a prefilter needle of pattern id, or
// (start) a word its matches begin with, of length n.
type acOut struct {
	id    int32
	n     int32
	start bool
}

// startHit: a match of pattern id may begin at pos.
type startHit struct {
	id, pos int32
}

type acEdge struct {
	b  byte
	to int32
}

func (n *acNode) next(b byte) int32 {
	for _, e := range n.edges {
		if e.b == b {
			return e.to
		}
	}
	return -1
}

// maxNeedle caps a needle's length: the patterns' longest needles say
// little more than their first 18 bytes, and the cap keeps the automaton's
// states within an int16 (half the transition table, see build).
const maxNeedle = 18

// addNeedle registers that pattern id may match only where needle occurs
// (start: its matches begin with needle).
func (ix *needleIndex) addNeedle(needle string, id int, start bool) {
	if len(ix.nodes) == 0 {
		ix.nodes = []acNode{{}}
	}
	if len(needle) > maxNeedle {
		needle = needle[:maxNeedle] // its prefix occurs where it does, and begins where it begins
	}
	cur := int32(0)
	for i := 0; i < len(needle); i++ {
		nx := ix.nodes[cur].next(needle[i])
		if nx < 0 {
			nx = int32(len(ix.nodes))
			ix.nodes = append(ix.nodes, acNode{})
			ix.nodes[cur].edges = append(ix.nodes[cur].edges, acEdge{needle[i], nx})
		}
		cur = nx
	}
	ix.nodes[cur].out = append(ix.nodes[cur].out, acOut{id: int32(id), n: int32(len(needle)), start: start})
}

// build computes the failure links (breadth first) and folds each node's
// suffix outputs into its own.
func (ix *needleIndex) build() {
	if len(ix.nodes) == 0 {
		ix.nodes = []acNode{{}}
	}
	queue := []int32{}
	for _, e := range ix.nodes[0].edges {
		ix.nodes[e.to].fail = 0
		queue = append(queue, e.to)
	}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		for _, e := range ix.nodes[u].edges {
			f := ix.nodes[u].fail
			for f > 0 && ix.nodes[f].next(e.b) < 0 {
				f = ix.nodes[f].fail
			}
			if t := ix.nodes[f].next(e.b); t >= 0 && t != e.to {
				ix.nodes[e.to].fail = t
			} else {
				ix.nodes[e.to].fail = 0
			}
			ix.nodes[e.to].out = append(ix.nodes[e.to].out, ix.nodes[ix.nodes[e.to].fail].out...)
			queue = append(queue, e.to)
		}
	}
	ix.compile()
}

// scan records in last, for every pattern id whose prefilter needle occurs
// in text, where the last such occurrence begins (when that is later than
// what last holds), and appends to starts where start needles begin.
func (ix *needleIndex) scan(text string, last []int32, starts []startHit) []startHit {
	if ix.delta16 != nil {
		return scanDFA(ix, ix.delta16, text, last, starts)
	}
	return scanDFA(ix, ix.delta, text, last, starts)
}

// scanDFA is scan over delta or delta16.
func scanDFA[T int16 | int32](ix *needleIndex, delta []T, text string, last []int32, starts []startHit) []startHit {
	cur := T(0)
	for i := 0; i < len(text); i++ {
		next := delta[int(cur)*ix.classes+int(ix.class[text[i]])]
		if next >= 0 { // no needle ends here: the commonest case
			cur = next
			continue
		}
		cur = ^next
		for _, o := range ix.outs[ix.outAt[cur]:ix.outAt[cur+1]] {
			if o.start {
				starts = append(starts, startHit{o.id, int32(i+1) - o.n})
			} else if at := int32(i+1) - o.n; at > last[o.id] {
				last[o.id] = at
			}
		}
	}
	return starts
}

// compile turns the trie with its failure links into the DFA scan runs.
func (ix *needleIndex) compile() {
	ix.classes = 1
	for _, n := range ix.nodes {
		for _, e := range n.edges {
			if ix.class[e.b] == 0 {
				ix.class[e.b] = uint8(ix.classes)
				ix.classes++
			}
		}
	}
	nc := ix.classes
	ix.delta = make([]int32, len(ix.nodes)*nc)
	// breadth first, so a state's failure target is done before it
	order := []int32{0}
	for k := 0; k < len(order); k++ {
		u := order[k]
		for c := 1; c < nc; c++ {
			if u != 0 {
				ix.delta[int(u)*nc+c] = ix.delta[int(ix.nodes[u].fail)*nc+c]
			}
		}
		for _, e := range ix.nodes[u].edges {
			ix.delta[int(u)*nc+int(ix.class[e.b])] = e.to
			order = append(order, e.to)
		}
	}
	ix.outAt = make([]int32, len(ix.nodes)+1)
	for i, n := range ix.nodes {
		ix.outAt[i] = int32(len(ix.outs))
		ix.outs = append(ix.outs, n.out...)
	}
	ix.outAt[len(ix.nodes)] = int32(len(ix.outs))
	// a move into a state where needles end is stored complemented, so
	// that scan looks at outAt only then
	for k, to := range ix.delta {
		if ix.outAt[to+1] > ix.outAt[to] {
			ix.delta[k] = ^to
		}
	}
	// half the table's size, and its cache misses, when states fit
	if len(ix.nodes) <= math.MaxInt16 {
		ix.delta16 = make([]int16, len(ix.delta))
		for k, to := range ix.delta {
			ix.delta16[k] = int16(to)
		}
		ix.delta = nil
	}
}
