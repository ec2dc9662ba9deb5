// Ingest end to end against the real Neo4j: the sample corpus, re-ingest, bad files, kill and re-run.
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config.js";
import { ingest, IngestStopped } from "../../src/ingest/index.js";
import { connect, type Db } from "../../src/store/connection.js";
import { tcpProxy } from "../helpers/tcp-proxy.js";
import { clearDb, openTestDb } from "../helpers/db.js";
import { testArticle, writeTestArticles } from "../fixtures/ingest/write-articles.js";
import { query, snapshot } from "./store-helpers.js";

const SEEDS = join(PROJECT_ROOT, "..", "shared", "corpus", "seeds");

let db: Db;
let tmp: string;
beforeAll(async () => {
  db = await openTestDb();
  tmp = await mkdtemp(join(tmpdir(), "geokg-ingest-"));
});
afterAll(async () => {
  await db?.close();
  await rm(tmp, { recursive: true, force: true });
});

/** Claims per stored article: a half-written article would show up as a missing or short entry. */
async function claimsPerArticle(): Promise<Record<string, number>> {
  const rows = await query(
    db,
    "MATCH (a:Article) RETURN a.id AS id, COUNT { (a)-[:ASSERTS]->(:Claim) } AS n, COUNT { (a)-[:MENTIONS]->() } AS m",
  );
  return Object.fromEntries(rows.map((r) => [String(r.id), Number(r.n) * 1000 + Number(r.m)]));
}

