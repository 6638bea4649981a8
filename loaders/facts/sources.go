package facts

import "newsgraph/loaders/extract"

// sentenceSources finds, for every sentence, the organisation or person it
// attributes its facts to ("according to X", "X estimates", "data from X
// reveals"), -1 where none. "According to these sources" and "surveys by the
// organisation" take the source named before.
func (v *view) sentenceSources() ([]int, [][2]int) {
	out := make([]int, len(v.sents))
	at := make([][2]int, len(v.sents)) // mask span of the attribution
	last := -1
	for si := range v.sents {
		s := &v.sents[si]
		out[si] = -1
		for _, p := range v.cues.sources {
			if m := p.find(s); m != nil {
				if g := s.group(p, m, "src"); len(g) > 0 {
					e := v.doc.Entities[g[0].ent]
					if e.Type == extract.Organization || e.Type == extract.Person {
						out[si], at[si] = g[0].ent, [2]int{m[0], m[1]}
						break
					}
				}
			}
		}
		if out[si] < 0 && last >= 0 {
			for _, p := range v.cues.sourceAnaphora {
				if m := p.find(s); m != nil {
					out[si], at[si] = last, [2]int{m[0], m[1]}
					break
				}
			}
		}
		if out[si] >= 0 {
			last = out[si]
		}
	}
	return out, at
}
