package extract

import "strings"

// givenNamesAlone finds people the article names by a given name only, as
// interviews of people who fear reprisals do: "asked to be identified only
// as Jaan", "Jaan said", "said Jaan.". The word must be a common given name
// standing alone (no capitalised word beside it) with one of these cues;
// its other mentions are then found as known names.
func (f *finder) givenNamesAlone(s int) {
	if f.headline[s] {
		return
	}
	t := f.toks(s)
	for k := range t {
		w := t[k].Text
		if f.covered[s][k] || !f.lex.FirstNames[w] || !strings.HasPrefix(t[k].Tag, "NNP") {
			continue
		}
		if k > 0 && capitalised(t[k-1].Text) && wordToken(t[k-1].Text) && !f.lex.NotNames[t[k-1].Text] {
			continue
		}
		if k+1 < len(t) && capitalised(t[k+1].Text) && wordToken(t[k+1].Text) {
			continue
		}
		cue := f.aloneNameCue(s, k)
		if cue == "" {
			continue
		}
		c := personCand(w)
		c.givenOnly = cue == "speech"
		f.add(s, rng{k, k + 1}, c)
	}
}

// aloneNameCue tells which cue around token k makes a lone given name a
// person's: "speech" for a speech verb after it or before it at the end of
// a clause, "naming" for a naming phrase before it ("identified as",
// "known as", "calls himself", "his name is") or after it ("Jaan (not his
// real name)", "Jaan, 29,", "Jaan, who …"), "" for none. A person named
// so is introduced anew; one who speaks may be a fully named person.
func (f *finder) aloneNameCue(s, k int) string {
	next := f.word(s, k+1)
	if speechVerbs[f.lower(s, k+1)] {
		return "speech"
	}
	if k > 0 && speechVerbs[f.lower(s, k-1)] && (next == "," || next == "." || next == "") {
		return "speech"
	}
	naming := false
	switch next {
	case "(": // "Jaan (not his real name)", "Jaan (a pseudonym)"
		w := f.lower(s, k+2)
		naming = w == "not" || w == "a" || w == "name" || w == "real"
	case ",": // "Jaan, 29, …", "Jaan, who asked …"
		w := f.lower(s, k+2)
		naming = f.age(s, k+2) && f.word(s, k+3) == "," || w == "who" || w == "whose"
	}
	switch f.lower(s, k-1) {
	case "as":
		switch f.lower(s, k-2) {
		case "identified", "only", "known", "introduced", "himself", "herself", "named":
			naming = true
		}
	case "is", "was":
		naming = f.lower(s, k-2) == "name"
	case "himself", "herself":
		naming = f.lower(s, k-2) == "calls" || f.lower(s, k-2) == "called"
	case "him", "her": // "let me call him Denis", "we are calling her Olga"
		naming = f.lower(s, k-2) == "call" || f.lower(s, k-2) == "calling"
	case "call": // "a conscript we will call Ivan"
		switch f.lower(s, k-2) {
		case "will", "'ll", "shall", "we", "i":
			naming = true
		}
	}
	if naming {
		return "naming"
	}
	return ""
}
