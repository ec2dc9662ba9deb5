// Removes an article and only what nothing else supports, in one write transaction.
import type { AggregateKey } from "../graph/aggregate.js";
import type { Db } from "./connection.js";
import { rebuildAggregates } from "./rebuild-aggregates.js";
import { loadReliability, type Reliability } from "../graph/source-reliability.js";
import { toNumber } from "./values.js";
import { takeWriteLock } from "./write-lock.js";
import { withWrite } from "./transactions.js";

const TOUCHED = `
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:ASSERTS]->(c:Claim)
WITH a, collect(DISTINCT {type: c.type, source: c.source, target: c.target}) AS keys
OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
WITH a, keys, collect(DISTINCT e.id) AS mentioned
OPTIONAL MATCH (a)-[:ASSERTS]->(:Claim)-[:SUBJECT|OBJECT]->(e2:Entity)
WITH keys, mentioned, collect(DISTINCT e2.id) AS claimed
RETURN keys, mentioned + claimed AS entities`;

const DELETE_ARTICLE = `
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:ASSERTS]->(c:Claim)
DETACH DELETE c
WITH DISTINCT a
DETACH DELETE a`;

// Aggregates are rebuilt first, so an entity still holding one is still backed by a claim.
const DELETE_ORPHANS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT (e)<-[:MENTIONS]-(:Article) AND NOT (e)<-[:SUBJECT|OBJECT]-(:Claim)
WITH collect(e) AS orphans
FOREACH (o IN orphans | DETACH DELETE o)
RETURN size(orphans) AS n`;

export interface RemoveResult {
  id: string;
  found: boolean;
  relationsRebuilt: number;
  entitiesDeleted: number;
}

export async function removeArticle(
  db: Db,
  id: string,
  reliability: Reliability = loadReliability(),
): Promise<RemoveResult> {
  return withWrite(db, async (tx) => {
    await takeWriteLock(tx);
    const touched = await tx.run(TOUCHED, { id });
    const record = touched.records[0];
    if (!record) return { id, found: false, relationsRebuilt: 0, entitiesDeleted: 0 };
    const keys = (record.get("keys") as (AggregateKey | { type: null })[]).filter(
      (k): k is AggregateKey => k.type !== null,
    );
    const entities = [...new Set(record.get("entities") as string[])];
    await tx.run(DELETE_ARTICLE, { id });
    await rebuildAggregates(tx, keys, reliability);
    const orphans = await tx.run(DELETE_ORPHANS, { ids: entities });
    return {
      id,
      found: true,
      relationsRebuilt: keys.length,
      entitiesDeleted: toNumber(orphans.records[0]?.get("n") ?? 0),
    };
  });
}
