// The one place that chains read → extract → resolve → store. Streams one article at a time (memory
// stays flat however many files), groups extracted articles into small write batches, and reports bad
// files by name instead of stopping.
import { stat } from "node:fs/promises";
import { readArticles, expandInputs, inputBytes } from "../read/index.js";
import { EXTRACT_GROUP, type ExtractOutcome } from "../extract/index.js";
import { createExtractPool, type ExtractPool } from "../extract/pool.js";
import { defaultJobs } from "../extract/jobs.js";
import { EntityRegistry } from "../extract/entity-registry.js";
import type { Db } from "../store/connection.js";
import { classifyNeo4jError } from "../store/cypher-errors.js";
import { applySchema } from "../store/schema.js";
import { loadPlan, reconcileStore } from "../curate/curate.js";
import { migrateContradictions } from "../store/migrate-contradictions.js";
import { rankUnranked } from "../store/rank.js";
import { listEntities, storedContentHashes } from "../store/read-entities.js";
import { writeArticles } from "../store/write-article.js";
import { loadReliability, type Reliability } from "../graph/source-reliability.js";
import type { Article, ArticleExtraction } from "../types.js";
import { createProgress, SILENT_PROGRESS } from "./progress.js";
import { storeCounts } from "./store-counts.js";
import { OrderedExtraction } from "./parallel-extract.js";

export interface IngestOptions {
  /** Skip files whose modification time is older than this. */
  since?: Date;
  /** Articles per write transaction (each batch is all-or-nothing). */
  batchSize?: number;
  /** Show progress on stderr when it is a TTY (default true). */
  progress?: boolean;
  /**
   * Aborted when the database is known to be gone (the CLI watches the managed JVM): the ingest stops
   * at once instead of waiting out the driver's retries. The reason should be an Error naming the cause.
   */
  signal?: AbortSignal;
  /**
   * Extraction threads (default 1: this thread; the CLI passes "auto": one per BYTES_PER_JOB of input,
   * up to the cores). More extract in worker threads while this one resolves and writes, with the same
   * result. A library caller opts in, so embedding geokg never starts threads it did not ask for.
   */
  jobs?: number | "auto";
}

export interface IngestFailure {
  file: string;
  error: string;
}

export interface IngestSummary {
  /** Files found and considered (after --since). */
  files: number;
  /** Files skipped by --since. */
  skippedOld: number;
  /** Articles read successfully. */
  read: number;
  stored: number;
  unchanged: number;
  failed: IngestFailure[];
  /** Corrections whose target is not in the store after the ingest (src/curate): kept, not applied. */
  correctionsNotApplied: { id: string; op: string; target: string }[];
  /** Totals in the store after the ingest. */
  entities: number;
  relations: number;
  seconds: number;
}

/**
 * The database went away during the ingest. Everything stored before is whole (each batch is one
 * transaction); the message says what happened and how to resume. `summary` is the work done so far.
 */
export class IngestStopped extends Error {
  constructor(
    readonly summary: IngestSummary,
    db: Db,
    cause: unknown,
  ) {
    const why = (cause as Error)?.message ?? String(cause);
    const restart = db.target.managed
      ? "start it again with `geokg db start`"
      : `bring back the Neo4j that NEO4J_URI names (${db.target.uri})`;
    super(
      `ingest stopped: Neo4j at ${db.target.uri} is not reachable (${why}). ` +
        `${summary.stored} articles were confirmed stored before that; every stored article is whole. ` +
        `To resume, ${restart}, then run the same command again: stored articles are skipped.`,
      { cause },
    );
    this.name = "IngestStopped";
  }
}

/** True for failures that mean the database, not the article, is the problem. */
function databaseGone(err: unknown, signal?: AbortSignal): boolean {
  return Boolean(signal?.aborted) || classifyNeo4jError(err) === "unavailable";
}

