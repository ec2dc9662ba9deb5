// The HTTP API against the real Neo4j, with articles loaded through the real ingest pipeline.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MultiDirectedGraph } from "graphology";
import { startServer, type RunningServer } from "../../src/api/server.js";
import { ingest } from "../../src/ingest/index.js";
import type { Db } from "../../src/store/connection.js";
import { clearDb, openTestDb } from "../helpers/db.js";
import { snapshot } from "./store-helpers.js";
import { readGraph } from "../../src/store/read-graph.js";
import { writeFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { API_ARTICLES, fixtureTexts, writeApiArticles, XSS } from "./api-fixtures.js";
import { rawRequest } from "../helpers/http.js";
import { tcpProxy } from "../helpers/tcp-proxy.js";
import { connect, SERVE_CONNECT } from "../../src/store/connection.js";

let db: Db;
let server: RunningServer;
let base: string;

// `any`: response bodies are JSON of many shapes; each test checks the fields it relies on.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Reply = { status: number; body: any };

async function get(path: string): Promise<Reply> {
  const res = await fetch(new URL(path, base));
  const text = await res.text();
  return {
    status: res.status,
    body: res.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text,
  };
}

async function post(path: string, body: unknown, srv = base): Promise<Reply> {
  const res = await fetch(new URL(path, srv), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

/** A JSON error: status, an `error` message, and nothing that looks like a stack trace. */
function expectJsonError(r: Reply, status: number, mentions?: RegExp): void {
  expect(r.status).toBe(status);
  expect(typeof r.body.error).toBe("string");
  expect(JSON.stringify(r.body)).not.toMatch(/\bat .*\.(ts|js):\d+|node_modules|stack/);
  if (mentions) expect(r.body.error).toMatch(mentions);
}

beforeAll(async () => {
  db = await openTestDb();
  await clearDb(db);
  const summary = await ingest(db, [await writeApiArticles()], { progress: false });
  expect(summary.failed).toEqual([]);
  expect(summary.stored).toBe(API_ARTICLES.length);
  server = await startServer(db, { port: 0 });
  base = server.url;
});

afterAll(async () => {
  await server?.close();
  await db?.close();
});

describe("GET /api/health", () => {
  it("reports the server and Neo4j as up", async () => {
    const r = await get("/api/health");
    expect(r.status).toBe(200);
    expect(r.body.status).toBe("ok");
    expect(r.body.neo4j.status).toBe("up");
    expect(r.body.neo4j.uri).toBe(db.target.uri);
    // The connection target holds the password; it must never leave the server.
    expect(JSON.stringify(r.body)).not.toContain(db.target.password);
  });
});

describe("GET /api/graph", () => {
  it("returns a graphology serialisation of the stored graph", async () => {
    const r = await get("/api/graph");
    expect(r.status).toBe(200);
    const graph = MultiDirectedGraph.from(r.body);
    expect(graph.order).toBeGreaterThan(2);
    expect(graph.size).toBeGreaterThan(0);
    const names = graph.mapNodes((_n, a) => String(a.name));
    expect(names.some((n) => /Lavrov/.test(n))).toBe(true);
  });

  it("filters by entity type", async () => {
    const r = await get("/api/graph?types=Person");
    expect(r.status).toBe(200);
    const graph = MultiDirectedGraph.from(r.body);
    expect(graph.order).toBeGreaterThan(0);
    graph.forEachNode((_n, a) => expect(a.entityType).toBe("Person"));
  });

  it("rejects bad filters with a 400 naming the parameter", async () => {
    expectJsonError(await get("/api/graph?types=Alien"), 400, /types/);
    expectJsonError(await get("/api/graph?minSources=many"), 400, /minSources/);
    expectJsonError(await get("/api/graph?from=last-week"), 400, /from/);
    expectJsonError(await get("/api/graph?colour=red"), 400, /colour/);
    // Issue 12: an impossible date and a hex number were accepted.
    expectJsonError(
      await get("/api/graph?from=2024-13-45"),
      400,
      /from: "2024-13-45" is not a calendar date/,
    );
    expectJsonError(await get("/api/graph?minSources=0x10"), 400, /minSources: expected a whole number/);
    expectJsonError(await get("/api/articles?limit=1e2"), 400, /limit/);
    expectJsonError(await get("/api/entities?q=x&limit=0x10"), 400, /limit/);
    expect((await get("/api/graph?from=2024-02-29&minSources=1")).status).toBe(200);
  });
});

describe("GET /api/entities", () => {
  it("finds an entity by name prefix and by a misspelling", async () => {
    const prefix = await get("/api/entities?q=Lavr");
    expect(prefix.status).toBe(200);
    expect(prefix.body.results[0].name).toMatch(/Lavrov/);
    const fuzzy = await get("/api/entities?q=Lavrof");
    expect(fuzzy.body.results.map((h: { name: string }) => h.name)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Lavrov/)]),
    );
  });

  it("needs a query", async () => {
    expectJsonError(await get("/api/entities"), 400, /q/);
    expectJsonError(await get("/api/entities?q=%20%20"), 400, /q/);
  });

  it("returns an entity card with relations grouped by type and the articles mentioning it", async () => {
    const hit = (await get("/api/entities?q=Lavrov")).body.results[0];
    const r = await get(`/api/entities/${encodeURIComponent(hit.id)}`);
    expect(r.status).toBe(200);
    expect(r.body.type).toBe("Person");
    expect(r.body.name).toMatch(/Lavrov/);
    expect(Object.keys(r.body.relations).length).toBeGreaterThan(0);
    for (const [type, rels] of Object.entries(r.body.relations as Record<string, { type: string }[]>)) {
      for (const rel of rels) expect(rel.type).toBe(type);
    }
    const articleIds = r.body.articles.map((a: { id: string }) => a.id);
    expect(articleIds).toEqual(expect.arrayContaining(["api-test-1", "api-test-3"]));
  });

  it("answers 404 for an unknown entity", async () => {
    expectJsonError(await get("/api/entities/person%3Anobody-at-all"), 404, /person:nobody-at-all/);
  });
});

