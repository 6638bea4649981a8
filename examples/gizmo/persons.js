// Every person in the graph, by name.
// expect: Vladimir Putin, Dmitry Peskov
g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://schema.org/Person>")
  .Out("<http://schema.org/name>").Unique().All()
