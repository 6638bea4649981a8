// Everything one article states: the sentences behind its claims and events.
// The article IRI is its id (here the path it was loaded from), URL-escaped.
// expect: Alicante
g.V("<https://newsgraph.dev/id/article/examples%2Farticles%2F05-pilot-killed-in-spain.txt>")
  .In("<https://newsgraph.dev/ns/article>").Out("<https://newsgraph.dev/ns/sentence>").Unique().All()
