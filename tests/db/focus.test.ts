// Exploring a big graph from a focus, against the real Neo4j: stored ranks (kept by every relation
// write, rank.ts), /api/graph over its relation budget, and /api/neighbourhood.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/api/server.js";
import { ingest } from "../../src/ingest/index.js";
import { removeArticle } from "../../src/store/remove-article.js";
import { readGraph } from "../../src/store/read-graph.js";
import type { Db } from "../../src/store/connection.js";
import type { GraphJson } from "../../src/api/types.js";
import { clearDb, openTestDb } from "../helpers/db.js";
import { API_ARTICLES, writeApiArticles } from "./api-fixtures.js";
import { seedFocusGraph } from "./focus-fixture.js";

let db: Db;
let server: RunningServer;

async function get(path: string): Promise<{ status: number; body: GraphJson & { error?: string } }> {
  const res = await fetch(new URL(path, server.url));
  return { status: res.status, body: (await res.json()) as GraphJson & { error?: string } };
}

const ids = (g: GraphJson): string[] => g.nodes.map((n) => n.key);
const edgeEnds = (g: GraphJson): string[] =>
  g.edges.map((e) => `${String(e.source)}>${String(e.target)}`).sort();
const hidden = (g: GraphJson): Record<string, [number | undefined, number | undefined]> =>
  Object.fromEntries(g.nodes.map((n) => [n.key, [n.attributes?.neighbours, n.attributes?.hidden]]));

/** Every entity's stored rank, and its weighted degree computed here from the stored graph. */
async function ranksAndDegrees(): Promise<{ stored: Map<string, number>; expected: Map<string, number> }> {
  const res = await db.driver.executeQuery(
    "MATCH (e:Entity) RETURN e.id AS id, e.rank AS rank",
    {},
    {
      database: db.database,
    },
  );
  const stored = new Map(res.records.map((r) => [r.get("id") as string, r.get("rank") as number]));
  const graph = await readGraph(db);
  const expected = new Map(graph.nodes().map((n) => [n, 0]));
  graph.forEachEdge((_e, a, s, t) => {
    if (s === t) return;
    const w = a.weight > 0 ? a.weight : 1;
    expected.set(s, (expected.get(s) ?? 0) + w);
    expected.set(t, (expected.get(t) ?? 0) + w);
  });
  return { stored, expected };
}

beforeAll(async () => {
  db = await openTestDb();
  server = await startServer(db, { port: 0, graph: { budget: 8, top: 3 } });
});

afterAll(async () => {
  await server?.close();
  await db?.close();
});

describe("stored ranks", () => {
  it("every write and removal leaves each entity ranked by its weighted degree", async () => {
    await clearDb(db);
    const summary = await ingest(db, [await writeApiArticles()], { progress: false });
    expect(summary.stored).toBe(API_ARTICLES.length);
    let { stored, expected } = await ranksAndDegrees();
    expect(stored.size).toBeGreaterThan(3);
    for (const [id, degree] of expected) expect(stored.get(id), id).toBeCloseTo(degree, 6);
    expect([...stored.values()].some((r) => r > 0)).toBe(true);

    // A removal rebuilds the relations it touched: their ends are ranked anew.
    const removed = await removeArticle(db, API_ARTICLES[0].id);
    expect(removed.relationsRebuilt).toBeGreaterThan(0);
    ({ stored, expected } = await ranksAndDegrees());
    for (const [id, degree] of expected) expect(stored.get(id), id).toBeCloseTo(degree, 6);
  });
});