describe("GET /api/relations/:id", () => {
  it("returns the evidence sentences with their articles", async () => {
    const graph = MultiDirectedGraph.from((await get("/api/graph")).body);
    const edge = graph.edges()[0];
    const r = await get(`/api/relations/${encodeURIComponent(edge)}`);
    expect(r.status).toBe(200);
    expect(r.body.id).toBe(edge);
    expect(r.body.evidence.length).toBeGreaterThan(0);
    const texts = fixtureTexts();
    for (const ev of r.body.evidence) {
      expect(ev.sentences.length).toBeGreaterThan(0);
      for (const s of ev.sentences) expect(texts.some((t) => t.includes(s))).toBe(true);
      const article = API_ARTICLES.find((a) => a.id === ev.article.id);
      expect(article).toBeDefined();
      expect(ev.article.title).toBe(article!.title);
      expect(ev.article.source).toBe(article!.source);
      expect(ev.article.published).toBe(article!.published);
      expect(ev.article.url).toBe(article!.url);
    }
  });

  it("answers 404 for an unknown relation", async () => {
    expectJsonError(await get("/api/relations/MET%3Ax%3Ay"), 404);
  });
});

describe("GET /api/articles", () => {
  it("lists the stored articles, paged", async () => {
    const r = await get("/api/articles");
    expect(r.status).toBe(200);
    expect(r.body.total).toBe(API_ARTICLES.length);
    expect(r.body.articles.map((a: { id: string }) => a.id).sort()).toEqual(
      API_ARTICLES.map((a) => a.id).sort(),
    );
    const page = await get("/api/articles?limit=1&offset=1");
    expect(page.body.articles).toHaveLength(1);
    expectJsonError(await get("/api/articles?limit=0"), 400, /limit/);
  });

  it("returns one article with its mentions and claims, title kept as plain text", async () => {
    const r = await get("/api/articles/api-test-2");
    expect(r.status).toBe(200);
    expect(r.body.title).toBe(`Leaders confer ${XSS} in Paris`);
    expect(r.body.mentions.length).toBeGreaterThan(0);
    expectJsonError(await get("/api/articles/no-such-article"), 404, /no-such-article/);
  });
});

