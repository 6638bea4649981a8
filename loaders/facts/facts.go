// Package facts reads relations and events out of an analysed article (an
// extract.Doc whose entities are already found and resolved).
//
// It works on a masked form of each sentence, where every entity mention is
// a placeholder of its type ("@C0@'s interior minister @P1@"), and applies
// the cue patterns and word lists of data/cues.yaml: appositions,
// possessives, titles and verbs for relations; cue phrases plus slot rules
// (who acted, where from, where to, how many, when, reported by whom) for
// events. A "he"/"she" opening a sentence, or following its opening
// adverbial, stands for the person named just before when that is clear
// (pronouns.go), and a named person's events add the relations they imply
// (events_relations.go). Countries, borders and state
// bodies come from package gazetteer;
// dates are normalised with go-dateparser against the publication date.
// Every relation and event carries the sentence it was read from.
//
// Speed: each pattern gets literal prefilters, and all are checked in one
// Aho-Corasick pass per sentence (which also finds the words of the cue
// lists asked about before every cue). Patterns whose matches open with
// known strings (a word list, optional openers, a mention placeholder) run
// anchored at those strings' occurrences only, and not where no required
// literal follows. Names are looked up once per process (country words,
// head nouns), and dates that state their year are read without
// go-dateparser. None of this changes what is found (TestGolden,
// TestPrefiltersAreSafe).
package facts

import "newsgraph/loaders/extract"

// Relations returns the relations of the fixed vocabulary the article states.
func Relations(doc *extract.Doc) []extract.Relation {
	if doc == nil || len(doc.Sentences) == 0 {
		return []extract.Relation{}
	}
	v := newView(doc)
	defer v.release()
	v.events() // named people's events add relations
	return v.relations()
}

// Read returns both the relations and the events of an article; it
// prepares the article once, where Relations and Events each do.
func Read(doc *extract.Doc) ([]extract.Relation, []extract.Event) {
	if doc == nil || len(doc.Sentences) == 0 {
		return []extract.Relation{}, []extract.Event{}
	}
	v := newView(doc)
	defer v.release()
	events := v.events() // first: named people's events add relations
	return v.relations(), events
}

// Events returns the events the article reports.
func Events(doc *extract.Doc) []extract.Event {
	if doc == nil || len(doc.Sentences) == 0 {
		return []extract.Event{}
	}
	v := newView(doc)
	defer v.release()
	return v.events()
}
