// The pure half of corrections: what ids, claim ends, entities and verdicts become, and how one
// article's extraction is corrected before it is written.
import { describe, expect, it } from "vitest";
import { correctExtractions } from "../../src/curate/correct-extraction.js";
import type { Correction } from "../../src/curate/model.js";
import { parseJsonl, toJsonl } from "../../src/curate/jsonl.js";
import { CorrectionPlan } from "../../src/curate/plan.js";
import type { Entity } from "../../src/types.js";
import { extraction, person, relation } from "../db/store-helpers.js";

const ana = person("ana", "Ana Testova", ["Testova"]);
const anna = person("anna", "Anna Testova");
const bo = person("bo", "Bo Probsen");
const snap = (e: Entity) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases });
let n = 0;
function make(op: string, args: unknown, extra: Partial<Correction> = {}): Correction {
  n++;
  return {
    id: `c${n}`,
    op,
    args,
    author: "t",
    at: `2025-01-01T00:00:0${n % 10}.000Z`,
    note: "",
    ...extra,
  } as Correction;
}
const merge = (from: Entity, into: Entity) =>
  make("merge", {
    from: from.id,
    into: into.id,
    fromEntity: snap(from),
    intoEntity: snap(into),
    addedAliases: [],
    mentions: [],
  });

describe("CorrectionPlan", () => {
  it("follows merges in order, and a split moves only the claims it names", () => {
    n = 0;
    const m1 = merge(anna, ana);
    const m2 = merge(ana, bo);
    const split = make("split", {
      entity: bo.id,
      newEntity: snap(person("cy", "Cy")),
      claims: ["k1"],
      alias: false,
    });
    const plan = new CorrectionPlan([m1, m2, split]);
    expect(plan.resolve(anna.id)).toBe(bo.id);
    expect(plan.endOf("k1", anna.id)).toBe("person:cy");
    expect(plan.endOf("k2", anna.id)).toBe(bo.id);
    expect(plan.mergedAway().map((e) => e.id)).toEqual([anna.id, ana.id]);
    // Undone corrections count for nothing.
    expect(
      new CorrectionPlan([{ ...m1, undoneAt: "2025-02-01T00:00:00.000Z" } as Correction]).resolve(anna.id),
    ).toBe(anna.id);
  });

  it("applies renames, retypes, alias edits and QIDs; the later verdict wins", () => {
    n = 0;
    const plan = new CorrectionPlan([
      make("rename", { entity: ana.id, name: "Ana T.", before: { name: ana.name, aliases: ana.aliases } }),
      make("retype", { entity: ana.id, type: "Organization", before: "Person" }),
      make("alias", { entity: ana.id, add: ["AT"], remove: ["Testova"], before: ana.aliases }),
      make("qid", { entity: ana.id, qid: "Q42", before: null }),
      make("reject", { claim: "k1" }),
      make("confirm", { claim: "k1" }),
    ]);
    expect(plan.apply(ana)).toEqual({
      id: ana.id,
      name: "Ana T.",
      type: "Organization",
      aliases: ["Ana Testova", "AT"],
      wikidata: "Q42",
    });
    expect(plan.verdict("k1")?.op).toBe("confirm");
  });

  it("corrects an extraction: ends moved and marked with their raw ids, self-loops and rejected claims left out of aggregates", () => {
    n = 0;
    const met = relation("a1", "MET", anna, ana, "asserted");
    const visit = relation("a1", "MET", anna, bo, "asserted");
    const plan = new CorrectionPlan([merge(anna, ana), make("reject", { claim: visit.id }, { note: "no" })]);
    const out = correctExtractions(plan, [extraction("a1", "h", [ana, anna, bo], [met, visit])]);
    const x = out.extractions[0];
    expect(x.entities.map((e) => e.id).sort()).toEqual([ana.id, bo.id].sort());
    expect(x.entities.find((e) => e.id === ana.id)?.aliases).toContain("Anna Testova");
    expect(x.relations.map((r) => [r.id, r.source, r.target])).toEqual([
      [met.id, ana.id, ana.id],
      [visit.id, ana.id, bo.id], // MET is symmetric: smaller id first
    ]);
    expect([...out.excluded].sort()).toEqual([met.id, visit.id].sort());
    expect(out.marks.find((m) => m.id === visit.id)?.props).toMatchObject({
      rawSource: anna.id,
      rejected: true,
      rejectedNote: "no",
    });
  });

  it("round-trips through JSON Lines", () => {
    n = 0;
    const list = [merge(anna, ana), make("reject", { claim: "k" }, { note: "why" })];
    expect(parseJsonl(toJsonl(list), "x.jsonl")).toEqual(list);
  });
});
