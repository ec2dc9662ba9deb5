// name: contested-claims
// question: Where do reports disagree — one affirms what another denies, or they give different numbers or dates?
// params: actor (string, optional) — only claims with this actor as subject or object (name, alias or id)
// example: geokg query contested-claims
// example: geokg query contested-claims --param actor="North Korea" --format json
// One row per side of a disagreement: the relation, what is disputed (denial, quantity or date), the
// position taken (affirmed/denied, a number, a date) and who takes it. Rows of one relation and one
// dispute are the sides that contradict each other; claims record their disputes (Claim.disputes).
CALL () {
  // The actor is looked up through indexes (id, name, the entityNames full-text index), never by a filter
  // over every entity, so that the planner starts from it and not from every article or claim.
  WITH $actor AS q WHERE q IS NULL
  MATCH (c:Claim {contested: true}) RETURN c
  UNION
  CALL () {
    MATCH (x:Entity {id: $actor}) RETURN x
    UNION
    MATCH (x:Entity {name: $actor}) RETURN x
    UNION
    WITH $actor AS q WHERE q IS NOT NULL
    CALL db.index.fulltext.queryNodes('entityNames', '"' + replace(replace(q, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS x
    WITH x, q WHERE toLower(x.name) = toLower(q) OR any(al IN coalesce(x.aliases, []) WHERE toLower(al) = toLower(q))
    RETURN x
  }
  MATCH (c:Claim)-[:SUBJECT|OBJECT]->(x) WHERE c.contested = true
  RETURN c
}
WITH c WHERE c.rejected IS NULL AND c.source <> c.target
MATCH (s:Entity {id: c.source}), (t:Entity {id: c.target})
MATCH (a:Article)-[:ASSERTS]->(c)
UNWIND c.disputes AS dispute
WITH c, s, t, a, dispute,
     CASE dispute
       WHEN 'denial' THEN CASE c.certainty WHEN 'denied' THEN 'denied' ELSE 'affirmed' END
       WHEN 'quantity' THEN toString(c.quantity)
       ELSE c.date
     END AS position
RETURN c.type AS relation, s.name AS subject, t.name AS object, dispute, position,
       collect(DISTINCT c.certainty) AS certainties, collect(DISTINCT coalesce(a.source, a.id)) AS outlets,
       count(c) AS claims, collect(c.id) AS claimIds
ORDER BY relation, subject, object, dispute, position
