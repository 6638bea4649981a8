package extract

import (
	"testing"
	"time"
)

// A later mention of a known name ends at the name, not at the comma or
// full stop after it: the facts rules read "X, 29," as a name and an age.
func TestKnownMentionsEndAtTheName(t *testing.T) {
	for _, tc := range []struct {
		text, want string
	}{
		{"A court heard the case of Kirill Tomin, a soldier.\n\nTomin, 29, deserted in March.", "Tomin"},
		{"A court heard the case of Kirill Tomin, a soldier. Lawyers met Tomin.", "Tomin"},
		{"The Nordic Refugee Forum met in Oslo. Officials praised the Nordic Refugee Forum, and left.", "Nordic Refugee Forum"},
	} {
		d := Analyze(tc.text, time.Time{})
		last := d.Sentences[len(d.Sentences)-1]
		found := false
		for _, m := range last.Mentions {
			if m.Text == tc.want && tc.text[m.Start:m.End] == tc.want {
				found = true
			} else if len(m.Text) > len(tc.want) && m.Text[:len(tc.want)] == tc.want {
				t.Errorf("%q: mention %q runs past the name", tc.text, m.Text)
			}
		}
		if !found {
			t.Errorf("%q: no mention %q in the last sentence; got %+v", tc.text, tc.want, last.Mentions)
		}
	}
}
