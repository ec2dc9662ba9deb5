// Entity centrality stored on the entities (`e.rank`, indexed), so "the N most central entities" that
// the viewer starts from on a big graph (read-focus.ts) is an index read, not a graph computation.
//
// The rank is the entity's weighted degree: the evidence weight of every aggregate relation it takes
// part in (an unrated relation counts 1, as in graph/centrality.ts), self-loops left out. Not PageRank:
// PageRank is global, so one ingested article would mean reading and ranking every relation again
// (seconds at a million relations), while a weighted degree changes only for the ends of the relations
// a write rebuilt and is updated in the same transaction, from Neo4j's typed relationship chains.
// On news graphs the two agree on the hubs, which is all a starting view needs.
import type { ManagedTransaction } from "neo4j-driver";
import { RELATION_TYPES } from "../types.js";
import type { Db } from "./connection.js";
import { toNumber } from "./values.js";

/** Every aggregate relation type, as a pattern (from the RELATION_TYPES whitelist, never from input). */
const ANY_RELATION = RELATION_TYPES.join("|");

const RANK_OF_ENTITY = `
CALL (e) {
  MATCH (e)-[r:${ANY_RELATION}]-(o:Entity)
  WHERE o <> e
  RETURN sum(CASE WHEN r.weight > 0 THEN toFloat(r.weight) ELSE 1.0 END) AS rank
}
SET e.rank = toFloat(rank)`;

const RANK_IDS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
${RANK_OF_ENTITY}`;

// An auto-commit query of its own (CALL … IN TRANSACTIONS), so a big store is ranked in bounded batches.
const RANK_UNRANKED = `
MATCH (e:Entity) WHERE e.rank IS NULL
CALL (e) {
  ${RANK_OF_ENTITY}
} IN TRANSACTIONS OF 2000 ROWS`;

const RANK_ALL = RANK_UNRANKED.replace("WHERE e.rank IS NULL", "");

/** Re-ranks `ids` (the ends of the relations a write rebuilt) inside the writer's transaction. */
export async function rankEntities(tx: ManagedTransaction, ids: Iterable<string>): Promise<void> {
  const list = [...new Set(ids)];
  if (list.length) await tx.run(RANK_IDS, { ids: list });
}

/**
 * Ranks the entities that have no rank yet (stores written before ranks existed, and entities only
 * mentioned, which no relation write touched); with `all`, every entity (data loaded around geokg's
 * writers, as the benchmarks do). Returns how many were ranked.
 */
export async function rankUnranked(db: Db, { all = false }: { all?: boolean } = {}): Promise<number> {
  const session = db.driver.session({ database: db.database });
  try {
    const res = await session.run(all ? RANK_ALL : RANK_UNRANKED);
    return toNumber(res.summary.counters.updates().propertiesSet);
  } finally {
    await session.close();
  }
}
