package evaluate

import (
	"fmt"
	"sort"
)

// symmetric relations match whichever way round their ends are given.
var symmetric = map[string]bool{"borders": true}

// none stands for Python's None: a name that resolves to no gold entity.
const none = -1

// gold indexes the typed entities of a gold document by normalised name.
type gold struct {
	entities []Entity
	byName   map[string][]int
}

func newGold(d Document) *gold {
	g := &gold{byName: map[string][]int{}}
	for _, e := range d.Entities {
		if isType(e.Type) {
			g.entities = append(g.entities, e)
		}
	}
	for i, e := range g.entities {
		for _, n := range nameSet(e) {
			g.byName[n] = append(g.byName[n], i)
		}
	}
	return g
}

func isType(t string) bool {
	for _, x := range Types {
		if t == x {
			return true
		}
	}
	return false
}

// resolve is the index of the first gold entity a surface name means, or none.
func (g *gold) resolve(name string) int {
	if c := g.byName[Norm(name)]; len(c) > 0 {
		return c[0]
	}
	return none
}

func (g *gold) optional(i int) bool { return i != none && g.entities[i].Optional }

type relKey struct {
	s int
	p string
	o int
}

func newRelKey(s int, p string, o int) relKey {
	if symmetric[p] && s != none && o != none && o < s {
		s, o = o, s
	}
	return relKey{s, p, o}
}

// dateOK says whether two dates agree on their common prefix; a missing date
// agrees with anything.
func dateOK(a, b string) bool {
	if a == "" || b == "" {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	n := min(len(ra), len(rb))
	return string(ra[:n]) == string(rb[:n])
}

// Score compares one article's predicted document with its gold document.
func Score(gold, predicted Document) Result {
	r, _ := ScoreLog(gold, predicted)
	return r
}

// ScoreLog is Score that also returns what was wrong, duplicated or missed,
// one line each, worded as score.py's --verbose output.
func ScoreLog(goldDoc, pred Document) (Result, []string) {
	var log []string
	g := newGold(goldDoc)
	res := Result{Entities: map[string]Counts{}}

	found := map[int]bool{}
	for _, e := range pred.Entities {
		t := e.Type
		if !isType(t) {
			continue
		}
		hits := map[int]bool{}
		for _, n := range nameSet(e) {
			for _, i := range g.byName[n] {
				if g.entities[i].Type == t {
					hits[i] = true
				}
			}
		}
		var real []int
		for i := range hits {
			if !g.optional(i) {
				real = append(real, i)
			}
		}
		sort.Ints(real)
		c := res.Entities[t]
		switch {
		case len(real) > 0 && !found[real[0]]:
			found[real[0]] = true
			c.TP++
		case len(real) > 0:
			c.FP++
			log = append(log, fmt.Sprintf("  duplicate %s: %s", t, pyStr(e.Name, e.noName)))
		case len(hits) == 0:
			c.FP++
			log = append(log, fmt.Sprintf("  wrong %s: %s", t, pyStr(e.Name, e.noName)))
		}
		res.Entities[t] = c
	}
	for i, e := range g.entities {
		if !e.Optional && !found[i] {
			c := res.Entities[e.Type]
			c.FN++
			res.Entities[e.Type] = c
			log = append(log, fmt.Sprintf("  missed %s: %s", e.Type, e.Name))
		}
	}

	// Gold relations keyed by resolved ends; a repeated key keeps its first
	// position and its last value, as a Python dict does.
	goldRels := map[relKey]Relation{}
	var order []relKey
	for _, r := range goldDoc.Relations {
		k := newRelKey(g.resolve(r.S), r.P, g.resolve(r.O))
		if _, ok := goldRels[k]; !ok {
			order = append(order, k)
		}
		goldRels[k] = r
	}
	seen := map[relKey]bool{}
	for _, r := range pred.Relations {
		s, o := g.resolve(r.S), g.resolve(r.O)
		k := newRelKey(s, r.P, o)
		gr, inGold := goldRels[k]
		switch {
		case inGold && !seen[k]:
			seen[k] = true
			if !gr.Optional {
				res.Relations.TP++
			}
		case seen[k]:
		case g.optional(s) || g.optional(o):
		default:
			res.Relations.FP++
			log = append(log, fmt.Sprintf("  wrong relation: %s %s %s", pyStr(r.S, r.absent[0]), pyStr(r.P, r.absent[1]), pyStr(r.O, r.absent[2])))
		}
	}
	for _, k := range order {
		if r := goldRels[k]; !seen[k] && !r.Optional {
			res.Relations.FN++
			log = append(log, fmt.Sprintf("  missed relation: %s %s %s", r.S, r.P, r.O))
		}
	}

	used := map[int]bool{}
	for pi := range pred.Events {
		e := &pred.Events[pi]
		match := none
		for j := range goldDoc.Events {
			ge := &goldDoc.Events[j]
			if used[j] || ge.Kind != e.Kind {
				continue
			}
			if eventMatches(g, e, ge) {
				match = j
				break
			}
		}
		if match == none {
			res.Events.FP++
			log = append(log, "  wrong event: "+e.String())
			continue
		}
		used[match] = true
		if !goldDoc.Events[match].Optional {
			res.Events.TP++
		}
	}
	for j := range goldDoc.Events {
		if ge := &goldDoc.Events[j]; !used[j] && !ge.Optional {
			res.Events.FN++
			log = append(log, "  missed event: "+ge.String())
		}
	}
	return res, log
}

// eventMatches says whether a predicted event agrees with a gold one of the
// same kind: every participant it names resolves to the gold participant
// (and the gold event has that participant), and count and date agree where
// both give them.
func eventMatches(g *gold, e, ge *Event) bool {
	for _, f := range Participants {
		p, gp := e.Participant(f), ge.Participant(f)
		if p == "" {
			continue
		}
		if gp == "" || g.resolve(p) != g.resolve(gp) {
			return false
		}
	}
	if e.Count != nil && ge.Count != nil && *e.Count != *ge.Count {
		return false
	}
	return dateOK(e.Date, ge.Date)
}

// pyStr prints a string that may have been missing from the JSON the way
// Python formats None.
func pyStr(s string, missing bool) string {
	if missing {
		return "None"
	}
	return s
}
