// name: actor-roles-over-time
// question: Which roles did people hold in which states and organisations, and over what period?
// params: name (string, optional) — a person, or the state/organisation they served (name, alias or id)
// example: geokg query actor-roles-over-time --param name=Russia
// example: geokg query actor-roles-over-time --param name="Sergey Lavrov"
MATCH (art:Article)-[:ASSERTS]->(c:Claim {type: 'AFFILIATED_WITH'})-[:SUBJECT]->(p:Entity),
      (c)-[:OBJECT]->(o:Entity)
WHERE c.rejected IS NULL AND c.source <> c.target AND ($name IS NULL OR any(x IN [p, o] WHERE x.id = $name OR toLower(x.name) = toLower($name)
      OR any(al IN coalesce(x.aliases, []) WHERE toLower(al) = toLower($name))))
WITH p, o, coalesce(c.role, '') AS role, min(c.validFrom) AS validFrom, max(c.validTo) AS validTo,
     min(coalesce(c.date, art.published)) AS firstSeen, max(coalesce(c.date, art.published)) AS lastSeen,
     count(DISTINCT art) AS articles
RETURN p.name AS person, role, o.name AS of, validFrom, validTo, firstSeen, lastSeen, articles
ORDER BY of, coalesce(validFrom, firstSeen), person
