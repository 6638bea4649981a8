package facts

// needleIndex finds, in one pass over a sentence, which patterns' literal
// prefilters it satisfies (Aho-Corasick over every pattern's needles).
type needleIndex struct {
	nodes []acNode
	root  [256]int32 // the root's transitions, dense: most bytes start nothing
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

// addNeedle registers that pattern id may match only where needle occurs
// (start: its matches begin with needle).
func (ix *needleIndex) addNeedle(needle string, id int, start bool) {
	if len(ix.nodes) == 0 {
		ix.nodes = []acNode{{}}
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
	for _, e := range ix.nodes[0].edges {
		ix.root[e.b] = e.to // absent bytes stay 0: back at the root
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
}

// scan marks in hit every pattern id whose prefilter needle occurs in text
// and returns where start needles begin.
func (ix *needleIndex) scan(text string, hit []bool) []startHit {
	var starts []startHit
	cur := int32(0)
	for i := 0; i < len(text); i++ {
		b := text[i]
		for {
			if cur == 0 {
				cur = ix.root[b]
				break
			}
			if nx := ix.nodes[cur].next(b); nx >= 0 {
				cur = nx
				break
			}
			cur = ix.nodes[cur].fail
		}
		for _, o := range ix.nodes[cur].out {
			if o.start {
				starts = append(starts, startHit{o.id, int32(i+1) - o.n})
			} else {
				hit[o.id] = true
			}
		}
	}
	return starts
}
