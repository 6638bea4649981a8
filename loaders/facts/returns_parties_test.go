package facts

import (
	"strings"
	"testing"
	"time"
)

// Borders read from "its border with Y" and the like, party members before
// and after their title, each in sentences written for this test.
func TestBordersAndPartyMembers(t *testing.T) {
	for _, tc := range []struct {
		name      string
		ents      []ent
		sentences []string
		want, not []string
	}{
		{
			name:      "the acting country closed its land border with a neighbour",
			ents:      []ent{"Norway|Country|NO", "Russia|Country|RU"},
			sentences: []string{"[Norway] took in few [Russian|~Russia] conscripts last year, and fewer after it shut its land border with [Russia] in spring."},
			want:      []string{"Norway borders Russia"},
		},
		{
			name:      "the frontier with a region, named by its demonym",
			ents:      []ent{"Latvia|Country|LV", "Russia|Country|RU", "Inta Berzina|Person"},
			sentences: []string{"[Latvian|~Latvia] minister [Inta Berzina] said guards would patrol the frontier with the [Russian|~Russia] region of Pskov."},
			want:      []string{"Latvia borders Russia"},
		},
		{
			name:      "shares a long land border",
			ents:      []ent{"Mongolia|Country|MN", "Russia|Country|RU"},
			sentences: []string{"[Mongolia], which shares a long land border with [Russia], saw queues too."},
			want:      []string{"Mongolia borders Russia"},
		},
		{
			name:      "a list of states that all border one",
			ents:      []ent{"Finland|Country|FI", "Estonia|Country|EE", "Latvia|Country|LV", "Russia|Country|RU"},
			sentences: []string{"[Finland], [Estonia] and [Latvia], which all border [Russia], refuse tourists."},
			want:      []string{"Finland borders Russia", "Estonia borders Russia", "Latvia borders Russia"},
		},
		{
			name:      "no land border, no relation",
			ents:      []ent{"Germany|Country|DE", "Russia|Country|RU"},
			sentences: []string{"[Germany] said it would help watch the border with [Russia]."},
			not:       []string{"Germany borders Russia"},
		},
		{
			name: "a party before the title, and an MP of a party",
			ents: []ent{"Social Democrats|Organization", "Centre Party|Organization", "Anu Virta|Person", "Jussi Koski|Person"},
			sentences: []string{
				"[Social Democrats] MP [Anu Virta] asked who would check the claims.",
				"[Jussi Koski], an MP for the [Centre Party], voted against the bill."},
			want: []string{"Anu Virta member_of Social Democrats", "Jussi Koski member_of Centre Party"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := relationStrings(testDoc(t, time.Time{}, tc.ents, tc.sentences...))
			checkFound(t, got, tc.want, tc.not)
		})
	}
}

// A headline return without a name and the body's "extradite him" are one
// deportation; the flight told inside the return is no emigration.
func TestHeadlineReturnMergesWithTheBody(t *testing.T) {
	doc := testDoc(t, time.Time{}, []ent{"Mongolia|Country|MN", "Russia|Country|RU", "Bat Erdene|Person", "Ivan Lukin|Person"},
		"[Mongolia] sends a conscript who fled the draft back to [Russia]",
		"[Ivan Lukin], a 24-year-old from Buryatia, had crossed the steppe on foot in 2022.",
		"Prosecutors agreed to extradite him last month, his lawyer [Bat Erdene] said.")
	var deps []string
	for _, e := range Events(doc) {
		s := evString(e)
		if e.Kind == "Emigration" && e.Destination == "Russia" {
			t.Errorf("a return read as emigration: %s", s)
		}
		if e.Kind == "Deportation" {
			deps = append(deps, s)
		}
	}
	if len(deps) != 1 || !strings.Contains(deps[0], "agent=Mongolia") || !strings.Contains(deps[0], "subject=Ivan Lukin") ||
		!strings.Contains(deps[0], "destination=Russia") {
		t.Errorf("want one deportation of Ivan Lukin by Mongolia to Russia, got %v", deps)
	}
}
