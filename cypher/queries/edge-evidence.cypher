// name: edge-evidence
// question: Where does this edge come from — which articles, outlets, dates and sentences back a relation?
// params: a (string) — one end (name, alias or id)
// params: b (string) — the other end (name, alias or id)
// params: type (string, optional) — the relation type, e.g. MET; every relation between the two when omitted
// example: geokg query edge-evidence --param a="Vladimir Putin" --param b="Kim Jong Un" --param type=MET
MATCH (x:Entity)-[r]-(y:Entity)
WHERE (x.id = $a OR toLower(x.name) = toLower($a) OR any(al IN coalesce(x.aliases, []) WHERE toLower(al) = toLower($a)))
  AND (y.id = $b OR toLower(y.name) = toLower($b) OR any(al IN coalesce(y.aliases, []) WHERE toLower(al) = toLower($b)))
  AND ($type IS NULL OR type(r) = $type)
UNWIND r.claimIds AS cid
MATCH (art:Article)-[:ASSERTS]->(c:Claim {id: cid})
MATCH (s:Entity {id: c.source}), (t:Entity {id: c.target})
RETURN DISTINCT type(r) AS relation, s.name AS subject, t.name AS object, c.certainty AS certainty, c.date AS date,
       coalesce(art.source, art.id) AS outlet, art.published AS published, art.title AS title, art.url AS url,
       c.sentences AS evidence
ORDER BY published, outlet
