// name: arms-and-troop-flows
// question: Which states send troops or supply arms to whom, how much, and how well is it sourced?
// params: actor (string, optional) — only flows from or to this actor (name, alias or id)
// params: all (boolean, default false) — also list flows that are only planned, alleged or denied
// example: geokg query arms-and-troop-flows
// example: geokg query arms-and-troop-flows --param actor=Russia
CALL () {
  // The actor is looked up through indexes (id, name, the entityNames full-text index), never by a filter
  // over every entity, so that the planner starts from it and not from every article or claim.
  WITH $actor AS q WHERE q IS NULL
  MATCH (a:Entity)-[r:SUPPLIED_ARMS_TO|SENT_TROOPS_TO]->(b:Entity) RETURN a, r, b
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
  MATCH (x)-[r:SUPPLIED_ARMS_TO|SENT_TROOPS_TO]-(:Entity)
  RETURN startNode(r) AS a, r, endNode(r) AS b
}
WITH a, r, b WHERE r.happened OR $all
RETURN a.name AS from, type(r) AS flow, b.name AS to, coalesce(r.quantities, []) AS quantities,
       coalesce(r.dates, []) AS dates, r.certainty AS certainty, r.contested AS contested,
       r.articles AS articles, r.outlets AS outlets
ORDER BY outlets DESC, articles DESC, from, to
