// name: who-met-whom
// question: Who met whom, on which dates, and which outlets report it?
// params: name (string, optional) — only meetings of this actor (name, alias or id); every meeting when omitted
// params: all (boolean, default false) — also list meetings that were only planned, alleged or denied
// example: geokg query who-met-whom --param name="Vladimir Putin"
// example: geokg query who-met-whom --param all=true --format json
MATCH (a:Entity)-[r:MET]-(b:Entity)
WHERE (r.happened OR $all)
  AND CASE
    WHEN $name IS NULL THEN a.id < b.id
    ELSE a.id = $name OR toLower(a.name) = toLower($name) OR any(al IN coalesce(a.aliases, []) WHERE toLower(al) = toLower($name))
  END
RETURN a.name AS actor, b.name AS met, coalesce(r.dates, []) AS dates, r.certainty AS certainty,
       r.articles AS articles,
       COLLECT { MATCH (art:Article) WHERE art.id IN r.articleIds RETURN DISTINCT coalesce(art.source, art.id) } AS sources
ORDER BY articles DESC, actor, met
