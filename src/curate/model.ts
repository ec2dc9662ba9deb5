// Corrections as data (issue 13): what an analyst may change, as validated records. One zod schema per
// operation; the same schemas check CLI input, API bodies and imported JSONL lines, so a correction is
// the same thing wherever it comes from.
import { z } from "zod";
import { CERTAINTIES, ENTITY_TYPES, RELATION_TYPES, type Entity } from "../types.js";
import { isCalendarDate } from "../dates.js";
import { dateProblem } from "../strict-values.js";

const text = (max: number) => z.string().trim().min(1).max(max);
const entityId = text(300);
const claimId = text(300);
const name = text(300);
const qid = z.string().regex(/^Q[1-9][0-9]*$/, "a Wikidata QID looks like Q42");
/** A date as the rest of geokg reads one (src/dates.ts): YYYY, YYYY-MM or YYYY-MM-DD, on the calendar. */
export const partialDate = z
  .string()
  .refine(isCalendarDate, { error: (iss) => dateProblem(String(iss.input)) });

/** An entity as it was when the correction was made: what undo restores and rebuilds fall back on. */
export const entitySnapshot = z.object({
  id: entityId,
  name,
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(name),
  wikidata: qid.optional(),
});

export const mergeArgs = z.object({
  from: entityId,
  into: entityId,
  fromEntity: entitySnapshot,
  intoEntity: entitySnapshot,
  /** Names the merge added to `into`'s aliases (removed again on undo). */
  addedAliases: z.array(name),
  /** Articles that mentioned `from`, and how often (restored on undo). */
  mentions: z.array(z.object({ article: text(500), count: z.number().int().positive() })),
});

export const splitArgs = z.object({
  entity: entityId,
  /** The new entity, `<type>:<slug of name>` like the extractor's ids, so later articles naming it find it. */
  newEntity: entitySnapshot,
  /** Raw claim ids moved from `entity` to the new one. */
  claims: z.array(claimId),
  /** The new name was an alias of `entity`: it is removed there. */
  alias: z.boolean(),
});

export const renameArgs = z.object({
  entity: entityId,
  name,
  before: z.object({ name, aliases: z.array(name) }),
});
export const retypeArgs = z.object({
  entity: entityId,
  type: z.enum(ENTITY_TYPES),
  before: z.enum(ENTITY_TYPES),
});
export const aliasArgs = z.object({
  entity: entityId,
  add: z.array(name),
  remove: z.array(name),
  before: z.array(name),
});
export const qidArgs = z.object({ entity: entityId, qid: qid.nullable(), before: qid.nullable() });
export const verdictArgs = z.object({ claim: claimId });
export const relateArgs = z.object({
  type: z.enum(RELATION_TYPES),
  source: entityId,
  target: entityId,
  certainty: z.enum(CERTAINTIES),
  date: partialDate.optional(),
  url: z.url({ protocol: /^https?$/ }).max(2000),
});

const base = {
  id: text(100),
  author: text(200),
  /** ISO timestamp: corrections apply in (at, id) order, the same in every store they are imported into. */
  at: z.iso.datetime({ offset: true }),
  note: z.string().max(4000).default(""),
  undoneAt: z.iso.datetime({ offset: true }).optional(),
  undoneBy: text(200).optional(),
};

export const correctionSchema = z.discriminatedUnion("op", [
  z.object({ ...base, op: z.literal("merge"), args: mergeArgs }),
  z.object({ ...base, op: z.literal("split"), args: splitArgs }),
  z.object({ ...base, op: z.literal("rename"), args: renameArgs }),
  z.object({ ...base, op: z.literal("retype"), args: retypeArgs }),
  z.object({ ...base, op: z.literal("alias"), args: aliasArgs }),
  z.object({ ...base, op: z.literal("qid"), args: qidArgs }),
  z.object({ ...base, op: z.literal("reject"), args: verdictArgs }),
  z.object({ ...base, op: z.literal("confirm"), args: verdictArgs }),
  z.object({ ...base, op: z.literal("relate"), args: relateArgs }),
]);

export type Correction = z.infer<typeof correctionSchema>;
export type CorrectionOp = Correction["op"];
export type MergeCorrection = Extract<Correction, { op: "merge" }>;

export function snapshotOf(e: Entity): z.infer<typeof entitySnapshot> {
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: [...e.aliases],
    ...(e.wikidata ? { wikidata: e.wikidata } : {}),
  };
}

/** Stable order: by time, then id (two stores holding the same corrections apply them alike). */
export function byTime(a: Correction, b: Correction): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The entity ids a correction names (its targets). */
export function entitiesNamed(c: Correction): string[] {
  switch (c.op) {
    case "merge":
      return [c.args.from, c.args.into];
    case "split":
      return [c.args.entity, c.args.newEntity.id];
    case "relate":
      return [c.args.source, c.args.target];
    case "reject":
    case "confirm":
      return [];
    default:
      return [c.args.entity];
  }
}
