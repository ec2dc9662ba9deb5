// name: edge-evidence
// question: Where does this edge come from — which articles, outlets, dates and sentences back a relation?
// params: a (string) — one end (name, alias or id)
// params: b (string) — the other end (name, alias or id)
// params: type (string, optional) — the relation type, e.g. MET; every relation between the two when omitted
// example: geokg query edge-evidence --param a="Vladimir Putin" --param b="Kim Jong Un" --param type=MET
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
MATCH (x)-[r]-(y)
WHERE $type IS NULL OR type(r) = $type
UNWIND r.claimIds AS cid
MATCH (art:Article)-[:ASSERTS]->(c:Claim {id: cid})
MATCH (s:Entity {id: c.source}), (t:Entity {id: c.target})
RETURN DISTINCT type(r) AS relation, s.name AS subject, t.name AS object, c.certainty AS certainty, c.date AS date,
       coalesce(art.source, art.id) AS outlet, art.published AS published, art.title AS title, art.url AS url,
       c.sentences AS evidence
ORDER BY published, outlet
