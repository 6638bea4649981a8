// Package gazetteer is newsgraph's reference data about named things: the
// countries of the world (from github.com/pariz/gountries plus an embedded
// table of demonyms, Wikidata ids, short and historical names), populated
// places (a trimmed, embedded extract of GeoNames via
// github.com/ringsaturn/go-cities.json, CC-BY 3.0), and an alias table of
// well-known organisations (international bodies, governments, agencies,
// news media) that users can extend with their own YAML file.
//
// All data is loaded once, on first use, and is safe for concurrent reads.
// Lookups take a surface form as it appears in text; matching ignores case,
// accents, punctuation and a leading "the" (see Norm).
//
//	Norm(s) string                  // lookup form: "The E.U." → "e u", "Lithuania's" → "lithuania"
//	AppendNorm(buf, s) []byte        // the same without allocating, for callers' own maps
//	Slug(s) string                  // key form: "Édgars Rinkēvičs" → "edgars-rinkevics"
//	CountryKey(iso2), PersonKey(name), OrgKey(name), PlaceKey(name, iso2) string
//	CountryByCode("RU"), CountryByName("Russian Federation"), CountryByDemonym("Russians") (*Country, bool)
//	Countries() []*Country          // every country, ISO code order; Country has ISO2, Name,
//	                                // Wikidata, Demonyms, Names, BorderCodes, Capital
//	Borders("EE", "RU") bool        // land border (gountries data)
//	PlacesByName("Valencia") []Place // places of that name, most important first (Rank 1 capital,
//	                                // 2 seat of a division or major city, 3 other); "Kiev",
//	                                // "St. Petersburg", "Nizhny" spellings included
//	RegionByName("Crimea") (Place, bool) // first-level subdivisions (gountries)
//	OrgByName("EU") (*Org, bool)    // alias table; Org has Name, Aliases, Contextual, Kind, Country
//	OrgByContextualName("the bloc") // forms valid only when the article names the org otherwise
//	OrgFormWords("European") int    // longest form opening with a word (0: none), to skip lookups
//	Orgs() []*Org
//	LoadAliases(path) error         // add organisations from a user YAML file of the same shape
//	Lex() *Lexicon                  // word lists: titles, person/org nouns, org heads and openers,
//	                                // state organs, region, site and feature nouns, given names,
//	                                // surname endings, non-names, world regions, page furniture
//	DataError() error               // nil when every embedded file loaded cleanly
//
// Keys follow graph/vocab.go: country/<iso2 lower>, person/<slug>,
// org/<slug>, place/<slug>-<iso2 lower> (or place/<slug> when the country is
// unknown). Slugs are transliterated with go-unidecode so that Cyrillic and
// Latin spellings of one name meet.
package gazetteer
