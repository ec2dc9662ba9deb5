// Issue 14, point 4: against a cluster or Aura (a neo4j:// routing URI) every read must be routed to a
// reader and every write must run in a managed write transaction. A single server answers both alike,
// so these tests watch what geokg asks of the (real) driver: the access mode of each session it opens,
// the routing of each executeQuery, and which transaction functions it calls.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Driver } from "neo4j-driver";
import { clearDb, openTestDb } from "../helpers/db.js";
import type { Db } from "../../src/store/connection.js";
import { applySchema } from "../../src/store/schema.js";
import { writeArticles } from "../../src/store/write-article.js";
import { listEntities, storedContentHashes } from "../../src/store/read-entities.js";
import { readEntity, searchEntities } from "../../src/store/read-entity.js";
import { listArticles, readArticle } from "../../src/store/read-articles.js";
import { readRelation } from "../../src/store/read-relation.js";
import { readGraph, readGraphJson } from "../../src/store/read-graph.js";
import { runReadOnlyCypher } from "../../src/store/read-only-cypher.js";
import { runQuery } from "../../src/query/run-query.js";
import { loadLibrary } from "../../src/query/library.js";
import { graphFingerprint } from "../../src/api/graph-cache.js";
import { listCorrections, loadPlan } from "../../src/curate/curate.js";
import { storeCounts } from "../../src/ingest/store-counts.js";
import { startServer } from "../../src/api/server.js";
import { reliabilityFrom } from "../../src/graph/source-reliability.js";
import { country, extraction, person, relation } from "./store-helpers.js";

/** What geokg asked of a driver: sessions with their access mode, executeQuery with its routing, tx calls. */
type Call =
  | { api: "session"; mode: string | undefined }
  | { api: "executeQuery"; routing: string | undefined }
  | { api: "executeRead" | "executeWrite" | "run" };

function observe(driver: Driver, calls: Call[]): void {
  const openSession = driver.session.bind(driver);
  vi.spyOn(driver, "session").mockImplementation((config) => {
    calls.push({ api: "session", mode: config?.defaultAccessMode });
    const session = openSession(config);
    for (const api of ["executeRead", "executeWrite", "run"] as const) {
      const real = (session[api] as (...a: unknown[]) => unknown).bind(session);
      vi.spyOn(session, api).mockImplementation(((...args: unknown[]) => {
        calls.push({ api });
        return real(...args);
      }) as never);
    }
    return session;
  });
  const executeQuery = driver.executeQuery.bind(driver);
  vi.spyOn(driver, "executeQuery").mockImplementation(((query: string, params: never, config: never) => {
    calls.push({ api: "executeQuery", routing: (config as { routing?: string } | undefined)?.routing });
    return executeQuery(query, params, config);
  }) as never);
}

/** Every call in `calls` is a read: a READ session with executeRead only, or a READ executeQuery. */
function nonReads(calls: Call[]): Call[] {
  return calls.filter(
    (c) =>
      !(
        (c.api === "session" && c.mode === "READ") ||
        (c.api === "executeQuery" && c.routing === "READ") ||
        c.api === "executeRead"
      ),
  );
}

const ana = person("ana-routova", "Ana Routova");
const bo = person("bo-readley", "Bo Readley");
const norland = country("norland", "Norland");

let db: Db;
const calls: Call[] = [];
beforeAll(async () => {
  db = await openTestDb();
  await clearDb(db);
  await applySchema(db);
  const met = relation("route-1", "MET", ana, bo, "asserted", { date: "2024-06-01" });
  const visited = relation("route-1", "VISITED", ana, norland, "asserted");
  await writeArticles(
    db,
    [extraction("route-1", "h1", [ana, bo, norland], [met, visited], { published: "2024-06-02" })],
    { reliability: reliabilityFrom({ outlets: {}, default: 1 }) },
  );
  observe(db.driver, calls);
  // Analyst Cypher has a driver of its own (connection.ts): watched too, once made.
  const readOnly = db.readOnlyDriver();
  observe(readOnly, calls);
});
afterAll(async () => {
  vi.restoreAllMocks();
  await db?.close();
});

