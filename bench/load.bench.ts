// Load benchmark (issue 12): a fixed number of clients for a fixed time against `geokg serve` on
// 127.0.0.1, over a throwaway Neo4j holding the demo corpus. Prints req/s, p50/p99 latency and errors,
// per endpoint and in total, first for ordinary viewer/API traffic, then for the same traffic with
// one request in ten hostile (deep nesting, a spying procedure, a foreign Host, oversized
// parameters), which must be refused as expected without hurting the rest.
//   npm run bench -- load [--n 50]        n = concurrent clients; BENCH_LOAD_SECONDS (default 10) per phase
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ARTICLES_DIR } from "../src/cli/commands/start.js";
import { ingest } from "../src/ingest/index.js";
import { connect, managedTarget } from "../src/store/connection.js";
import { startManaged, stopManaged } from "../src/store/neo4j/server.js";
import { serveInChild } from "./serve-child.js";

interface Call {
  name: string;
  method?: "GET" | "POST";
  path: string;
  body?: string;
  host?: string;
  /** Statuses that count as the right answer. */
  expect: number[];
}

const DEEP = `RETURN ${"(".repeat(1000)}1${")".repeat(1000)} AS x`;

const ORDINARY: Call[] = [
  { name: "health", path: "/api/health", expect: [200] },
  { name: "graph", path: "/api/graph", expect: [200] },
  { name: "graph (filtered)", path: "/api/graph?types=Person,Country&minSources=1", expect: [200] },
  { name: "entities", path: "/api/entities?q=Putin", expect: [200] },
  { name: "articles", path: "/api/articles?limit=20", expect: [200] },
  {
    name: "cypher",
    method: "POST",
    path: "/api/cypher",
    body: JSON.stringify({ query: "MATCH (a:Person)-[r:MET]-(b:Person) RETURN a, r, b LIMIT 25" }),
    expect: [200],
  },
];

const HOSTILE: Call[] = [
  {
    name: "x deep nesting",
    method: "POST",
    path: "/api/cypher",
    body: JSON.stringify({ query: DEEP }),
    expect: [400],
  },
  {
    name: "x db.stats",
    method: "POST",
    path: "/api/cypher",
    body: JSON.stringify({ query: "CALL db.stats.retrieve('QUERIES')" }),
    expect: [400],
  },
  { name: "x foreign Host", path: "/api/graph", host: "attacker.example", expect: [403] },
  {
    name: "x nested params",
    method: "POST",
    path: "/api/cypher",
    body: `{"query": "RETURN $p", "params": {"p": ${"[".repeat(5000)}1${"]".repeat(5000)}}}`,
    expect: [400],
  },
];

interface Stats {
  ms: number[];
  errors: number;
}

function send(agent: Agent, base: URL, call: Call): Promise<number> {
  return new Promise((resolve) => {
    const req = request(
      {
        agent,
        hostname: base.hostname,
        port: base.port,
        path: call.path,
        method: call.method ?? "GET",
        timeout: 30_000,
        headers: {
          ...(call.host ? { Host: call.host } : {}),
          ...(call.body ? { "Content-Type": "application/json" } : {}),
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(0));
    req.end(call.body);
  });
}

const pct = (sorted: number[], p: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] : NaN;

/** `clients` loops, each sending the next call of `mix` as soon as its last one is answered. */
async function phase(base: URL, mix: Call[], clients: number, seconds: number): Promise<Map<string, Stats>> {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const stats = new Map<string, Stats>(mix.map((c) => [c.name, { ms: [], errors: 0 }]));
  const until = performance.now() + seconds * 1000;
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const call = mix[next++ % mix.length];
        const t = performance.now();
        const status = await send(agent, base, call);
        const s = stats.get(call.name)!;
        s.ms.push(performance.now() - t);
        if (!call.expect.includes(status)) s.errors++;
      }
    }),
  );
  agent.destroy();
  return stats;
}

function report(title: string, stats: Map<string, Stats>, seconds: number): { rps: number; errors: number } {
  const all = [...stats.values()].flatMap((s) => s.ms).sort((a, b) => a - b);
  const errors = [...stats.values()].reduce((n, s) => n + s.errors, 0);
  const row = (name: string, ms: number[], errs: number) =>
    `  ${name.padEnd(18)} ${String(ms.length).padStart(7)} req ${(ms.length / seconds).toFixed(1).padStart(8)} req/s  p50 ${pct(ms, 50).toFixed(1).padStart(7)} ms  p99 ${pct(ms, 99).toFixed(1).padStart(8)} ms  errors ${errs}`;
  console.log(title);
  for (const [name, s] of stats)
    console.log(
      row(
        name,
        [...s.ms].sort((a, b) => a - b),
        s.errors,
      ),
    );
  console.log(row("all", all, errors));
  return { rps: all.length / seconds, errors };
}

function rssMiB(pid: number): { now: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { now: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}

export async function run({ n = 50 }: { n?: number } = {}): Promise<unknown> {
  const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
  const base = mkdtempSync(join(tmpdir(), "geokg-load-bench-"));
  console.log(`starting a throwaway Neo4j in ${base} …`);
  const started = await startManaged({ base, preferPort: 0, ownerPid: process.pid, log: () => {} });
  const target = managedTarget(started);
  const db = await connect(target);
  try {
    const summary = await ingest(db, [ARTICLES_DIR], { progress: false });
    console.log(
      `demo corpus: ${summary.stored} articles, ${summary.entities} entities, ${summary.relations} relations`,
    );
    const server = await serveInChild({
      NEO4J_URI: started.uri,
      NEO4J_USERNAME: "neo4j",
      NEO4J_PASSWORD: started.password,
      NEO4J_DATABASE: "neo4j",
    });
    try {
      const url = new URL(server.url);
      await phase(url, ORDINARY, 4, 2); // warm-up: plans cached, JIT warm
      const ordinary = report(
        `${n} clients, ${seconds} s, ordinary traffic:`,
        await phase(url, ORDINARY, n, seconds),
        seconds,
      );
      // One request in ten hostile: 36 ordinary calls, then the four hostile ones.
      const withAttacks = [
        ...ORDINARY,
        ...ORDINARY,
        ...ORDINARY,
        ...ORDINARY,
        ...ORDINARY,
        ...ORDINARY,
        ...HOSTILE,
      ];
      const attacked = report(
        `${n} clients, ${seconds} s, with hostile requests (expected 400/403 count as answered right):`,
        await phase(url, withAttacks, n, seconds),
        seconds,
      );
      const rss = rssMiB(server.pid);
      console.log(`geokg serve RSS: ${rss.now.toFixed(0)} MiB now, peak ${rss.peak.toFixed(0)} MiB`);
      return { clients: n, seconds, ordinary, attacked, rss };
    } finally {
      await server.close();
    }
  } finally {
    await db.close();
    await stopManaged({ base, graceMs: 30_000 });
    rmSync(base, { recursive: true, force: true });
  }
}
