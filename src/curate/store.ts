// Correction nodes in Neo4j: `(:Correction {id, op, args, author, at, note, targets, undoneAt?, undoneBy?})`.
// `args` is the operation's JSON (validated by model.ts on every read, so a hand-edited node is
// reported by id instead of being applied half-understood); `targets` lists the entity and claim ids
// it names, for `curate list --entity` and the corrections-log query.
import type { ManagedTransaction } from "neo4j-driver";
import { correctionSchema, entitiesNamed, type Correction } from "./model.js";

const READ_ALL = `MATCH (k:Correction)
RETURN k.id AS id, k.op AS op, k.args AS args, k.author AS author, k.at AS at, k.note AS note,
       k.undoneAt AS undoneAt, k.undoneBy AS undoneBy
ORDER BY k.at, k.id`;

// ON MATCH sets only the undo: the same correction imported twice changes nothing, and an undo made
// in the other store comes along.
const UPSERT = `UNWIND $rows AS row
MERGE (k:Correction {id: row.id})
ON CREATE SET k.op = row.op, k.args = row.args, k.author = row.author, k.at = row.at, k.note = row.note,
              k.targets = row.targets, k.undoneAt = row.undoneAt, k.undoneBy = row.undoneBy
WITH k, row WHERE k.undoneAt IS NULL AND row.undoneAt IS NOT NULL
SET k.undoneAt = row.undoneAt, k.undoneBy = row.undoneBy`;

const SAME = `UNWIND $rows AS row
MATCH (k:Correction {id: row.id})
RETURN k.id AS id, k.op = row.op AND k.args = row.args AS same`;

export function targetsOf(c: Correction): string[] {
  return c.op === "reject" || c.op === "confirm" ? [c.args.claim] : entitiesNamed(c);
}

/** A stored or imported record as a Correction; throws naming `where` and the problem. */
export function parseCorrection(raw: unknown, where: string): Correction {
  const record = raw as Record<string, unknown>;
  let value = record;
  if (typeof record?.args === "string") {
    try {
      value = { ...record, args: JSON.parse(record.args) };
    } catch {
      throw new Error(`${where}: args is not JSON`);
    }
  }
  const stripped = Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== null));
  const parsed = correctionSchema.safeParse(stripped);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${where}: ${issue.path.join(".") || "record"}: ${issue.message}`);
  }
  return parsed.data;
}

export async function readCorrections(tx: ManagedTransaction): Promise<Correction[]> {
  const res = await tx.run(READ_ALL);
  return res.records.map((r) => parseCorrection(r.toObject(), `correction ${String(r.get("id"))}`));
}

function row(c: Correction) {
  return {
    id: c.id,
    op: c.op,
    args: JSON.stringify(c.args),
    author: c.author,
    at: c.at,
    note: c.note,
    targets: targetsOf(c),
    undoneAt: c.undoneAt ?? null,
    undoneBy: c.undoneBy ?? null,
  };
}

/**
 * Stores corrections (new ones created, known ones only gain an undo). A known id whose operation or
 * arguments differ is refused: two stores gave one id to two corrections.
 */
export async function storeCorrections(tx: ManagedTransaction, list: Correction[]): Promise<void> {
  if (list.length === 0) return;
  const rows = list.map(row);
  const clash = (await tx.run(SAME, { rows })).records.find((r) => !r.get("same"));
  if (clash) throw new Error(`correction ${String(clash.get("id"))} is stored with other contents`);
  await tx.run(UPSERT, { rows });
}

export async function markUndone(tx: ManagedTransaction, id: string, by: string, at: string): Promise<void> {
  await tx.run(`MATCH (k:Correction {id: $id}) SET k.undoneAt = $at, k.undoneBy = $by`, { id, at, by });
}
