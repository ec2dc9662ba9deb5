// name: new-relations-since
// question: Which relations were first reported on or after a date?
// params: since (date) — YYYY[-MM[-DD]]
// params: type (string, optional) — only this relation type, e.g. SENT_TROOPS_TO
// example: geokg query new-relations-since --param since=2024-06-01
// First reported = the earliest publication date of an article stating it, else its earliest event date.
CALL () {
  // Each branch seeks one relation type's firstReported or firstDate index (cypher/schema.cypher) instead of
  // reading every relation. A date d is on or after $since when d >= $since or d is a prefix of $since (a
  // partial date: 2024-06 is on or after 2024-06-15), hence the two prefixes.
  MATCH (a:Entity)-[r:MET]->(b:Entity)
  WHERE r.firstReported >= $since OR r.firstReported IN [left($since, 4), left($since, 7)]
  RETURN a, r, b
  UNION
  MATCH (a:Entity)-[r:MET]->(b:Entity)
  WHERE (r.firstDate >= $since OR r.firstDate IN [left($since, 4), left($since, 7)]) AND r.firstReported IS NULL
  RETURN a, r, b
  UNION
  MATCH (a:Entity)-[r:VISITED]->(b:Entity)
  WHERE r.firstReported >= $since OR r.firstReported IN [left($since, 4), left($since, 7)]
  RETURN a, r, b
  UNION
  MATCH (a:Entity)-[r:VISITED]->(b:Entity)
  WHERE (r.firstDate >= $since OR r.firstDate IN [left($since, 4), left($since, 7)]) AND r.firstReported IS NULL
  RETURN a, r, b
  UNION
  MATCH (a:Entity)-[r:SIGNED_AGREEMENT]->(b:Entity)
  WHERE r.firstReported >= $since OR r.firstReported IN [left($since, 4), left($since, 7)]
  RETURN a, r, b
  UNION
  MATCH (a:Entity)-[r:SIGNED_AGREEMENT]->(b:Entity)
  WHERE (r.firstDate >= $since OR r.firstDate IN [left($since, 4), left($since, 7)]) AND r.firstReported IS NULL
  RETURN a, r, b
  UNION
  MATCH (a:Entity)-[r:SENT_TROOPS_TO]->(b:Entity)
  WHERE r.firstReported >= $since OR r.firstReported IN [left($since, 4), left($since, 7)]
  RETURN a, r, b
  UNION
  MATCH (a:Entity)-[r:SENT_TROOPS_TO]->(b:Entity)
  WHERE (r.firstDate >= $since OR r.firstDate IN [left($since, 4), left($since, 7)]) AND r.firstReported IS NULL
  RETURN a, r, b
  UNION
  MATCH (a:Entity)-[r:SUPPLIED_ARMS_TO]->(b:Entity)
  WHERE r.firstReported >= $since OR r.firstReported IN [left($since, 4), left($since, 7)]
  RETURN a, r, b
  UNION
  MATCH (a:Entity)-[r:SUPPLIED_ARMS_TO]->(b:Entity)
  WHERE (r.firstDate >= $since OR r.firstDate IN [left($since, 4), left($since, 7)]) AND r.firstReported IS NULL
  RETURN a, r, b
  UNION
  MATCH (a:Entity)-[r:SUPPORTS]->(b:Entity)
  WHERE r.firstReported >= $since OR r.firstReported IN [left($since, 4), left($since, 7)]
  RETURN a, r, b
  UNION
  MATCH (a:Entity)-[r:SUPPORTS]->(b:Entity)
  WHERE (r.firstDate >= $since OR r.firstDate IN [left($since, 4), left($since, 7)]) AND r.firstReported IS NULL
  RETURN a, r, b
  UNION
  MATCH (a:Entity)-[r:AFFILIATED_WITH]->(b:Entity)
  WHERE r.firstReported >= $since OR r.firstReported IN [left($since, 4), left($since, 7)]
  RETURN a, r, b
  UNION
  MATCH (a:Entity)-[r:AFFILIATED_WITH]->(b:Entity)
  WHERE (r.firstDate >= $since OR r.firstDate IN [left($since, 4), left($since, 7)]) AND r.firstReported IS NULL
  RETURN a, r, b
}
WITH a, r, b, coalesce(r.firstReported, r.firstDate) AS first
WHERE first + '~' >= $since AND ($type IS NULL OR type(r) = $type)
RETURN first AS firstReported, a.name AS source, type(r) AS relation, b.name AS target,
       r.certainty AS certainty, r.articles AS articles, r.outlets AS outlets
ORDER BY firstReported DESC, source, relation, target
