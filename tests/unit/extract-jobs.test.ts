// `geokg extract --jobs N` and the extraction pool: worker threads give exactly what one thread gives.
import { spawnSync } from "node:child_process";
import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createExtractor } from "../../src/extract/index.js";
import { createExtractPool } from "../../src/extract/pool.js";
import { BYTES_PER_JOB, defaultJobs } from "../../src/extract/jobs.js";
import { inputBytes, readArticles } from "../../src/read/index.js";
import type { Article } from "../../src/types.js";
import type { Worker } from "node:worker_threads";
import { writeJobsArticles } from "../fixtures/jobs/write-articles.js";

const dir = mkdtempSync(join(tmpdir(), "geokg-extract-jobs-"));
const articlesDir = join(dir, "articles");
let files: string[] = [];
beforeAll(async () => {
  files = await writeJobsArticles(articlesDir);
});

const geokg = (...args: string[]) => spawnSync("node", ["bin/geokg.js", ...args], { encoding: "utf8" });

describe("geokg extract --jobs", () => {
  it("prints byte for byte what one job prints, as jsonl and as json", () => {
    for (const format of ["jsonl", "json"]) {
      const one = geokg("extract", "--format", format, "--jobs", "1", articlesDir);
      const two = geokg("extract", "--format", format, "--jobs", "2", articlesDir);
      expect(one.status).toBe(0);
      expect(two.status).toBe(0);
      expect(two.stderr).toBe("");
      expect(two.stdout).toBe(one.stdout);
    }
    const lines = geokg("extract", "--jobs", "2", articlesDir).stdout.trim().split("\n");
    expect(lines.map((l) => (JSON.parse(l) as { file: string }).file)).toEqual(files);
    // Article 12's "Ms Marovend" is article 0's Ilsa Marovend: resolved across workers, in reading order.
    expect(lines[12]).toContain('"name":"Ilsa Marovend","type":"Person","aliases":["Marovend"]');
  });

  it("names a bad file on stderr with two jobs, prints the rest and exits 1", async () => {
    const bad = join(dir, "bad");
    await writeJobsArticles(bad);
    writeFileSync(join(bad, "jobs-004.md"), Buffer.from([0, 159, 146, 150, 0, 255, 0, 1, 2, 3, 0, 0, 7]));
    writeFileSync(join(bad, "jobs-empty.txt"), "");
    const r = geokg("extract", "--jobs", "2", bad);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(join(bad, "jobs-004.md"));
    expect(r.stderr).toContain(join(bad, "jobs-empty.txt"));
    expect(r.stdout.trim().split("\n")).toHaveLength(27);
  });

  it("rejects --jobs 0", () => {
    const r = geokg("extract", "--jobs", "0", articlesDir);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("--jobs");
  });
});

describe("defaultJobs", () => {
  it("gives one thread to a small input and one per BYTES_PER_JOB above it, up to the cores", () => {
    const cores = availableParallelism();
    expect(defaultJobs(0)).toBe(1);
    expect(defaultJobs(BYTES_PER_JOB - 1)).toBe(1);
    expect(defaultJobs(BYTES_PER_JOB)).toBe(Math.min(cores, 2));
    expect(defaultJobs(3 * BYTES_PER_JOB + 5)).toBe(Math.min(cores, 4));
    expect(defaultJobs(1e15)).toBe(cores);
    expect(defaultJobs()).toBe(cores);
  });

  it("sizes the input from its files, counting one that cannot be read as nothing", () => {
    const sizes = files.reduce((n, f) => n + statSync(f).size, 0);
    expect(sizes).toBeGreaterThan(0);
    // Missing, and under a file (ENOTDIR): reading reports them by name, sizing does not fail on them.
    expect(inputBytes([...files, join(dir, "not-there.txt"), join(files[0], "under-a-file.txt")])).toBe(
      sizes,
    );
  });
});

describe("createExtractPool", () => {
  const articles: Article[] = [];
  beforeAll(async () => {
    for await (const o of readArticles(files)) if (o.ok) articles.push(o.article);
  });
  const pools: { close(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const p of pools) await p.close();
  });

  it("extracts on worker threads (run from the sources here) what one extractor gives, in order", async () => {
    const pool = createExtractPool(2);
    pools.push(pool);
    const groups: Promise<unknown>[] = [];
    for (let i = 0; i < articles.length; i += 5)
      groups.push(Promise.resolve(pool.extract(articles.slice(i, i + 5))));
    const outcomes = (await Promise.all(groups)).flat();
    expect(outcomes).toEqual(createExtractor().extractMany(articles));
    expect(outcomes.every((o) => (o as { ok: boolean }).ok)).toBe(true);
  });

  it("gives an article the same extraction whatever its extractor read before (any worker may get it)", () => {
    const forward = createExtractor().extractMany(articles);
    const backward = createExtractor()
      .extractMany([...articles].reverse())
      .reverse();
    expect(backward).toEqual(forward);
  });

  it("fails the articles a dead worker held, one by one, and goes on with a new worker", async () => {
    const pool = createExtractPool(2);
    pools.push(pool);
    const first = await pool.extract(articles.slice(0, 2));
    expect(first.every((o) => o.ok)).toBe(true);
    // A worker dies (as on a crash or an out-of-memory abort) while it holds the next group.
    const { slots } = pool as unknown as { slots: { worker: Worker; inFlight: Map<number, unknown> }[] };
    const held = pool.extract(articles.slice(2, 5));
    const holder = slots.find((s) => s.inFlight.size > 0)!;
    // It must die holding the group: a fast worker could answer before the termination lands (this test
    // failed so under load), so an answer it may still send is not heard — as from a worker that crashed.
    holder.worker.removeAllListeners("message");
    await holder.worker.terminate();
    expect(await held).toEqual(
      articles.slice(2, 5).map(() => ({ ok: false, error: "extraction worker exited (code 1)" })),
    );
    expect(await pool.extract(articles.slice(5, 7))).toEqual(
      createExtractor().extractMany(articles.slice(5, 7)),
    );
  });

  it("answers the groups it holds with a failure per article once closed", async () => {
    const pool = createExtractPool(2);
    const pending = pool.extract(articles.slice(0, 3));
    await pool.close();
    expect(await pending).toEqual(
      articles.slice(0, 3).map(() => ({ ok: false, error: "extraction stopped" })),
    );
    expect(await pool.extract(articles.slice(0, 1))).toEqual([{ ok: false, error: "extraction stopped" }]);
  });
});
