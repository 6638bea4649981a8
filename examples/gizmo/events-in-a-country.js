// All events located in a country, with their kind and the sentence that reports them.
// expect: Mobilization
g.V("<https://newsgraph.dev/id/country/ru>").In("<https://newsgraph.dev/ns/location>").Tag("event")
  .Out("<https://newsgraph.dev/ns/kind>").Tag("kind")
  .Back("event").Out("<https://newsgraph.dev/ns/sentence>").Tag("sentence").All()
