// Parallel-extraction benchmark (issue 14): `geokg ingest --jobs 1` against `--jobs 2` on an N-article
// synthetic corpus (default 5,000) into a fresh store each time, and `geokg extract --jobs 1` against
// `--jobs 2` on the same corpus without a database, so the two ratios can be told apart: extraction
// alone shows what the worker threads give, the ingest what is left of it once the writer (this
// process) and Neo4j's JVM share the same cores. The built CLI runs in child processes, as users run
// it; CPU seconds are read from /proc for the CLI (all its threads) and for the JVM, and the load
// average is printed, since the machine may be shared. Goal: ingest ratio >= 1.7 when extraction is
// the bottleneck.
//   npm run bench -- ingest [--n 5000]      (BENCH_INGEST_ROUNDS=2 repeats each measure)
import { spawn } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { once } from "node:events";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Db } from "../src/store/connection.js";
import { syntheticCorpus } from "./synthetic-corpus.js";
import { clear, scratchDb } from "./store.bench.js";

const CLI = fileURLToPath(new URL("../bin/geokg.js", import.meta.url));
const TICK = 100; // clock ticks per second in /proc/*/stat (USER_HZ, 100 on Linux)

interface Timed {
  seconds: number;
  /** CPU seconds of the CLI process, all threads (its workers included). */
  cliCpu: number;
  /** CPU seconds Neo4j's JVM spent meanwhile, when it is ours to watch. */
  jvmCpu?: number;
  stdout: string;
}

async function writeCorpus(file: string, n: number): Promise<void> {
  const out = createWriteStream(file);
  for await (const a of syntheticCorpus(n)) {
    const line = JSON.stringify({
      id: a.id,
      title: a.title,
      published: a.published,
      source: a.source,
      text: a.text,
    });
    if (!out.write(line + "\n")) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

/** utime + stime of a process (fields 14, 15), or of its reaped children (16, 17) for `self`. */
function cpuSeconds(pid: number | "self", children = false): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const at = children ? 13 : 11; // fields after "(comm) state": index 11 = field 14
  return (Number(fields[at]) + Number(fields[at + 1])) / TICK;
}

/** Runs the CLI to its end; stdout kept only when asked (extract's output is megabytes). */
async function geokg(args: string[], env: NodeJS.ProcessEnv, jvmPid?: number, keep = false): Promise<Timed> {
  const cpu0 = cpuSeconds("self", true);
  const jvm0 = jvmPid ? cpuSeconds(jvmPid) : 0;
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, ...args], {
    env,
    stdio: ["ignore", keep ? "pipe" : "ignore", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (c: string) => (stdout += c));
  child.stderr?.setEncoding("utf8").on("data", (c: string) => (stderr += c));
  const [code] = (await once(child, "exit")) as [number | null];
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`geokg ${args.join(" ")} exited ${code}: ${stderr.slice(0, 2000)}`);
  return {
    seconds,
    cliCpu: cpuSeconds("self", true) - cpu0,
    jvmCpu: jvmPid ? cpuSeconds(jvmPid) - jvm0 : undefined,
    stdout,
  };
}

const line = (label: string, n: number, t: Timed) =>
  `  ${label}: ${t.seconds.toFixed(1)} s, ${(n / t.seconds).toFixed(0)} articles/s, CPU: geokg ${t.cliCpu.toFixed(1)} s` +
  (t.jvmCpu !== undefined ? `, Neo4j ${t.jvmCpu.toFixed(1)} s` : "") +
  ` (load ${loadavg()[0].toFixed(1)})`;

/** 1 then 2 in even rounds, 2 then 1 in odd ones: neither side always runs on the warmer JVM or cache. */
const order = (round: number) => (round % 2 ? [2, 1] : [1, 2]);

async function measureExtract(corpus: string, n: number, rounds: number): Promise<[Timed, Timed]> {
  const best: (Timed | undefined)[] = [undefined, undefined];
  for (let r = 0; r < rounds; r++)
    for (const jobs of order(r)) {
      const t = await geokg(["extract", "--format", "jsonl", "--jobs", String(jobs), corpus], process.env);
      console.log(line(`extract --jobs ${jobs}`, n, t));
      if (!best[jobs - 1] || t.seconds < best[jobs - 1]!.seconds) best[jobs - 1] = t;
    }
  return [best[0]!, best[1]!];
}

