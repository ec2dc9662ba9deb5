// name: contested-claims
// question: Where do reports disagree — one affirms what another denies, or they give different numbers or dates?
// params: actor (string, optional) — only claims with this actor as subject or object (name, alias or id)
// example: geokg query contested-claims
// example: geokg query contested-claims --param actor="North Korea" --format json
MATCH (c1:Claim)-[:CONTRADICTS]->(c2:Claim)
MATCH (a1:Article)-[:ASSERTS]->(c1), (a2:Article)-[:ASSERTS]->(c2)
MATCH (s:Entity {id: c1.source}), (t:Entity {id: c1.target})
WHERE $actor IS NULL OR any(x IN [s, t] WHERE x.id = $actor OR toLower(x.name) = toLower($actor)
      OR any(al IN coalesce(x.aliases, []) WHERE toLower(al) = toLower($actor)))
RETURN c1.type AS relation, s.name AS subject, t.name AS object,
       c1.certainty AS certainty1, c1.date AS date1, c1.quantity AS quantity1, coalesce(a1.source, a1.id) AS outlet1,
       c2.certainty AS certainty2, c2.date AS date2, c2.quantity AS quantity2, coalesce(a2.source, a2.id) AS outlet2,
       c1.id AS claim1, c2.id AS claim2
ORDER BY relation, subject, object
