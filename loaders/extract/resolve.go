package extract

import (
	"sort"
	"strings"

	"newsgraph/loaders/gazetteer"
)

// placeReading picks the reading of an ambiguous place name: one in a
// country the article names, else the most important.
func (f *finder) placeReading(c *cand) {
	if len(c.places) == 0 {
		// a site found by its cue ("the Semey checkpoint") takes the
		// country of a gazetteer place of its name in a country the
		// article names
		if c.iso == "" && c.name == "" {
			for _, p := range gazetteer.PlacesByName(cleanSurface(c.surface)) {
				if f.countries[p.Country] {
					c.iso = p.Country
					c.key = gazetteer.PlaceKey(cleanSurface(c.surface), p.Country)
					break
				}
			}
		}
		if c.key == "" {
			c.key = gazetteer.PlaceKey(c.surface, c.iso)
		}
		return
	}
	best := c.places[0]
	for _, p := range c.places {
		if f.countries[p.Country] {
			best = p
			break
		}
	}
	c.name, c.iso, c.canonical = best.Name, best.Country, true
	c.key = gazetteer.PlaceKey(best.Name, best.Country)
}

// cleanSurface drops a possessive ending and surrounding punctuation from
// a surface form.
func cleanSurface(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"'s", "’s"} {
		s = strings.TrimSuffix(s, p)
	}
	return strings.Trim(s, " ,.;:\"“”'’()")
}

// resolve turns the candidates into the article's entities: one per key,
// named by its canonical or fullest form, with every other surface form as
// an alias, and fills in the sentences' mentions.
func (f *finder) resolve(doc *Doc) {
	for i := range f.cands {
		if f.cands[i].typ == Place {
			f.placeReading(&f.cands[i])
		}
	}
	// A person named by one word whose word is the surname of exactly one
	// fully named person is that person ("President Tamm" … "Jaan Tamm").
	full := map[string][]string{}
	for _, c := range f.cands {
		if c.typ == Person {
			if w := strings.Fields(c.name); len(w) >= 2 {
				last := gazetteer.Norm(w[len(w)-1])
				if !hasString(full[last], c.key) {
					full[last] = append(full[last], c.key)
				}
			}
		}
	}
	for i := range f.cands {
		c := &f.cands[i]
		if c.typ == Person && !strings.Contains(c.name, " ") {
			if keys := full[gazetteer.Norm(c.name)]; len(keys) == 1 {
				c.key = keys[0]
				c.name = ""
			}
		}
	}
	// text order; candidates are large, so an index is sorted, not them
	order := make([]int, len(f.cands))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return f.cands[order[i]].start < f.cands[order[j]].start })

	index := make(map[string]int, len(f.cands)/2)
	for _, ci := range order {
		c := &f.cands[ci]
		idx, ok := index[c.key]
		if !ok {
			idx = len(doc.Entities)
			index[c.key] = idx
			doc.Entities = append(doc.Entities, Entity{Key: c.key, Type: c.typ})
		}
		e := &doc.Entities[idx]
		surface := cleanSurface(c.surface)
		switch {
		case c.canonical:
			e.Name = c.name
		case e.Name == "" || !isCanonical(f.cands, c.key) && betterName(c.name, e.Name, c.typ):
			if c.name != "" {
				e.Name = c.name
			}
		}
		if e.Name == "" {
			e.Name = surface
		}
		if c.iso != "" && e.ISO3166 == "" {
			e.ISO3166 = c.iso
		}
		if c.wikidata != "" {
			e.Wikidata = c.wikidata
		}
		if surface != "" && !hasString(e.Aliases, surface) {
			e.Aliases = append(e.Aliases, surface)
		}
		e.Mentions = append(e.Mentions, Span{Start: c.start, End: c.end})
		m := Mention{Span: Span{Start: c.start, End: c.end}, Text: f.text[c.start:c.end], Entity: idx, Demonym: c.demonym}
		doc.Sentences[c.sent].Mentions = append(doc.Sentences[c.sent].Mentions, m)
	}
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if e.Type == Person {
			e.Name = titleCase(e.Name)
		}
		e.Aliases = distinctAliases(e.Name, e.Aliases)
	}
}

// isCanonical tells whether some candidate of key carries a gazetteer name.
func isCanonical(cands []cand, key string) bool {
	for _, c := range cands {
		if c.key == key && c.canonical {
			return true
		}
	}
	return false
}

// betterName prefers the fuller of two names: more words, then longer.
func betterName(a, b, typ string) bool {
	if a == "" {
		return false
	}
	wa, wb := len(strings.Fields(a)), len(strings.Fields(b))
	if wa != wb {
		return wa > wb
	}
	return len(a) > len(b)
}

// distinctAliases keeps one spelling of each surface form that differs
// from the name, in first-seen order.
func distinctAliases(name string, forms []string) []string {
	seen := map[string]bool{gazetteer.Norm(name): true}
	var out []string
	for _, a := range forms {
		k := gazetteer.Norm(a)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, a)
	}
	return out
}

func hasString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
