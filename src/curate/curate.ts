// The operations behind `geokg curate` and the API's write endpoints. Each is ONE write transaction
// that takes the shared write lock (so it takes turns with ingests and removals), stores or changes
// Correction nodes, reconciles the graph with them and reports the counts before and after.
import type { ManagedTransaction } from "neo4j-driver";
import type { Db } from "../store/connection.js";
import { loadReliability, type Reliability } from "../graph/source-reliability.js";
import { toNumber } from "../store/values.js";
import { withRead, withWrite } from "../store/transactions.js";
import { takeWriteLock } from "../store/write-lock.js";
import { byTime, type Correction } from "./model.js";
import { CorrectionPlan } from "./plan.js";
import { reconcile, type Reconciled } from "./reconcile.js";
import { buildCorrection, type Draft, type Meta } from "./requests.js";
import { markUndone, readCorrections, storeCorrections } from "./store.js";
import { reverseEntityEdits } from "./undo.js";

export interface Counts {
  entities: number;
  claims: number;
  rejectedClaims: number;
  relations: number;
}

export interface CurateResult extends Reconciled {
  corrections: Correction[];
  before: Counts;
  after: Counts;
}

const COUNTS = `CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (c:Claim) RETURN count(c) AS claims, count(c.rejected) AS rejected }
CALL () { MATCH (:Entity)-[r]->(:Entity) WHERE r.claimIds IS NOT NULL RETURN count(r) AS relations }
RETURN entities, claims, rejected, relations`;

export async function countsIn(tx: ManagedTransaction): Promise<Counts> {
  const r = (await tx.run(COUNTS)).records[0];
  return {
    entities: toNumber(r.get("entities")),
    claims: toNumber(r.get("claims")),
    rejectedClaims: toNumber(r.get("rejected")),
    relations: toNumber(r.get("relations")),
  };
}

async function inLock(
  db: Db,
  reliability: Reliability | undefined,
  work: (tx: ManagedTransaction, all: Correction[]) => Promise<Correction[]>,
): Promise<CurateResult> {
  const rel = reliability ?? loadReliability();
  return withWrite(db, async (tx) => {
    await takeWriteLock(tx);
    const before = await countsIn(tx);
    const all = await readCorrections(tx);
    const changed = await work(tx, all);
    const now = await readCorrections(tx);
    const rec = await reconcile(tx, new CorrectionPlan(now), now, rel);
    return { ...rec, corrections: changed, before, after: await countsIn(tx) };
  });
}

/** Makes one correction and applies it. */
export function curate(db: Db, draft: Draft, meta: Meta, reliability?: Reliability): Promise<CurateResult> {
  return inLock(db, reliability, async (tx, all) => {
    const c = await buildCorrection(tx, draft, meta);
    // Strictly after the last one, so a correction made in the same millisecond still comes later.
    const last = all
      .map((x) => x.at)
      .sort()
      .at(-1);
    if (last && c.at <= last) c.at = new Date(Date.parse(last) + 1).toISOString();
    await storeCorrections(tx, [c]);
    return [c];
  });
}

/** Undoes one correction: it stays in the log, marked undone by `author`. */
export function undo(db: Db, id: string, author: string, reliability?: Reliability): Promise<CurateResult> {
  return inLock(db, reliability, async (tx, all) => {
    const c = all.find((x) => x.id === id);
    if (!c) throw new Error(`no correction with id "${id}"`);
    if (c.undoneAt) throw new Error(`correction ${id} was undone already (${c.undoneAt} by ${c.undoneBy})`);
    const at = new Date().toISOString();
    const done = { ...c, undoneAt: at, undoneBy: author } as Correction;
    await reverseEntityEdits(tx, c, new CorrectionPlan(all.map((x) => (x.id === id ? done : x))));
    await markUndone(tx, id, author, at);
    return [done];
  });
}

/** Stores corrections from another store (known ones only gain an undo) and applies them. */
export function importCorrections(
  db: Db,
  list: Correction[],
  reliability?: Reliability,
): Promise<CurateResult> {
  return inLock(db, reliability, async (tx, all) => {
    const known = new Map(all.map((c) => [c.id, c]));
    const fresh = list.filter((c) => !known.has(c.id) || (c.undoneAt && !known.get(c.id)?.undoneAt));
    // An undo made in the other store: reversed here as `curate undo` would.
    const imported = new Map(list.map((c) => [c.id, c]));
    const merged = all.map((c) =>
      imported.get(c.id)?.undoneAt && !c.undoneAt ? (imported.get(c.id) as Correction) : c,
    );
    for (const c of fresh) if (known.has(c.id)) await reverseEntityEdits(tx, c, new CorrectionPlan(merged));
    await storeCorrections(tx, [...list].sort(byTime));
    return fresh;
  });
}

/**
 * Re-applies the stored corrections: what an ingest does at its end, so a correction whose target
 * only now exists (an imported one, a manual relation between entities just ingested) takes effect.
 */
export function reconcileStore(db: Db, reliability?: Reliability): Promise<CurateResult> {
  return inLock(db, reliability, async () => []);
}

/** Every correction, undone ones included, in application order. */
export async function listCorrections(db: Db, entity?: string): Promise<Correction[]> {
  const all = await withRead(db, (tx) => readCorrections(tx));
  return entity ? all.filter((c) => JSON.stringify(c.args).includes(JSON.stringify(entity))) : all;
}

/** The plan of the stored corrections (for the ingest's entity registry). */
export async function loadPlan(db: Db): Promise<CorrectionPlan> {
  return new CorrectionPlan(await listCorrections(db));
}
