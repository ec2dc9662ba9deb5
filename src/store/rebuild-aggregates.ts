// Rebuilds aggregate relations (and Claim.contested / Claim.disputes) for the (type, source, target)
// keys a write or removal touched, from every Claim on those keys, inside the caller's transaction.
// CONTRADICTS links between claims, which earlier versions stored for every disagreeing pair, are
// deleted on the way (migrate-contradictions.ts does the same for keys no write touches).
//
// In two steps, so a write does not read back the claims it has just created: `readStoredClaims`
// runs BEFORE the writer creates its claims (after it deleted the ones it replaces), and
// `writeAggregates` then combines what was stored with the writer's own claims, which it already
// holds in memory.
import type { ManagedTransaction } from "neo4j-driver";
import { RELATION_TYPES, type Certainty, type RelationType } from "../types.js";
import {
  aggregateClaims,
  keyString,
  type AggregateKey,
  type AggregateProps,
  type AggregateResult,
  type ClaimFacts,
} from "../graph/aggregate.js";
import type { Reliability } from "../graph/source-reliability.js";
import { STABLE_PLAN } from "./stable-plan.js";
import { edgeLine } from "./edge-line.js";
import { rankEntities } from "./rank.js";
import { ENTITIES_BY_POSITION, fieldSpec, mapFromList, toList } from "./positional.js";
import { optNumber, optString, toNumber } from "./values.js";

// The hint pins the composite Claim(type, source, target) index: the planner otherwise may seek on one
// of its columns only and filter every claim of that relation type, once per key.
const READ_CLAIMS = `${STABLE_PLAN}
UNWIND $keys AS k
MATCH (c:Claim {type: k.type, source: k.source, target: k.target})
USING INDEX c:Claim(type, source, target)
// Rejected claims, and claims a merge turned into a self-loop, stay stored but count nowhere (src/curate).
WHERE c.rejected IS NULL AND c.source <> c.target
OPTIONAL MATCH (a:Article)-[:ASSERTS]->(c)
RETURN c.id AS id, c.type AS type, c.source AS source, c.target AS target, c.certainty AS certainty,
       c.date AS date, c.role AS role, c.quantity AS quantity, c.validFrom AS validFrom, c.validTo AS validTo,
       c.articleId AS articleId, a.published AS published, a.source AS outlet,
       coalesce(c.contested, false) AS contested, c.disputes AS disputes,
       EXISTS { (c)-[:CONTRADICTS]->() } AS linked`;

// Only what changed is written: most rebuilds leave every claim's contested flag as it was.
const SET_CONTESTED = `${STABLE_PLAN}
UNWIND $rows AS row
MATCH (c:Claim {id: row.id})
SET c.contested = row.contested, c.disputes = row.disputes`;

const DELETE_LEGACY_LINKS = `${STABLE_PLAN}
UNWIND $ids AS id
MATCH (:Claim {id: id})-[x:CONTRADICTS]->()
DELETE x`;

// Relationship types cannot be parameters: one fixed query per whitelisted type.
const DELETE_AGGREGATES = Object.fromEntries(
  RELATION_TYPES.map((t) => [
    t,
    `${STABLE_PLAN}
     UNWIND $keys AS k
     MATCH (:Entity {id: k.source})-[r:${t}]->(:Entity {id: k.target})
     DELETE r`,
  ]),
) as Record<RelationType, string>;

// Rows travel as [source, target, properties in AGGREGATE_FIELDS order, line] (see positional.ts and
// edge-line.ts).
const AGGREGATE_FIELDS = fieldSpec<AggregateProps>(
  {
    id: true,
    cameo: true,
    symmetric: true,
    certainty: true,
    certainties: true,
    happened: true,
    contested: true,
    articles: true,
    outlets: true,
    articleIds: true,
    claimIds: true,
    dates: true,
    firstDate: true,
    lastDate: true,
    firstReported: true,
    lastReported: true,
    roles: true,
    validFrom: true,
    validTo: true,
    quantities: true,
    weight: true,
    disputes: true,
  },
  { integers: ["articles", "outlets"] },
);

