package extract

import (
	"strings"

	"newsgraph/loaders/gazetteer"
)

// News names a state by its capital ("at Moscow's request", "Moscow
// announced the call-up", "wanted by Moscow"). Such a mention is the
// country, not the city; "flights from Moscow" and "a Moscow court" stay
// the city. capitalsAsStates re-reads each mention of a capital by the
// words around it (lexicon.yaml, capital_as_state).

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
	before := strings.ToLower(f.text[max(0, start-24):start])
	after := f.text[end:min(len(f.text), end+40)]
	if rest, ok := strings.CutPrefix(after, "-"); ok {
		return f.lex.CapitalHyphenState[strings.ToLower(firstWord(rest))] // "the Moscow-led alliance", not "the Moscow-Belgrade flight"
	}
	if strings.HasPrefix(after, "–") {
		return false
	}
	for _, cue := range f.lex.CapitalObjectCues {
		if strings.HasSuffix(before, " "+cue+" ") {
			return true // "wanted by Moscow", "a request from Moscow"
		}
	}
	for _, p := range f.lex.CityPrepositions {
		if strings.HasSuffix(before, " "+p+" ") {
			return false // "a court in Astana ordered", "handed over to Moscow"
		}
	}
	if rest, ok := strings.CutPrefix(after, "'s "); ok {
		w := firstWord(rest)
		return w != "" && !f.lex.CityPossessions[strings.ToLower(w)] && w == strings.ToLower(w)
	}
	if rest, ok := strings.CutPrefix(after, " "); ok && f.lex.CapitalVerbs[firstWord(rest)] {
		return true
	}
	if strings.HasSuffix(f.text[max(0, start-4):start], "For ") {
		return true // "For Moscow, a deal …" opening a sentence
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
