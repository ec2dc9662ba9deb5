// name: role-holder-at-date
// question: Who held a role (e.g. foreign minister) in a state or organisation on a given date?
// params: role (string) — the role, matched as a substring: "foreign minister", "president"
// params: of (string) — the state or organisation (name, alias or id)
// params: date (date) — the date asked about, YYYY-MM-DD (or YYYY-MM, YYYY)
// example: geokg query role-holder-at-date --param role="foreign minister" --param of="North Korea" --param date=2024-01-15
// Rows whose term (validFrom/validTo, from the gazetteer) covers the date come first. Without a term,
// the holders the articles report are listed by how close their reported dates are to the date asked.
CALL () {
  // The actor is looked up through indexes (id, name, the entityNames full-text index), never by a filter
  // over every entity, so that the planner starts from it and not from every article or claim.
  MATCH (o:Entity {id: $of}) RETURN o
  UNION
  MATCH (o:Entity {name: $of}) RETURN o
  UNION
  WITH $of AS q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes('entityNames', '"' + replace(replace(q, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS o
  WITH o, q WHERE toLower(o.name) = toLower(q) OR any(al IN coalesce(o.aliases, []) WHERE toLower(al) = toLower(q))
  RETURN o
}
MATCH (art:Article)-[:ASSERTS]->(c:Claim {type: 'AFFILIATED_WITH'})-[:OBJECT]->(o)
WHERE c.rejected IS NULL AND c.source <> c.target AND toLower(coalesce(c.role, '')) CONTAINS toLower($role)
MATCH (c)-[:SUBJECT]->(p:Entity)
WITH p, o, c.role AS role, min(c.validFrom) AS validFrom, max(c.validTo) AS validTo,
     min(coalesce(c.date, art.published)) AS firstSeen, max(coalesce(c.date, art.published)) AS lastSeen,
     collect(DISTINCT coalesce(art.source, art.id)) AS sources
WITH *, validFrom IS NOT NULL OR validTo IS NOT NULL AS hasTerm
WHERE NOT hasTerm OR ((validFrom IS NULL OR validFrom <= $date + '~') AND (validTo IS NULL OR $date <= validTo + '~'))
WITH *, [d IN [firstSeen, lastSeen] |
         date(CASE size(d) WHEN 4 THEN d + '-01-01' WHEN 7 THEN d + '-01' ELSE left(d, 10) END)] AS seen,
     date(CASE size($date) WHEN 4 THEN $date + '-01-01' WHEN 7 THEN $date + '-01' ELSE left($date, 10) END) AS asked
WITH *, abs(duration.inDays(seen[0], asked).days) AS d0, abs(duration.inDays(seen[1], asked).days) AS d1
WITH *, CASE WHEN seen[0] <= asked AND asked <= seen[1] THEN 0 WHEN d0 < d1 THEN d0 ELSE d1 END AS distance
RETURN p.name AS holder, role, o.name AS of,
       CASE WHEN hasTerm THEN 'term covers the date' WHEN distance IS NULL THEN 'reported holder, undated'
            ELSE 'reported holder, ' + toString(distance) + ' days from the date' END AS basis,
       validFrom, validTo, firstSeen, lastSeen, sources
ORDER BY hasTerm DESC, distance, holder
