// name: contested-claims
// question: Where do reports disagree — one affirms what another denies, or they give different numbers or dates?
// params: actor (string, optional) — only claims with this actor as subject or object (name, alias or id)
// example: geokg query contested-claims
// example: geokg query contested-claims --param actor="North Korea" --format json
// One row per side of a disagreement: the relation, what is disputed (denial, quantity or date), the
// position taken (affirmed/denied, a number, a date) and who takes it. Rows of one relation and one
// dispute are the sides that contradict each other; claims record their disputes (Claim.disputes).
MATCH (c:Claim {contested: true}) WHERE c.rejected IS NULL AND c.source <> c.target
MATCH (s:Entity {id: c.source}), (t:Entity {id: c.target})
WHERE $actor IS NULL OR any(x IN [s, t] WHERE x.id = $actor OR toLower(x.name) = toLower($actor)
      OR any(al IN coalesce(x.aliases, []) WHERE toLower(al) = toLower($actor)))
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
