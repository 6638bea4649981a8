package facts

import (
	"testing"
	"time"
)

// A bare title before a name takes no country the text does not tie to
// it, and who mobilised or invaded is never just the country nearby.
func TestNoGuessedCountries(t *testing.T) {
	ents := []ent{"Russia|Country|RU", "Ukraine|Country|UA", "Norway|Country|NO", "Armenia|Country|AM",
		"Boris Volkov|Person", "Anna Berg|Person"}
	for _, tc := range []struct {
		name      string
		sentences []string
		want, not []string // relString or evString
	}{
		{
			name: "a foreign leader after a country people went to",
			sentences: []string{
				"Hundreds of [Russians|~Russia] drove into [Norway] after President [Boris Volkov] ordered the call-up."},
			not: []string{"Boris Volkov leader_of Norway", "Mobilization agent=Norway location=Norway"},
		},
		{
			name: "the leader's country where the text ties it",
			sentences: []string{
				"[Russian|~Russia] President [Boris Volkov] spoke on television.",
				"Families left for [Armenia] after President [Boris Volkov] ordered the call-up."},
			want: []string{"Boris Volkov leader_of Russia", "Mobilization agent=Russia location=Russia"},
			not:  []string{"Boris Volkov leader_of Armenia"},
		},
		{
			name: "a call-up fled by people of another state is that state's",
			sentences: []string{
				"[Norway] eased its rules this week.",
				"[Norway] has taken in a young [Russian|~Russia] engineer who fled mobilisation last year."},
			not: []string{"Mobilization agent=Norway location=Norway"},
		},
		{
			name: "a war against a country, said in a host country",
			sentences: []string{
				"[Armenia] sent the officer back.",
				"\"He would not fight in a war against [Ukraine],\" said [Anna Berg]."},
			not: []string{"Invasion agent=Armenia location=Ukraine"},
		},
		{
			name:      "the state owning the call-up",
			sentences: []string{"Queues grew at the border after [Russia]'s partial mobilisation began."},
			want:      []string{"Mobilization agent=Russia location=Russia"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := testDoc(t, time.Time{}, ents, tc.sentences...)
			rels, evs := Read(doc)
			got := map[string]bool{}
			for _, r := range rels {
				got[relString(r)] = true
			}
			for _, e := range evs {
				got[evString(e)] = true
			}
			checkFound(t, got, tc.want, tc.not)
		})
	}
}
