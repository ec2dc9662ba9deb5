// Rebuilds aggregate relations (and CONTRADICTS links, Claim.contested) for the (type, source, target)
// keys a write or removal touched, from every Claim on those keys, inside the caller's transaction.
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
} from "./aggregate-claims.js";
import type { Reliability } from "./source-reliability.js";
import { edgeView } from "./edge-view.js";
import { fieldSpec, mapFromList, toList } from "./positional.js";
import { optNumber, optString, toNumber } from "./values.js";

// The hint pins the composite Claim(type, source, target) index: the planner otherwise may seek on one
// of its columns only and filter every claim of that relation type, once per key.
const READ_CLAIMS = `
UNWIND $keys AS k
MATCH (c:Claim {type: k.type, source: k.source, target: k.target})
USING INDEX c:Claim(type, source, target)
OPTIONAL MATCH (a:Article)-[:ASSERTS]->(c)
RETURN c.id AS id, c.type AS type, c.source AS source, c.target AS target, c.certainty AS certainty,
       c.date AS date, c.role AS role, c.quantity AS quantity, c.validFrom AS validFrom, c.validTo AS validTo,
       c.articleId AS articleId, a.published AS published, a.source AS outlet,
       coalesce(c.contested, false) AS contested, [(c)-[:CONTRADICTS]->(d:Claim) | d.id] AS contradicts`;

// Only what changed is written: most rebuilds leave every claim's contested flag and links as they were.
const SET_CONTESTED = `
UNWIND $rows AS row
MATCH (c:Claim {id: row.id})
SET c.contested = row.contested`;

const UNLINK_CONTRADICTIONS = `
UNWIND $pairs AS p
MATCH (:Claim {id: p[0]})-[x:CONTRADICTS]->(:Claim {id: p[1]})
DELETE x`;

const LINK_CONTRADICTIONS = `
UNWIND $pairs AS p
MATCH (a:Claim {id: p[0]})
MATCH (b:Claim {id: p[1]})
CREATE (a)-[:CONTRADICTS]->(b)`;

// Relationship types cannot be parameters: one fixed query per whitelisted type.
const DELETE_AGGREGATES = Object.fromEntries(
  RELATION_TYPES.map((t) => [
    t,
    `UNWIND $keys AS k
     MATCH (:Entity {id: k.source})-[r:${t}]->(:Entity {id: k.target})
     DELETE r`,
  ]),
) as Record<RelationType, string>;

// Rows travel as [source, target, properties in AGGREGATE_FIELDS order, view] (see positional.ts and
// edge-view.ts).
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
  },
  { integers: ["articles", "outlets"] },
);

// Relationship types cannot be parameters: one fixed query per whitelisted type. (Cypher 5.26's
// dynamic types, \`$(row.type)\`, would need only one, but its MERGE expands every relationship of the
// start node, MENTIONS included, instead of only those of the type: many times slower on hubs.)
// The ends are looked up once per entity into \`ents\` ($entities order) and rows name them by position,
// as in write-article.ts.
const UPSERT_AGGREGATES = Object.fromEntries(
  RELATION_TYPES.map((t) => [
    t,
    `UNWIND range(0, size($entities) - 1) AS i
     MATCH (e:Entity {id: $entities[i]})
     WITH i, e ORDER BY i
     WITH collect(e) AS ents
     // A missing entity would shift every position after it: then write nothing (checked below).
     WHERE size(ents) = size($entities)
     UNWIND $rows AS row
     WITH ents[toInteger(row[0])] AS s, ents[toInteger(row[1])] AS t, row
     MERGE (s)-[r:${t}]->(t)
     SET r = ${mapFromList(AGGREGATE_FIELDS, "row[2]")}, r.view = row[3]
     RETURN count(r) AS n`,
  ]),
) as Record<RelationType, string>;

/** The claims stored on some keys, and their current contested flags and CONTRADICTS links. */
export interface StoredClaims {
  claims: ClaimFacts[];
  wasContested: Map<string, boolean>;
  /** `${from}\0${to}` of every CONTRADICTS link between them. */
  links: Set<string>;
}

function uniqueKeys(keys: AggregateKey[]): AggregateKey[] {
  return [...new Map(keys.map((k) => [keyString(k), k])).values()];
}

export async function readStoredClaims(tx: ManagedTransaction, keys: AggregateKey[]): Promise<StoredClaims> {
  const stored: StoredClaims = { claims: [], wasContested: new Map(), links: new Set() };
  const keyRows = uniqueKeys(keys);
  if (keyRows.length === 0) return stored;
  for (const r of (await tx.run(READ_CLAIMS, { keys: keyRows })).records) {
    stored.wasContested.set(r.get("id"), Boolean(r.get("contested")));
    for (const other of r.get("contradicts") as string[]) stored.links.add(`${r.get("id")}\u0000${other}`);
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
 */
export async function writeAggregates(
  tx: ManagedTransaction,
  keys: AggregateKey[],
  stored: StoredClaims,
  created: ClaimFacts[],
  reliability: Reliability,
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

  let relationshipsCreated = 0;
  const claimRows = results.flatMap((res) => {
    const contested = new Set(res.contestedClaims);
    return res.props.claimIds
      .map((id) => ({ id, contested: contested.has(id) }))
      .filter((row) => row.contested !== (stored.wasContested.get(row.id) ?? false));
  });
  if (claimRows.length) await tx.run(SET_CONTESTED, { rows: claimRows });
  const newLinks = new Set(results.flatMap((r) => r.contradictions.map(([a, b]) => `${a}\u0000${b}`)));
  const unlink = [...stored.links].filter((p) => !newLinks.has(p)).map((p) => p.split("\u0000"));
  const link = [...newLinks].filter((p) => !stored.links.has(p)).map((p) => p.split("\u0000"));
  if (unlink.length) await tx.run(UNLINK_CONTRADICTIONS, { pairs: unlink });
  if (link.length) {
    relationshipsCreated += (await tx.run(LINK_CONTRADICTIONS, { pairs: link })).summary.counters.updates()
      .relationshipsCreated;
  }

  for (const type of RELATION_TYPES) {
    const removed = gone.filter((k) => k.type === type);
    if (removed.length) await tx.run(DELETE_AGGREGATES[type], { keys: removed });
    const ofType = results.filter((r) => r.key.type === type);
    if (ofType.length === 0) continue;
    const entities = [...new Set(ofType.flatMap((r) => [r.key.source, r.key.target]))];
    const position = new Map(entities.map((id, i) => [id, i]));
    const rows = ofType.map((r) => [
      position.get(r.key.source),
      position.get(r.key.target),
      toList(AGGREGATE_FIELDS, r.props),
      edgeView(type, r.props),
    ]);
    const res = await tx.run(UPSERT_AGGREGATES[type], { entities, rows });
    if (toNumber(res.records[0]?.get("n") ?? 0) !== rows.length) {
      // Rolls the transaction back: an aggregate without its relation would hide its claims.
      throw new Error(
        `wrote ${String(res.records[0]?.get("n"))} of ${rows.length} ${type} relations: an entity is missing`,
      );
    }
    relationshipsCreated += res.summary.counters.updates().relationshipsCreated;
  }
  return { results, relationshipsCreated };
}

/** Read and write in one go, for callers that created no claims themselves (removal). */
export async function rebuildAggregates(
  tx: ManagedTransaction,
  keys: AggregateKey[],
  reliability: Reliability,
): Promise<{ results: AggregateResult[]; relationshipsCreated: number }> {
  return writeAggregates(tx, keys, await readStoredClaims(tx, keys), [], reliability);
}
