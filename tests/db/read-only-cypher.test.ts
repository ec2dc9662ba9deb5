// The read-only guard against the real Neo4j: every write, admin and outside-reaching form is refused
// with a clear reason and leaves the database exactly as it was; reads work, with a row cap, JSON
// values and a graphology subgraph.
import { createServer, type AddressInfo, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import neo4j from "neo4j-driver";
import { MultiDirectedGraph } from "graphology";
import type { Db } from "../../src/store/connection.js";
import { CypherRejected, DEADLINE_MARGIN_MS, runReadOnlyCypher } from "../../src/store/read-only-cypher.js";
import { openAnalystGraph } from "./query-fixture.js";

let db: Db;

/** Every label/type with its count, plus property count: equal snapshots mean nothing changed. */
async function snapshot(): Promise<string> {
  const res = await db.driver.executeQuery(
    `CALL () { MATCH (n) UNWIND labels(n) AS l RETURN 'node:' + l AS k, count(*) AS n
               UNION ALL MATCH ()-[r]->() RETURN 'rel:' + type(r) AS k, count(*) AS n
               UNION ALL MATCH (n) RETURN 'props' AS k, sum(size(keys(n))) AS n }
     RETURN k, n ORDER BY k`,
    {},
    { database: db.database },
  );
  const indexes = await db.driver.executeQuery(
    "SHOW INDEXES YIELD name RETURN collect(name) AS names",
    {},
    { database: db.database },
  );
  return JSON.stringify([
    res.records.map((r) => [r.get("k"), r.get("n").toString()]),
    indexes.records[0].get("names"),
  ]);
}

beforeAll(async () => {
  db = await openAnalystGraph();
});
afterAll(async () => {
  await db?.close();
});

const refused: [string, string, RegExp][] = [
  ["CREATE", "CREATE (n:Entity {id: 'x', name: 'X'}) RETURN n", /only read-only queries.*writes/],
  ["MERGE", "MERGE (n:Entity {id: 'person:olaf-scholz'}) RETURN n", /only read-only queries/],
  ["SET", "MATCH (n:Entity) SET n.name = 'changed'", /only read-only queries.*writes/],
  ["DELETE", "MATCH (n:Claim) DETACH DELETE n", /only read-only queries.*writes/],
  ["REMOVE", "MATCH (n:Entity) REMOVE n.aliases", /only read-only queries.*writes/],
  [
    "write hidden in a subquery",
    "MATCH (n:Entity) CALL (n) { SET n.x = 1 } RETURN count(*) AS c",
    /only read-only queries/,
  ],
  [
    "FOREACH write",
    "MATCH (n:Entity) WITH collect(n) AS ns FOREACH (m IN ns | SET m.y = 2)",
    /only read-only queries/,
  ],
  [
    "CREATE INDEX",
    "CREATE INDEX foo IF NOT EXISTS FOR (n:Entity) ON (n.foo)",
    /only read-only queries.*schema/,
  ],
  ["DROP CONSTRAINT", "DROP CONSTRAINT entity_id", /only read-only queries/],
  ["LOAD CSV", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", /LOAD CSV is not allowed/],
  [
    "IN TRANSACTIONS",
    "MATCH (n) CALL (n) { RETURN n.id AS id } IN TRANSACTIONS RETURN id",
    /IN TRANSACTIONS is not allowed/,
  ],
  ["USE system", "USE system SHOW USERS", /USE is not allowed/],
  [
    "USE in a subquery",
    "CALL () { USE system SHOW USERS YIELD user RETURN user } RETURN user",
    /USE is not allowed/,
  ],
  ["SHOW USERS", "SHOW USERS", /administration commands/],
  ["CREATE USER", "CREATE USER mallory SET PASSWORD 'secret-pass-1'", /administration commands/],
  ["GRANT", "GRANT ROLE admin TO mallory", /administration commands/],
  ["CREATE DATABASE", "CREATE DATABASE other", /administration commands/],
  ["SHOW TRANSACTIONS", "SHOW TRANSACTIONS", /administration commands/],
  ["TERMINATE", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /administration commands/],
  ["dbms procedure", "CALL dbms.components()", /dbms\.\* procedures are not allowed/],
  ["db.create procedure", "CALL db.createLabel('Evil')", /db\.create\*/],
  ["db.clear procedure", "CALL db.clearQueryCaches()", /db\.create\*\/db\.drop\*\/db\.clear\*/],
  ["apoc", "RETURN apoc.version() AS v", /apoc\.\* procedures and functions are not allowed/],
  ["PROFILE", "PROFILE MATCH (n) RETURN n", /leave out EXPLAIN\/PROFILE/],
  ["empty", "   ", /empty query/],
];

describe("runReadOnlyCypher refuses", () => {
  for (const [what, query, reason] of refused) {
    it(`${what}, leaving the database unchanged`, async () => {
      const before = await snapshot();
      const err = await runReadOnlyCypher(db, query, {}).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CypherRejected);
      expect((err as Error).message).toMatch(reason);
      expect(await snapshot()).toBe(before);
    });
  }

  it("a write the keyword check cannot see is still refused by the plan (queryType)", async () => {
    // No write keyword appears at the start or as a known form: only Neo4j's plan says it writes.
    const before = await snapshot();
    await expect(
      runReadOnlyCypher(db, "MATCH (n:Entity) WITH n LIMIT 1 MERGE (n)-[:SUPPORTS]->(n)", {}),
    ).rejects.toThrow(CypherRejected);
    expect(await snapshot()).toBe(before);
  });

  it("syntax errors surface as Neo4j client errors, not refusals", async () => {
    const err = (await runReadOnlyCypher(db, "MATCH (n RETURN n", {}).catch((e: unknown) => e)) as {
      code?: string;
    };
    expect(err).not.toBeInstanceOf(CypherRejected);
    expect(err.code).toMatch(/^Neo\.ClientError\.Statement\.SyntaxError/);
  });
});

describe("runReadOnlyCypher reads", () => {
  it("returns columns and JSON rows (Integer → number, temporal → ISO string, lists, maps)", async () => {
    const r = await runReadOnlyCypher(
      db,
      "RETURN 42 AS i, date('2024-06-19') AS d, [1, 2.5, 'x'] AS l, {k: 7} AS m, $p AS p",
      { p: "param" },
    );
    expect(r.columns).toEqual(["i", "d", "l", "m", "p"]);
    expect(r.rows).toEqual([{ i: 42, d: "2024-06-19", l: [1, 2.5, "x"], m: { k: 7 }, p: "param" }]);
    expect(r.truncated).toBe(false);
    expect(r.graph).toBeUndefined();
  });

  it("words of refused forms inside strings, comments or as a column name are not refused", async () => {
    const r = await runReadOnlyCypher(
      db,
      "// USE system; LOAD CSV\nRETURN 'load csv from apoc.x, USE system' AS use",
      {},
    );
    expect(r.rows).toEqual([{ use: "load csv from apoc.x, USE system" }]);
  });

  it("caps rows at maxRows and says so", async () => {
    const r = await runReadOnlyCypher(db, "UNWIND range(1, 50) AS x RETURN x", {}, { maxRows: 10 });
    expect(r.rows.map((row) => row.x)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(r.truncated).toBe(true);
    const exact = await runReadOnlyCypher(db, "UNWIND range(1, 10) AS x RETURN x", {}, { maxRows: 10 });
    expect(exact.truncated).toBe(false);
  });

  it("gives columns even when there are no rows", async () => {
    const r = await runReadOnlyCypher(db, "MATCH (n:Entity {id: 'nobody'}) RETURN n.name AS name", {});
    expect(r).toMatchObject({ columns: ["name"], rows: [], truncated: false });
  });

  it("returns nodes, relationships and paths as JSON plus a graphology subgraph keyed by entity id", async () => {
    const r = await runReadOnlyCypher(
      db,
      "MATCH p = (a:Entity {id: 'country:germany'})-[r:SUPPLIED_ARMS_TO]->(b:Entity) RETURN a, r, b, p",
      {},
    );
    expect(r.rows).toHaveLength(1);
    const row = r.rows[0] as {
      a: { labels: string[]; properties: { name: string } };
      r: { type: string };
      p: { nodes: unknown[] };
    };
    expect(row.a.labels.sort()).toEqual(["Country", "Entity"]);
    expect(row.a.properties.name).toBe("Germany");
    expect(row.r.type).toBe("SUPPLIED_ARMS_TO");
    expect(row.p.nodes).toHaveLength(2);
    const g = MultiDirectedGraph.from(r.graph!);
    expect(g.nodes().sort()).toEqual(["country:germany", "country:ukraine"]);
    expect(g.getNodeAttribute("country:germany", "entityType")).toBe("Country");
    expect(g.size).toBe(1);
    expect(g.getEdgeAttribute(g.edges()[0], "type")).toBe("SUPPLIED_ARMS_TO");
  });

  it("stops a query at the transaction timeout", async () => {
    const slow =
      // ~10^10 rows: far beyond any timeout, so only the transaction timeout can end it (a smaller
      // product finished inside 200 ms on an idle machine).
      "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b WITH a, b WHERE (a * b) % 9999991 = 5 RETURN count(*) AS c";
    await expect(runReadOnlyCypher(db, slow, {}, { timeoutMs: 200 })).rejects.toThrow(
      /timeout|terminated|TransactionTimedOut/i,
    );
  });
});

// Issue 12: requests that exhausted, hung or spied on the database through the read-only gate.
describe("runReadOnlyCypher under attack", () => {
  const deep = (n: number) => `RETURN ${"(".repeat(n)}1${")".repeat(n)} AS x`;

  it("refuses deep nesting before it reaches Neo4j (its parser never answered such queries)", async () => {
    const forms = [
      deep(1000),
      `RETURN ${"NOT ".repeat(1000)}true AS x`,
      `RETURN size(${"[".repeat(500)}1${"]".repeat(500)}) AS x`,
      `WITH {a: 1} AS m RETURN m${".a".repeat(1000)} AS x`,
      `RETURN 1${"+1".repeat(5000)} AS x`,
    ];
    for (const query of forms) {
      const started = Date.now();
      const err = await runReadOnlyCypher(db, query, {}).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CypherRejected);
      expect((err as Error).message).toMatch(/nested too deeply/);
      expect(Date.now() - started).toBeLessThan(2_000);
    }
    // Ordinary nesting still runs.
    expect((await runReadOnlyCypher(db, deep(20), {})).rows).toEqual([{ x: 1 }]);
  });

  it("refuses queries and parameters beyond the size bounds", async () => {
    const long = `RETURN 1 AS x ${"/* padding */ ".repeat(2000)}`;
    await expect(runReadOnlyCypher(db, long, {})).rejects.toThrow(
      /query is too long: 2\d{4} characters \(limit 20000\)/,
    );
    let nested: unknown = 1;
    for (let i = 0; i < 100; i++) nested = [nested];
    await expect(runReadOnlyCypher(db, "RETURN $p AS p", { p: nested })).rejects.toThrow(
      /parameter p is nested too deeply/,
    );
  });

  it("answers a query whose server never replies within the deadline", async () => {
    // A Bolt endpoint that accepts the connection and never says a word: the deadline, not the server,
    // ends the query. (Neo4j's own parser used to hang on deep nesting, but not on every run: a server
    // of our own hangs every time.)
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => {
      sockets.add(socket);
      socket.on("error", () => {});
    });
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as AddressInfo;
    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic("neo4j", "unused"), {
      maxTransactionRetryTime: 0,
    });
    try {
      const started = Date.now();
      const err = await runReadOnlyCypher({ driver }, "RETURN 1 AS one", {}, { timeoutMs: 1_000 }).catch(
        (e: unknown) => e,
      );
      expect((err as Error).name).toBe("CypherDeadlineExceeded");
      expect((err as Error).message).toMatch(`did not answer within ${1_000 + DEADLINE_MARGIN_MS} ms`);
      expect(Date.now() - started).toBeLessThan(1_000 + DEADLINE_MARGIN_MS + 3_000);
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
      await driver.close().catch(() => {});
    }
    // The store's own connections were never involved: other reads go on.
    expect(
      (await db.driver.executeQuery("RETURN 1 AS one", {}, { database: db.database })).records,
    ).toHaveLength(1);
  });

  const procedures: [string, string][] = [
    ["db.stats.retrieve (other clients' queries)", "CALL db.stats.retrieve('QUERIES')"],
    ["db.stats.collect", "CALL db.stats.collect('QUERIES')"],
    ["db.stats.clear", "CALL db.stats.clear('QUERIES')"],
    ["db.stats.stop", "CALL db.stats.stop('QUERIES')"],
    ["db.prepareForReplanning", "CALL db.prepareForReplanning()"],
    ["db.resampleOutdatedIndexes", "CALL db.resampleOutdatedIndexes()"],
    ["a backquoted name", "CALL `db`.`stats`.`retrieve`('QUERIES')"],
    [
      "a procedure inside a subquery",
      "CALL () { CALL db.stats.retrieve('QUERIES') YIELD section RETURN section } RETURN section",
    ],
  ];
  for (const [what, query] of procedures) {
    it(`refuses ${what}: only allow-listed procedures run`, async () => {
      const err = await runReadOnlyCypher(db, query, {}).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CypherRejected);
      expect((err as Error).message).toMatch(/procedure db\.\S+ is not allowed/);
    });
  }

  it("runs the allow-listed procedures an analyst needs", async () => {
    for (const query of [
      "CALL db.labels() YIELD label RETURN label",
      "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType",
      "CALL db.schema.visualization()",
      "CALL db.ping()",
      "CALL db.index.fulltext.queryNodes('entityNames', 'Germany') YIELD node RETURN node.name AS name",
    ]) {
      await expect(runReadOnlyCypher(db, query, {})).resolves.toMatchObject({ truncated: false });
    }
  });

  it("does not retry a query that exceeds the transaction memory limit", async () => {
    const started = Date.now();
    const err = await runReadOnlyCypher(
      db,
      "UNWIND range(1, 40000000) AS i WITH collect(toString(i)) AS l RETURN size(l) AS n",
      {},
      { timeoutMs: 60_000 },
    ).catch((e: unknown) => e);
    expect((err as { code?: string }).code).toMatch(/MemoryPoolOutOfMemoryError|OutOfMemoryError/);
    // One attempt takes a few seconds; the driver's retries took 49 s.
    expect(Date.now() - started).toBeLessThan(25_000);
  });

  it("bounds the bytes of a result as well as its rows, and says it truncated", async () => {
    // 100 rows of 1 MiB each: far below the row cap, far above the byte budget.
    const r = await runReadOnlyCypher(
      db,
      "UNWIND range(1, 100) AS i RETURN i, reduce(s = 'x', k IN range(1, 20) | s + s) AS blob",
      {},
      { maxBytes: 4 * 1024 * 1024 },
    );
    expect(r.truncated).toBe(true);
    expect(r.rows.length).toBeGreaterThan(0);
    expect(r.rows.length).toBeLessThanOrEqual(4);
    expect(JSON.stringify(r.rows).length).toBeLessThanOrEqual(4 * 1024 * 1024 + 100);
  });
});
