// What an analyst asks for (CLI arguments, API bodies), before it becomes a stored Correction: entity
// references are resolved and everything undo needs is captured from the store (the snapshots in
// model.ts). Refusals say what is wrong and change nothing.
import { randomUUID } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import { z } from "zod";
import { slug } from "../extract/text-similarity.js";
import { CERTAINTIES, ENTITY_TYPES, RELATION_TYPES, type Entity } from "../types.js";
import { toNumber } from "../store/values.js";
import { partialDate, snapshotOf, type Correction } from "./model.js";
import { readEntities } from "./reconcile.js";

const ref = z.string().trim().min(1).max(300);
const qid = z.string().regex(/^Q[1-9][0-9]*$/, "a Wikidata QID looks like Q42");

export const draftSchema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("merge"), from: ref, into: ref }),
  z.object({
    op: z.literal("split"),
    entity: ref,
    name: ref,
    type: z.enum(ENTITY_TYPES).optional(),
    claims: z.array(ref).max(10_000).default([]),
  }),
  z.object({ op: z.literal("rename"), entity: ref, name: ref }),
  z.object({ op: z.literal("retype"), entity: ref, type: z.enum(ENTITY_TYPES) }),
  z.object({
    op: z.literal("alias"),
    entity: ref,
    add: z.array(ref).max(100).default([]),
    remove: z.array(ref).max(100).default([]),
  }),
  z.object({ op: z.literal("qid"), entity: ref, qid: qid.nullable() }),
  z.object({ op: z.literal("reject"), claim: ref }),
  z.object({ op: z.literal("confirm"), claim: ref }),
  z.object({
    op: z.literal("relate"),
    type: z.enum(RELATION_TYPES),
    source: ref,
    target: ref,
    certainty: z.enum(CERTAINTIES).default("asserted"),
    date: partialDate.optional(),
    url: z.url({ protocol: /^https?$/ }).max(2000),
  }),
]);
export type Draft = z.infer<typeof draftSchema>;

export const metaSchema = z.object({
  author: z.string().trim().min(1).max(200),
  note: z.string().trim().max(4000).default(""),
});
export type Meta = z.infer<typeof metaSchema>;

const FIND_ENTITY = `MATCH (e:Entity)
WHERE e.id = $ref OR toLower(e.name) = toLower($ref) OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) = toLower($ref))
RETURN e.id AS id, e.id = $ref AS exact, toLower(e.name) = toLower($ref) AS named
LIMIT 20`;

/** An entity by id, else by a name or alias naming exactly one entity. */
export async function findEntity(tx: ManagedTransaction, reference: string): Promise<Entity> {
  const rows = (await tx.run(FIND_ENTITY, { ref: reference })).records.map((r) => ({
    id: String(r.get("id")),
    exact: Boolean(r.get("exact")),
    named: Boolean(r.get("named")),
  }));
  const pick =
    rows.find((r) => r.exact) ??
    (rows.filter((r) => r.named).length === 1 ? rows.find((r) => r.named) : undefined) ??
    (rows.length === 1 ? rows[0] : undefined);
  if (!pick) {
    if (rows.length === 0) throw new Error(`no entity with id, name or alias "${reference}"`);
    throw new Error(
      `"${reference}" names ${rows.length} entities (${rows.map((r) => r.id).join(", ")}): give an id`,
    );
  }
  return (await readEntities(tx, [pick.id])).get(pick.id) as Entity;
}

const CLAIM = `MATCH (c:Claim {id: $id}) RETURN c.source AS source, c.target AS target`;

async function claimEnds(tx: ManagedTransaction, id: string): Promise<[string, string]> {
  const r = (await tx.run(CLAIM, { id })).records[0];
  if (!r) throw new Error(`no claim with id "${id}"`);
  return [String(r.get("source")), String(r.get("target"))];
}

const MENTIONS = `MATCH (a:Article)-[m:MENTIONS]->(:Entity {id: $id}) RETURN a.id AS article, m.count AS count ORDER BY article`;

type Args = Pick<Correction, "op" | "args">;

