// Undoing one correction: first its own entity edits are reversed from the snapshot it stored (only
// where the store still shows what it set, so a later edit is not overwritten), then reconciliation
// recomputes claim ends, verdicts, manual relations and aggregates from the corrections left.
import type { ManagedTransaction } from "neo4j-driver";
import type { Entity } from "../types.js";
import type { Correction, MergeCorrection } from "./model.js";
import type { CorrectionPlan } from "./plan.js";
import { readEntities, writeEntities } from "./reconcile.js";

// The merged entity's mentions go back to it, and off the survivor (whose count drops, or which loses
// the link when that leaves nothing).
const RESTORE_MENTIONS = `UNWIND $rows AS row
MATCH (a:Article {id: row.article}), (e:Entity {id: $from})
MERGE (a)-[m:MENTIONS]->(e)
SET m.count = row.count
WITH a, row
OPTIONAL MATCH (a)-[n:MENTIONS]->(:Entity {id: $into})
SET n.count = n.count - row.count
WITH n WHERE n.count <= 0
DELETE n`;

async function undoMerge(tx: ManagedTransaction, c: MergeCorrection, after: CorrectionPlan): Promise<void> {
  const into = after.resolve(c.args.into);
  const stored = await readEntities(tx, [c.args.from, into]);
  if (!stored.has(c.args.from)) await writeEntities(tx, [after.apply({ ...c.args.fromEntity })]);
  const survivor = stored.get(into);
  if (!survivor) return;
  const added = new Set(c.args.addedAliases);
  await writeEntities(tx, [{ ...survivor, aliases: survivor.aliases.filter((a) => !added.has(a)) }]);
  if (c.args.mentions.length)
    await tx.run(RESTORE_MENTIONS, { rows: c.args.mentions, from: c.args.from, into });
}

function reverse(e: Entity, c: Correction): Entity | undefined {
  switch (c.op) {
    case "rename": {
      if (e.name !== c.args.name) return undefined;
      const { before } = c.args;
      const aliases = e.aliases.filter((a) => a !== before.name || before.aliases.includes(a));
      if (before.aliases.includes(c.args.name)) aliases.push(c.args.name);
      return { ...e, name: before.name, aliases: aliases.filter((a) => a !== before.name) };
    }
    case "retype":
      return e.type === c.args.type ? { ...e, type: c.args.before } : undefined;
    case "alias": {
      const { add, remove, before } = c.args;
      const kept = e.aliases.filter((a) => !add.includes(a) || before.includes(a));
      const back = remove.filter((a) => before.includes(a) && !kept.includes(a) && a !== e.name);
      return { ...e, aliases: [...kept, ...back] };
    }
    case "qid":
      if ((e.wikidata ?? null) !== c.args.qid) return undefined;
      return { ...e, ...(c.args.before ? { wikidata: c.args.before } : { wikidata: undefined }) };
    case "split":
      return c.args.alias && !e.aliases.includes(c.args.newEntity.name)
        ? { ...e, aliases: [...e.aliases, c.args.newEntity.name] }
        : undefined;
    default:
      return undefined;
  }
}

/** Reverses `c`'s direct entity edits; `after` is the plan without it. */
export async function reverseEntityEdits(
  tx: ManagedTransaction,
  c: Correction,
  after: CorrectionPlan,
): Promise<void> {
  if (c.op === "merge") return undoMerge(tx, c, after);
  if (c.op === "reject" || c.op === "confirm" || c.op === "relate") return;
  const e = (await readEntities(tx, [c.args.entity])).get(c.args.entity);
  const back = e && reverse(e, c);
  if (!back) return;
  // An alias given back must not be another entity's name now: a merge that brought it may have been
  // undone since, and the name is that entity's again.
  const returned = back.aliases.filter((a) => !e.aliases.includes(a));
  const taken = new Set(
    (await tx.run(NAMED, { names: returned, id: e.id })).records.map((r) => String(r.get("name"))),
  );
  await writeEntities(tx, [{ ...back, aliases: back.aliases.filter((a) => !taken.has(a)) }]);
}

const NAMED = `UNWIND $names AS name MATCH (e:Entity {name: name}) WHERE e.id <> $id RETURN DISTINCT name`;