describe("POST /api/cypher", () => {
  it("runs a read-only query and returns columns, rows and the subgraph", async () => {
    const r = await post("/api/cypher", {
      query: "MATCH (a:Person)-[r:MET]-(b:Person) RETURN a, r, b",
      params: {},
    });
    expect(r.status).toBe(200);
    expect(r.body.columns).toEqual(["a", "r", "b"]);
    expect(r.body.rows.length).toBeGreaterThan(0);
    expect(MultiDirectedGraph.from(r.body.graph).order).toBeGreaterThan(1);
  });

  it("passes parameters", async () => {
    const r = await post("/api/cypher", {
      query: "MATCH (a:Article {id: $id}) RETURN a.title AS title",
      params: { id: "api-test-1" },
    });
    expect(r.status).toBe(200);
    expect(r.body.rows).toEqual([{ title: API_ARTICLES[0].title }]);
  });

  const refused: [string, string][] = [
    ["CREATE", "CREATE (n:Intruder {name: 'x'}) RETURN n"],
    ["MERGE", "MERGE (n:Intruder {name: 'x'}) RETURN n"],
    ["SET", "MATCH (e:Entity) SET e.name = 'changed' RETURN count(e)"],
    ["DELETE", "MATCH (c:Claim) DELETE c"],
    ["DETACH DELETE", "MATCH (n) DETACH DELETE n"],
    ["REMOVE", "MATCH (e:Entity) REMOVE e.name RETURN count(e)"],
    ["LOAD CSV", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"],
    [
      "CALL IN TRANSACTIONS",
      "MATCH (e:Entity) CALL { WITH e SET e.touched = true } IN TRANSACTIONS OF 10 ROWS",
    ],
    [
      "CALL IN TRANSACTIONS (read)",
      "UNWIND [1, 2] AS i CALL { WITH i RETURN i * 2 AS j } IN TRANSACTIONS RETURN j",
    ],
    ["dbms.listConfig", "CALL dbms.listConfig() YIELD name RETURN name"],
    ["dbms.killQueries", "CALL dbms.killQueries(['query-1'])"],
    ["dbms.security.createUser", "CALL dbms.security.createUser('mallory', 'secret-password', false)"],
    ["db.createLabel", "CALL db.createLabel('Intruder')"],
    ["USE system", "USE system SHOW USERS"],
    ["USE system MATCH", "USE system MATCH (n) RETURN n"],
    ["CREATE USER", "CREATE USER mallory SET PASSWORD 'secret-password'"],
    ["DROP ROLE", "DROP ROLE reader"],
    ["GRANT", "GRANT ROLE admin TO mallory"],
  ];

  it.each(refused)("refuses %s with a 400 and leaves the database unchanged", async (_name, query) => {
    const before = await snapshot(db);
    const labelsBefore = await db.driver.executeQuery(
      "CALL db.labels() YIELD label RETURN collect(label) AS l",
      {},
      { database: db.database },
    );
    const r = await post("/api/cypher", { query });
    expectJsonError(r, 400, /refused/);
    expect(await snapshot(db)).toEqual(before);
    const labelsAfter = await db.driver.executeQuery(
      "CALL db.labels() YIELD label RETURN collect(label) AS l",
      {},
      { database: db.database },
    );
    expect(labelsAfter.records[0].get("l")).toEqual(labelsBefore.records[0].get("l"));
    expect(labelsAfter.records[0].get("l")).not.toContain("Intruder");
  });

  it("validates the body", async () => {
    expectJsonError(await post("/api/cypher", { params: {} }), 400, /query/);
    expectJsonError(await post("/api/cypher", { query: "RETURN 1", extra: true }), 400);
    expectJsonError(await post("/api/cypher", "{not json"), 400, /JSON/);
    expectJsonError(await post("/api/cypher", { query: "RETURN 1", pad: "x".repeat(200_000) }), 413);
  });

  it("caps rows and stops slow queries", async () => {
    const strict = await startServer(db, { port: 0, cypher: { maxRows: 5, timeoutMs: 300 } });
    try {
      const capped = await post("/api/cypher", { query: "UNWIND range(1, 1000) AS i RETURN i" }, strict.url);
      expect(capped.status).toBe(200);
      expect(capped.body.rows).toHaveLength(5);
      expect(capped.body.truncated).toBe(true);
      const slow = await post(
        "/api/cypher",
        { query: "UNWIND range(1, 2000000000) AS i WITH i WHERE i % 1000000007 = 0 RETURN count(i) AS n" },
        strict.url,
      );
      expectJsonError(slow, 400, /300 ms/);
    } finally {
      await strict.close();
    }
  });

  it("answers a query over the memory limit with a 400 at once (it was retried for 49 s, then a 500)", async () => {
    const started = Date.now();
    const r = await post("/api/cypher", {
      query: "UNWIND range(1, 40000000) AS i WITH collect(toString(i)) AS l RETURN size(l) AS n",
    });
    expectJsonError(r, 400, /more memory than one query may use/);
    expect(Date.now() - started).toBeLessThan(25_000);
  });

  it("answers deep nesting, spying procedures and oversized parameters with a 400", async () => {
    const deep = `RETURN ${"(".repeat(1000)}1${")".repeat(1000)} AS x`;
    expectJsonError(await post("/api/cypher", { query: deep }), 400, /nested too deeply/);
    expectJsonError(
      await post("/api/cypher", { query: "CALL db.stats.retrieve('QUERIES')" }),
      400,
      /procedure db\.stats\.retrieve is not allowed/,
    );
    const nested = `{"query": "RETURN $p", "params": {"p": ${"[".repeat(5000)}1${"]".repeat(5000)}}}`;
    expectJsonError(await post("/api/cypher", nested), 400, /nested too deeply/);
  });
});

describe("GET /api/export", () => {
  it("exports graphology JSON, GEXF and GraphML", async () => {
    const json = await get("/api/export?format=json");
    expect(json.status).toBe(200);
    expect(MultiDirectedGraph.from(json.body).order).toBeGreaterThan(0);
    const gexf = await get("/api/export?format=gexf&types=Person");
    expect(gexf.status).toBe(200);
    expect(gexf.body).toMatch(/^<\?xml[\s\S]*<gexf[\s\S]*Lavrov/);
    const graphml = await get("/api/export?format=graphml");
    expect(graphml.status).toBe(200);
    expect(graphml.body).toMatch(/<graphml[\s\S]*Lavrov/);
    expectJsonError(await get("/api/export?format=pdf"), 400, /format/);
  });
});

describe("routing and errors", () => {
  it("answers unknown API paths with a JSON 404", async () => {
    expectJsonError(await get("/api/nothing-here"), 404);
  });

  it("binds to 127.0.0.1 by default and sends no CORS header unless asked", async () => {
    expect(new URL(base).hostname).toBe("127.0.0.1");
    const res = await fetch(new URL("/api/health", base), { headers: { Origin: "http://elsewhere.test" } });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    const open = await startServer(db, { port: 0, cors: true });
    try {
      const res2 = await fetch(new URL("/api/health", open.url), {
        headers: { Origin: "http://elsewhere.test" },
      });
      expect(res2.headers.get("access-control-allow-origin")).toBe("*");
    } finally {
      await open.close();
    }
  });
});

describe("Host and Origin guard (DNS rebinding)", () => {
  it("answers only the names it serves: loopback names and the bound host", async () => {
    const port = Number(new URL(base).port);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, "LOCALHOST"]) {
      expect((await rawRequest(base, { path: "/api/health", host })).status).toBe(200);
    }
    for (const host of ["attacker.example", `attacker.example:${port}`, "127.0.0.1.attacker.example"]) {
      const r = await rawRequest(base, { path: "/api/graph", host });
      expect(r.status).toBe(403);
      expect(JSON.parse(r.body).error).toMatch(/--allow-host/);
    }
    // No Host at all: Node refuses HTTP/1.1 requests without one before geokg sees them.
    expect((await rawRequest(base, { path: "/api/graph", host: "" })).status).toBe(400);
    // The viewer's files too: a rebound page must not even load them.
    expect((await rawRequest(base, { path: "/", host: "attacker.example" })).status).toBe(403);
  });

  it("answers names added with allowHosts", async () => {
    const open = await startServer(db, { port: 0, allowHosts: ["geokg.lan", "10.0.0.7"] });
    try {
      for (const host of ["geokg.lan", "GEOKG.LAN:8080", "10.0.0.7"])
        expect((await rawRequest(open.url, { path: "/api/health", host })).status).toBe(200);
      expect((await rawRequest(open.url, { path: "/api/health", host: "other.lan" })).status).toBe(403);
    } finally {
      await open.close();
    }
  });

  it("refuses POSTs from a foreign Origin, and accepts its own", async () => {
    const port = Number(new URL(base).port);
    const body = JSON.stringify({ query: "RETURN 1 AS one" });
    const send = (origin: string) =>
      rawRequest(base, { path: "/api/cypher", method: "POST", body, headers: { Origin: origin } });
    expect((await send("http://attacker.example")).status).toBe(403);
    expect((await send("null")).status).toBe(403);
    expect((await send(`http://localhost:${port + 1}`)).status).toBe(403);
    expect((await send(`http://127.0.0.1:${port}`)).status).toBe(200);
    // No Origin (curl, scripts): nothing to check.
    expect((await rawRequest(base, { path: "/api/cypher", method: "POST", body })).status).toBe(200);
  });
});