async function entityArgs(tx: ManagedTransaction, d: Draft): Promise<Args> {
  switch (d.op) {
    case "merge": {
      const from = await findEntity(tx, d.from);
      const into = await findEntity(tx, d.into);
      if (from.id === into.id)
        throw new Error(`"${d.from}" and "${d.into}" are one entity (${from.id}) already`);
      const mentions = (await tx.run(MENTIONS, { id: from.id })).records.map((r) => ({
        article: String(r.get("article")),
        count: toNumber(r.get("count")),
      }));
      const addedAliases = [from.name, ...from.aliases].filter(
        (n) => n !== into.name && !into.aliases.includes(n),
      );
      const args = {
        from: from.id,
        into: into.id,
        fromEntity: snapshotOf(from),
        intoEntity: snapshotOf(into),
        addedAliases,
        mentions,
      };
      return { op: "merge", args };
    }
    case "split": {
      const entity = await findEntity(tx, d.entity);
      const type = d.type ?? entity.type;
      const id = `${type.toLowerCase()}:${slug(d.name)}`;
      if (id === entity.id) throw new Error(`the new entity would be ${id} again: choose another name`);
      const alias = entity.aliases.includes(d.name);
      if (!alias && d.claims.length === 0)
        throw new Error(
          `"${d.name}" is no alias of ${entity.id} and no claims were chosen: nothing to split`,
        );
      for (const claim of d.claims) {
        if (!(await claimEnds(tx, claim)).includes(entity.id))
          throw new Error(`claim ${claim} is not about ${entity.id}`);
      }
      const existing = (await readEntities(tx, [id])).get(id);
      const newEntity = snapshotOf(existing ?? { id, name: d.name, type, aliases: [] });
      return { op: "split", args: { entity: entity.id, newEntity, claims: d.claims, alias } };
    }
    case "rename": {
      const e = await findEntity(tx, d.entity);
      if (e.name === d.name) throw new Error(`${e.id} is named "${d.name}" already`);
      return {
        op: "rename",
        args: { entity: e.id, name: d.name, before: { name: e.name, aliases: e.aliases } },
      };
    }
    case "retype": {
      const e = await findEntity(tx, d.entity);
      if (e.type === d.type) throw new Error(`${e.id} is a ${d.type} already`);
      return { op: "retype", args: { entity: e.id, type: d.type, before: e.type } };
    }
    default:
      return otherArgs(tx, d);
  }
}

async function otherArgs(tx: ManagedTransaction, d: Draft): Promise<Args> {
  switch (d.op) {
    case "alias": {
      const e = await findEntity(tx, d.entity);
      const add = d.add.filter((a) => a !== e.name && !e.aliases.includes(a));
      const remove = d.remove.filter((a) => e.aliases.includes(a));
      if (add.length + remove.length === 0) throw new Error(`no alias of ${e.id} would change`);
      return { op: "alias", args: { entity: e.id, add, remove, before: e.aliases } };
    }
    case "qid": {
      const e = await findEntity(tx, d.entity);
      if ((e.wikidata ?? null) === d.qid) throw new Error(`${e.id} has that Wikidata link already`);
      return { op: "qid", args: { entity: e.id, qid: d.qid, before: e.wikidata ?? null } };
    }
    case "reject":
    case "confirm":
      await claimEnds(tx, d.claim);
      return { op: d.op, args: { claim: d.claim } };
    case "relate": {
      const source = await findEntity(tx, d.source);
      const target = await findEntity(tx, d.target);
      if (source.id === target.id) throw new Error(`a relation needs two entities; both name ${source.id}`);
      const args = {
        type: d.type,
        source: source.id,
        target: target.id,
        certainty: d.certainty,
        url: d.url,
        ...(d.date ? { date: d.date } : {}),
      };
      return { op: "relate", args };
    }
    default:
      throw new Error(`unknown operation ${(d as { op: string }).op}`);
  }
}

/** The stored form of an analyst's request, with a fresh id and the time. */
export async function buildCorrection(tx: ManagedTransaction, draft: Draft, meta: Meta): Promise<Correction> {
  if ((draft.op === "reject" || draft.op === "relate") && !meta.note)
    throw new Error(`${draft.op} needs a note saying why`);
  const { op, args } = await entityArgs(tx, draft);
  return {
    id: randomUUID(),
    op,
    args,
    author: meta.author,
    at: new Date().toISOString(),
    note: meta.note,
  } as Correction;
}
