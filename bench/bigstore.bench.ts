// Big-store benchmark (issue 14, point 2): a synthetic store of ≥ 1,000,000 claims and ≥ 100,000
// entities — the bulk through neo4j-admin import (bigstore-import.ts), then `geokg ingest` of text articles
// on top — and the figures a research group loading a year of news needs: load and ingest time and rate,
// store size on disk, the managed Neo4j's memory settings, every library query's median time with
// typical parameters, `/api/graph` with a selective filter and `/api/entities?q=`. bench/README.md "Big store".
//   npm run bench -- bigstore                 (default 100,000 articles ≈ 1,000,000 claims; --n for another size)
//   BENCH_BIGSTORE_DIR=/some/dir npm run bench -- bigstore   keeps the store there and reuses it
// Goals (printed with each figure): library queries bounded by an entity or a period < 1 s, search < 200 ms.
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { connect, managedTarget, type Db } from "../src/store/connection.js";
import { startManaged, stopManaged } from "../src/store/neo4j/server.js";
import { managedPaths } from "../src/store/neo4j/paths.js";
import { ensureModuleBuilt } from "../src/store/neo4j/build.js";
import { ingest } from "../src/ingest/index.js";
import { storeCounts } from "../src/ingest/store-counts.js";
import { loadLibrary } from "../src/query/library.js";
import { runQuery } from "../src/query/run-query.js";
import { readQuery } from "../src/store/transactions.js";
import { syntheticCorpus, syntheticWorld, type SyntheticWorld } from "./synthetic-corpus.js";
import { bulkImport, type ImportFigures } from "./bigstore-import.js";
import { applySchema } from "../src/store/schema.js";
import { loadReliability } from "../src/graph/source-reliability.js";
import { serveInChild } from "./serve-child.js";

/** Memory of the managed Neo4j for this store (docs/neo4j.md "Big stores"); env overrides as in `geokg db`. */
const HEAP = process.env.GEOKG_NEO4J_HEAP ?? "3g";
const PAGE_CACHE = process.env.GEOKG_NEO4J_PAGECACHE ?? "4g";
const SEED = 14;
const INGEST_SEED = 15; // the text corpus ingested on top: other article ids than the bulk's
const INGEST_N = Number(process.env.BENCH_BIGSTORE_INGEST ?? 500);
const ROUNDS = 5; // timed runs per query, after one warm-up run

/** A world large enough that ≥ 100,000 entities appear: people grow with the corpus. */
export function bigWorld(n: number): SyntheticWorld {
  return syntheticWorld(SEED, {
    countries: 400,
    people: Math.max(600, Math.ceil(n * 1.1)),
    organisations: 1200,
  });
}

interface BuildInfo {
  n: number;
  seed: number;
  bulk: ImportFigures;
  schemaSeconds: number;
  ingest: { articles: number; seconds: number; claims: number };
  articles: number;
  claims: number;
  entities: number;
  relations: number;
}

