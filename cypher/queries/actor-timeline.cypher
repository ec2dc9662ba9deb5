// name: actor-timeline
// question: What did this actor do, or have done to it, and when — claim by claim, in date order?
// params: name (string) — the actor (name, alias or id)
// params: from (date, optional) — earliest date, YYYY[-MM[-DD]]
// params: to (date, optional) — latest date, YYYY[-MM[-DD]]
// example: geokg query actor-timeline --param name="North Korea"
// example: geokg query actor-timeline --param name="Kim Jong Un" --param from=2024-06
CALL () {
  // The actor is looked up through indexes (id, name, the entityNames full-text index), never by a filter
  // over every entity, so that the planner starts from it and not from every article or claim.
  MATCH (e:Entity {id: $name}) RETURN e
  UNION
  MATCH (e:Entity {name: $name}) RETURN e
  UNION
  WITH $name AS q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes('entityNames', '"' + replace(replace(q, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS e
  WITH e, q WHERE toLower(e.name) = toLower(q) OR any(al IN coalesce(e.aliases, []) WHERE toLower(al) = toLower(q))
  RETURN e
}
MATCH (art:Article)-[:ASSERTS]->(c:Claim)-[:SUBJECT|OBJECT]->(e)
WHERE c.rejected IS NULL AND c.source <> c.target
WITH DISTINCT art, c, coalesce(c.date, art.published) AS date
WHERE ($from IS NULL OR date + '~' >= $from) AND ($to IS NULL OR date <= $to + '~')
MATCH (s:Entity {id: c.source}), (t:Entity {id: c.target})
RETURN date, c.type AS relation, s.name AS subject, t.name AS object, c.certainty AS certainty,
       c.role AS role, coalesce(art.source, art.id) AS outlet, art.published AS published
ORDER BY date, relation, subject, object, outlet