/** Runs `read` with a fresh record and returns what it asked of the drivers. */
async function callsOf(read: () => Promise<unknown>): Promise<Call[]> {
  calls.length = 0;
  await read();
  return [...calls];
}

describe("routing: every read path is routed as a read", () => {
  const relationId = "MET:person:ana-routova:person:bo-readley";
  const reads: [string, () => Promise<unknown>][] = [
    ["listEntities", () => listEntities(db)],
    ["storedContentHashes", () => storedContentHashes(db)],
    ["searchEntities", () => searchEntities(db, "Routova")],
    ["readEntity", () => readEntity(db, ana.id)],
    ["listArticles", () => listArticles(db, { limit: 10, offset: 0 })],
    ["readArticle", () => readArticle(db, "route-1")],
    ["readRelation", () => readRelation(db, relationId)],
    ["readGraph", () => readGraph(db, {})],
    ["readGraphJson (filtered)", () => readGraphJson(db, { relations: ["MET"], from: "2024-06" })],
    ["runReadOnlyCypher", () => runReadOnlyCypher(db, "MATCH (e:Entity) RETURN e.name AS name", {})],
    ["graphFingerprint", () => graphFingerprint(db)],
    ["listCorrections", () => listCorrections(db)],
    ["loadPlan", () => loadPlan(db)],
    ["storeCounts", () => storeCounts(db)],
  ];
  it.each(reads)("%s opens only READ sessions / READ-routed queries", async (_name, read) => {
    const seen = await callsOf(read);
    expect(seen.length).toBeGreaterThan(0);
    expect(nonReads(seen)).toEqual([]);
  });

  it("every library query runs as a read", async () => {
    const params: Record<string, Record<string, string>> = {
      "actor-timeline": { name: "Ana Routova" },
      "edge-evidence": { a: "Ana Routova", b: "Bo Readley" },
      "new-relations-since": { since: "2024-01" },
      "relations-between-in-period": { a: "Ana Routova", b: "Bo Readley" },
      "role-holder-at-date": { role: "minister", of: "Norland", date: "2024-06-01" },
      "shortest-path": { source: "Ana Routova", target: "Norland" },
    };
    for (const entry of await loadLibrary()) {
      const seen = await callsOf(() => runQuery(db, entry.name, { params: params[entry.name] ?? {} }));
      expect(seen.length, entry.name).toBeGreaterThan(0);
      expect(nonReads(seen), entry.name).toEqual([]);
    }
  });

  it("every GET route of the API reads as a read", async () => {
    const server = await startServer(db, { port: 0 });
    try {
      const paths = [
        "/api/health",
        "/api/graph?relations=MET",
        "/api/entities?q=Routova",
        `/api/entities/${encodeURIComponent(ana.id)}`,
        "/api/articles",
        "/api/articles/route-1",
        `/api/relations/${encodeURIComponent(relationId)}`,
        "/api/corrections",
        "/api/export?format=json",
      ];
      for (const path of paths) {
        calls.length = 0;
        const res = await fetch(new URL(path, server.url));
        expect(res.status, path).toBe(200);
        await res.arrayBuffer();
        expect(calls.length, path).toBeGreaterThan(0);
        expect(nonReads(calls), path).toEqual([]);
      }
    } finally {
      await server.close();
    }
  });

  it("the observer tells a write from a read (the checks above can fail)", async () => {
    const seen = await callsOf(() =>
      writeArticles(db, [
        extraction("route-2", "h2", [ana, bo], [relation("route-2", "MET", ana, bo, "asserted")]),
      ]),
    );
    expect(nonReads(seen)).toEqual(
      expect.arrayContaining([{ api: "session", mode: "WRITE" }, { api: "executeWrite" }]),
    );
  });
});