// Rows: [source position, target position, properties in AGGREGATE_FIELDS order, line, type], the
// positions into \`ents\` (ENTITIES_BY_POSITION).
const SET_AGGREGATE = `SET r = ${mapFromList(AGGREGATE_FIELDS, "row[2]")}, r.line = row[3]
RETURN count(r) AS n`;

// An aggregate on a key no claim was stored on before this transaction is new: it is created
// outright, every type in one query (a dynamic type, from the RELATION_TYPES whitelist; CREATE needs
// no matching, unlike MERGE).
const CREATE_AGGREGATES = `${STABLE_PLAN}
${ENTITIES_BY_POSITION}
UNWIND $rows AS row
WITH ents[toInteger(row[0])] AS s, ents[toInteger(row[1])] AS t, row
CREATE (s)-[r:$(row[4])]->(t)
${SET_AGGREGATE}`;

// The others are merged, one fixed query per type: a MERGE with a dynamic type expands every
// relationship of the start node, MENTIONS included, instead of only those of the type.
const UPSERT_AGGREGATES = Object.fromEntries(
  RELATION_TYPES.map((t) => [
    t,
    `${STABLE_PLAN}
     ${ENTITIES_BY_POSITION}
     UNWIND $rows AS row
     WITH ents[toInteger(row[0])] AS s, ents[toInteger(row[1])] AS t, row
     MERGE (s)-[r:${t}]->(t)
     ${SET_AGGREGATE}`,
  ]),
) as Record<RelationType, string>;

/** The claims stored on some keys, and what they say about being contested now. */
export interface StoredClaims {
  claims: ClaimFacts[];
  /** Claim id → its stored contested flag and disputes, as `contestedState` writes them. */
  was: Map<string, string>;
  /** Claims with CONTRADICTS links of an earlier version, to delete. */
  linked: string[];
}

/** A claim's contested flag and grounds as one comparable string (disputes null when none). */
function contestedState(contested: boolean, disputes: readonly string[] | null): string {
  return `${contested}:${disputes?.join(",") ?? ""}`;
}

function uniqueKeys(keys: AggregateKey[]): AggregateKey[] {
  return [...new Map(keys.map((k) => [keyString(k), k])).values()];
}

export async function readStoredClaims(tx: ManagedTransaction, keys: AggregateKey[]): Promise<StoredClaims> {
  const stored: StoredClaims = { claims: [], was: new Map(), linked: [] };
  const keyRows = uniqueKeys(keys);
  if (keyRows.length === 0) return stored;
  for (const r of (await tx.run(READ_CLAIMS, { keys: keyRows })).records) {
    stored.was.set(
      r.get("id"),
      contestedState(Boolean(r.get("contested")), r.get("disputes") as string[] | null),
    );
    if (r.get("linked")) stored.linked.push(r.get("id"));
    stored.claims.push({
      id: r.get("id"),
      type: r.get("type"),
      source: r.get("source"),
      target: r.get("target"),
      certainty: r.get("certainty") as Certainty,
      date: optString(r.get("date")),
      role: optString(r.get("role")),
      quantity: optNumber(r.get("quantity")),
      validFrom: optString(r.get("validFrom")),
      validTo: optString(r.get("validTo")),
      articleId: r.get("articleId"),
      published: optString(r.get("published")),
      outlet: optString(r.get("outlet")),
    });
  }
  return stored;
}

/**
 * Writes the aggregates of `keys` from the stored claims plus `created` (claims the caller has just
 * written, stored with contested = false and no links). A key left with no claim loses its aggregate.
 * `existed` names (keyString) the keys that had an aggregate although no claim of theirs is among
 * `stored` — those whose claims the caller deleted; every other key without stored claims is new.
 * The queries are sent without waiting for each other (the driver pipelines them in the transaction)
 * and all are awaited at the end.
 */
