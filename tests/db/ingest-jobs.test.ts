// `ingest --jobs N`: extraction on worker threads must store exactly the graph one job stores —
// including what one article resolves through another (a surname alone, an acronym) and entity ids.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../src/ingest/index.js";
import type { Db } from "../../src/store/connection.js";
import { clearDb, openTestDb } from "../helpers/db.js";
import { writeJobsArticles } from "../fixtures/jobs/write-articles.js";
import { query } from "./store-helpers.js";

let db: Db;
let tmp: string;
let dir: string;
beforeAll(async () => {
  db = await openTestDb();
  tmp = await mkdtemp(join(tmpdir(), "geokg-jobs-"));
  dir = join(tmp, "articles");
  await writeJobsArticles(dir);
});
afterAll(async () => {
  await db?.close();
  await rm(tmp, { recursive: true, force: true });
});

/** Everything stored, in a stable order: every node and relationship with all its properties. */
async function dump(): Promise<{ nodes: unknown[]; relationships: unknown[] }> {
  const nodes = await query(
    db,
    `MATCH (n) WHERE NOT n:WriteLock
     RETURN labels(n) AS labels, n {.*, ingestedAt: null} AS props`,
  );
  const rels = await query(
    db,
    `MATCH (a)-[r]->(b)
     RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props`,
  );
  const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();
  return { nodes: sorted(nodes), relationships: sorted(rels) };
}

async function ingestWith(jobs: number) {
  await clearDb(db);
  const summary = await ingest(db, [dir], { progress: false, jobs });
  return { summary, graph: await dump() };
}

async function person(name: string) {
  return query(
    db,
    `MATCH (p:Person {name: $name})
     RETURN p.id AS id, p.aliases AS aliases,
            [(p)-[r:VISITED]->(c) | c.name] AS visited`,
    { name },
  );
}

describe("ingest --jobs", () => {
  it("stores the same graph with two jobs as with one, cross-article resolution and ids included", async () => {
    const one = await ingestWith(1);
    expect(one.summary.failed).toEqual([]);
    expect(one.summary.stored).toBe(28);
    const two = await ingestWith(2);
    expect(two.summary).toMatchObject({ failed: [], stored: 28, read: 28, unchanged: 0 });
    expect(two.summary.entities).toBe(one.summary.entities);
    expect(two.summary.relations).toBe(one.summary.relations);
    expect(two.graph).toEqual(one.graph);

    // The graph the two runs agree on does hold the cross-article resolutions the test is about:
    // "Ms Marovend" (article 12) is the Ilsa Marovend of article 0, extracted on another worker.
    expect(await person("Ilsa Marovend")).toEqual([
      { id: "person:ilsa-marovend", aliases: ["Marovend"], visited: ["Chile"] },
    ]);
    expect(await person("Marovend")).toEqual([]);
    expect(await person("Tobias Wendhart")).toEqual([
      { id: "person:tobias-wendhart", aliases: ["Wendhart"], visited: ["Norway"] },
    ]);
    // BMCA spelled out first and bare later; ORWA bare first and spelled out later.
    const orgs = await query(
      db,
      "MATCH (o:Organization) RETURN o.id AS id, o.name AS name, o.aliases AS aliases ORDER BY id",
    );
    expect(orgs).toEqual([
      {
        id: "organization:baltic-maritime-coordination-agency",
        name: "Baltic Maritime Coordination Agency",
        aliases: ["BMCA"],
      },
      { id: "organization:orwa", name: "ORWA", aliases: ["Orrin Water Authority"] },
    ]);
  });

  it("re-ingesting with two jobs changes nothing", async () => {
    const { graph } = await ingestWith(2);
    const again = await ingest(db, [dir], { progress: false, jobs: 2 });
    expect(again).toMatchObject({ read: 28, stored: 0, unchanged: 28, failed: [] });
    expect(await dump()).toEqual(graph);
  });

  it("names a bad file with two jobs and stores the rest", async () => {
    await clearDb(db);
    const bad = join(tmp, "bad");
    await writeJobsArticles(bad);
    await writeFile(join(bad, "jobs-005.md"), Buffer.from([0, 159, 146, 150, 0, 255, 0, 1, 2, 3, 0, 0, 7]));
    await writeFile(join(bad, "jobs-empty.txt"), "");
    const summary = await ingest(db, [bad], { progress: false, jobs: 2 });
    expect(summary.failed.map((f) => f.file).sort()).toEqual([
      join(bad, "jobs-005.md"),
      join(bad, "jobs-empty.txt"),
    ]);
    expect(summary.stored).toBe(27);
  });
});
