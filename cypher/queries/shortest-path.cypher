// name: shortest-path
// question: How are two actors connected — the shortest chain of relations between them?
// params: source (string) — first actor (name, alias or id)
// params: target (string) — second actor (name, alias or id)
// example: geokg query shortest-path --param source="Kim Jong Un" --param target="Sergey Lavrov"
CALL () {
  // The actor is looked up through indexes (id, name, the entityNames full-text index), never by a filter
  // over every entity, so that the planner starts from it and not from every article or claim.
  MATCH (a:Entity {id: $source}) RETURN a
  UNION
  MATCH (a:Entity {name: $source}) RETURN a
  UNION
  WITH $source AS q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes('entityNames', '"' + replace(replace(q, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS a
  WITH a, q WHERE toLower(a.name) = toLower(q) OR any(al IN coalesce(a.aliases, []) WHERE toLower(al) = toLower(q))
  RETURN a
}
CALL () {
  MATCH (b:Entity {id: $target}) RETURN b
  UNION
  MATCH (b:Entity {name: $target}) RETURN b
  UNION
  WITH $target AS q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes('entityNames', '"' + replace(replace(q, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS b
  WITH b, q WHERE toLower(b.name) = toLower(q) OR any(al IN coalesce(b.aliases, []) WHERE toLower(al) = toLower(q))
  RETURN b
}
MATCH p = shortestPath((a)-[:MET|VISITED|SIGNED_AGREEMENT|SENT_TROOPS_TO|SUPPLIED_ARMS_TO|SUPPORTS|AFFILIATED_WITH*..8]-(b))
WHERE a <> b
RETURN length(p) AS hops, [n IN nodes(p) | n.name] AS actors, [r IN relationships(p) | type(r)] AS relations, p AS path
ORDER BY hops