export async function writeAggregates(
  tx: ManagedTransaction,
  keys: AggregateKey[],
  stored: StoredClaims,
  created: ClaimFacts[],
  reliability: Reliability,
  existed: ReadonlySet<string> = new Set(),
): Promise<{ results: AggregateResult[]; relationshipsCreated: number }> {
  const byKey = new Map<string, ClaimFacts[]>();
  for (const c of [...stored.claims, ...created]) {
    const k = keyString(c);
    const list = byKey.get(k);
    if (list) list.push(c);
    else byKey.set(k, [c]);
  }
  const results: AggregateResult[] = [];
  const gone: AggregateKey[] = [];
  for (const key of uniqueKeys(keys)) {
    const list = byKey.get(keyString(key));
    if (list) results.push(aggregateClaims(key, list, reliability));
    else gone.push(key);
  }

  const pending: Promise<number>[] = [];
  const send = (query: string, params: Record<string, unknown>, expect?: number): void => {
    pending.push(
      tx.run(query, params).then((res) => {
        if (expect !== undefined && toNumber(res.records[0]?.get("n") ?? 0) !== expect) {
          // Rolls the transaction back: an aggregate without its relation would hide its claims.
          throw new Error(
            `wrote ${String(res.records[0]?.get("n"))} of ${expect} relations: an entity is missing`,
          );
        }
        return res.summary.counters.updates().relationshipsCreated;
      }),
    );
  };

  const claimRows = results.flatMap((res) =>
    res.props.claimIds.flatMap((id) => {
      const disputes = res.disputes.get(id) ?? null;
      const row = { id, contested: disputes !== null, disputes };
      const now = contestedState(row.contested, disputes);
      return now === (stored.was.get(id) ?? contestedState(false, null)) ? [] : [row];
    }),
  );
  if (claimRows.length) send(SET_CONTESTED, { rows: claimRows });
  if (stored.linked.length) send(DELETE_LEGACY_LINKS, { ids: stored.linked });

  // One pass: new aggregates (no claim stored on the key, none deleted by the caller) apart, the
  // others grouped by type for their per-type MERGE.
  const hadClaims = new Set(stored.claims.map((c) => keyString(c)));
  const fresh: AggregateResult[] = [];
  const merged = new Map<RelationType, AggregateResult[]>();
  for (const r of results) {
    const k = keyString(r.key);
    if (!hadClaims.has(k) && !existed.has(k)) fresh.push(r);
    else {
      const list = merged.get(r.key.type);
      if (list) list.push(r);
      else merged.set(r.key.type, [r]);
    }
  }
  const rowsFor = (list: AggregateResult[]) => {
    const entities = [...new Set(list.flatMap((r) => [r.key.source, r.key.target]))];
    const position = new Map(entities.map((id, i) => [id, i]));
    const rows = list.map((r) => [
      position.get(r.key.source),
      position.get(r.key.target),
      toList(AGGREGATE_FIELDS, r.props),
      edgeLine(r.key, r.props),
      r.key.type,
    ]);
    return { entities, rows };
  };
  if (fresh.length) {
    const { entities, rows } = rowsFor(fresh);
    send(CREATE_AGGREGATES, { entities, rows }, rows.length);
  }
  for (const type of RELATION_TYPES) {
    const removed = gone.filter((k) => k.type === type);
    if (removed.length) send(DELETE_AGGREGATES[type], { keys: removed });
    const ofType = merged.get(type);
    if (!ofType) continue;
    const { entities, rows } = rowsFor(ofType);
    send(UPSERT_AGGREGATES[type], { entities, rows }, rows.length);
  }
  const relationshipsCreated = (await Promise.all(pending)).reduce((a, b) => a + b, 0);
  // After the relations are written: the ends' ranks are read from them (rank.ts).
  await rankEntities(
    tx,
    keys.flatMap((k) => [k.source, k.target]),
  );
  return { results, relationshipsCreated };
}

/** Read and write in one go, for callers that created no claims themselves (removal). */
export async function rebuildAggregates(
  tx: ManagedTransaction,
  keys: AggregateKey[],
  reliability: Reliability,
): Promise<{ results: AggregateResult[]; relationshipsCreated: number }> {
  const existed = new Set(keys.map(keyString));
  return writeAggregates(tx, keys, await readStoredClaims(tx, keys), [], reliability, existed);
}
