// Issue 14, point 4: a write batch that meets a transient failure is retried by the driver (managed
// write transaction) and ends stored exactly once. The failure is real: the batch's connection runs
// through a TCP relay (tests/helpers/tcp-proxy.ts) that is cut while the batch's transaction is open on
// the server — held there because another transaction owns the write lock — and the driver, seeing
// the connection die, runs the whole transaction again on a new one. The server rolls back the first
// attempt, which never reached COMMIT.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { clearDb, openTestDb } from "../helpers/db.js";
import { tcpProxy, type TcpProxy } from "../helpers/tcp-proxy.js";
import { connect, type Db } from "../../src/store/connection.js";
import { applySchema } from "../../src/store/schema.js";
import { writeArticles } from "../../src/store/write-article.js";
import { reliabilityFrom } from "../../src/graph/source-reliability.js";
import { country, extraction, person, query, relation } from "./store-helpers.js";

let db: Db;
let proxy: TcpProxy;
let proxied: Db;
beforeAll(async () => {
  db = await openTestDb();
  await clearDb(db);
  await applySchema(db);
  proxy = await tcpProxy(db.target.uri);
  proxied = await connect({ ...db.target, uri: proxy.uri });
});
afterAll(async () => {
  vi.restoreAllMocks();
  await proxied?.close();
  await proxy?.close();
  await db?.close();
});

/** Counts how often the driver runs a managed write transaction's work (1 = no retry). */
function countAttempts(driver: Driver): { attempts: number } {
  const seen = { attempts: 0 };
  const openSession = driver.session.bind(driver);
  vi.spyOn(driver, "session").mockImplementation((config) => {
    const session = openSession(config);
    const executeWrite = session.executeWrite.bind(session);
    session.executeWrite = ((work: (tx: ManagedTransaction) => Promise<unknown>, cfg?: object) =>
      executeWrite((tx) => {
        seen.attempts++;
        return work(tx);
      }, cfg)) as typeof session.executeWrite;
    return session;
  });
  return seen;
}

async function until(check: () => Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

it("a write batch cut off mid-transaction is retried and stored exactly once", async () => {
  const ana = person("ana-retrova", "Ana Retrova");
  const bo = person("bo-again", "Bo Again");
  const norland = country("norland", "Norland");
  const batch = ["retry-1", "retry-2", "retry-3"].map((id) =>
    extraction(
      id,
      `hash-${id}`,
      [ana, bo, norland],
      [relation(id, "MET", ana, bo, "asserted"), relation(id, "VISITED", ana, norland, "reported")],
      { published: "2024-06-01" },
    ),
  );
  // Another writer holds the write lock (write-lock.ts), so the batch's transaction waits on the server.
  await query(db, "MERGE (l:WriteLock {id: 'geokg'}) SET l.at = datetime()");
  const holder = db.driver.session({ database: db.database });
  const lock = holder.beginTransaction();
  await lock.run("MATCH (l:WriteLock {id: 'geokg'}) SET l.at = datetime()");

  const seen = countAttempts(proxied.driver);
  const written = writeArticles(proxied, batch, {
    reliability: reliabilityFrom({ outlets: {}, default: 1 }),
  });
  written.catch(() => {}); // awaited below; a rejection before then must not count as unhandled
  try {
    await until(async () => {
      const rows = await query(
        db,
        `SHOW TRANSACTIONS YIELD currentQuery, status
         WHERE currentQuery CONTAINS 'WriteLock' AND status STARTS WITH 'Blocked' RETURN count(*) AS n`,
      );
      return Number(rows[0].n) > 0;
    }, "the batch to wait for the write lock");
    expect(seen.attempts).toBe(1);
    // The network fails under the open transaction; the relay comes back for the retry.
    await proxy.close();
    await proxy.reopen();
  } finally {
    await lock.commit();
    await holder.close();
  }
  const result = await written;

  expect(seen.attempts).toBeGreaterThanOrEqual(2);
  expect(result.stored.sort()).toEqual(["retry-1", "retry-2", "retry-3"]);
  const [stored] = await query(
    db,
    `MATCH (a:Article) WHERE a.id STARTS WITH 'retry-'
     OPTIONAL MATCH (a)-[:ASSERTS]->(c:Claim)
     RETURN count(DISTINCT a) AS articles, count(c) AS claims`,
  );
  expect([Number(stored.articles), Number(stored.claims)]).toEqual([3, 6]);
  const [met] = await query(
    db,
    `MATCH (:Entity {id: $a})-[r:MET]-(:Entity {id: $b}) RETURN count(r) AS relations, r.articles AS articles`,
    { a: ana.id, b: bo.id },
  );
  expect(Number(met.relations)).toBe(1);
  expect(Number(met.articles)).toBe(3);
  const [entities] = await query(db, "MATCH (e:Entity) WHERE e.id IN $ids RETURN count(e) AS n", {
    ids: [ana.id, bo.id, norland.id],
  });
  expect(Number(entities.n)).toBe(3);
}, 120_000);
