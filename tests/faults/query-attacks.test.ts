// Fault suite (issue 12), part 1: requests that took the database or the API down, sent to a real
// `geokg serve` over HTTP. Each asserts the answer, its time, and that Neo4j is still up afterwards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/store/connection.js";
import { applySchema } from "../../src/store/schema.js";
import { openTestDb } from "../helpers/db.js";
import { rawRequest } from "../helpers/http.js";
import { peakRssMiB, postJson, serve, timedFetch, type CliRun } from "./cli.js";

let db: Db;
let server: CliRun & { url: string };

async function neo4jStillUp(): Promise<void> {
  const res = await db.driver.executeQuery("RETURN 1 AS one", {}, { database: db.database });
  expect(res.records[0].get("one").toNumber()).toBe(1);
  expect((await timedFetch(new URL("/api/health", server.url).href)).status).toBe(200);
}

beforeAll(async () => {
  db = await openTestDb();
  await applySchema(db);
  server = await serve(["--allow-host", "geokg.test"]);
});
afterAll(async () => {
  server?.child.kill("SIGTERM");
  await server?.exited;
  await db?.close();
});

describe("fault: one read-only request ran the JVM out of heap (Neo4j exited)", () => {
  it("answers the doubling-string query with a 400 and Neo4j stays up", async () => {
    const r = await postJson(new URL("/api/cypher", server.url).href, {
      query: 'RETURN reduce(s = "x", i IN range(1, 29) | s + s) AS s',
    });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.text).error).toMatch(/memory/);
    expect(r.ms).toBeLessThan(60_000);
    await neo4jStillUp();
  });

  it("bounds the bytes of a response: 1,000 rows of 1 MiB come back truncated, serve stays small", async () => {
    const r = await postJson(new URL("/api/cypher", server.url).href, {
      query: "UNWIND range(1, 1000) AS i RETURN i, reduce(s = 'x', k IN range(1, 20) | s + s) AS blob",
    });
    expect(r.status).toBe(200);
    const body = JSON.parse(r.text) as { rows: unknown[]; truncated: boolean };
    expect(body.truncated).toBe(true);
    expect(body.rows.length).toBeLessThan(10);
    // It reached 2.6 GB before the byte budget.
    expect(peakRssMiB(server.child.pid!)).toBeLessThan(1024);
    await neo4jStillUp();
  });
});

describe("fault: deeply nested queries hung requests for 120 s, a hundred of them took the API down", () => {
  it("refuses them at once, all hundred, and the API keeps answering", async () => {
    const query = `RETURN ${"(".repeat(1000)}1${")".repeat(1000)} AS x`;
    const started = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 100 }, () => postJson(new URL("/api/cypher", server.url).href, { query })),
    );
    for (const a of answers) {
      expect(a.status).toBe(400);
      expect(JSON.parse(a.text).error).toMatch(/nested too deeply/);
    }
    expect(Date.now() - started).toBeLessThan(10_000);
    const graph = await timedFetch(new URL("/api/graph", server.url).href);
    expect(graph.status).toBe(200);
    await neo4jStillUp();
  });
});

describe("fault: a foreign Host got full answers (DNS rebinding)", () => {
  it("answers 403 to a foreign Host and 200 to names it serves", async () => {
    const port = new URL(server.url).port;
    for (const path of ["/api/graph", "/api/health", "/"]) {
      const r = await rawRequest(server.url, { path, host: `attacker.example:${port}` });
      expect(r.status).toBe(403);
    }
    const foreignPost = await rawRequest(server.url, {
      path: "/api/cypher",
      method: "POST",
      body: JSON.stringify({ query: "MATCH (n) RETURN count(n) AS n" }),
      headers: { Origin: "http://attacker.example" },
    });
    expect(foreignPost.status).toBe(403);
    expect((await rawRequest(server.url, { path: "/api/health", host: `localhost:${port}` })).status).toBe(
      200,
    );
    expect((await rawRequest(server.url, { path: "/api/health", host: `geokg.test:${port}` })).status).toBe(
      200,
    );
  });
});
