// An entity by any of its names: ng:key holds every name and alias, normalised
// (lower case, accents and punctuation dropped).
// expect: Go By The Forest
g.V().Has("<https://newsgraph.dev/ns/key>", "idite lesom").Out("<http://schema.org/name>").All()
