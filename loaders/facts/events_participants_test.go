package facts

import (
	"testing"
	"time"
)

// Who grants, who is sent where, and which date belongs to the cue: the
// participants an event must not take from a neighbouring phrase.
func TestEventParticipantsNotBorrowed(t *testing.T) {
	ents := []ent{"Russia|Country|RU", "Ukraine|Country|UA", "Estonia|Country|EE", "Armenia|Country|AM",
		"Norway|Country|NO", "Tartu|Place|EE", "Finland|Country|FI", "Helsinki airport|Place|FI"}
	for _, tc := range []struct {
		name     string
		sentence string
		want     []string // evString of events that must be read
		not      []string // kinds, or evString, that must not be
	}{
		{
			name:     "the country surrendered to is not who grants",
			sentence: "A [Russian|~Russia] pilot who surrendered to [Ukraine] was granted asylum in [Estonia].",
			want:     []string{"AsylumGrant agent=Estonia origin=Russia"},
		},
		{
			name: "troops given up to are not the people granted, nor is their date the grant's",
			sentence: "A [Russian|~Russia] conscript who gave himself up to [Ukrainian|~Ukraine] forces in 2024 " +
				"has been granted protection in [Estonia].",
			want: []string{"AsylumGrant agent=Estonia origin=Russia"},
		},
		{
			name:     "a deporting state is not where the man came from",
			sentence: "[Armenia] deported a runaway conscript to [Russia] last spring.",
			want:     []string{"Deportation agent=Armenia origin=Armenia destination=Russia"},
		},
		{
			name:     "desertion named as what people are punished for",
			sentence: "[Russian|~Russia] commanders have punished hundreds of men for leaving their units.",
			not:      []string{"Desertion"},
		},
		{
			name:     "a city applied in stands in its country",
			sentence: "The [Russian|~Russia] officer later applied for asylum in [Tartu].",
			want:     []string{"AsylumApplication origin=Russia destination=Estonia"},
			not:      []string{"AsylumApplication origin=Russia destination=Estonia location=Tartu"},
		},
		{
			name:     "a site applied at is the location too",
			sentence: "The [Russian|~Russia] officer later flew to [Finland] and applied for asylum at [Helsinki airport].",
			want:     []string{"AsylumApplication origin=Russia destination=Finland location=Helsinki airport"},
		},
		{
			name:     "a demonym of a thing after the cue does not say whose soldier deserted",
			sentence: "The man came to [Tartu] in June after leaving his unit but could not get an [Estonian|~Estonia] residence permit.",
			not:      []string{"Desertion origin=Estonia"},
		},
		{
			name:     "no visas issued is no grant",
			sentence: "The [Norwegian|~Norway] consulate has issued almost no visas to [Russians|~Russia] this year.",
			not:      []string{"VisaGrant"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs := Events(testDoc(t, time.Time{}, ents, tc.sentence))
			got := map[string]bool{}
			for _, e := range evs {
				got[evString(e)] = true
				got[e.Kind] = true
			}
			checkFound(t, got, tc.want, tc.not)
		})
	}
}
