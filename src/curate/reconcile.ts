// The store side of corrections: brings the stored graph to what the active corrections say, inside
// the caller's write transaction (which holds the write lock). Idempotent: run twice, the second run
// changes nothing. Entity moves, overrides and claim ends are derived from the plan and the claims'
// raw ends (`rawSource`/`rawTarget`, kept when a correction moved an end), so undoing any correction,
// not only the last, is "undo its own entity edits, then reconcile".
import type { ManagedTransaction } from "neo4j-driver";
import { keyString, type AggregateKey } from "../graph/aggregate.js";
import { rebuildAggregates } from "../store/rebuild-aggregates.js";
import type { Reliability } from "../graph/source-reliability.js";
import { CAMEO, type Entity } from "../types.js";
import { stringList, optString, toNumber } from "../store/values.js";
import type { Correction } from "./model.js";
import { manualClaimId, verdictProps, VERDICT_PROPS, type CorrectionPlan } from "./plan.js";

export interface Reconciled {
  /** Corrections whose target is not in the store: kept, reported, applied when it comes back. */
  missing: { id: string; op: string; target: string }[];
  claimsMoved: number;
  verdictsChanged: number;
  relationsRebuilt: number;
}

const ENTITY_RETURN = `e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, e.wikidata AS wikidata`;

function toEntity(r: { get(k: string): unknown }): Entity {
  const e: Entity = {
    id: String(r.get("id")),
    name: String(r.get("name")),
    type: r.get("type") as Entity["type"],
    aliases: stringList(r.get("aliases")),
  };
  const q = optString(r.get("wikidata"));
  if (q) e.wikidata = q;
  return e;
}

export async function readEntities(tx: ManagedTransaction, ids: string[]): Promise<Map<string, Entity>> {
  const res = await tx.run(`UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN ${ENTITY_RETURN}`, {
    ids: [...new Set(ids)],
  });
  return new Map(res.records.map((r) => [String(r.get("id")), toEntity(r)]));
}

// Writes whole entities: name, aliases, QID, and type with its label (labels from the ENTITY_TYPES
// whitelist, checked by zod before anything reaches here).
const WRITE_ENTITIES = `UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
WITH e, row
REMOVE e:Person:Country:Organization:Place
SET e:$(row.type), e.type = row.type, e.name = row.name, e.aliases = row.aliases, e.wikidata = row.wikidata`;

export async function writeEntities(tx: ManagedTransaction, list: Entity[]): Promise<void> {
  if (list.length === 0) return;
  const rows = list.map((e) => ({ ...e, wikidata: e.wikidata ?? null }));
  await tx.run(WRITE_ENTITIES, { rows });
}

// MENTIONS of the merged entity become (or add to) MENTIONS of the survivor.
const MOVE_MENTIONS = `MATCH (from:Entity {id: $from}), (into:Entity {id: $into})
MATCH (a:Article)-[m:MENTIONS]->(from)
MERGE (a)-[n:MENTIONS]->(into)
ON CREATE SET n.count = 0
SET n.count = n.count + m.count
DELETE m`;

const sameEntity = (a: Entity, b: Entity): boolean =>
  a.name === b.name &&
  a.type === b.type &&
  (a.wikidata ?? null) === (b.wikidata ?? null) &&
  a.aliases.join("\u0000") === b.aliases.join("\u0000");

