// name: relations-between-in-period
// question: Everything reported between two actors (and the people serving them) in a period, claim by claim.
// params: a (string) — first actor (name, alias or id)
// params: b (string) — second actor (name, alias or id)
// params: from (date, optional) — earliest date, YYYY[-MM[-DD]]
// params: to (date, optional) — latest date, YYYY[-MM[-DD]]
// example: geokg query relations-between-in-period --param a=Russia --param b="North Korea" --param from=2024-06 --param to=2024-06
// A state's side includes the people AFFILIATED_WITH it, so a meeting of two leaders counts as
// something between their states. Claims are dated by the event date, else the article's date.
MATCH (x:Entity)
WHERE x.id = $a OR toLower(x.name) = toLower($a) OR any(al IN coalesce(x.aliases, []) WHERE toLower(al) = toLower($a))
OPTIONAL MATCH (px:Entity)-[:AFFILIATED_WITH]->(x)
WITH collect(DISTINCT x.id) + collect(DISTINCT px.id) AS sideA
MATCH (y:Entity)
WHERE y.id = $b OR toLower(y.name) = toLower($b) OR any(al IN coalesce(y.aliases, []) WHERE toLower(al) = toLower($b))
OPTIONAL MATCH (py:Entity)-[:AFFILIATED_WITH]->(y)
WITH sideA, collect(DISTINCT y.id) + collect(DISTINCT py.id) AS sideB
MATCH (art:Article)-[:ASSERTS]->(c:Claim)
WHERE c.type <> 'AFFILIATED_WITH' AND c.rejected IS NULL AND c.source <> c.target
  AND ((c.source IN sideA AND c.target IN sideB) OR (c.source IN sideB AND c.target IN sideA))
WITH art, c, coalesce(c.date, art.published) AS date
WHERE ($from IS NULL OR date + '~' >= $from) AND ($to IS NULL OR date <= $to + '~')
MATCH (s:Entity {id: c.source}), (t:Entity {id: c.target})
RETURN date, c.type AS relation, s.name AS subject, t.name AS object, c.certainty AS certainty,
       c.quantity AS quantity, coalesce(art.source, art.id) AS outlet, art.title AS article
ORDER BY date, relation, subject, object, outlet
