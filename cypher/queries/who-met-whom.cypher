// name: who-met-whom
// question: Who met whom, on which dates, and which outlets report it?
// params: name (string, optional) — only meetings of this actor (name, alias or id); every meeting when omitted
// params: all (boolean, default false) — also list meetings that were only planned, alleged or denied
// example: geokg query who-met-whom --param name="Vladimir Putin"
// example: geokg query who-met-whom --param all=true --format json
CALL () {
  // The actor is looked up through indexes (id, name, the entityNames full-text index), never by a filter
  // over every entity, so that the planner starts from it and not from every article or claim.
  WITH $name AS q WHERE q IS NULL
  MATCH (a:Entity)-[r:MET]-(b:Entity) WHERE a.id < b.id RETURN a, r, b
  UNION
  CALL () {
    MATCH (a:Entity {id: $name}) RETURN a
    UNION
    MATCH (a:Entity {name: $name}) RETURN a
    UNION
    WITH $name AS q WHERE q IS NOT NULL
    CALL db.index.fulltext.queryNodes('entityNames', '"' + replace(replace(q, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS a
    WITH a, q WHERE toLower(a.name) = toLower(q) OR any(al IN coalesce(a.aliases, []) WHERE toLower(al) = toLower(q))
    RETURN a
  }
  MATCH (a)-[r:MET]-(b:Entity)
  RETURN a, r, b
}
WITH a, r, b WHERE r.happened OR $all
RETURN a.name AS actor, b.name AS met, coalesce(r.dates, []) AS dates, r.certainty AS certainty,
       r.articles AS articles,
       COLLECT { MATCH (art:Article) WHERE art.id IN r.articleIds RETURN DISTINCT coalesce(art.source, art.id) } AS sources
ORDER BY articles DESC, actor, met