describe("when Neo4j goes away", () => {
  it("answers 503 within 5 s (it took 30-66 s), at once after that, and recovers when Neo4j is back", async () => {
    const proxy = await tcpProxy(db.target.uri);
    const viaProxy = await connect({ ...db.target, uri: proxy.uri }, SERVE_CONNECT);
    const served = await startServer(viaProxy, { port: 0 });
    const timed = async (path: string) => {
      const started = Date.now();
      const res = await fetch(new URL(path, served.url));
      await res.text();
      return { status: res.status, ms: Date.now() - started };
    };
    try {
      expect((await timed("/api/graph")).status).toBe(200);
      await proxy.close();
      const first = await timed("/api/graph");
      expect(first.status).toBe(503);
      expect(first.ms).toBeLessThan(5_000);
      for (const path of ["/api/entities?q=Lavrov", "/api/articles", "/api/health"]) {
        const r = await timed(path);
        expect(r.status).toBe(503);
        expect(r.ms).toBeLessThan(1_000);
      }
      await proxy.reopen();
      let back = await timed("/api/graph");
      for (let i = 0; back.status !== 200 && i < 50; i++) {
        await new Promise((r) => setTimeout(r, 200));
        back = await timed("/api/graph");
      }
      expect(back.status).toBe(200);
      expect((await timed("/api/health")).status).toBe(200);
    } finally {
      await served.close();
      await viaProxy.close();
      await proxy.close();
    }
  });
});

