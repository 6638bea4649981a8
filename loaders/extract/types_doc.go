// # Entity recognition and within-article resolution
//
// Analyze reads an article in five small stages, each in its own file:
//
//  1. segment.go — paragraphs are lines (hard-wrapped lines that continue in
//     lower case are joined); page furniture ("Share this article",
//     "Comments", "Read in …") is dropped, and a paywall or related-links
//     marker ("Keep reading for free", "You might also like") ends the
//     article. prose's punkt segmenter splits paragraphs into sentences
//     (a paragraph with no inner sentence end is one sentence as it is).
//  2. tag.go, perceptron.go — prose's tokenizer and averaged-perceptron
//     tagger (Penn Treebank tags; prose's slow NER is not used). Plain and
//     simply punctuated words skip prose's tokenizer rules, and the tagger
//     scores prose's own model with its features in hash maps instead of a
//     binary search; both give prose's output, which tests check on real
//     articles. Credits glued with "/" and captions glued with "." are
//     split first.
//  3. chunk.go — runs of capitalised words, joined by connectors ("of",
//     "and", "the"), are the candidate spans.
//  4. credits.go, persons.go, orgs.go, geo.go — recognisers classify spans,
//     strongest cue first; each claims its tokens, so later, weaker rules
//     only see what is left:
//     credits and bylines ("AP Photo/Name", "Copyright NAME/AFP", "By
//     Name", "Reporting by X and Y"; a team such as "the Europe desk" names
//     nothing); titles and role nouns before names ("interior minister X",
//     "presenter X", "the president of the Council, X,", "lawyer, X of
//     the Y,"); appositions ("X, a Russian pilot", "X, 34,", "X, who …",
//     "X, a non-profit organisation"); outlets and bodies introduced as
//     such ("told broadcaster X", "the refugee council X", "a group called
//     X"); the alias table of the gazetteer (international bodies,
//     governments, parliaments, agencies, media; "Forbes Russia" is an
//     outlet's national edition); organs of a state named by demonym or
//     possessive ("the Russian military" but not "a Russian military
//     base", "Latvia's interior ministry", one key per state and organ);
//     names shaped like organisations ("… National Police", "Ministry of
//     …", "Radio X", "the Prosecutor General's Office"; "X-based" is no
//     part of the name); sites ("X airport", "border crossing at X", "the
//     X border post", "in X, Country", datelines, also of towns the
//     gazetteer lacks when the country follows); places named by kind ("the
//     X region", "Moscow Oblast", "the town of X", "X, a fishing town",
//     "Gulf of X", "Black Sea"); names opening with a common given name;
//     then, after earlier names are known, speakers ("X Y said"), lone
//     given names with a cue ("identified only as X", "X said", "X (not his
//     real name)"), countries and demonyms, contextual aliases, gazetteer
//     places and lone surnames of the region ("Against X.").
//  5. known.go, resolve.go — names found with a cue are found again
//     wherever else the article uses them, surnames included; candidates are
//     merged by key into entities.
//
// # How names are resolved
//
// Every entity has a key that is stable across articles: country/<iso2>,
// person/<slug of full name>, org/<slug of canonical name>,
// place/<slug>-<iso2>. Slugs are transliterated (go-unidecode), so Cyrillic
// and Latin spellings meet. Within one article:
//   - a surname alone is the fully named person who bears it; when two
//     people of the article share it, the bare surname is left unresolved;
//     a given name that speaks ("X said") is likewise the one fully named
//     person with that given name, but one introduced by the given name
//     alone ("X, a passenger") is someone else;
//     a person named once by surname after a title ("President X") joins the
//     full name the same way;
//   - a demonym is its country ("Russians" → Russia, flagged
//     Mention.Demonym), also inside hyphenated words and organisation names;
//   - an abbreviation or other form of the alias table is its organisation
//     ("EU" → European Union, "EU Commission" → European Commission);
//     contextual forms count only when the organisation is named otherwise
//     too ("the bloc"; "Brussels" only as the subject of a verb such as
//     "has" or "said", else it is the city);
//   - "the army" is the one army the article names, "Russian military" and
//     "Russian army" are one organisation;
//   - an ambiguous place name is read in a country the article names, else
//     as the most important place of that name (capital, seat of a
//     division, other).
//
// Sentence.Mentions are in text order and may nest: a state named inside
// an organisation's name ("Russian" in "Russian Foreign Ministry") is a
// mention of the country (Demonym set) within the organisation's mention.
//
// Entity.Name is the fullest form the text gives (more words, then longer):
// "Latvia's interior ministry" as written, "AP" when a credit is all the
// article says of the Associated Press, "Kiev" when the text spells it so.
// Countries are the exception: they keep the gazetteer's name ("Russia" for
// "Russians"). Demonyms and contextual forms ("the bloc", "the army") never
// name an entity; one named by nothing else takes its reference name.
// Aliases are the other surface forms; a gazetteer name the text does not
// use is no alias. The Key stays the gazetteer's (org/associated-press,
// place/kyiv-ua, org/latvian-interior-ministry for "Latvia's interior
// ministry" and "the Latvian interior ministry" alike), so identity across
// articles does not depend on spelling. ISO3166 is set for countries, places whose country is
// known, and organisations that belong to one state (state organs, national
// bodies with a demonym, alias-table entries with a country).
//
// # Known limits
//
//   - Persons need a cue: a title, an apposition, a credit, a speech verb, a
//     common given name or a surname ending of the region. A two-word name
//     with none of these (an unusual given name, no verb) is missed.
//   - Organisations unknown to the alias table need a shape or a cue; a
//     bare name such as "Zona Nova said" is found only if listed.
//   - Places of rank 3 (small towns) need a place cue ("in X"); capitals and
//     seats of divisions are taken wherever they are capitalised, so a
//     person or company named like a city can be misread when no rule
//     claims it first.
//   - Metonyms other than the listed contextual forms are not resolved:
//     "Moscow said" stays the city. A contextual place name counts as the
//     organisation only as the subject of a verb ("Brussels kept its
//     distance"), never after a preposition ("officials in Brussels").
//   - Resolution is within one article; merging across articles (different
//     full names for one person) belongs to the loaders.
package extract
