// name: shortest-path
// question: How are two actors connected — the shortest chain of relations between them?
// params: source (string) — first actor (name, alias or id)
// params: target (string) — second actor (name, alias or id)
// example: geokg query shortest-path --param source="Kim Jong Un" --param target="Sergey Lavrov"
MATCH (a:Entity)
WHERE a.id = $source OR toLower(a.name) = toLower($source) OR any(al IN coalesce(a.aliases, []) WHERE toLower(al) = toLower($source))
MATCH (b:Entity)
WHERE b.id = $target OR toLower(b.name) = toLower($target) OR any(al IN coalesce(b.aliases, []) WHERE toLower(al) = toLower($target))
MATCH p = shortestPath((a)-[:MET|VISITED|SIGNED_AGREEMENT|SENT_TROOPS_TO|SUPPLIED_ARMS_TO|SUPPORTS|AFFILIATED_WITH*..8]-(b))
WHERE a <> b
RETURN length(p) AS hops, [n IN nodes(p) | n.name] AS actors, [r IN relationships(p) | type(r)] AS relations, p AS path
ORDER BY hops
