package extract

import (
	"time"
)

// Analyze segments text into sentences, tags it and finds the entities it
// names, each resolved within the article (see the package documentation).
// It never fails: text without sentences gives an empty Doc.
func Analyze(text string, published time.Time) *Doc {
	doc := &Doc{Text: text, Published: published}
	doc.Sentences = sentences(text)
	for i := range doc.Sentences {
		s := &doc.Sentences[i]
		s.Tokens = tokens(s.Text, s.Start)
	}
	f := newFinder(text, doc.Sentences)
	f.find()
	f.resolve(doc)
	return doc
}

// find runs the recognisers in order of confidence. Each claims tokens;
// later ones only see what earlier ones left.
func (f *finder) find() {
	n := len(f.sents)
	// 1. names with cues: credits, titles, appositions, outlets, known
	// organisations, organs of states, organisation shapes, sites, given names
	for s := 0; s < n; s++ {
		f.credits(s)
		f.dateline(s)
		f.datelineAgency(s)
		f.titled(s)
		f.aliasOrgs(s) // before appositions: "the volunteer group Go by the Forest" is the known name whole
		f.appositions(s)
		f.mediaCues(s)
		f.quotedNames(s)
		f.stateOrgans(s)
		f.orgShapes(s)
		f.acronymAppositions(s)
		f.placeCourts(s)
		f.seatedOrgs(s)
		f.placeSites(s)
		f.numberedUnits(s)
		f.regionNames(s)
		f.kinNames(s) // before given names and towns: "their daughter Vera" is no town
		f.givenNames(s)
	}
	// 2. later mentions of those names, surnames and acronyms included
	f.acronyms()
	forms, maxWords := f.knownForms()
	for s := 0; s < n; s++ {
		f.knownMentions(s, forms, maxWords)
	}
	// speakers without a title, then their later mentions
	before := len(f.cands)
	for s := 0; s < n; s++ {
		f.speakers(s)
		f.givenNamesAlone(s)
	}
	if len(f.cands) > before {
		forms, maxWords = f.knownForms()
		for s := 0; s < n; s++ {
			f.knownMentions(s, forms, maxWords)
		}
	}
	// 3. countries and demonyms, then what depends on them
	for s := 0; s < n; s++ {
		f.countryMentions(s)
	}
	present := map[string]bool{}
	armies := map[string]string{}
	for _, c := range f.cands {
		present[c.key] = true
		if c.typ == Organization && len(c.key) > 5 && c.key[len(c.key)-5:] == "-army" {
			armies[c.key] = c.name
		}
	}
	for s := 0; s < n; s++ {
		f.contextualOrgs(s, present)
		f.bareOrgans(s, armies)
		f.regionDemonyms(s) // before the towns: "Central Asian" is no town called Central
		f.gazetteerPlaces(s)
		f.loneSurnames(s)
	}
	f.partiesAfterNames()
}
