// Write-path benchmark: relationships/s of geokg's store writes against a bare `UNWIND $rows CREATE`
// of the same number of relationships, in the same run and the same Neo4j. Extraction happens before
// the clock starts; only the store writes are timed. A second, streaming pass (`rssN`) checks peak RSS.
//   node --import tsx bench/store.bench.ts [n] [rssN] [batch]   (own throwaway Neo4j; see scratchDb)
import { pathToFileURL } from "node:url";
import { createExtractor } from "../src/extract/index.js";
import { EntityRegistry } from "../src/extract/entity-registry.js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect, externalTarget, managedTarget, type Db } from "../src/store/connection.js";
import { startManaged, stopManaged } from "../src/store/neo4j/server.js";
import { applySchema } from "../src/store/schema.js";
import { loadReliability } from "../src/graph/source-reliability.js";
import { writeArticles } from "../src/store/write-article.js";
import { DEFAULT_BATCH_SIZE } from "../src/ingest/index.js";
import type { ArticleExtraction } from "../src/types.js";
import { syntheticCorpus } from "./synthetic-corpus.js";

const WARMUP = 2;

export interface StoreBenchResult {
  n: number;
  batchSize: number;
  relationships: number;
  geokgSeconds: number;
  geokgRelsPerSecond: number;
  bareSeconds: number;
  bareRelsPerSecond: number;
  ratio: number;
  rss?: { n: number; peakRssMb: number; seconds: number };
}

