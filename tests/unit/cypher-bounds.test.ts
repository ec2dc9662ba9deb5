// The nesting measure that keeps deep queries away from Neo4j's parser (issue 12).
import { describe, expect, it } from "vitest";
import { loadLibrary } from "../../src/query/library.js";
import { checkBounds, cypherNesting, MAX_NESTING, valueDepth } from "../../src/store/cypher-bounds.js";

describe("cypherNesting", () => {
  it("counts brackets, braces (as four) and operators chained in an open expression", () => {
    expect(cypherNesting("RETURN 1 AS x")).toBe(0);
    expect(cypherNesting("RETURN ((1)) AS x")).toBe(2);
    expect(cypherNesting("RETURN [[1]] AS x")).toBe(2);
    expect(cypherNesting("RETURN {a: {b: 1}} AS x")).toBe(8);
    expect(cypherNesting("RETURN NOT NOT NOT true")).toBe(3);
    expect(cypherNesting("WITH m RETURN m.a.b.c")).toBe(3);
    expect(cypherNesting("RETURN 1 + 1 + 1")).toBe(2);
    // Separators end an expression: a flat list or many WHERE clauses do not add up.
    expect(cypherNesting(`RETURN [${Array(500).fill(1).join(", ")}]`)).toBe(1);
    expect(cypherNesting("MATCH (a) WHERE a.x = 1 WITH a WHERE a.y = 2 RETURN a")).toBe(2);
    // UNION chains nest too.
    expect(cypherNesting(`RETURN 1 AS x${" UNION RETURN 1 AS x".repeat(100)}`)).toBe(100);
  });

  it("ignores brackets and operators inside strings and comments", () => {
    expect(cypherNesting(`RETURN '${"(".repeat(500)}' AS s // ${"NOT ".repeat(500)}`)).toBe(0);
  });

  it("leaves room for every library query (the deepest measures well under the bound)", async () => {
    const depths = (await loadLibrary()).flatMap((e) =>
      e.kind === "cypher" ? [cypherNesting(e.cypher)] : [],
    );
    expect(depths.length).toBeGreaterThan(5);
    // Half the bound: every UNION branch counts as a level (Neo4j's parser recurses per UNION), and the
    // index-backed look-ups use them — new-relations-since one branch per relation type and date index
    // (26 of 64), the actor look-ups two each (bench/README.md "Big store").
    expect(Math.max(...depths)).toBeLessThanOrEqual(MAX_NESTING / 2);
  });
});

describe("checkBounds", () => {
  it("names the bound a query or parameter passed", () => {
    expect(() => checkBounds("RETURN 1 " + " ".repeat(20_000), {})).toThrow(/too long: 20009 characters/);
    expect(() => checkBounds(`RETURN ${"(".repeat(65)}1${")".repeat(65)}`, {})).toThrow(/depth 65, limit 64/);
    expect(() => checkBounds("RETURN $p", { p: { a: [[[1]]] } })).not.toThrow();
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = { a: deep };
    expect(() => checkBounds("RETURN $p", { p: deep })).toThrow(/parameter p is nested too deeply/);
  });

  it("measures value depth without recursion, stopping past the limit", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(valueDepth(deep, 32)).toBe(33);
    expect(valueDepth([1, [2, { a: [3] }]], 100)).toBe(4);
  });
});
