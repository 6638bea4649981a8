package facts

import (
	"testing"
	"time"
)

// A group subject — "they" after two people, the family's plural, "the
// family" — moves every one of its people; "they" after three people, or
// after no one named, moves no one.
func TestPartySubjects(t *testing.T) {
	for _, tc := range []struct {
		name      string
		ents      []ent
		sentences []string
		want, not []string
	}{
		{
			name: "they, after a man and his wife",
			ents: []ent{"Oleg Zorin|Person", "Irina Zorina|Person", "Georgia|Country|GE", "Tbilisi|Place|GE"},
			sentences: []string{
				"[Oleg Zorin], 35, and his wife [Irina Zorina] sold their car in Perm.",
				"In October they crossed into [Georgia] and rented a room in [Tbilisi]."},
			want: []string{"Oleg Zorin fled_to Georgia", "Irina Zorina fled_to Georgia"},
		},
		{
			name: "the family's plural and an asylum claim",
			ents: []ent{"Pavel Rudin|Person", "Vera Rudina|Person", "Germany|Country|DE", "Berlin|Place|DE", "Armenia|Country|AM"},
			sentences: []string{
				"[Pavel Rudin] left his job the day the summons came.",
				"His wife, [Vera Rudina], packed the children's clothes.",
				"They drove to the airport at night.",
				"In May the Rudins flew from [Armenia] to [Berlin] and applied for asylum in [Germany]."},
			want: []string{"Pavel Rudin sought_asylum_in Germany", "Vera Rudina sought_asylum_in Germany", "Vera Rudina fled_to Germany"},
		},
		{
			name: "they, after three people, is no one's journey",
			ents: []ent{"Oleg Zorin|Person", "Irina Zorina|Person", "Anna Berg|Person", "Georgia|Country|GE"},
			sentences: []string{
				"[Oleg Zorin], [Irina Zorina] and [Anna Berg] met in Perm.",
				"In October they crossed into [Georgia]."},
			not: []string{"Oleg Zorin fled_to Georgia", "Irina Zorina fled_to Georgia", "Anna Berg fled_to Georgia"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := relationStrings(testDoc(t, time.Time{}, tc.ents, tc.sentences...))
			checkFound(t, got, tc.want, tc.not)
		})
	}
}
