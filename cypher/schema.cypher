// geokg schema (see docs/graph-model.md). Applied by `src/store/schema.ts` before every ingest, one
// statement at a time (statements end with a semicolon). Every statement is idempotent: IF NOT EXISTS.

// Keys: ingest MERGEs on these, so they must be unique and indexed.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
// The one node writers lock in turn (src/store/write-lock.ts): unique, so its MERGE never makes two.
CREATE CONSTRAINT write_lock_id IF NOT EXISTS FOR (l:WriteLock) REQUIRE l.id IS UNIQUE;

// Look-ups by name and type (API search, entity registry, viewer filters).
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
// The viewer's starting view on a big graph: the most central entities, read in rank order (src/store/rank.ts).
CREATE INDEX entity_rank IF NOT EXISTS FOR (e:Entity) ON (e.rank);

// Date-range filters.
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published);
// The "unchanged article" check reads contentHash from the article found by id, so an index on it only
// cost every write; databases made by earlier versions lose it.
DROP INDEX article_content_hash IF EXISTS;

// Claims are grouped by (type, source, target) whenever an aggregate relation is rebuilt.
CREATE INDEX claim_type IF NOT EXISTS FOR (c:Claim) ON (c.type);
CREATE INDEX claim_key IF NOT EXISTS FOR (c:Claim) ON (c.type, c.source, c.target);

// Fuzzy name search over canonical names and every alias. Neo4j full-text indexes take STRING and
// LIST<STRING> properties, so `aliases` is indexed as it is stored.
CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases];

// Analyst corrections (src/curate, README "Correcting the graph"): one node each, the audit trail.
CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (k:Correction) REQUIRE k.id IS UNIQUE;
CREATE INDEX correction_at IF NOT EXISTS FOR (k:Correction) ON (k.at);
// Reconciliation finds the few claims a correction moved, judged or added without scanning all claims.
CREATE INDEX claim_raw_source IF NOT EXISTS FOR (c:Claim) ON (c.rawSource);
CREATE INDEX claim_rejected IF NOT EXISTS FOR (c:Claim) ON (c.rejected);
CREATE INDEX claim_verified IF NOT EXISTS FOR (c:Claim) ON (c.verified);
CREATE INDEX claim_manual IF NOT EXISTS FOR (c:Claim) ON (c.manual);

// new-relations-since: relations first reported (else first dated) in a period are found through these, one
// per relation type (a relationship index covers one type), not by reading every aggregate relation.
CREATE INDEX rel_met_first_reported IF NOT EXISTS FOR ()-[r:MET]-() ON (r.firstReported);
CREATE INDEX rel_met_first_date IF NOT EXISTS FOR ()-[r:MET]-() ON (r.firstDate);
CREATE INDEX rel_visited_first_reported IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.firstReported);
CREATE INDEX rel_visited_first_date IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.firstDate);
CREATE INDEX rel_signed_agreement_first_reported IF NOT EXISTS FOR ()-[r:SIGNED_AGREEMENT]-() ON (r.firstReported);
CREATE INDEX rel_signed_agreement_first_date IF NOT EXISTS FOR ()-[r:SIGNED_AGREEMENT]-() ON (r.firstDate);
CREATE INDEX rel_sent_troops_to_first_reported IF NOT EXISTS FOR ()-[r:SENT_TROOPS_TO]-() ON (r.firstReported);
CREATE INDEX rel_sent_troops_to_first_date IF NOT EXISTS FOR ()-[r:SENT_TROOPS_TO]-() ON (r.firstDate);
CREATE INDEX rel_supplied_arms_to_first_reported IF NOT EXISTS FOR ()-[r:SUPPLIED_ARMS_TO]-() ON (r.firstReported);
CREATE INDEX rel_supplied_arms_to_first_date IF NOT EXISTS FOR ()-[r:SUPPLIED_ARMS_TO]-() ON (r.firstDate);
CREATE INDEX rel_supports_first_reported IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.firstReported);
CREATE INDEX rel_supports_first_date IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.firstDate);
CREATE INDEX rel_affiliated_with_first_reported IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() ON (r.firstReported);
CREATE INDEX rel_affiliated_with_first_date IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() ON (r.firstDate);
