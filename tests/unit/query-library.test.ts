// The library loader, --param typing, CLI filter parsing and table/CSV formatting — no database.
import { describe, expect, it } from "vitest";
import neo4j from "neo4j-driver";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadLibrary, parseQueryFile } from "../../src/query/library.js";
import { coerceParam, inferParams, parseParamArgs, resolveParams } from "../../src/query/params.js";
import { parseFilterFlags } from "../../src/query/filter-options.js";
import { formatCsv, formatTable } from "../../src/query/format.js";
import { stripLiterals } from "../../src/store/read-only-cypher.js";

const HEADER = `// name: sample
// question: What does the sample ask?
// params: who (string) — an actor
// params: n (int, default 3) — how many
// params: strict (boolean, optional) — only strict matches
// example: geokg query sample --param who=X
// A note that is not a tag.
MATCH (e:Entity {name: $who}) RETURN e LIMIT $n
`;

describe("library files", () => {
  it("parses the header into name, question, typed params, examples and notes", () => {
    const e = parseQueryFile(HEADER, "sample.cypher");
    expect(e.name).toBe("sample");
    expect(e.question).toBe("What does the sample ask?");
    expect(e.params).toEqual([
      { name: "who", type: "string", optional: false, description: "an actor" },
      { name: "n", type: "int", optional: true, defaultText: "3", description: "how many" },
      { name: "strict", type: "boolean", optional: true, description: "only strict matches" },
    ]);
    expect(e.examples).toEqual(["geokg query sample --param who=X"]);
    expect(e.notes).toEqual(["A note that is not a tag."]);
    expect(e.cypher).toContain("MATCH (e:Entity {name: $who})");
  });

  it("names the file and the problem for a bad header", () => {
    expect(() => parseQueryFile("// question: q\nRETURN 1", "x.cypher")).toThrow(
      /x\.cypher: header has no "\/\/ name:" line/,
    );
    expect(() =>
      parseQueryFile("// name: x\n// question: q\n// params: a (uuid) — d\nRETURN 1", "x.cypher"),
    ).toThrow(/x\.cypher: parameter a has unknown type "uuid"/);
    expect(() =>
      parseQueryFile("// name: x\n// question: q\n// params: broken\nRETURN 1", "x.cypher"),
    ).toThrow(/x\.cypher: bad params line/);
    expect(() => parseQueryFile("// name: x\n// question: q\n", "x.cypher")).toThrow(
      /x\.cypher: no Cypher after the header/,
    );
  });

  it("the shipped library: every file has a question, an example using its name, and only declared $params", async () => {
    const entries = await loadLibrary();
    expect(entries.length).toBeGreaterThanOrEqual(12);
    for (const e of entries) {
      expect(e.question.length).toBeGreaterThan(10);
      expect(e.examples.some((x) => x.startsWith(`geokg query ${e.name}`))).toBe(true);
      if (e.kind !== "cypher") continue;
      const used = new Set([...stripLiterals(e.cypher).matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]));
      expect([...used].sort()).toEqual(e.params.map((p) => p.name).sort());
    }
  });

  it("refuses a library file whose header name differs from its file name", async () => {
    const dir = await mkdtemp(join(tmpdir(), "geokg-lib-"));
    await writeFile(join(dir, "other.cypher"), HEADER);
    await expect(loadLibrary(dir)).rejects.toThrow(
      /other\.cypher: header name "sample" does not match the file name/,
    );
  });
});