/** `work`, or the signal's reason as soon as it is aborted (the work is then left to fail on its own). */
function unlessAborted<T>(work: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  work.catch(() => {});
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

// Articles per write transaction. Per-article transactions spend most of their time on per-query
// overhead; each batch also looks its entities up and reads the claims on its keys once, so larger
// batches amortise that: in `npm run bench -- store` (2,000 articles, steady state) 250 per batch
// reached 0.40-0.46 of the bare-create rate, 500 0.50-0.52 and 1,000 0.62. A batch commits whole or
// not at all, so each article stays atomic; a batch that failed on its content is retried article by
// article, one that failed because the database is gone stops the ingest (IngestStopped).
export const DEFAULT_BATCH_SIZE = 1000;

async function filterSince(files: string[], since: Date | undefined): Promise<string[]> {
  if (!since) return files;
  const kept: string[] = [];
  for (const file of files) {
    try {
      if ((await stat(file)).mtime >= since) kept.push(file);
    } catch {
      kept.push(file); // let the reader report the problem by name
    }
  }
  return kept;
}

export async function ingest(db: Db, inputs: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const summary: IngestSummary = {
    files: 0,
    skippedOld: 0,
    read: 0,
    stored: 0,
    unchanged: 0,
    failed: [],
    correctionsNotApplied: [],
    entities: 0,
    relations: 0,
    seconds: 0,
  };
  try {
    return await ingestInto(summary, db, inputs, opts);
  } catch (err) {
    if (err instanceof IngestStopped || !databaseGone(err, opts.signal)) throw err;
    throw new IngestStopped(summary, db, opts.signal?.aborted ? opts.signal.reason : err);
  }
}

interface Extracted {
  file: string;
  extraction: ArticleExtraction;
}

/** The write side of an ingest: articles gathered into batches, each written in one transaction. */
class BatchWriter {
  private pending: Extracted[] = [];

  constructor(
    private readonly db: Db,
    private readonly summary: IngestSummary,
    private readonly hashes: Map<string, string>,
    private readonly reliability: Reliability,
    readonly batchSize: number,
    private readonly signal?: AbortSignal,
  ) {}

  holds(articleId: string): boolean {
    return this.pending.some((p) => p.extraction.article.id === articleId);
  }

  async add(item: Extracted): Promise<void> {
    this.pending.push(item);
    if (this.pending.length >= this.batchSize) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const pending = this.pending;
    this.pending = [];
    try {
      await this.write(pending.map((p) => p.extraction));
    } catch (err) {
      // A lost database fails every article alike: stop (ingest() says how to resume).
      if (databaseGone(err, this.signal)) throw err;
      // One bad article must not sink its batch: retry one by one to find and name it.
      for (const p of pending) {
        try {
          await this.write([p.extraction]);
        } catch (err) {
          if (databaseGone(err, this.signal)) throw err;
          this.summary.failed.push({ file: p.file, error: `store: ${(err as Error).message}` });
        }
      }
    }
    const failed = new Set(this.summary.failed.map((f) => f.file));
    for (const p of pending)
      if (!failed.has(p.file)) this.hashes.set(p.extraction.article.id, p.extraction.article.contentHash);
  }

  private async write(extractions: ArticleExtraction[]): Promise<void> {
    const res = await unlessAborted(
      writeArticles(this.db, extractions, { reliability: this.reliability }),
      this.signal,
    );
    this.summary.stored += res.stored.length;
    this.summary.unchanged += res.unchanged.length;
  }
}

interface Stages {
  pool: ExtractPool;
  registry: EntityRegistry;
  writer: BatchWriter;
  hashes: Map<string, string>;
}

/**
 * Reads every file and hands each new or changed article to the pool; outcomes come back in reading
 * order (OrderedExtraction), are resolved against the whole store's entities and join the write
 * batches — the same sequence with any number of jobs, so the same graph and the same entity ids.
 */
async function readExtractWrite(
  summary: IngestSummary,
  files: string[],
  { pool, registry, writer, hashes }: Stages,
  opts: IngestOptions,
): Promise<void> {
  const progress = opts.progress === false ? SILENT_PROGRESS : createProgress(files.length);
  const consume = async ({ file }: { file: string }, x: ExtractOutcome) => {
    let extraction: ArticleExtraction;
    try {
      if (!x.ok) throw new Error(x.error);
      extraction = registry.resolve(x.extraction);
    } catch (err) {
      summary.failed.push({ file, error: `extract: ${(err as Error).message}` });
      return;
    }
    await writer.add({ file, extraction });
  };
  // Enough groups in flight to keep the workers busy through a whole batch's write.
  const maxGroups = Math.max(4 * pool.jobs, Math.ceil(writer.batchSize / EXTRACT_GROUP));
  const extraction = new OrderedExtraction<{ file: string; article: Article }>(pool, consume, maxGroups);
  let articles = 0;
  let filesDone = 0;
  let currentFile = "";
  for await (const outcome of readArticles(files)) {
    articles++;
    if (outcome.file !== currentFile) {
      currentFile = outcome.file;
      filesDone++;
    }
    if (!outcome.ok) {
      summary.failed.push({ file: outcome.file, error: outcome.error });
    } else {
      summary.read++;
      const { article } = outcome;
      if (
        hashes.get(article.id) === article.contentHash &&
        !writer.holds(article.id) &&
        !extraction.holds(article.id)
      ) {
        summary.unchanged++;
      } else {
        await extraction.add({ file: outcome.file, article });
      }
    }
    progress.tick(articles, filesDone);
  }
  await extraction.finish();
  await writer.flush();
  progress.end();
}

async function ingestInto(
  summary: IngestSummary,
  db: Db,
  inputs: string[],
  opts: IngestOptions,
): Promise<IngestSummary> {
  const started = Date.now();
  const batchSize = Math.max(1, opts.batchSize ?? DEFAULT_BATCH_SIZE);
  const all = await expandInputs(inputs);
  const files = await filterSince(all, opts.since);
  summary.files = files.length;
  summary.skippedOld = all.length - files.length;
  const jobs = opts.jobs === "auto" ? defaultJobs(inputBytes(files)) : Math.max(1, opts.jobs ?? 1);
  // Made before any database work: a worker loads its extractor while this thread waits for Neo4j below.
  const pool = createExtractPool(jobs);
  let reliability: Reliability;
  try {
    await applySchema(db);
    reliability = loadReliability();
    await migrateContradictions(db, reliability);
    const hashes = await storedContentHashes(db);
    // Entities merged away by corrections stay known under their own ids, so their names find them and
    // the corrections then map them to the survivor.
    const registry = new EntityRegistry([...(await listEntities(db)), ...(await loadPlan(db)).mergedAway()]);
    const writer = new BatchWriter(db, summary, hashes, reliability, batchSize, opts.signal);
    await readExtractWrite(summary, files, { pool, registry, writer, hashes }, opts);
  } finally {
    await pool.close();
  }
  // Articles are written corrected already; this catches what needs the whole store (src/curate).
  if (!(await loadPlan(db)).empty)
    summary.correctionsNotApplied = (await reconcileStore(db, reliability)).missing;
  // Entities no relation write ranked (only mentioned, or stored before ranks existed): see rank.ts.
  await rankUnranked(db);
  const counts = await storeCounts(db);
  summary.entities = counts.entities;
  summary.relations = counts.relations;
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