export async function clear(db: Db): Promise<void> {
  // In batches (CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run): one
  // transaction deleting a large graph would need a lot of memory.
  const session = db.driver.session({ database: db.database });
  try {
    // Relationships first: a DETACH DELETE of a hub entity would take all its relationships (over a
    // hundred thousand MENTIONS at 20,000 articles) into one inner transaction and exhaust its memory.
    await session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS");
    await session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
}

async function extractAll(n: number): Promise<ArticleExtraction[]> {
  const extractor = createExtractor();
  const registry = new EntityRegistry();
  const out: ArticleExtraction[] = [];
  for await (const article of syntheticCorpus(n)) out.push(registry.resolve(extractor.extract(article)));
  return out;
}

// Made once for the whole run, not per round: a schema change empties Neo4j's query plan cache, and
// replanning every query each round is a cost no real ingest pays.
const BENCH_CONSTRAINT =
  "CREATE CONSTRAINT bench_node IF NOT EXISTS FOR (b:BenchNode) REQUIRE b.id IS UNIQUE";

async function bareCreate(db: Db, relationships: number, nodes: number): Promise<number> {
  await db.driver.executeQuery(
    "UNWIND range(0, $n - 1) AS i CREATE (:BenchNode {id: i})",
    { n: nodes },
    { database: db.database },
  );
  const session = db.driver.session({ database: db.database });
  const started = performance.now();
  try {
    const chunk = 10_000;
    for (let i = 0; i < relationships; i += chunk) {
      const rows: { i: number; s: number; t: number }[] = [];
      for (let j = i; j < Math.min(i + chunk, relationships); j++)
        rows.push({ i: j, s: (j * 7) % nodes, t: (j * 13 + 1) % nodes });
      await session.executeWrite((tx) =>
        tx.run(
          `UNWIND $rows AS row
           MATCH (a:BenchNode {id: row.s}) MATCH (b:BenchNode {id: row.t})
           CREATE (a)-[:BENCH_REL {i: row.i}]->(b)`,
          { rows },
        ),
      );
    }
  } finally {
    await session.close();
  }
  return (performance.now() - started) / 1000;
}

/** Streams generate → extract → write for `n` articles, as ingest does, and reports the peak RSS. */
async function streamingRss(db: Db, n: number, batchSize: number) {
  await clear(db);
  const extractor = createExtractor();
  const registry = new EntityRegistry();
  const reliability = loadReliability();
  const started = performance.now();
  let batch: ArticleExtraction[] = [];
  for await (const article of syntheticCorpus(n)) {
    batch.push(registry.resolve(extractor.extract(article)));
    if (batch.length >= batchSize) {
      await writeArticles(db, batch, { reliability });
      batch = [];
    }
  }
  if (batch.length) await writeArticles(db, batch, { reliability });
  // maxRSS is in kilobytes.
  return {
    n,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * The benchmark deletes everything in its database, so it never touches the user's graph: it starts a
 * throwaway Neo4j in a temp folder, unless BENCH_NEO4J_URI (+ NEO4J_USERNAME/NEO4J_PASSWORD) names a
 * scratch server to use instead.
 */
export async function scratchDb(): Promise<{ db: Db; pid?: number; stop(): Promise<void> }> {
  const given = process.env.BENCH_NEO4J_URI
    ? externalTarget({ ...process.env, NEO4J_URI: process.env.BENCH_NEO4J_URI })
    : null;
  if (given) {
    const db = await connect(given);
    return { db, stop: () => db.close() };
  }
  const base = mkdtempSync(join(tmpdir(), "geokg-bench-"));
  const r = await startManaged({ base, preferPort: 0, heap: "1g", pageCache: "512m", ownerPid: process.pid });
  const db = await connect(managedTarget(r));
  return {
    db,
    pid: r.pid,
    async stop() {
      await db.close();
      await stopManaged({ base, graceMs: 60_000 });
      rmSync(base, { recursive: true, force: true });
    },
  };
}

export async function run({
  n = 2000,
  batchSize = DEFAULT_BATCH_SIZE,
  rssN = 0,
  rounds = 3,
}: { n?: number; batchSize?: number; rssN?: number; rounds?: number } = {}): Promise<StoreBenchResult> {
  const scratch = await scratchDb();
  const db = scratch.db;
  try {
    await clear(db);
    await applySchema(db);
    await db.driver.executeQuery(BENCH_CONSTRAINT, {}, { database: db.database });
    const extractions = await extractAll(n);
    const nodes = new Set(extractions.flatMap((x) => x.entities.map((e) => e.id))).size;
    const reliability = loadReliability();

    // The machine is shared, so each side runs `rounds` times, alternating, and the best time counts.
    // The first WARMUP rounds of both sides do not count: Neo4j plans each new query and the JVM's JIT
    // compiles the paths it runs — a fresh server takes several rounds of 2,000 articles to reach its
    // steady rate (measured: 13.3, 5.0, 3.4, 2.9, 2.6 s) — and a long ingest runs at the steady rate.
    // Every round is printed, so the cold rate stays visible.
    let relationships = 0;
    let geokgSeconds = Number.POSITIVE_INFINITY;
    let bareSeconds = Number.POSITIVE_INFINITY;
    const log: string[] = [];
    for (let round = 0; round < WARMUP + rounds; round++) {
      await clear(db);
      const started = performance.now();
      relationships = 0;
      for (let i = 0; i < extractions.length; i += batchSize) {
        relationships += (await writeArticles(db, extractions.slice(i, i + batchSize), { reliability }))
          .relationshipsCreated;
      }
      const seconds = (performance.now() - started) / 1000;
      if (round >= WARMUP) geokgSeconds = Math.min(geokgSeconds, seconds);
      await clear(db);
      const bare = await bareCreate(db, relationships, Math.max(nodes, 100));
      if (round >= WARMUP) bareSeconds = Math.min(bareSeconds, bare);
      log.push(
        `${round < WARMUP ? "warm-up" : "round"} ${round}: geokg ${seconds.toFixed(1)} s, bare ${bare.toFixed(1)} s`,
      );
    }
    await clear(db);

    const geokgRelsPerSecond = relationships / geokgSeconds;
    const bareRelsPerSecond = relationships / bareSeconds;
    const result: StoreBenchResult = {
      n,
      batchSize,
      relationships,
      geokgSeconds,
      geokgRelsPerSecond,
      bareSeconds,
      bareRelsPerSecond,
      ratio: geokgRelsPerSecond / bareRelsPerSecond,
    };
    await db.driver.executeQuery("DROP CONSTRAINT bench_node IF EXISTS", {}, { database: db.database });
    if (rssN > 0) {
      result.rss = await streamingRss(db, rssN, batchSize);
      await clear(db);
    }
    console.log(
      `store: ${n} articles, ${relationships} relationships, batch ${batchSize}, best of ${rounds} after ${WARMUP} warm-up rounds: geokg ${geokgRelsPerSecond.toFixed(0)} rel/s ` +
        `(${geokgSeconds.toFixed(1)} s), bare UNWIND CREATE ${bareRelsPerSecond.toFixed(0)} rel/s (${bareSeconds.toFixed(1)} s), ` +
        `ratio ${result.ratio.toFixed(2)} (target >= 0.5)`,
    );
    console.log(`  ${log.join("; ")}`);
    if (result.rss) {
      console.log(
        `store: streaming ${result.rss.n} articles in ${result.rss.seconds.toFixed(0)} s, peak RSS ${result.rss.peakRssMb} MB (limit 1024)`,
      );
    }
    return result;
  } finally {
    await scratch.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [n, rssN, batch] = process.argv.slice(2).map((v) => Number.parseInt(v, 10));
  await run({ n: n || 2000, rssN: rssN || 0, batchSize: batch || undefined });
}
