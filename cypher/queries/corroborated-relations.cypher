// name: corroborated-relations
// question: Which relations are reported by at least N independent outlets?
// params: min (int, default 2) — minimum number of distinct outlets
// params: type (string, optional) — only this relation type, e.g. MET or SUPPLIED_ARMS_TO
// example: geokg query corroborated-relations --param min=2
// example: geokg query corroborated-relations --param min=1 --param type=SIGNED_AGREEMENT
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.outlets >= $min AND ($type IS NULL OR type(r) = $type)
RETURN a.name AS source, type(r) AS relation, b.name AS target, r.outlets AS outlets, r.articles AS articles,
       r.certainty AS certainty, coalesce(r.dates, []) AS dates,
       COLLECT { MATCH (art:Article) WHERE art.id IN r.articleIds RETURN DISTINCT coalesce(art.source, art.id) } AS sources
ORDER BY outlets DESC, articles DESC, source, relation, target
