// name: actor-timeline
// question: What did this actor do, or have done to it, and when — claim by claim, in date order?
// params: name (string) — the actor (name, alias or id)
// params: from (date, optional) — earliest date, YYYY[-MM[-DD]]
// params: to (date, optional) — latest date, YYYY[-MM[-DD]]
// example: geokg query actor-timeline --param name="North Korea"
// example: geokg query actor-timeline --param name="Kim Jong Un" --param from=2024-06
MATCH (e:Entity)
WHERE e.id = $name OR toLower(e.name) = toLower($name) OR any(al IN coalesce(e.aliases, []) WHERE toLower(al) = toLower($name))
MATCH (art:Article)-[:ASSERTS]->(c:Claim)-[:SUBJECT|OBJECT]->(e)
WHERE c.rejected IS NULL AND c.source <> c.target
WITH DISTINCT art, c, coalesce(c.date, art.published) AS date
WHERE ($from IS NULL OR date + '~' >= $from) AND ($to IS NULL OR date <= $to + '~')
MATCH (s:Entity {id: c.source}), (t:Entity {id: c.target})
RETURN date, c.type AS relation, s.name AS subject, t.name AS object, c.certainty AS certainty,
       c.role AS role, coalesce(art.source, art.id) AS outlet, art.published AS published
ORDER BY date, relation, subject, object, outlet
