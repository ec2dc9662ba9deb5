import { describe, expect, it } from "vitest";
import { CERTAINTIES, ENTITY_TYPES, RELATION_TYPES } from "../../src/types.js";
import {
  defaultState,
  fromHash,
  monthToString,
  parseMonth,
  toHash,
  type ViewState,
} from "../../viz/src/state.js";

const all = { types: [...ENTITY_TYPES], relations: [...RELATION_TYPES], certainties: [...CERTAINTIES] };
const base = (): ViewState => defaultState(all.types, all.relations, all.certainties);

describe("viewer URL state", () => {
  it("leaves the hash empty for the default view", () => {
    expect(toHash(base(), all)).toBe("");
    expect(fromHash("", base())).toEqual(base());
  });

  it("round-trips every field through the hash", () => {
    const s = base();
    s.types = new Set(["Person", "Country"]);
    s.relations = new Set(["MET"]);
    s.certainty = new Set(["asserted", "reported"]);
    s.from = parseMonth("2020-02");
    s.to = parseMonth("2024-11");
    s.minSources = 3;
    s.size = "pagerank";
    s.color = "community";
    s.selected = { kind: "edge", id: "MET:p:a b:p:c&d" };
    const hash = toHash(s, all);
    expect(hash.startsWith("#")).toBe(true);
    expect(hash).toContain("size=pagerank");
    expect(fromHash(hash, base())).toEqual(s);
  });

  it("round-trips an empty selection of a filter (everything unchecked)", () => {
    const s = base();
    s.relations = new Set();
    const back = fromHash(toHash(s, all), base());
    expect(back.relations.size).toBe(0);
    expect(back.types.size).toBe(all.types.length);
  });

  it("keeps a node id with reserved characters intact", () => {
    const s = base();
    s.selected = { kind: "node", id: "person:x=1#y?z" };
    expect(fromHash(toHash(s, all), base()).selected).toEqual(s.selected);
  });

  it("drops unknown values and falls back on bad numbers and modes", () => {
    const s = fromHash("#types=Person,Dragon&minSources=-2&size=huge&color=neon&from=soon", base());
    expect([...s.types]).toEqual(["Person"]);
    expect(s.minSources).toBe(1);
    expect(s.size).toBe("degree");
    expect(s.color).toBe("type");
    expect(s.from).toBeNull();
    expect(fromHash("#minSources=2.5", base()).minSources).toBe(1);
  });

  it("does not share sets with the base state", () => {
    const b = base();
    const s = fromHash("", b);
    s.types.delete("Person");
    expect(b.types.has("Person")).toBe(true);
  });
});

describe("month indexes", () => {
  it("parses full dates, months and years", () => {
    expect(parseMonth("2024-03-05")).toBe(2024 * 12 + 2);
    expect(parseMonth("2024-03")).toBe(2024 * 12 + 2);
    expect(parseMonth("2024")).toBe(2024 * 12);
    expect(parseMonth("March 2024")).toBeNull();
    expect(parseMonth(null)).toBeNull();
    expect(parseMonth(undefined)).toBeNull();
  });

  it("formats back to YYYY-MM", () => {
    expect(monthToString(2024 * 12)).toBe("2024-01");
    expect(monthToString(2024 * 12 + 11)).toBe("2024-12");
    for (const text of ["1999-12", "2000-01", "2031-06"]) expect(monthToString(parseMonth(text)!)).toBe(text);
  });
});
