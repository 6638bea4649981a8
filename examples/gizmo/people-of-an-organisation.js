// Everyone stated to belong to, speak for, lead or have founded an organisation.
// expect: Dmitry Peskov
g.V("<https://newsgraph.dev/id/org/kremlin>")
  .In(["<https://newsgraph.dev/ns/member_of>", "<https://newsgraph.dev/ns/spokesperson_for>",
       "<https://newsgraph.dev/ns/leader_of>", "<https://newsgraph.dev/ns/founded>"])
  .Out("<http://schema.org/name>").Unique().All()
