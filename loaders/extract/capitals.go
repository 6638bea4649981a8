package extract

import (
	"strings"

	"newsgraph/loaders/gazetteer"
)

// News names a state by its capital ("at Moscow's request", "Moscow
// announced the call-up", "wanted by Moscow"). Such a mention is the
// country, not the city; "flights from Moscow" and "a Moscow court" stay
// the city. capitalsAsStates re-reads each mention of a capital by the
// words around it.

// stateVerbs follow a capital that acts as its state.
var stateVerbs = map[string]bool{
	"said": true, "says": true, "announced": true, "announces": true, "asked": true, "asks": true,
	"wants": true, "wanted": true, "sought": true, "seeks": true, "demanded": true, "demands": true,
	"insists": true, "insisted": true, "claims": true, "claimed": true, "offers": true, "offered": true,
	"expects": true, "expected": true, "denies": true, "denied": true, "accused": true, "accuses": true,
	"refused": true, "refuses": true, "responded": true, "warned": true, "warns": true, "has": true,
	"had": true, "will": true, "would": true, "could": true, "might": true, "must": true, "continues": true,
	"requested": true, "requests": true, "ordered": true, "orders": true, "launched": true, "pressed": true,
}

// stateObjectCues end the text right before a capital that is the object of
// a state's dealings ("issued by Moscow", "a deal with Moscow").
var stateObjectCues = []string{" by ", " with ", " against ", " accused ", " allowing ", " urged ", " pressure on ", " ties to ", "For "}

// cityPrepositions end the text before a capital named as a place.
var cityPrepositions = []string{" in ", " at ", " from ", " to ", " near ", " outside ", " via ", " of ", " into ", " around "}

// cityPossessions: what a capital's possessive owns as a city ("Moscow's
// Sheremetyevo airport", "Moscow's suburbs").
var cityPossessions = map[string]bool{
	"airport": true, "airports": true, "district": true, "districts": true, "suburbs": true, "suburb": true,
	"outskirts": true, "streets": true, "centre": true, "center": true, "metro": true, "mayor": true,
	"residents": true, "region": true, "courts": true, "court": true, "city": true, "population": true,
}

// capitalsAsStates turns the candidates of a capital city that stand for
// its state into candidates of that country.
func (f *finder) capitalsAsStates() {
	for i := range f.cands {
		c := &f.cands[i]
		if c.typ != Place || c.iso == "" {
			continue
		}
		country, ok := gazetteer.CountryByCode(c.iso)
		if !ok || country.Capital == "" || !strings.EqualFold(cleanSurface(c.surface), country.Capital) {
			continue
		}
		if _, ok := gazetteer.OrgByContextualName(country.Capital); ok {
			continue // "Brussels" stands for the EU, not for Belgium
		}
		if !f.standsForState(c.start, c.end) {
			continue
		}
		state := countryCand(country, false)
		state.sent, state.start, state.end, state.surface = c.sent, c.start, c.end, c.surface
		*c = state
	}
}

// standsForState reads the words around a capital's mention at start..end.
func (f *finder) standsForState(start, end int) bool {
	before := f.text[max(0, start-24):start]
	after := f.text[end:min(len(f.text), end+40)]
	if strings.HasPrefix(after, "-") || strings.HasPrefix(after, "–") {
		return false // "the Moscow-Belgrade flight"
	}
	for _, p := range cityPrepositions {
		if strings.HasSuffix(before, p) {
			return false // "a court in Astana ordered", "handed over to Moscow"
		}
	}
	if rest, ok := strings.CutPrefix(after, "'s "); ok {
		w := firstWord(rest)
		return w != "" && !cityPossessions[strings.ToLower(w)] && w == strings.ToLower(w)
	}
	if rest, ok := strings.CutPrefix(after, " "); ok && stateVerbs[firstWord(rest)] {
		return true
	}
	for _, cue := range stateObjectCues {
		if strings.HasSuffix(before, cue) || before == strings.TrimLeft(cue, " ") {
			return true
		}
	}
	return false
}

// firstWord is the leading run of letters of s.
func firstWord(s string) string {
	for i, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return s[:i]
		}
	}
	return s
}