describe("graph cache", () => {
  it("serves a graph that follows a later ingest, and answers 304 while nothing changed", async () => {
    const before = MultiDirectedGraph.from((await get("/api/graph")).body);
    const dir = await mkdtemp(join(tmpdir(), "geokg-api-more-"));
    await writeFile(
      join(dir, "more.json"),
      JSON.stringify({
        id: "api-test-4",
        title: "Envoy visits Canada",
        source: "Test Post",
        published: "2024-07-01",
        text: "Sergey Lavrov held talks with Wang Yi in Ottawa on Friday.\n\nSergey Lavrov visited Canada on Friday.",
      }),
    );
    const etag = (await fetch(new URL("/api/graph", base))).headers.get("etag");
    expect(etag).toBeTruthy();
    const revalidate = () => fetch(new URL("/api/graph", base), { headers: { "If-None-Match": etag! } });
    // Unchanged database: the browser's copy is still good, and no body is sent.
    const unchanged = await revalidate();
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe("");
    const summary = await ingest(db, [dir], { progress: false });
    expect(summary.stored).toBe(1);
    // Changed: the old validator no longer holds.
    const changed = await revalidate();
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    const after = MultiDirectedGraph.from((await get("/api/graph")).body);
    const fresh = await readGraph(db);
    expect(after.nodes().sort()).toEqual(fresh.nodes().sort());
    expect(after.edges().sort()).toEqual(fresh.edges().sort());
    expect(after.order + after.size).toBeGreaterThan(before.order + before.size);
  });
});
