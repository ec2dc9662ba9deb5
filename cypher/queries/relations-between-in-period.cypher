// name: relations-between-in-period
// question: Everything reported between two actors (and the people serving them) in a period, claim by claim.
// params: a (string) — first actor (name, alias or id)
// params: b (string) — second actor (name, alias or id)
// params: from (date, optional) — earliest date, YYYY[-MM[-DD]]
// params: to (date, optional) — latest date, YYYY[-MM[-DD]]
// example: geokg query relations-between-in-period --param a=Russia --param b="North Korea" --param from=2024-06 --param to=2024-06
// A state's side includes the people AFFILIATED_WITH it, so a meeting of two leaders counts as
// something between their states. Claims are dated by the event date, else the article's date.
CALL () {
  // The actor is looked up through indexes (id, name, the entityNames full-text index), never by a filter
  // over every entity, so that the planner starts from it and not from every article or claim.
  MATCH (x:Entity {id: $a}) RETURN x
  UNION
  MATCH (x:Entity {name: $a}) RETURN x
  UNION
  WITH $a AS q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes('entityNames', '"' + replace(replace(q, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS x
  WITH x, q WHERE toLower(x.name) = toLower(q) OR any(al IN coalesce(x.aliases, []) WHERE toLower(al) = toLower(q))
  RETURN x
}
OPTIONAL MATCH (px:Entity)-[:AFFILIATED_WITH]->(x)
WITH collect(DISTINCT x.id) + collect(DISTINCT px.id) AS sideA
CALL () {
  MATCH (y:Entity {id: $b}) RETURN y
  UNION
  MATCH (y:Entity {name: $b}) RETURN y
  UNION
  WITH $b AS q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes('entityNames', '"' + replace(replace(q, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS y
  WITH y, q WHERE toLower(y.name) = toLower(q) OR any(al IN coalesce(y.aliases, []) WHERE toLower(al) = toLower(q))
  RETURN y
}
OPTIONAL MATCH (py:Entity)-[:AFFILIATED_WITH]->(y)
WITH sideA, collect(DISTINCT y.id) + collect(DISTINCT py.id) AS sideB
// Claims are reached from the ends on side A, not by a scan of every claim.
UNWIND sideA AS end
MATCH (:Entity {id: end})<-[:SUBJECT|OBJECT]-(c:Claim)
WHERE c.type <> 'AFFILIATED_WITH' AND c.rejected IS NULL AND c.source <> c.target
  AND ((c.source IN sideA AND c.target IN sideB) OR (c.source IN sideB AND c.target IN sideA))
WITH DISTINCT c
MATCH (art:Article)-[:ASSERTS]->(c)
WITH art, c, coalesce(c.date, art.published) AS date
WHERE ($from IS NULL OR date + '~' >= $from) AND ($to IS NULL OR date <= $to + '~')
MATCH (s:Entity {id: c.source}), (t:Entity {id: c.target})
RETURN date, c.type AS relation, s.name AS subject, t.name AS object, c.certainty AS certainty,
       c.quantity AS quantity, coalesce(art.source, art.id) AS outlet, art.title AS article
ORDER BY date, relation, subject, object, outlet
