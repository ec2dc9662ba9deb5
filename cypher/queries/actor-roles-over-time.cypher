// name: actor-roles-over-time
// question: Which roles did people hold in which states and organisations, and over what period?
// params: name (string, optional) — a person, or the state/organisation they served (name, alias or id)
// example: geokg query actor-roles-over-time --param name=Russia
// example: geokg query actor-roles-over-time --param name="Sergey Lavrov"
CALL () {
  // The actor is looked up through indexes (id, name, the entityNames full-text index), never by a filter
  // over every entity, so that the planner starts from it and not from every article or claim.
  WITH $name AS q WHERE q IS NULL
  MATCH (c:Claim {type: 'AFFILIATED_WITH'}) RETURN c
  UNION
  CALL () {
    MATCH (x:Entity {id: $name}) RETURN x
    UNION
    MATCH (x:Entity {name: $name}) RETURN x
    UNION
    WITH $name AS q WHERE q IS NOT NULL
    CALL db.index.fulltext.queryNodes('entityNames', '"' + replace(replace(q, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS x
    WITH x, q WHERE toLower(x.name) = toLower(q) OR any(al IN coalesce(x.aliases, []) WHERE toLower(al) = toLower(q))
    RETURN x
  }
  MATCH (c:Claim {type: 'AFFILIATED_WITH'})-[:SUBJECT|OBJECT]->(x)
  RETURN c
}
MATCH (art:Article)-[:ASSERTS]->(c)-[:SUBJECT]->(p:Entity), (c)-[:OBJECT]->(o:Entity)
WHERE c.rejected IS NULL AND c.source <> c.target
WITH p, o, coalesce(c.role, '') AS role, min(c.validFrom) AS validFrom, max(c.validTo) AS validTo,
     min(coalesce(c.date, art.published)) AS firstSeen, max(coalesce(c.date, art.published)) AS lastSeen,
     count(DISTINCT art) AS articles
RETURN p.name AS person, role, o.name AS of, validFrom, validTo, firstSeen, lastSeen, articles
ORDER BY of, coalesce(validFrom, firstSeen), person
