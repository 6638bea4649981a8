package extract

// Merge combines the extractions of several articles into one document:
// entities with the same key become one, with their aliases joined; relations
// and events are kept as they are. Merge of one extraction returns it with
// nil lists made empty, so its JSON always has all three arrays.
func Merge(xs ...Extraction) Extraction {
	out := Extraction{Entities: []Entity{}, Relations: []Relation{}, Events: []Event{}}
	byKey := map[string]int{}
	for _, x := range xs {
		for _, e := range x.Entities {
			i, seen := byKey[e.Key]
			if !seen || e.Key == "" {
				byKey[e.Key] = len(out.Entities)
				e.Aliases = append([]string(nil), e.Aliases...)
				e.Mentions = nil
				out.Entities = append(out.Entities, e)
				continue
			}
			m := &out.Entities[i]
			for _, a := range append([]string{e.Name}, e.Aliases...) {
				if a != m.Name && !contains(m.Aliases, a) {
					m.Aliases = append(m.Aliases, a)
				}
			}
		}
		out.Relations = append(out.Relations, x.Relations...)
		out.Events = append(out.Events, x.Events...)
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
