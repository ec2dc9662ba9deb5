// name: new-relations-since
// question: Which relations were first reported on or after a date?
// params: since (date) — YYYY[-MM[-DD]]
// params: type (string, optional) — only this relation type, e.g. SENT_TROOPS_TO
// example: geokg query new-relations-since --param since=2024-06-01
// First reported = the earliest publication date of an article stating it, else its earliest event date.
MATCH (a:Entity)-[r]->(b:Entity)
WITH a, r, b, coalesce(r.firstReported, r.firstDate) AS first
WHERE first IS NOT NULL AND first + '~' >= $since AND ($type IS NULL OR type(r) = $type)
RETURN first AS firstReported, a.name AS source, type(r) AS relation, b.name AS target,
       r.certainty AS certainty, r.articles AS articles, r.outlets AS outlets
ORDER BY firstReported DESC, source, relation, target
