// name: most-central-actors
// question: Which actors are the most connected — by number of relations, partners and reporting articles?
// params: type (string, optional) — only actors of this type: Person, Country, Organization or Place
// example: geokg query most-central-actors --limit 10
// example: geokg query most-central-actors --param type=Person
// Degree counts aggregate relations (each once, whatever its direction). For PageRank, which GDS
// would give in Cypher, use the library entry central-actors-pagerank (computed with graphology-metrics).
MATCH (e:Entity)
WHERE $type IS NULL OR e.type = $type
WITH e, COLLECT { MATCH (e)-[r]-(o:Entity) RETURN r } AS rels,
     COLLECT { MATCH (e)-[]-(o:Entity) WHERE o <> e RETURN DISTINCT o.id } AS partners
WHERE size(rels) > 0
RETURN e.name AS actor, e.type AS type, size(rels) AS degree, size(partners) AS partners,
       reduce(n = 0, r IN rels | n + coalesce(r.articles, 0)) AS reports
ORDER BY degree DESC, reports DESC, actor
