package facts

// needleIndex finds, in one pass over a sentence, which patterns' literal
// prefilters it satisfies (Aho-Corasick over every pattern's needles).
type needleIndex struct {
	nodes    []acNode
	patterns int
}

type acNode struct {
	edges []acEdge
	fail  int32
	out   []int32 // ids of patterns one of whose needles ends here
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

// addNeedle registers that pattern id may match only where needle occurs.
func (ix *needleIndex) addNeedle(needle string, id int) {
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
	ix.nodes[cur].out = append(ix.nodes[cur].out, int32(id))
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
}

// scan marks in hit every pattern id whose needle occurs in text.
func (ix *needleIndex) scan(text string, hit []bool) {
	cur := int32(0)
	for i := 0; i < len(text); i++ {
		b := text[i]
		for {
			if nx := ix.nodes[cur].next(b); nx >= 0 {
				cur = nx
				break
			}
			if cur == 0 {
				break
			}
			cur = ix.nodes[cur].fail
		}
		for _, id := range ix.nodes[cur].out {
			hit[id] = true
		}
	}
}
