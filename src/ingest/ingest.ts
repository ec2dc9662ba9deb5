// The one place that chains read → extract → resolve → store. Streams one article at a time (memory
// stays flat however many files), groups extracted articles into small write batches, and reports bad
// files by name instead of stopping.
import { stat } from "node:fs/promises";
import { readArticles, expandInputs } from "../read/index.js";
import { createExtractor, EXTRACT_GROUP } from "../extract/index.js";
import { EntityRegistry } from "../extract/entity-registry.js";
import type { Db } from "../store/connection.js";
import { applySchema } from "../store/schema.js";
import { listEntities, storedContentHashes } from "../store/read-entities.js";
import { writeArticles } from "../store/write-article.js";
import { loadReliability } from "../store/source-reliability.js";
import type { Article, ArticleExtraction } from "../types.js";
import { createProgress, SILENT_PROGRESS } from "./progress.js";
import { storeCounts } from "./store-counts.js";

export interface IngestOptions {
  /** Skip files whose modification time is older than this. */
  since?: Date;
  /** Articles per write transaction (each batch is all-or-nothing). */
  batchSize?: number;
  /** Show progress on stderr when it is a TTY (default true). */
  progress?: boolean;
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
  /** Totals in the store after the ingest. */
  entities: number;
  relations: number;
  seconds: number;
}

// Articles per write transaction. Per-article transactions spend most of their time on per-query
// overhead; each batch also looks its entities up and reads the claims on its keys once, so larger
// batches amortise that: in `npm run bench -- store` (2,000 articles, steady state) 250 per batch
// reached 0.40-0.46 of the bare-create rate, 500 0.50-0.52 and 1,000 0.62. A batch commits whole or
// not at all, so each article stays atomic; a failed batch is retried article by article.
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
  const started = Date.now();
  const batchSize = Math.max(1, opts.batchSize ?? DEFAULT_BATCH_SIZE);
  await applySchema(db);
  const reliability = loadReliability();
  const all = await expandInputs(inputs);
  const files = await filterSince(all, opts.since);
  const summary: IngestSummary = {
    files: files.length,
    skippedOld: all.length - files.length,
    read: 0,
    stored: 0,
    unchanged: 0,
    failed: [],
    entities: 0,
    relations: 0,
    seconds: 0,
  };
  const hashes = await storedContentHashes(db);
  const registry = new EntityRegistry(await listEntities(db));
  const extractor = createExtractor();
  const progress = opts.progress === false ? SILENT_PROGRESS : createProgress(files.length);

  let batch: { file: string; extraction: ArticleExtraction }[] = [];
  let articles = 0;
  let filesDone = 0;
  let currentFile = "";
  const flush = async () => {
    if (batch.length === 0) return;
    const pending = batch;
    batch = [];
    try {
      const res = await writeArticles(
        db,
        pending.map((p) => p.extraction),
        { reliability },
      );
      summary.stored += res.stored.length;
      summary.unchanged += res.unchanged.length;
    } catch {
      // One bad article must not sink its batch: retry one by one to find and name it.
      for (const p of pending) {
        try {
          const res = await writeArticles(db, [p.extraction], { reliability });
          summary.stored += res.stored.length;
          summary.unchanged += res.unchanged.length;
        } catch (err) {
          summary.failed.push({ file: p.file, error: `store: ${(err as Error).message}` });
        }
      }
    }
    const failed = new Set(summary.failed.map((f) => f.file));
    for (const p of pending)
      if (!failed.has(p.file)) hashes.set(p.extraction.article.id, p.extraction.article.contentHash);
  };

  // Articles wait in groups of EXTRACT_GROUP to be extracted together (extractMany), then join the
  // write batch in reading order.
  let group: { file: string; article: Article }[] = [];
  const extractGroup = async () => {
    const pending = group;
    group = [];
    const outcomes = extractor.extractMany(pending.map((p) => p.article));
    for (let i = 0; i < pending.length; i++) {
      const { file } = pending[i];
      const x = outcomes[i];
      if (!x.ok) {
        summary.failed.push({ file, error: `extract: ${x.error}` });
        continue;
      }
      try {
        batch.push({ file, extraction: registry.resolve(x.extraction) });
      } catch (err) {
        summary.failed.push({ file, error: `extract: ${(err as Error).message}` });
      }
      if (batch.length >= batchSize) await flush();
    }
  };

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
        !batch.some((b) => b.extraction.article.id === article.id) &&
        !group.some((g) => g.article.id === article.id)
      ) {
        summary.unchanged++;
      } else {
        group.push({ file: outcome.file, article });
        if (group.length >= EXTRACT_GROUP) await extractGroup();
      }
    }
    progress.tick(articles, filesDone);
  }
  await extractGroup();
  await flush();
  progress.end();
  const counts = await storeCounts(db);
  summary.entities = counts.entities;
  summary.relations = counts.relations;
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
