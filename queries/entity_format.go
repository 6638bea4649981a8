package queries

import (
	"io"
	"strings"
)

// FormatProfile prints an entity profile for people.
func FormatProfile(w io.Writer, p *EntityProfile) error {
	ew := &errWriter{w: w}
	e := p.Entity
	ew.printf("%s — %s (key %s)\n", e.Name, e.Type, e.Key)
	if len(p.Aliases) > 0 {
		ew.printf("  also: %s\n", strings.Join(p.Aliases, ", "))
	}
	if p.ISO3166 != "" || p.Wikidata != "" {
		ew.printf("  ids: ISO 3166 %s, Wikidata %s\n", orDash(p.ISO3166), orDash(p.Wikidata))
	}
	if len(p.Relations) > 0 {
		ew.printf("\nRelations\n")
	}
	for _, g := range p.Relations {
		for _, it := range g.Items {
			ew.printf("  %s\n", relationLine(e.Name, g.Predicate, g.Direction, it.Entity.Name, it.Roles))
			writeEvidence(ew, "      ", it.Evidence)
		}
	}
	if len(p.Events) > 0 {
		ew.printf("\nEvents\n")
	}
	for _, er := range p.Events {
		ew.printf("  %s of %s\n", er.Role, eventLine(er.Event))
		writeEvidence(ew, "      ", []Evidence{er.Event.Evidence})
	}
	if len(p.Articles) > 0 {
		ew.printf("\nArticles (%d)\n", len(p.Articles))
	}
	for _, a := range p.Articles {
		ew.printf("  %s  %s  %s\n", orDash(a.Date), a.Title, a.URL)
	}
	return ew.err
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