async function measureIngest(
  db: Db,
  env: NodeJS.ProcessEnv,
  jvmPid: number | undefined,
  corpus: string,
  n: number,
  rounds: number,
): Promise<[Timed, Timed]> {
  const best: (Timed | undefined)[] = [undefined, undefined];
  for (let r = 0; r < rounds; r++)
    for (const jobs of order(r)) {
      await clear(db);
      const t = await geokg(["ingest", "--json", "--jobs", String(jobs), corpus], env, jvmPid, true);
      const summary = JSON.parse(t.stdout) as { stored: number; failed: unknown[]; relations: number };
      if (summary.stored !== n || summary.failed.length)
        throw new Error(`ingest stored ${summary.stored} of ${n}`);
      console.log(line(`ingest --jobs ${jobs}`, n, t) + `, ${summary.relations} relations`);
      if (!best[jobs - 1] || t.seconds < best[jobs - 1]!.seconds) best[jobs - 1] = t;
    }
  return [best[0]!, best[1]!];
}

export async function run({ n = 5000 }: { n?: number } = {}): Promise<{
  extractRatio: number;
  ingestRatio: number;
}> {
  const rounds = Math.max(1, Number(process.env.BENCH_INGEST_ROUNDS ?? 1));
  const dir = await mkdtemp(join(tmpdir(), "geokg-bench-ingest-"));
  const scratch = await scratchDb();
  try {
    const corpus = join(dir, "corpus.jsonl");
    const warm = join(dir, "warm-up.jsonl");
    await writeCorpus(corpus, n);
    await writeCorpus(warm, Math.min(1000, n));
    console.log(
      `ingest: ${n} synthetic articles, ${rounds} round(s), best counts; ${loadavg()[0].toFixed(1)} load`,
    );
    const [x1, x2] = await measureExtract(corpus, n, rounds);
    const { uri, username, password, database } = scratch.db.target;
    const env = {
      ...process.env,
      NEO4J_URI: uri,
      NEO4J_USERNAME: username,
      NEO4J_PASSWORD: password,
      NEO4J_DATABASE: database,
    };
    // A fresh Neo4j plans its queries and compiles its write path over the first thousands of
    // articles (bench/README.md, store); unwarmed, the first measure would pay for it.
    await clear(scratch.db);
    console.log(
      line(
        "warm-up ingest --jobs 2",
        Math.min(1000, n),
        await geokg(["ingest", "--jobs", "2", warm], env, scratch.pid),
      ),
    );
    const [i1, i2] = await measureIngest(scratch.db, env, scratch.pid, corpus, n, rounds);
    const extractRatio = x1.seconds / x2.seconds;
    const ingestRatio = i1.seconds / i2.seconds;
    // Where the time goes: extraction's CPU per article (one job, no database) against Neo4j's during
    // the one-job ingest. Neo4j runs on the same cores, so once it needs as much CPU as extraction, no
    // number of extraction threads can make the ingest 1.7x faster on two cores.
    const ms = (s: number) => ((s * 1000) / n).toFixed(2);
    console.log(
      `ingest: CPU per article: extraction ${ms(x1.cliCpu)} ms (extract --jobs 1, whole process), ` +
        `geokg ingest --jobs 1 ${ms(i1.cliCpu)} ms, --jobs 2 ${ms(i2.cliCpu)} ms; ` +
        `Neo4j ${ms(i1.jvmCpu ?? Number.NaN)} ms (--jobs 1), ${ms(i2.jvmCpu ?? Number.NaN)} ms (--jobs 2)`,
    );
    console.log(
      `ingest: extract --jobs 2 is ${extractRatio.toFixed(2)}x --jobs 1 (${(n / x1.seconds).toFixed(0)} → ${(n / x2.seconds).toFixed(0)} articles/s); ` +
        `ingest --jobs 2 is ${ingestRatio.toFixed(2)}x --jobs 1 (${(n / i1.seconds).toFixed(0)} → ${(n / i2.seconds).toFixed(0)} articles/s); goal >= 1.7 when extraction is the bottleneck`,
    );
    return { extractRatio, ingestRatio };
  } finally {
    await scratch.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