/** Merges and splits: survivors and new entities exist, merged-away ones hand over names and mentions. */
async function moveEntities(
  tx: ManagedTransaction,
  plan: CorrectionPlan,
  out: Reconciled,
): Promise<string[]> {
  const gone: string[] = [];
  for (const c of plan.active) {
    if (c.op !== "merge" && c.op !== "split") continue;
    const stored = await readEntities(
      tx,
      c.op === "merge" ? [c.args.from, c.args.into] : [c.args.newEntity.id],
    );
    if (c.op === "split") {
      if (!stored.has(c.args.newEntity.id) && !stored.has(plan.resolve(c.args.newEntity.id)))
        await writeEntities(tx, [plan.knownEntity(c.args.newEntity.id) as Entity]);
      continue;
    }
    const from = stored.get(c.args.from);
    if (!from) {
      // Merged already; but when the survivor is gone as well, nothing holds the merge any more.
      if (!stored.has(c.args.into)) out.missing.push({ id: c.id, op: c.op, target: c.args.into });
      continue;
    }
    let into = stored.get(c.args.into);
    if (!into) {
      into = plan.knownEntity(c.args.into) as Entity;
      await writeEntities(tx, [into]);
    }
    const names = [from.name, ...from.aliases].filter((n) => n !== into.name && !into.aliases.includes(n));
    await writeEntities(tx, [
      { ...into, aliases: [...into.aliases, ...names], wikidata: into.wikidata ?? from.wikidata },
    ]);
    await tx.run(MOVE_MENTIONS, { from: from.id, into: into.id });
    gone.push(from.id);
  }
  return gone;
}

/** Name, type, alias and QID overrides onto the stored entities (missing ones reported). */
async function overrideEntities(
  tx: ManagedTransaction,
  plan: CorrectionPlan,
  out: Reconciled,
): Promise<void> {
  const ids = plan.overridden();
  const stored = await readEntities(tx, ids);
  const rows: Entity[] = [];
  for (const id of ids) {
    const e = stored.get(id);
    if (!e) continue;
    const want = plan.apply(e);
    if (!sameEntity(e, want)) rows.push(want);
  }
  await writeEntities(tx, rows);
  for (const c of plan.active) {
    if (c.op === "rename" || c.op === "retype" || c.op === "alias" || c.op === "qid") {
      const id = c.args.entity;
      if (!stored.has(id) && plan.resolve(id) === id) out.missing.push({ id: c.id, op: c.op, target: id });
    }
  }
}

// Claims whose ends a correction may change: those on an entity some correction names, those moved
// before (raw ends kept), and the claims a split names.
const CANDIDATE_CLAIMS = `CALL (){
  UNWIND $entities AS id
  MATCH (:Entity {id: id})<-[:SUBJECT|OBJECT]-(c:Claim)
  RETURN c
  UNION
  MATCH (c:Claim) WHERE c.rawSource IS NOT NULL RETURN c
  UNION
  UNWIND $claims AS id
  MATCH (c:Claim {id: id}) RETURN c
}
RETURN DISTINCT c.id AS id, c.type AS type, c.source AS source, c.target AS target,
       coalesce(c.rawSource, c.source) AS rawSource, coalesce(c.rawTarget, c.target) AS rawTarget`;

const MOVE_CLAIMS = `UNWIND $rows AS row
MATCH (c:Claim {id: row.id})
MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
OPTIONAL MATCH (c)-[x:SUBJECT|OBJECT]->()
DELETE x
WITH DISTINCT c, s, t, row
SET c.source = row.source, c.target = row.target, c.rawSource = row.rawSource, c.rawTarget = row.rawTarget
CREATE (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(t)
RETURN count(*) AS n`;

