// Fault suite (issue 12), part 2: a managed Neo4j of its own (the run's shared one is left alone) is
// killed with SIGKILL while `geokg serve` and `geokg ingest` use it. Before: the ingest retried for
// 11+ minutes in silence; the API took 30-66 s per request to say 503 and Neo4j stayed down until
// someone ran `geokg db start`.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import neo4j, { type Driver } from "neo4j-driver";
import { ingest } from "../../src/ingest/index.js";
import type { Db } from "../../src/store/connection.js";
import { readPassword } from "../../src/store/neo4j/password.js";
import { managedPaths } from "../../src/store/neo4j/paths.js";
import { isAlive } from "../../src/store/neo4j/process-alive.js";
import { stopManaged } from "../../src/store/neo4j/server.js";
import { readState } from "../../src/store/neo4j/state.js";
import { writeTestArticles } from "../fixtures/ingest/write-articles.js";
import { clearDb, openTestDb } from "../helpers/db.js";
import { geokg, serve, timedFetch, type CliRun } from "./cli.js";
import { startTestManaged } from "../helpers/neo4j.js";

const ARTICLES = 60;
let base: string;
let dir: string;
let env: Record<string, string | undefined>;
let managed: Driver;
let shared: Db;
let server: (CliRun & { url: string }) | undefined;

async function rows(cypher: string): Promise<Record<string, unknown>[]> {
  const res = await managed.executeQuery(cypher, {}, { database: "neo4j" });
  return res.records.map((r) => r.toObject());
}

/** Claims and mentions per article: a half-written article shows up as a short entry. */
async function perArticle(read: (q: string) => Promise<Record<string, unknown>[]>) {
  const r = await read(
    "MATCH (a:Article) RETURN a.id AS id, COUNT { (a)-[:ASSERTS]->() } * 1000 + COUNT { (a)-[:MENTIONS]->() } AS n",
  );
  return Object.fromEntries(r.map((x) => [String(x.id), Number(x.n)]));
}

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), "geokg-faults-"));
  dir = join(base, "articles");
  await writeTestArticles(dir, ARTICLES);
  const started = await startTestManaged(base);
  managed = neo4j.driver(started.uri, neo4j.auth.basic("neo4j", started.password));
  // The CLI finds this server through GEOKG_HOME; the run's NEO4J_* would point it elsewhere.
  env = { GEOKG_HOME: base, NEO4J_URI: undefined, NEO4J_PASSWORD: undefined, NEO4J_DATABASE: undefined };
  shared = await openTestDb();
});

afterAll(async () => {
  server?.child.kill("SIGTERM");
  await server?.exited;
  await managed?.close();
  await shared?.close();
  await stopManaged({ base, graceMs: 30_000 });
  await rm(base, { recursive: true, force: true });
});

describe("fault: Neo4j killed under `geokg serve` and during `geokg ingest`", () => {
  it("ingest stops at once with the cause and how to resume; the API says 503 within 5 s; Neo4j is restarted; the ingest resumes", async () => {
    // What a clean run stores, for comparison (on the run's shared server).
    await clearDb(shared);
    await ingest(shared, [dir], { progress: false });
    const clean = await perArticle(async (q) =>
      (await shared.driver.executeQuery(q, {}, { database: shared.database })).records.map((r) =>
        r.toObject(),
      ),
    );

    server = await serve([], env);
    expect((await timedFetch(new URL("/api/graph", server.url).href)).status).toBe(200);
    const run = geokg(["ingest", dir, "--batch", "2"], env);
    while (Object.keys(await perArticle(rows)).length < 4) await new Promise((r) => setTimeout(r, 50));

    const pid = readState(managedPaths(base).stateFile)!.pid;
    process.kill(pid, "SIGKILL");
    const killed = Date.now();

    const api = await timedFetch(new URL("/api/graph", server.url).href);
    expect(api.status).toBe(503);
    expect(Date.now() - killed).toBeLessThan(5_000);
    console.log(`[faults] API answered 503 ${Date.now() - killed} ms after the kill`);

    const { code } = await run.exited;
    expect(Date.now() - killed).toBeLessThan(60_000);
    console.log(`[faults] ingest exited with ${code} ${Date.now() - killed} ms after the kill`);
    expect(code).toBe(2);
    expect(run.err()).toMatch(/ingest stopped: Neo4j at bolt:\/\/127\.0\.0\.1:\d+ is not reachable/);
    expect(run.err()).toMatch(new RegExp(`geokg's Neo4j \\(pid ${pid}\\) exited`));
    expect(run.err()).toMatch(/`geokg db start`, then run the same command again/);

    // serve restarts it, with backoff, and says so.
    await server.waitFor(new RegExp(`Neo4j \\(pid ${pid}\\) exited unexpectedly; restarting in 1 s`), 10_000);
    await server.waitFor(/Neo4j restarted \(pid \d+/, 240_000);
    console.log(`[faults] serve restarted Neo4j ${Date.now() - killed} ms after the kill`);
    expect(isAlive(pid)).toBe(false);
    let graph = await timedFetch(new URL("/api/graph", server.url).href);
    for (let i = 0; graph.status !== 200 && i < 50; i++) {
      await new Promise((r) => setTimeout(r, 200));
      graph = await timedFetch(new URL("/api/graph", server.url).href);
    }
    expect(graph.status).toBe(200);

    // Nothing half-written, and the same command resumes.
    await managed.close();
    const st = readState(managedPaths(base).stateFile)!;
    managed = neo4j.driver(st.uri, neo4j.auth.basic("neo4j", readPassword(managedPaths(base).passwordFile)!));
    const partial = await perArticle(rows);
    for (const [id, n] of Object.entries(partial)) expect(n).toBe(clean[id]);
    const resumed = geokg(["ingest", dir, "--batch", "2"], env);
    expect((await resumed.exited).code).toBe(0);
    expect(resumed.out()).toMatch(new RegExp(`unchanged: ${Object.keys(partial).length}\\b`));
    expect(await perArticle(rows)).toEqual(clean);
  });
});
