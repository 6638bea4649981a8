package facts

import (
	"sort"
	"strings"

	"newsgraph/loaders/extract"
	"newsgraph/loaders/gazetteer"
)

// sentenceMentions returns the mentions of each sentence: the Doc's own
// when it has them, else the entities' mention spans, else the entity names
// found in the text.
func sentenceMentions(doc *extract.Doc) [][]extract.Mention {
	out := make([][]extract.Mention, len(doc.Sentences))
	have := false
	for i, s := range doc.Sentences {
		out[i] = s.Mentions
		have = have || len(s.Mentions) > 0
	}
	if have {
		return out
	}
	var spans []extract.Mention
	for ei, e := range doc.Entities {
		for _, sp := range e.Mentions {
			if sp.Start >= 0 && sp.End <= len(doc.Text) && sp.Start < sp.End {
				spans = append(spans, extract.Mention{Span: sp, Text: doc.Text[sp.Start:sp.End], Entity: ei,
					Demonym: isDemonymForm(e, doc.Text[sp.Start:sp.End])})
			}
		}
	}
	if len(spans) == 0 {
		spans = scanNames(doc)
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	for i, s := range doc.Sentences {
		for _, m := range spans {
			if m.Start >= s.Start && m.End <= s.End {
				out[i] = append(out[i], m)
			}
		}
	}
	return out
}

// scanNames finds entity names and aliases in the text (whole words).
func scanNames(doc *extract.Doc) []extract.Mention {
	var out []extract.Mention
	for ei, e := range doc.Entities {
		forms := entityForms(e)
		for _, f := range forms {
			if len(f) < 2 {
				continue
			}
			for off := 0; ; {
				k := strings.Index(doc.Text[off:], f)
				if k < 0 {
					break
				}
				st, en := off+k, off+k+len(f)
				off = en
				if (st > 0 && isWordByte(doc.Text[st-1])) || (en < len(doc.Text) && isWordByte(doc.Text[en])) {
					continue
				}
				out = append(out, extract.Mention{Span: extract.Span{Start: st, End: en}, Text: f, Entity: ei,
					Demonym: isDemonymForm(e, f)})
			}
		}
	}
	// keep the longest of overlapping finds
	sort.Slice(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End > out[j].End
	})
	kept := out[:0]
	end := -1
	for _, m := range out {
		if m.Start >= end {
			kept = append(kept, m)
			end = m.End
		}
	}
	return kept
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// isDemonymForm tells whether a surface form of a country or place is its
// demonym ("Russian") rather than its name.
func isDemonymForm(e extract.Entity, form string) bool {
	if e.Type != extract.Country && e.Type != extract.Place {
		return false
	}
	if norm(form) == norm(e.Name) {
		return false
	}
	if _, ok := gazetteer.CountryByDemonym(form); ok {
		return true
	}
	return strings.HasSuffix(form, "an") || strings.HasSuffix(form, "ans") || strings.HasSuffix(form, "ish")
}
