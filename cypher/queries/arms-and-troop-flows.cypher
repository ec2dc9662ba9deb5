// name: arms-and-troop-flows
// question: Which states send troops or supply arms to whom, how much, and how well is it sourced?
// params: actor (string, optional) — only flows from or to this actor (name, alias or id)
// params: all (boolean, default false) — also list flows that are only planned, alleged or denied
// example: geokg query arms-and-troop-flows
// example: geokg query arms-and-troop-flows --param actor=Russia
MATCH (a:Entity)-[r:SUPPLIED_ARMS_TO|SENT_TROOPS_TO]->(b:Entity)
WHERE (r.happened OR $all)
  AND ($actor IS NULL OR any(x IN [a, b] WHERE x.id = $actor OR toLower(x.name) = toLower($actor)
       OR any(al IN coalesce(x.aliases, []) WHERE toLower(al) = toLower($actor))))
RETURN a.name AS from, type(r) AS flow, b.name AS to, coalesce(r.quantities, []) AS quantities,
       coalesce(r.dates, []) AS dates, r.certainty AS certainty, r.contested AS contested,
       r.articles AS articles, r.outlets AS outlets
ORDER BY outlets DESC, articles DESC, from, to