describe("--param values", () => {
  it("splits on the first = only", () => {
    expect(parseParamArgs(["a=1", "q=x=y", "empty="])).toEqual({ a: "1", q: "x=y", empty: "" });
    expect(() => parseParamArgs(["noequals"])).toThrow(/--param "noequals": expected name=value/);
  });

  it("infers types for literal Cypher: integers as neo4j Integers, floats, booleans, JSON, null", () => {
    const p = inferParams({
      i: "42",
      f: "2.5",
      b: "true",
      j: '{"k": [1, "x"]}',
      l: "[1,2]",
      n: "null",
      s: "Kim Jong Un",
    });
    expect(neo4j.isInt(p.i) && (p.i as ReturnType<typeof neo4j.int>).toNumber()).toBe(42);
    expect(p.f).toBe(2.5);
    expect(p.b).toBe(true);
    expect(neo4j.isInt((p.j as { k: unknown[] }).k[0])).toBe(true);
    expect((p.l as unknown[]).length).toBe(2);
    expect(p.n).toBeNull();
    expect(p.s).toBe("Kim Jong Un");
  });

  it("declared types win: a year stays a string, bad values are named", () => {
    expect(coerceParam("date", "2024", "string")).toBe("2024");
    expect(() => coerceParam("n", "3.5", "int")).toThrow(/parameter n: "3.5" is not an integer/);
    expect(() => coerceParam("b", "yes", "boolean")).toThrow(/parameter b: "yes" is not true or false/);
    expect(() => coerceParam("j", "{oops", "json")).toThrow(/parameter j: not valid JSON/);
  });

  it("fills defaults and nulls, refuses missing and unknown parameters", () => {
    const e = parseQueryFile(HEADER, "sample.cypher");
    const p = resolveParams(e.params, { who: "X" }, "sample");
    expect(p.who).toBe("X");
    expect((p.n as ReturnType<typeof neo4j.int>).toNumber()).toBe(3);
    expect(p.strict).toBeNull();
    expect(() => resolveParams(e.params, {}, "sample")).toThrow(/sample: missing parameter who \(string\)/);
    expect(() => resolveParams(e.params, { who: "X", whom: "Y" }, "sample")).toThrow(
      /sample: unknown parameter whom/,
    );
  });
});

describe("filter flags → GraphFilter", () => {
  it("parses lists, dates and numbers", () => {
    expect(
      parseFilterFlags({
        types: "Person, Country",
        relations: "MET",
        from: "2024-06",
        to: "2024-06-30",
        minSources: "2",
        certainty: "asserted,reported",
      }),
    ).toEqual({
      types: ["Person", "Country"],
      relations: ["MET"],
      from: "2024-06",
      to: "2024-06-30",
      minSources: 2,
      certainty: ["asserted", "reported"],
    });
    expect(parseFilterFlags({})).toEqual({});
  });

  it("names every bad flag", () => {
    expect(() => parseFilterFlags({ types: "Person,Robot" })).toThrow(
      /--types: "Robot" is not one of Person, Country, Organization, Place/,
    );
    expect(() => parseFilterFlags({ from: "June 2024" })).toThrow(/--from: expected a date/);
    expect(() => parseFilterFlags({ minSources: "two" })).toThrow(/--min-sources/);
    expect(() => parseFilterFlags({ from: "2024-07", to: "2024-06" })).toThrow(/--from is after --to/);
    expect(() => parseFilterFlags({ certainty: "maybe" })).toThrow(/--certainty: "maybe" is not one of/);
  });
});

describe("output formats", () => {
  const result = {
    columns: ["actor", "dates", "node"],
    rows: [
      {
        actor: "A, with comma",
        dates: ["2024-06-19", "2024-06-20"],
        node: { elementId: "4:x:1", labels: ["Entity"], properties: { name: "Node name" } },
      },
      { actor: 'Quote "q"', dates: [], node: null },
    ],
    truncated: true,
  };

  it("table: aligned columns, lists joined, nodes by name, truncation noted", () => {
    const lines = formatTable(result).trimEnd().split("\n");
    expect(lines[0]).toMatch(/^actor\s+│ dates\s+│ node$/);
    expect(lines[2]).toContain("2024-06-19, 2024-06-20");
    expect(lines[2]).toContain("Node name");
    expect(lines[0].indexOf("│")).toBe(lines[2].indexOf("│"));
    expect(lines.at(-1)).toBe("2 rows (truncated: raise --limit to see more)");
  });

  it("csv: RFC 4180 quoting", () => {
    expect(formatCsv(result).split("\n").slice(0, 3)).toEqual([
      "actor,dates,node",
      '"A, with comma","2024-06-19, 2024-06-20",Node name',
      '"Quote ""q""",,',
    ]);
  });
});