describe("/api/graph over its budget", () => {
  beforeAll(async () => {
    await clearDb(db);
    await seedFocusGraph(db);
  });

  it("sends the most central entities, the relations among them and the hidden counts", async () => {
    const { status, body } = await get("api/graph");
    expect(status).toBe(200);
    expect(body.attributes).toMatchObject({
      truncated: true,
      relations: 9,
      budget: 8,
      top: 3,
      shownRelations: 3,
    });
    expect(ids(body)).toEqual(["h", "a", "b"]);
    expect(edgeEnds(body)).toEqual(["a>b", "h>a", "h>b"]);
    expect(hidden(body)).toEqual({ h: [5, 3], a: [3, 1], b: [2, 0] });
  });

  it("within the budget (server's or the query's), sends the whole graph as before", async () => {
    const { body } = await get("api/graph?budget=9");
    expect(body.attributes).toEqual({});
    expect(body.nodes).toHaveLength(8);
    expect(body.edges).toHaveLength(9);
    expect(body.nodes[0].attributes).not.toHaveProperty("hidden");
    // A filter that brings the graph within budget: whole again.
    const filtered = await get("api/graph?relations=MET,VISITED");
    expect(filtered.body.attributes).toEqual({});
    expect(filtered.body.edges).toHaveLength(4);
  });

  it("ranks and counts under the filter, with the query's top", async () => {
    const { body } = await get("api/graph?types=Person&budget=1&top=2");
    expect(body.attributes).toMatchObject({ truncated: true, relations: 2, top: 2 });
    expect(ids(body)).toEqual(["a", "b"]);
    expect(edgeEnds(body)).toEqual(["a>b"]);
    // Only Person neighbours count: a's are b; h and c are not persons.
    expect(hidden(body)).toEqual({ a: [1, 0], b: [1, 0] });
    const dated = await get("api/graph?from=2021&budget=1&top=2");
    // From 2021: h→b, c→h, f→h and a–b; h and a rank highest among entities with such relations.
    expect(dated.body.attributes?.relations).toBe(4);
    expect(ids(dated.body)).toEqual(["h", "a"]);
    expect(hidden(dated.body)).toEqual({ h: [3, 3], a: [1, 1] });
  });

  it("refuses a bad budget or top with a 400 naming it", async () => {
    for (const q of ["budget=-1", "budget=x", "top=0", "top=100000", "topp=3"]) {
      const { status, body } = await get(`api/graph?${q}`);
      expect(status, q).toBe(400);
      expect(body.error).toMatch(/invalid query/);
    }
  });
});

describe("/api/neighbourhood", () => {
  beforeAll(async () => {
    await clearDb(db);
    await seedFocusGraph(db);
  });

  it("gives the entity and its neighbours by relation weight, within the limit", async () => {
    const { status, body } = await get("api/neighbourhood?id=h&limit=2");
    expect(status).toBe(200);
    expect(body.attributes).toMatchObject({ focus: "h", depth: 1, limit: 2, shownRelations: 2 });
    expect(ids(body)).toEqual(["h", "a", "g"]);
    expect(edgeEnds(body)).toEqual(["g>h", "h>a"]);
    expect(hidden(body)).toEqual({ h: [5, 3], a: [3, 2], g: [1, 0] });
    expect(body.nodes[0].attributes).toMatchObject({ name: "Entity H", entityType: "Country" });
  });

  it("two steps out: half the limit for the first ring, the rest for the second", async () => {
    const { body } = await get("api/neighbourhood?id=h&depth=2&limit=4");
    expect(ids(body)).toEqual(["h", "a", "g", "b", "c"]);
    expect(edgeEnds(body)).toEqual(["a>b", "a>c", "c>h", "g>h", "h>a", "h>b"]);
    expect(hidden(body).h).toEqual([5, 1]);
  });

  it("honours the graph filter", async () => {
    const dated = await get("api/neighbourhood?id=h&from=2021");
    expect(ids(dated.body)).toEqual(["h", "b", "c", "f"]);
    const alleged = await get("api/neighbourhood?id=a&certainty=alleged");
    expect(ids(alleged.body)).toEqual(["a", "c"]);
    expect(hidden(alleged.body)).toEqual({ a: [1, 0], c: [1, 0] });
    const met = await get("api/neighbourhood?id=e&relations=MET");
    expect(ids(met.body)).toEqual(["e", "f"]);
  });

  it("answers 404 for an unknown entity and 400 for bad parameters", async () => {
    const missing = await get("api/neighbourhood?id=nobody");
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatch(/nobody/);
    for (const q of [
      "",
      "id=",
      "id=h&depth=3",
      "id=h&depth=0",
      "id=h&limit=0",
      "id=h&limit=501",
      "id=h&types=Bogus",
      "id=h&from=2022&to=2021",
      "id=h&x=1",
    ]) {
      const { status, body } = await get(`api/neighbourhood?${q}`);
      expect(status, q).toBe(400);
      expect(body.error).toMatch(/invalid query/);
    }
  });
});
