// The library on real ingested text: the five sample pages plus two articles written for these tests
// (tests/fixtures/analyst). Asserts the facts the test articles state plainly — roles, a dated visit,
// a meeting — and that every library example runs on the loaded corpus.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../src/config.js";
import type { Db } from "../../src/store/connection.js";
import { ingest } from "../../src/ingest/index.js";
import { loadLibrary } from "../../src/query/library.js";
import { parseParamArgs } from "../../src/query/params.js";
import { runQuery } from "../../src/query/run-query.js";
import { clearDb, openTestDb } from "../helpers/db.js";

const SEEDS = join(PROJECT_ROOT, "..", "shared", "corpus", "seeds");
const ANALYST = join(PROJECT_ROOT, "tests", "fixtures", "analyst");
let db: Db;

/** `--param k=v` pairs of a documented example line, honouring double quotes. */
function exampleParams(example: string): { params: Record<string, string>; limit?: number } {
  const tokens = [...example.matchAll(/(?:[^\s"]+|"[^"]*")+/g)].map((m) => m[0].replace(/"/g, ""));
  const pairs: string[] = [];
  let limit: number | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === "--param") pairs.push(tokens[++i]);
    if (tokens[i] === "--limit") limit = Number(tokens[++i]);
  }
  return { params: parseParamArgs(pairs), limit };
}

beforeAll(async () => {
  db = await openTestDb();
  await clearDb(db);
  const summary = await ingest(db, [SEEDS, ANALYST]);
  expect(summary.failed).toEqual([]);
  expect(summary.stored).toBe(7);
});
afterAll(async () => {
  await db?.close();
});

describe("library on the ingested corpus", () => {
  it("every documented example runs and returns its columns", async () => {
    for (const entry of await loadLibrary()) {
      for (const example of entry.examples) {
        const { params, limit } = exampleParams(example);
        const result = await runQuery(db, entry.name, { params, limit });
        expect(result.columns.length, example).toBeGreaterThan(0);
      }
    }
  });

  it("roles stated in the test articles are listed with their state", async () => {
    const r = await runQuery(db, "actor-roles-over-time", { params: { name: "Choe Son Hui" } });
    expect(r.rows).toContainEqual(
      expect.objectContaining({ person: "Choe Son Hui", role: "foreign minister", of: "North Korea" }),
    );
  });

  it("North Korea's foreign minister on 2024-01-15 is Choe Son Hui", async () => {
    const r = await runQuery(db, "role-holder-at-date", {
      params: { role: "foreign minister", of: "North Korea", date: "2024-01-15" },
    });
    expect(r.rows[0]).toMatchObject({ holder: "Choe Son Hui", of: "North Korea" });
  });

  it("the dated visit is in the actor's timeline and between the two states in January 2024", async () => {
    const t = await runQuery(db, "actor-timeline", { params: { name: "Choe Son Hui" } });
    expect(t.rows).toContainEqual(
      expect.objectContaining({ date: "2024-01-15", relation: "VISITED", subject: "Choe Son Hui" }),
    );
    const between = await runQuery(db, "relations-between-in-period", {
      params: { a: "North Korea", b: "Russia", from: "2024-01", to: "2024-01" },
    });
    expect(between.rows).toContainEqual(
      expect.objectContaining({ date: "2024-01-15", relation: "VISITED", subject: "Choe Son Hui" }),
    );
    expect(between.rows.every((row) => String(row.date).startsWith("2024-01"))).toBe(true);
  });

  it("the Beijing meeting is among Xi Jinping's meetings, with its outlet", async () => {
    const r = await runQuery(db, "who-met-whom", { params: { name: "Xi Jinping", all: "true" } });
    expect(r.rows).toContainEqual(
      expect.objectContaining({ actor: "Xi Jinping", met: "Vladimir Putin", sources: ["Analyst Test Wire"] }),
    );
  });
});
