// Shared by the corrections tests: the whole graph as comparable data, and the invariants a corrected
// store must keep whatever ran concurrently.
import { expect } from "vitest";
import type { Db } from "../../src/store/connection.js";
import { query } from "./store-helpers.js";

/** Entities, claims, relations and mentions, sorted: equal states mean equal graphs. */
export async function graphState(db: Db) {
  const entities = await query(
    db,
    `MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.type AS type, labels(e) AS labels,
       coalesce(e.aliases, []) AS aliases, e.wikidata AS wikidata ORDER BY id`,
  );
  for (const e of entities) {
    (e.aliases as string[]).sort();
    (e.labels as string[]).sort();
  }
  const claims = await query(
    db,
    `MATCH (c:Claim) OPTIONAL MATCH (c)-[:SUBJECT]->(s) OPTIONAL MATCH (c)-[:OBJECT]->(t)
     RETURN c.id AS id, c.type AS type, c.source AS source, c.target AS target, s.id AS subject, t.id AS object,
            c.rejected AS rejected, c.verified AS verified, c.rawSource AS rawSource, c.rawTarget AS rawTarget
     ORDER BY id`,
  );
  const relations = await query(
    db,
    `MATCH (a:Entity)-[r]->(b:Entity) WHERE r.claimIds IS NOT NULL
     RETURN type(r) AS type, a.id AS source, b.id AS target, r.claimIds AS claimIds, r.articles AS articles
     ORDER BY type, source, target`,
  );
  const mentions = await query(
    db,
    `MATCH (a:Article)-[m:MENTIONS]->(e) RETURN a.id AS article, e.id AS entity, m.count AS count ORDER BY article, entity`,
  );
  return { entities, claims, relations, mentions: mentions.map((m) => ({ ...m, count: Number(m.count) })) };
}

/**
 * What must hold after any mix of ingests and corrections: every claim links to the entities its
 * properties name, and every relation holds exactly the counted (not rejected, not self-loop) claims
 * of its key.
 */
export async function expectConsistent(db: Db): Promise<void> {
  const dangling = await query(
    db,
    `MATCH (c:Claim)
     WHERE NOT EXISTS { (c)-[:SUBJECT]->(:Entity {id: c.source}) } OR NOT EXISTS { (c)-[:OBJECT]->(:Entity {id: c.target}) }
        OR COUNT { (c)-[:SUBJECT|OBJECT]->() } <> 2
     RETURN c.id AS id`,
  );
  expect(dangling).toEqual([]);
  const wanted = await query(
    db,
    `MATCH (c:Claim) WHERE c.rejected IS NULL AND c.source <> c.target
     WITH c.type AS type, c.source AS source, c.target AS target, c.id AS id ORDER BY id
     RETURN type, source, target, collect(id) AS claimIds ORDER BY type, source, target`,
  );
  const have = await query(
    db,
    `MATCH (a:Entity)-[r]->(b:Entity) WHERE r.claimIds IS NOT NULL
     RETURN type(r) AS type, a.id AS source, b.id AS target, r.claimIds AS claimIds ORDER BY type, source, target`,
  );
  expect(have).toEqual(wanted);
}
