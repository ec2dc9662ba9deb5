// name: rejected-claims
// question: Which claims did analysts reject, who rejected them and why? (They are kept, but count nowhere else.)
// params: actor (string, optional) — only claims with this actor as subject or object (name, alias or id)
// example: geokg query rejected-claims
// example: geokg query rejected-claims --param actor="North Korea"
MATCH (c:Claim) WHERE c.rejected = true
MATCH (s:Entity {id: c.source}), (t:Entity {id: c.target})
WHERE $actor IS NULL OR any(x IN [s, t] WHERE x.id = $actor OR toLower(x.name) = toLower($actor)
      OR any(al IN coalesce(x.aliases, []) WHERE toLower(al) = toLower($actor)))
OPTIONAL MATCH (art:Article)-[:ASSERTS]->(c)
RETURN c.type AS relation, s.name AS subject, t.name AS object, c.certainty AS certainty, c.rejectedBy AS rejectedBy,
       c.rejectedAt AS rejectedAt, c.rejectedNote AS why, coalesce(art.title, art.id) AS article, c.sentences AS evidence,
       c.id AS claimId
ORDER BY rejectedAt, claimId