async function writeCorpus(file: string, n: number, world: SyntheticWorld): Promise<void> {
  const out = createWriteStream(file);
  for await (const a of syntheticCorpus(n, { seed: INGEST_SEED, world })) {
    const { id, title, published, source, url, text } = a;
    const line = JSON.stringify({ id, title, published, source, url, text });
    if (!out.write(`${line}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

const markerOf = (base: string) => join(base, "bigstore.json");

/** A store built earlier in `base` (BENCH_BIGSTORE_DIR), if it is of this size. */
function builtBefore(base: string, n: number): BuildInfo | null {
  if (!existsSync(markerOf(base))) return null;
  const info = JSON.parse(readFileSync(markerOf(base), "utf8")) as BuildInfo;
  if (info.n !== n || info.seed !== SEED)
    throw new Error(`${base} holds a store of ${info.n} articles; use another BENCH_BIGSTORE_DIR for ${n}`);
  console.log(`bigstore: reusing the store in ${base} (built earlier: ${info.articles} articles)`);
  return info;
}

/** Before the server's first start: the bulk of the store through neo4j-admin import. */
async function importBulk(base: string, n: number): Promise<ImportFigures> {
  const home = managedPaths(base).home;
  if (existsSync(join(home, "data", "databases", "neo4j")))
    throw new Error(`${home} already holds a database without ${markerOf(base)}: remove ${base} first`);
  mkdirSync(join(home, "conf"), { recursive: true });
  const dir = join(base, "import");
  mkdirSync(dir, { recursive: true });
  const figures = await bulkImport(dir, home, n, bigWorld(n), SEED, loadReliability());
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `bigstore: import files for ${n} articles (${figures.claims} claims) in ${figures.csvSeconds.toFixed(0)} s; neo4j-admin import ${figures.importSeconds.toFixed(0)} s`,
  );
  return figures;
}

/** After the first start: the schema (indexes populate), then `geokg ingest` of text articles on top. */
async function finishBuild(db: Db, base: string, n: number, bulk: ImportFigures): Promise<BuildInfo> {
  const t = performance.now();
  await applySchema(db);
  const schemaSeconds = (performance.now() - t) / 1000;
  const before = await storeCounts(db);
  const corpus = join(base, "ingest.jsonl");
  await writeCorpus(corpus, INGEST_N, bigWorld(n));
  const t0 = performance.now();
  const summary = await ingest(db, [corpus], { progress: false });
  const ingestSeconds = (performance.now() - t0) / 1000;
  rmSync(corpus, { force: true });
  const counts = await storeCounts(db);
  const info: BuildInfo = {
    n,
    seed: SEED,
    bulk,
    schemaSeconds,
    ingest: { articles: summary.stored, seconds: ingestSeconds, claims: counts.claims - before.claims },
    ...counts,
  };
  writeFileSync(markerOf(base), JSON.stringify(info, null, 2));
  return info;
}

export async function run({ n = 100_000 }: { n?: number } = {}): Promise<void> {
  const keep = process.env.BENCH_BIGSTORE_DIR;
  const base = keep ?? mkdtempSync(join(tmpdir(), "geokg-bigstore-"));
  await ensureModuleBuilt((m) => console.log(m));
  const earlier = builtBefore(base, n);
  const bulk = earlier ? null : await importBulk(base, n);
  const started = await startManaged({ base, preferPort: 0, heap: HEAP, pageCache: PAGE_CACHE });
  const db = await connect(managedTarget(started));
  try {
    const info = earlier ?? (await finishBuild(db, base, n, bulk!));
    report(info, base);
    await memorySettings(db);
    const picks = await typicalParams(db);
    await timeApi(started.uri, started.password, picks);
    await timeLibrary(db, picks);
  } finally {
    await db.close();
    await stopManaged({ base, graceMs: 120_000 });
    if (!keep) rmSync(base, { recursive: true, force: true });
  }
}

function report(info: BuildInfo, base: string): void {
  const du = (p: string) =>
    existsSync(p) ? Number(execFileSync("du", ["-sb", p], { encoding: "utf8" }).split("\t")[0]) : 0;
  const home = managedPaths(base).home;
  const store = du(join(home, "data", "databases", "neo4j"));
  const txLogs = du(join(home, "data", "transactions", "neo4j"));
  console.log(
    `bigstore: ${info.articles} articles, ${info.claims} claims, ${info.entities} entities, ${info.relations} aggregate relations`,
  );
  const b = info.bulk;
  console.log(
    `bigstore: bulk load of ${info.n} synthetic articles: import files ${b.csvSeconds.toFixed(0)} s + neo4j-admin import ${b.importSeconds.toFixed(0)} s (${(b.claims / (b.csvSeconds + b.importSeconds)).toFixed(0)} claims/s); schema and index population ${info.schemaSeconds.toFixed(0)} s`,
  );
  const g = info.ingest;
  console.log(
    `bigstore: geokg ingest of ${g.articles} text articles into the big store: ${g.seconds.toFixed(0)} s, ${(g.articles / g.seconds).toFixed(1)} articles/s, ${(g.claims / g.seconds).toFixed(0)} claims/s`,
  );
  console.log(
    `bigstore: on disk: store ${(store / 2 ** 20).toFixed(0)} MiB, transaction logs ${(txLogs / 2 ** 20).toFixed(0)} MiB`,
  );
}

async function memorySettings(db: Db): Promise<void> {
  const rows = await readQuery(
    db,
    `SHOW SETTINGS YIELD name, value
     WHERE name IN ['server.memory.pagecache.size', 'db.memory.transaction.max',
                    'dbms.memory.transaction.total.max', 'server.memory.heap.max_size']
     RETURN name, value ORDER BY name`,
  );
  const settings = rows.map((r) => `${r.get("name")}=${r.get("value")}`).join(", ");
  console.log(`bigstore: memory: JVM heap ${HEAP} (-Xms = -Xmx), ${settings}`);
}

interface Picks {
  person: string;
  personName: string;
  country: string;
  countryName: string;
  other: string;
  otherName: string;
  /** The other person's country (or the other person when they serve none but the first one's). */
  otherCountryName: string;
  month: string;
}

/** A busy person, their country and someone they met; a month in the middle of the corpus. */
async function typicalParams(db: Db): Promise<Picks> {
  const [p] = await readQuery(
    db,
    `MATCH (p:Person)-[:AFFILIATED_WITH]->(c:Country) WITH p, c LIMIT 5000
     MATCH (p)-[r:MET]-(o:Person) WITH p, c, o, r ORDER BY r.articles DESC LIMIT 1
     OPTIONAL MATCH (o)-[:AFFILIATED_WITH]->(oc:Country) WHERE oc <> c
     RETURN p.id AS person, p.name AS personName, o.id AS other, o.name AS otherName,
            c.id AS country, c.name AS countryName, head(collect(oc.name)) AS otherCountryName`,
  );
  return {
    person: p.get("person"),
    personName: p.get("personName"),
    country: p.get("country"),
    countryName: p.get("countryName"),
    other: p.get("other"),
    otherCountryName: p.get("otherCountryName") ?? p.get("otherName"),
    otherName: p.get("otherName"),
    month: "2024-06",
  };
}

/** Parameters per library entry; `bounded` = the question names an entity or a period (goal < 1 s). */
function cases(k: Picks): { name: string; params: Record<string, string>; bounded: boolean }[] {
  return [
    { name: "actor-roles-over-time", params: { name: k.personName }, bounded: true },
    { name: "actor-timeline", params: { name: k.personName, from: k.month, to: k.month }, bounded: true },
    { name: "actor-timeline", params: { name: k.countryName }, bounded: true },
    { name: "arms-and-troop-flows", params: { actor: k.countryName }, bounded: true },
    { name: "arms-and-troop-flows", params: {}, bounded: false },
    { name: "central-actors-pagerank", params: {}, bounded: false },
    { name: "contested-claims", params: { actor: k.countryName }, bounded: true },
    { name: "contested-claims", params: {}, bounded: false },
    { name: "corrections-log", params: {}, bounded: false },
    { name: "corroborated-relations", params: { min: "3", type: "SIGNED_AGREEMENT" }, bounded: false },
    { name: "edge-evidence", params: { a: k.personName, b: k.otherName, type: "MET" }, bounded: true },
    { name: "most-central-actors", params: { type: "Country" }, bounded: false },
    { name: "new-relations-since", params: { since: "2025-12-20" }, bounded: true },
    { name: "rejected-claims", params: {}, bounded: false },
    {
      name: "relations-between-in-period",
      params: { a: k.countryName, b: k.otherCountryName, from: k.month, to: k.month },
      bounded: true,
    },
    {
      name: "role-holder-at-date",
      params: { role: "minister", of: k.countryName, date: `${k.month}-15` },
      bounded: true,
    },
    { name: "shortest-path", params: { source: k.personName, target: k.otherName }, bounded: true },
    { name: "who-met-whom", params: { name: k.personName }, bounded: true },
  ];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mark = (ok: boolean) => (ok ? "met" : "MISSED");

async function timeLibrary(db: Db, picks: Picks): Promise<void> {
  const library = new Set((await loadLibrary()).map((e) => e.name));
  const timed = cases(picks);
  const missing = [...library].filter((name) => !timed.some((c) => c.name === name));
  if (missing.length) throw new Error(`library entries without a bench case: ${missing.join(", ")}`);
  console.log(
    `bigstore: library queries (bounded ones: median of ${ROUNDS} after a warm-up run; the others: one cold run), picks ${JSON.stringify(picks)}`,
  );
  for (const c of timed) {
    const times: number[] = [];
    let rows = 0;
    let error = "";
    // Questions over the whole store take tens of seconds to minutes each on this machine: one cold run.
    const rounds = c.bounded ? ROUNDS : 0;
    for (let i = 0; i <= rounds && !error; i++) {
      const t = performance.now();
      try {
        const r = await runQuery(db, c.name, { params: c.params, limit: 1000, timeoutMs: 120_000 });
        rows = r.rows.length;
      } catch (err) {
        error = (err as Error).message.slice(0, 120);
      }
      if (i > 0 || rounds === 0) times.push(performance.now() - t);
    }
    const ms = error ? NaN : median(times);
    const goal = c.bounded ? ` — goal < 1000 ms: ${mark(ms < 1000)}` : "";
    console.log(
      `  ${c.name} ${JSON.stringify(c.params)}: ${error ? `FAILED ${error}` : `${ms.toFixed(0)} ms, ${rows} rows`}${goal}`,
    );
  }
}

async function timeGet(url: URL, rounds = ROUNDS): Promise<{ ms: number; bytes: number; status: number }> {
  const times: number[] = [];
  let bytes = 0;
  let status = 0;
  for (let i = 0; i <= rounds; i++) {
    const t = performance.now();
    const res = await fetch(url);
    bytes = (await res.arrayBuffer()).byteLength;
    status = res.status;
    if (i > 0) times.push(performance.now() - t);
  }
  return { ms: median(times), bytes, status };
}

async function timeApi(uri: string, password: string, picks: Picks): Promise<void> {
  const server = await serveInChild({
    NEO4J_URI: uri,
    NEO4J_USERNAME: "neo4j",
    NEO4J_PASSWORD: password,
    NEO4J_DATABASE: "neo4j",
  });
  try {
    // The graph cache would answer repeats from memory; distinct filters make every request a Neo4j read.
    const months = ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07"];
    const times: number[] = [];
    let bytes = 0;
    for (const m of months) {
      const url = new URL("/api/graph", server.url);
      url.search = new URLSearchParams({
        relations: "SENT_TROOPS_TO,SUPPLIED_ARMS_TO",
        from: m,
        to: m,
      }).toString();
      const t = performance.now();
      const res = await fetch(url);
      bytes = (await res.arrayBuffer()).byteLength;
      if (!res.ok) throw new Error(`/api/graph answered ${res.status}`);
      times.push(performance.now() - t);
    }
    console.log(
      `bigstore: GET /api/graph?relations=SENT_TROOPS_TO,SUPPLIED_ARMS_TO&from=<month>&to=<month>: median ${median(times.slice(1)).toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(", ")}), ${(bytes / 1e6).toFixed(2)} MB`,
    );
    const words = [
      picks.personName,
      picks.personName.split(" ")[1],
      picks.countryName,
      picks.otherName.slice(0, 4),
    ];
    for (const q of words) {
      const url = new URL("/api/entities", server.url);
      url.search = new URLSearchParams({ q }).toString();
      const r = await timeGet(url);
      if (r.status !== 200) throw new Error(`/api/entities?q=${q} answered ${r.status}`);
      console.log(
        `  GET /api/entities?q=${q}: median ${r.ms.toFixed(1)} ms — goal < 200 ms: ${mark(r.ms < 200)}`,
      );
    }
  } finally {
    await server.close();
  }
}