async function moveClaims(
  tx: ManagedTransaction,
  plan: CorrectionPlan,
  all: Correction[],
  keys: AggregateKey[],
  out: Reconciled,
): Promise<void> {
  const entities = [...new Set(all.flatMap((c) => namedEntities(c, plan)))];
  const claims = all.flatMap((c) => (c.op === "split" ? c.args.claims : []));
  const res = await tx.run(CANDIDATE_CLAIMS, { entities, claims });
  const rows = [];
  for (const r of res.records) {
    const claim = { id: String(r.get("id")), type: r.get("type") };
    const rawSource = String(r.get("rawSource"));
    const rawTarget = String(r.get("rawTarget"));
    const [source, target] = plan.ends(claim, rawSource, rawTarget);
    if (source === r.get("source") && target === r.get("target")) continue;
    const moved = source !== rawSource || target !== rawTarget;
    rows.push({
      id: claim.id,
      source,
      target,
      rawSource: moved ? rawSource : null,
      rawTarget: moved ? rawTarget : null,
    });
    keys.push({ type: claim.type, source: r.get("source"), target: r.get("target") });
    keys.push({ type: claim.type, source, target });
  }
  if (rows.length === 0) return;
  const ends = await readEntities(
    tx,
    rows.flatMap((r) => [r.source, r.target]),
  );
  const absent = new Set(rows.flatMap((r) => [r.source, r.target]).filter((id) => !ends.has(id)));
  const known = [...absent].map((id) => plan.knownEntity(id)).filter((e): e is Entity => e !== undefined);
  await writeEntities(tx, known);
  for (const e of known) absent.delete(e.id);
  const movable = rows.filter((r) => !absent.has(r.source) && !absent.has(r.target));
  for (const r of rows)
    if (!movable.includes(r))
      out.missing.push({ id: r.id, op: "claim", target: absent.has(r.source) ? r.source : r.target });
  const n = toNumber((await tx.run(MOVE_CLAIMS, { rows: movable })).records[0]?.get("n") ?? 0);
  // Rolls back: a claim left pointing at nothing would vanish from every read.
  if (n !== movable.length) throw new Error(`moved ${n} of ${movable.length} claims: an entity is missing`);
  out.claimsMoved += n;
}

function namedEntities(c: Correction, plan: CorrectionPlan): string[] {
  switch (c.op) {
    case "merge":
      return [c.args.from, c.args.into, plan.resolve(c.args.into)];
    case "split":
      return [c.args.entity, c.args.newEntity.id, plan.resolve(c.args.newEntity.id)];
    case "relate":
      return [c.args.source, c.args.target];
    default:
      return [];
  }
}

const CURRENT_VERDICTS = `MATCH (c:Claim) WHERE c.rejected IS NOT NULL OR c.verified IS NOT NULL
RETURN c.id AS id, coalesce(c.rejectedIn, c.verifiedIn) AS by, c.type AS type, c.source AS source,
       c.target AS target, c.rejected IS NOT NULL AS rejected`;

const CLAIM_KEYS = `UNWIND $ids AS id MATCH (c:Claim {id: id})
RETURN c.id AS id, c.type AS type, c.source AS source, c.target AS target`;

const SET_VERDICTS = `UNWIND $rows AS row
MATCH (c:Claim {id: row.id})
REMOVE ${VERDICT_PROPS.map((p) => `c.${p}`).join(", ")}
SET c += row.props`;

/** Reject and confirm marks on claims; changes to `rejected` rebuild the claim's relation. */
async function markVerdicts(
  tx: ManagedTransaction,
  plan: CorrectionPlan,
  keys: AggregateKey[],
  out: Reconciled,
): Promise<void> {
  const current = new Map<string, { by: string; rejected: boolean; key: AggregateKey }>();
  for (const r of (await tx.run(CURRENT_VERDICTS)).records) {
    const key = { type: r.get("type"), source: r.get("source"), target: r.get("target") };
    current.set(String(r.get("id")), { by: String(r.get("by")), rejected: Boolean(r.get("rejected")), key });
  }
  const wanted = plan.verdictEntries().filter(([id, v]) => current.get(id)?.by !== v.id);
  const stored = new Map<string, AggregateKey>();
  const res = await tx.run(CLAIM_KEYS, { ids: wanted.map(([id]) => id) });
  for (const r of res.records)
    stored.set(String(r.get("id")), {
      type: r.get("type"),
      source: r.get("source"),
      target: r.get("target"),
    });
  const rows: { id: string; props: Record<string, unknown> }[] = [];
  for (const [id, v] of wanted) {
    const key = stored.get(id);
    if (!key) {
      out.missing.push({ id: v.id, op: v.op, target: id });
      continue;
    }
    rows.push({ id, props: verdictProps(v) });
    if ((v.op === "reject") !== (current.get(id)?.rejected ?? false)) keys.push(key);
  }
  for (const [id, have] of current) {
    if (plan.verdict(id)) continue;
    rows.push({ id, props: {} });
    if (have.rejected) keys.push(have.key);
  }
  if (rows.length) await tx.run(SET_VERDICTS, { rows });
  out.verdictsChanged += rows.length;
}

