// Every emigration figure with the sentence it comes from.
// expect: 700000, 261000
g.V().Has("<https://newsgraph.dev/ns/kind>", "Emigration").Tag("event")
  .Out("<https://newsgraph.dev/ns/count>").Tag("count")
  .Back("event").Out("<https://newsgraph.dev/ns/sentence>").Tag("sentence").All()