describe("ingest", () => {
  it("builds the graph from the sample corpus, including the MET between Putin and Ri Hi Yong", async () => {
    await clearDb(db);
    const summary = await ingest(db, [SEEDS], { progress: false });
    expect(summary.failed).toEqual([]);
    expect(summary.read).toBe((await readdir(SEEDS)).length);
    expect(summary.stored).toBe(summary.read);
    expect(summary.relations).toBeGreaterThan(0);

    const met = await query(
      db,
      `MATCH (a:Person)-[r:MET]-(b:Person)
       WHERE (a.name = 'Vladimir Putin' OR 'Vladimir Putin' IN a.aliases)
         AND (b.name = 'Ri Hi Yong' OR 'Ri Hi Yong' IN b.aliases)
       UNWIND r.claimIds AS cid
       MATCH (:Article)-[:ASSERTS]->(c:Claim {id: cid})
       RETURN [a.name] + a.aliases AS aNames, [b.name] + b.aliases AS bNames, c.sentences AS sentences`,
    );
    expect(met.length).toBeGreaterThan(0);
    const withBoth = met.flatMap((m) =>
      (m.sentences as string[]).filter(
        (s) =>
          (m.aNames as string[]).some((n) => s.includes(n)) &&
          (m.bNames as string[]).some((n) => s.includes(n)),
      ),
    );
    expect(withBoth.length).toBeGreaterThan(0);
  });

  it("re-ingesting the same files changes nothing", async () => {
    const before = await snapshot(db);
    const summary = await ingest(db, [SEEDS], { progress: false });
    expect(summary.unchanged).toBe(summary.read);
    expect(summary.stored).toBe(0);
    expect(await snapshot(db)).toEqual(before);
  });

  it("reports bad files by name and stores the rest", async () => {
    await clearDb(db);
    const dir = join(tmp, "mixed");
    await writeTestArticles(dir, 3);
    await writeFile(join(dir, "empty.txt"), "");
    await writeFile(join(dir, "binary.txt"), Buffer.from([0, 159, 146, 150, 0, 255, 0, 1, 2, 3, 0, 0, 7]));
    const summary = await ingest(db, [dir], { progress: false });
    expect(summary.stored).toBe(3);
    expect(summary.failed.map((f) => f.file).sort()).toEqual([
      join(dir, "binary.txt"),
      join(dir, "empty.txt"),
    ]);
    for (const f of summary.failed) expect(f.error.length).toBeGreaterThan(0);
    expect(Number((await query(db, "MATCH (a:Article) RETURN count(a) AS n"))[0].n)).toBe(3);
  });

  it("an edited file replaces its own claims and leaves the other articles alone", async () => {
    await clearDb(db);
    const dir = join(tmp, "edit");
    const ids = await writeTestArticles(dir, 4);
    await ingest(db, [dir], { progress: false });
    const others = await query(db, "MATCH (c:Claim) WHERE c.articleId <> $id RETURN c.id AS id ORDER BY id", {
      id: ids[0],
    });
    // Same id (front matter), new text: another pair of countries.
    const edited = testArticle(7).body.replace(/^id: .*$/m, `id: ${ids[0]}`);
    await writeFile(join(dir, `${ids[0]}.md`), edited);
    const summary = await ingest(db, [dir], { progress: false });
    expect(summary.stored).toBe(1);
    expect(summary.unchanged).toBe(3);
    expect(
      await query(db, "MATCH (c:Claim) WHERE c.articleId <> $id RETURN c.id AS id ORDER BY id", {
        id: ids[0],
      }),
    ).toEqual(others);
    const mine = await query(db, "MATCH (:Article {id: $id})-[:ASSERTS]->(c:Claim) RETURN c.sentences AS s", {
      id: ids[0],
    });
    // Article 0 was about France and Japan; article 7's text is about Egypt and Poland.
    const text = mine.map((c) => (c.s as string[]).join(" ")).join(" ");
    expect(text).toMatch(/Egypt/);
    expect(text).not.toMatch(/France|Japan/);
  });

  it("keeps an asserting and a denying article apart as contested claims", async () => {
    await clearDb(db);
    const dir = join(tmp, "contested");
    await mkdir(dir, { recursive: true });
    const front = (id: string, source: string) =>
      `---\nid: ${id}\nsource: ${source}\npublished: 2024-04-03\n---\n\n`;
    await writeFile(
      join(dir, "yes.md"),
      `${front("t-yes", "Test Herald")}Norway sent troops to Chile, the defence ministry said.\n`,
    );
    await writeFile(
      join(dir, "no.md"),
      `${front("t-no", "Example Wire")}Norway denied that it sent troops to Chile, the foreign ministry said.\n`,
    );
    const summary = await ingest(db, [dir], { progress: false });
    expect(summary.stored).toBe(2);
    const claims = await query(
      db,
      `MATCH (s:Country)<-[:SUBJECT]-(c:Claim {type: 'SENT_TROOPS_TO'})-[:OBJECT]->(t:Country)
       RETURN s.name AS s, t.name AS t, c.articleId AS article, c.certainty AS certainty, c.contested AS contested
       ORDER BY article`,
    );
    expect(claims).toEqual([
      { s: "Norway", t: "Chile", article: "t-no", certainty: "denied", contested: true },
      { s: "Norway", t: "Chile", article: "t-yes", certainty: "asserted", contested: true },
    ]);
    expect(await query(db, "MATCH (c:Claim) RETURN DISTINCT c.disputes AS d")).toEqual([{ d: ["denial"] }]);
    expect(
      await query(
        db,
        "MATCH (:Country {name: 'Norway'})-[r:SENT_TROOPS_TO]->(:Country {name: 'Chile'}) RETURN r.contested AS c, r.certainties AS cs",
      ),
    ).toEqual([{ c: true, cs: ["asserted", "denied"] }]);
  });

  it("a killed ingest leaves whole articles only, and a re-run matches a clean run", async () => {
    const dir = join(tmp, "many");
    await writeTestArticles(dir, 150);
    // Reference: a clean, uninterrupted run.
    await clearDb(db);
    await ingest(db, [dir], { progress: false });
    const clean = await snapshot(db);
    const cleanClaims = await claimsPerArticle();
    expect(Object.keys(cleanClaims)).toHaveLength(150);

    await clearDb(db);
    const child = spawn(
      process.execPath,
      [join(PROJECT_ROOT, "bin", "geokg.js"), "ingest", dir, "--batch", "2"],
      {
        env: process.env,
        stdio: "ignore",
      },
    );
    const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
    let stored = 0;
    while (stored < 4) {
      await new Promise((r) => setTimeout(r, 50));
      stored = Number((await query(db, "MATCH (a:Article) RETURN count(a) AS n"))[0].n);
      if (child.exitCode !== null) break;
    }
    child.kill("SIGKILL");
    await exited;
    // A commit the child had already sent still completes on the server after the kill (and an
    // open transaction is rolled back once the server notices the dropped connection): wait until
    // the stored articles stop changing before looking.
    let partial = await claimsPerArticle();
    for (let settled = 0; settled < 3;) {
      await new Promise((r) => setTimeout(r, 250));
      const now = await claimsPerArticle();
      const same = (a: Record<string, number>, b: Record<string, number>) =>
        Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);
      settled = same(now, partial) ? settled + 1 : 0;
      partial = now;
    }
    expect(Object.keys(partial).length).toBeGreaterThan(0);
    expect(Object.keys(partial).length).toBeLessThan(150);
    for (const [id, n] of Object.entries(partial)) expect(n).toBe(cleanClaims[id]);

    const rerun = await ingest(db, [dir], { progress: false });
    expect(rerun.unchanged).toBe(Object.keys(partial).length);
    expect(await snapshot(db)).toEqual(clean);
    expect(await claimsPerArticle()).toEqual(cleanClaims);
  });

  it("stops soon when the database goes away, naming the cause and how to resume (no retry per article)", async () => {
    const dir = join(tmp, "gone");
    await writeTestArticles(dir, 30);
    await clearDb(db);
    await ingest(db, [dir], { progress: false });
    const clean = await claimsPerArticle();
    await clearDb(db);
    const proxy = await tcpProxy(db.target.uri);
    const viaProxy = await connect({ ...db.target, uri: proxy.uri });
    try {
      const run = ingest(viaProxy, [dir], { progress: false, batchSize: 2 }).then(
        () => null,
        (e: unknown) => e,
      );
      while (Number((await query(db, "MATCH (a:Article) RETURN count(a) AS n"))[0].n) < 4) {
        await new Promise((r) => setTimeout(r, 50));
      }
      const cut = Date.now();
      await proxy.close();
      const err = (await run) as Error;
      // One batch's retries (15 s) at most: retrying each of its articles took 15 s apiece.
      expect(Date.now() - cut).toBeLessThan(40_000);
      expect(err).toBeInstanceOf(IngestStopped);
      expect(err.message).toMatch(/Neo4j at bolt:\/\/127\.0\.0\.1:\d+ is not reachable/);
      expect(err.message).toMatch(/articles were confirmed stored before that/);
      expect(err.message).toMatch(/run the same command again/);
      const stopped = err as IngestStopped;
      expect(stopped.summary.failed).toEqual([]);
      // What was stored is whole: every stored article has all its claims and mentions. (A batch
      // whose commit was on its way when the link went down may have landed unconfirmed.)
      const stored = await claimsPerArticle();
      expect(Object.keys(stored).length).toBeGreaterThanOrEqual(stopped.summary.stored);
      expect(Object.keys(stored).length).toBeLessThan(30);
      for (const [id, n] of Object.entries(stored)) expect(n).toBe(clean[id]);
    } finally {
      await viaProxy.close();
    }
  });
});