const MANUAL_CLAIMS = `MATCH (c:Claim {manual: true}) RETURN c.id AS id, c.type AS type, c.source AS source, c.target AS target`;

const CREATE_MANUAL = `UNWIND $rows AS row
MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
MERGE (c:Claim {id: row.id})
SET c += row.props
CREATE (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(t)`;

const DELETE_CLAIMS = `UNWIND $ids AS id MATCH (c:Claim {id: id}) DETACH DELETE c`;

/** Relations added by hand: one claim each, with no article, the note as its evidence. */
async function manualClaims(
  tx: ManagedTransaction,
  plan: CorrectionPlan,
  keys: AggregateKey[],
  out: Reconciled,
): Promise<void> {
  const have = new Map<string, AggregateKey>();
  for (const r of (await tx.run(MANUAL_CLAIMS)).records)
    have.set(String(r.get("id")), { type: r.get("type"), source: r.get("source"), target: r.get("target") });
  const rows = [];
  const wanted = new Set<string>();
  for (const c of plan.relations()) {
    const id = manualClaimId(c);
    wanted.add(id);
    if (have.has(id)) continue;
    const [source, target] = plan.ends({ id, type: c.args.type }, c.args.source, c.args.target);
    const ends = await readEntities(tx, [source, target]);
    const absent = [source, target].find((x) => !ends.has(x));
    if (absent) {
      out.missing.push({ id: c.id, op: c.op, target: absent });
      continue;
    }
    const moved = source !== c.args.source || target !== c.args.target;
    rows.push({
      id,
      source,
      target,
      props: {
        id,
        type: c.args.type,
        source,
        target,
        certainty: c.args.certainty,
        date: c.args.date ?? null,
        cameo: CAMEO[c.args.type],
        articleId: id,
        manual: true,
        url: c.args.url,
        author: c.author,
        note: c.note,
        sentences: [c.note],
        starts: [],
        ends: [],
        contested: false,
        rawSource: moved ? c.args.source : null,
        rawTarget: moved ? c.args.target : null,
      },
    });
    keys.push({ type: c.args.type, source, target });
  }
  const stale = [...have.keys()].filter((id) => !wanted.has(id));
  for (const id of stale) keys.push(have.get(id) as AggregateKey);
  if (stale.length) await tx.run(DELETE_CLAIMS, { ids: stale });
  if (rows.length) await tx.run(CREATE_MANUAL, { rows });
}

// Entities a merge took away, or an undone split made and nothing uses any more. Aggregates are rebuilt
// first, so no relation of theirs is left to lose.
const DELETE_GONE = `UNWIND $ids AS id MATCH (e:Entity {id: id})
WHERE id IN $merged OR (NOT (e)<-[:MENTIONS]-(:Article) AND NOT (e)<-[:SUBJECT|OBJECT]-(:Claim))
DETACH DELETE e`;

export async function reconcile(
  tx: ManagedTransaction,
  plan: CorrectionPlan,
  all: Correction[],
  reliability: Reliability,
): Promise<Reconciled> {
  const out: Reconciled = { missing: [], claimsMoved: 0, verdictsChanged: 0, relationsRebuilt: 0 };
  const keys: AggregateKey[] = [];
  const merged = await moveEntities(tx, plan, out);
  await overrideEntities(tx, plan, out);
  await moveClaims(tx, plan, all, keys, out);
  await markVerdicts(tx, plan, keys, out);
  await manualClaims(tx, plan, keys, out);
  const unique = [...new Map(keys.map((k) => [keyString(k), k])).values()];
  if (unique.length) out.relationsRebuilt = (await rebuildAggregates(tx, unique, reliability)).results.length;
  const undoneNew = all.flatMap((c) => (c.op === "split" && c.undoneAt ? [c.args.newEntity.id] : []));
  if (merged.length || undoneNew.length)
    await tx.run(DELETE_GONE, { ids: [...merged, ...undoneNew], merged });
  return out;
}
