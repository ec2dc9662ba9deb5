// `geokg extract --format json` (no database) and `geokg export --format json` after `geokg ingest` of the
// same files must give the same relations: both aggregate claims with src/graph/aggregate.ts. Before they
// shared it, the two disagreed on outlets, weight and contested for 7 relations of this very set.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config.js";
import type { Db } from "../../src/store/connection.js";
import { applySchema } from "../../src/store/schema.js";
import { clearDb, openTestDb } from "../helpers/db.js";

const run = promisify(execFile);
const CORPUS = join(PROJECT_ROOT, "..", "shared", "corpus");
// The five sample pages and the first nine development articles: enough shared outlets, unnamed
// outlets, denials and dates to tell two aggregations apart.
const FILES = [
  join(CORPUS, "seeds"),
  ...Array.from({ length: 9 }, (_, i) => join(CORPUS, "news-dev", `N0${i + 1}.txt`)),
];
const FIELDS = ["type", "certainty", "happened", "contested", "articles", "outlets", "weight"] as const;

interface GraphJson {
  edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
}

const geokg = async (...args: string[]): Promise<string> =>
  (
    await run(process.execPath, [join(PROJECT_ROOT, "bin", "geokg.js"), ...args], {
      env: { ...process.env },
      cwd: PROJECT_ROOT,
      maxBuffer: 64 * 1024 * 1024,
    })
  ).stdout;

/** Relation key → its ends and the compared fields, in a stable order. */
function relations(g: GraphJson): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const e of [...g.edges].sort((a, b) => (a.key < b.key ? -1 : 1))) {
    const picked: Record<string, unknown> = { source: e.source, target: e.target };
    for (const f of FIELDS) picked[f] = e.attributes[f];
    out.set(e.key, picked);
  }
  return out;
}

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
  await applySchema(db);
  await clearDb(db);
});
afterAll(async () => {
  await db?.close();
});

describe("extract and export agree", () => {
  it("gives the same relations, with the same type, certainty, happened, contested, articles, outlets and weight", async () => {
    const extracted = JSON.parse(await geokg("extract", "--format", "json", ...FILES)) as GraphJson;
    await geokg("ingest", ...FILES);
    const exported = JSON.parse(await geokg("export", "--format", "json")) as GraphJson;

    expect(extracted.edges.length).toBeGreaterThan(20);
    const fromExtract = relations(extracted);
    const fromStore = relations(exported);
    expect([...fromStore.keys()]).toEqual([...fromExtract.keys()]);
    for (const [key, rel] of fromExtract) expect({ key, ...fromStore.get(key) }).toEqual({ key, ...rel });
    // Every other attribute agrees too (dates, reports, roles, validity): one aggregation, one shape.
    const full = (g: GraphJson) => new Map(g.edges.map((e) => [e.key, e.attributes]));
    const storeFull = full(exported);
    for (const [key, attrs] of full(extracted))
      expect({ key, ...storeFull.get(key) }).toEqual({ key, ...attrs });
  });
});
