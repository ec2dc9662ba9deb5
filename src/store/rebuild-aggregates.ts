// Rebuilds aggregate relations (and CONTRADICTS links, Claim.contested) for the (type, source, target)
// keys a write or removal touched, from every Claim in the store, inside the caller's transaction.
import type { ManagedTransaction } from "neo4j-driver";
import { RELATION_TYPES, type Certainty, type RelationType } from "../types.js";
import {
  aggregateClaims,
  keyString,
  type AggregateKey,
  type AggregateResult,
  type ClaimFacts,
} from "./aggregate-claims.js";
import type { Reliability } from "./source-reliability.js";
import { int, optNumber, optString } from "./values.js";

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

const UPSERT_AGGREGATES = Object.fromEntries(
  RELATION_TYPES.map((t) => [
    t,
    `UNWIND $rows AS row
     MATCH (s:Entity {id: row.source})
     MATCH (t:Entity {id: row.target})
     MERGE (s)-[r:${t}]->(t)
     SET r = row.props`,
  ]),
) as Record<RelationType, string>;

export async function rebuildAggregates(
  tx: ManagedTransaction,
  keys: AggregateKey[],
  reliability: Reliability,
): Promise<{ results: AggregateResult[]; relationshipsCreated: number }> {
  const unique = new Map(keys.map((k) => [keyString(k), k]));
  if (unique.size === 0) return { results: [], relationshipsCreated: 0 };
  const keyRows = [...unique.values()];
  const byKey = new Map<string, ClaimFacts[]>();
  const wasContested = new Map<string, boolean>();
  const oldPairs = new Set<string>();
  const claims = await tx.run(READ_CLAIMS, { keys: keyRows });
  for (const r of claims.records) {
    wasContested.set(r.get("id"), Boolean(r.get("contested")));
    for (const other of r.get("contradicts") as string[]) oldPairs.add(`${r.get("id")}\u0000${other}`);
    const c: ClaimFacts = {
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
    };
    const k = keyString(c);
    const list = byKey.get(k);
    if (list) list.push(c);
    else byKey.set(k, [c]);
  }

  const results: AggregateResult[] = [];
  const gone: AggregateKey[] = [];
  for (const [k, key] of unique) {
    const list = byKey.get(k);
    if (list) results.push(aggregateClaims(key, list, reliability));
    else gone.push(key);
  }

  let created = 0;
  const claimRows = results.flatMap((res) => {
    const contested = new Set(res.contestedClaims);
    return res.props.claimIds
      .map((id) => ({ id, contested: contested.has(id) }))
      .filter((row) => row.contested !== (wasContested.get(row.id) ?? false));
  });
  if (claimRows.length) await tx.run(SET_CONTESTED, { rows: claimRows });
  const newPairs = new Set(results.flatMap((r) => r.contradictions.map(([a, b]) => `${a}\u0000${b}`)));
  const unlink = [...oldPairs].filter((p) => !newPairs.has(p)).map((p) => p.split("\u0000"));
  const link = [...newPairs].filter((p) => !oldPairs.has(p)).map((p) => p.split("\u0000"));
  if (unlink.length) await tx.run(UNLINK_CONTRADICTIONS, { pairs: unlink });
  if (link.length)
    created += (await tx.run(LINK_CONTRADICTIONS, { pairs: link })).summary.counters.updates()
      .relationshipsCreated;

  for (const type of RELATION_TYPES) {
    const removed = gone.filter((k) => k.type === type);
    if (removed.length) await tx.run(DELETE_AGGREGATES[type], { keys: removed });
    const rows = results
      .filter((r) => r.key.type === type)
      .map((r) => ({
        source: r.key.source,
        target: r.key.target,
        props: { ...r.props, articles: int(r.props.articles), outlets: int(r.props.outlets) },
      }));
    if (rows.length) {
      created += (await tx.run(UPSERT_AGGREGATES[type], { rows })).summary.counters.updates()
        .relationshipsCreated;
    }
  }
  return { results, relationshipsCreated: created };
}
