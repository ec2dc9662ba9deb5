// The newswire scorer (scripts/score-newswire.ts) on a hand-made document: the matching rules of the
// session-8 dev scorer it ports, one case each.
import { describe, expect, it } from "vitest";
import { scoreNewswire, type ExtractionLine, type NewswireGold } from "../../scripts/score-newswire.js";

const gold: NewswireGold = {
  "01-a.txt": {
    PER: ["Viktor Orbán", "Bukayo Saka"],
    ORG: ["Arsenal"],
    LOC: ["Hungary"],
    MISC: ["Premier League"],
    optional: ["London"],
  },
  "02-b.txt": { PER: ["Mikel Arteta"] },
};

const extractions: ExtractionLine[] = [
  {
    file: "/somewhere/data/eval/newswire/01-a.txt",
    entities: [
      { name: "Viktor Orban", type: "Person" }, // accents folded
      { name: "Saka", type: "Person", aliases: ["bukayo  saka"] }, // matched through an alias
      { name: "London", type: "Place", aliases: [] }, // optional: neither TP nor FP
      { name: "Premier League", type: "Organization" }, // MISC: neither TP nor FP
      { name: "Arsenal", type: "Place" }, // wrong type: LOC FP and ORG FN
      { name: "Hungary", type: "Country" },
      { name: "Hungary", type: "Country" }, // duplicate: the gold entity is used once
      { name: "Euro 2024", type: "Event" }, // not a scored type
    ],
  },
  { file: "03-not-in-gold.txt", entities: [{ name: "Nobody", type: "Person" }] },
];

describe("scoreNewswire", () => {
  const score = scoreNewswire(extractions, gold);
  const doc = score.docs.find((d) => d.file === "01-a.txt");

  it("matches names case- and accent-insensitively, and through aliases", () => {
    expect(score.byType.PER).toEqual({ tp: 2, fp: 0, fn: 1 }); // the miss is 02-b.txt's
    expect(doc?.fn.filter((e) => e.type === "PER")).toEqual([]);
  });

  it("leaves out predictions naming an optional or a MISC entity", () => {
    expect(score.optionalIgnored).toBe(1);
    expect(score.miscIgnored).toBe(1);
    expect(doc?.fp.map((e) => e.name)).not.toContain("London");
    expect(doc?.fp.map((e) => e.name)).not.toContain("Premier League");
  });

  it("counts a prediction of the wrong type as a false positive and its gold entity as a miss", () => {
    expect(score.byType.ORG).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(doc?.fn).toEqual([{ type: "ORG", name: "Arsenal" }]);
    expect(doc?.fp).toContainEqual({ type: "LOC", name: "Arsenal" });
  });

  it("counts a gold entity once however often it is predicted; a second copy is a false positive", () => {
    expect(score.byType.LOC).toEqual({ tp: 1, fp: 2, fn: 0 });
    expect(doc?.fp).toEqual([
      { type: "LOC", name: "Arsenal" },
      { type: "LOC", name: "Hungary" },
    ]);
  });

  it("totals the types, ignores unscored types and documents outside the gold, and lists missing ones", () => {
    expect(score.all).toEqual({ tp: 3, fp: 2, fn: 2 });
    expect(score.unknownTypes).toEqual({ Event: 1 });
    expect(score.predictedDocs).toBe(2);
    expect(score.missingDocs).toEqual(["02-b.txt"]);
    expect(score.docs.find((d) => d.file === "02-b.txt")?.fn).toEqual([
      { type: "PER", name: "Mikel Arteta" },
    ]);
  });
});
