// Stores written by earlier versions hold a CONTRADICTS link for every pair of disagreeing claims —
// quadratic in the claims of a relation (issue 12). Each rebuild deletes those of the keys it touches;
// this finds the keys no write has touched since and rebuilds them, a few hundred per transaction.
// The ingest runs it first: after one ingest, a store has no such link left.
import neo4j from "neo4j-driver";
import type { AggregateKey } from "../graph/aggregate.js";
import type { Db } from "./connection.js";
import { rebuildAggregates } from "./rebuild-aggregates.js";
import { loadReliability, type Reliability } from "../graph/source-reliability.js";
import { toNumber } from "./values.js";
import { takeWriteLock } from "./write-lock.js";
import { readQuery, withWrite } from "./transactions.js";

// Answered from Neo4j's count store: no scan when there is nothing to migrate (the usual case).
const ANY_LINK = "MATCH ()-[x:CONTRADICTS]->() RETURN count(x) AS n";

const LINKED_KEYS = `
MATCH (c:Claim)-[:CONTRADICTS]->()
RETURN DISTINCT c.type AS type, c.source AS source, c.target AS target
LIMIT $n`;

const KEYS_PER_TRANSACTION = 500;

/** Rebuilds every key whose claims still have CONTRADICTS links; returns how many keys that was. */
export async function migrateContradictions(
  db: Db,
  reliability: Reliability = loadReliability(),
): Promise<number> {
  const any = await readQuery(db, ANY_LINK);
  if (toNumber(any[0]?.get("n") ?? 0) === 0) return 0;
  let migrated = 0;
  for (;;) {
    const done = await withWrite(db, async (tx) => {
      await takeWriteLock(tx);
      const res = await tx.run(LINKED_KEYS, { n: neo4j.int(KEYS_PER_TRANSACTION) });
      const keys = res.records.map((r) => r.toObject() as AggregateKey);
      if (keys.length) await rebuildAggregates(tx, keys, reliability);
      return keys.length;
    });
    if (done === 0) return migrated;
    migrated += done;
  }
}
