// The work of `geokg extract` once its reader thread runs: extraction on the pool, cross-article
// resolution and printing. Loaded by extract.ts after the reader starts, so that the extractor's
// modules load while that thread starts and reads.
import type { ArticleExtraction } from "../../types.js";
import type { AheadOutcome } from "../../read/index.js";
import { EXTRACT_GROUP, type ExtractOutcome } from "../../extract/index.js";
import { createExtractPool, type ExtractPool } from "../../extract/pool.js";
import { OrderedExtraction, type ToExtract } from "../../ingest/parallel-extract.js";
import { unpackTokens, type PackedTokens } from "../../extract/packed-tokens.js";
import { EntityRegistry } from "../../extract/entity-registry.js";

function jsonLine(file: string, x: ArticleExtraction): string {
  return JSON.stringify({
    file,
    article: x.article,
    entities: x.entities.map(({ id, name, type, aliases }) => ({ id, name, type, aliases })),
    // Absent fields as undefined, which JSON.stringify leaves out: the same line as spreading them in.
    relations: x.relations.map((r) => ({
      id: r.id,
      type: r.type,
      source: r.source,
      target: r.target,
      certainty: r.certainty,
      date: r.date || undefined,
      role: r.role || undefined,
      quantity: r.quantity,
      cameo: r.cameo,
      evidence: r.evidence,
    })),
  });
}

/**
 * The articles extracted in groups on `jobs` threads, resolved and printed in reading order whatever the
 * number of jobs. `tokensGiven`: the reader thread tokenised them (one job).
 */
export async function extractFiles(
  articles: AsyncIterable<AheadOutcome<PackedTokens>>,
  { jobs, tokensGiven, format }: { jobs: number; tokensGiven: boolean; format: "json" | "jsonl" },
): Promise<void> {
  const pool = createExtractPool(jobs, { tokensGiven });
  try {
    await printExtractions(articles, pool, format);
  } finally {
    await pool.close();
  }
}

async function printExtractions(
  articles: AsyncIterable<AheadOutcome<PackedTokens>>,
  pool: ExtractPool,
  format: "json" | "jsonl",
): Promise<void> {
  const registry = new EntityRegistry();
  const all: ArticleExtraction[] = [];
  let failed = 0;
  const consume = ({ file }: { file: string }, outcome: ExtractOutcome) => {
    let x: ArticleExtraction;
    try {
      if (!outcome.ok) throw new Error(outcome.error);
      x = registry.resolve(outcome.extraction);
    } catch (err) {
      failed++;
      console.error(
        `geokg extract: ${file}: extraction failed: ${err instanceof Error ? err.message : String(err)}`,
      );
      return;
    }
    if (format === "jsonl") process.stdout.write(jsonLine(file, x) + "\n");
    else all.push(x);
  };
  const extraction = new OrderedExtraction<ToExtract & { file: string }>(pool, consume, 8 * pool.jobs);
  let added = 0;
  for await (const outcome of articles) {
    if (!outcome.ok) {
      failed++;
      console.error(`geokg extract: ${outcome.error}`);
      continue;
    }
    const { file, article, prepared } = outcome;
    // One thread extracting: the first group article by article, as the reader thread, still warming
    // up, sends them. (With workers, each such article would start a worker of its own.)
    const now = pool.jobs === 1 && added++ < EXTRACT_GROUP;
    await extraction.add({ file, article, tokens: prepared && unpackTokens(prepared, article.text) }, now);
  }
  await extraction.finish();
  if (format === "json") {
    // Loaded only here: graphology and the reliability table's schema are not needed for jsonl.
    const { buildGraph } = await import("../../graph/build-graph.js");
    const { loadReliability } = await import("../../graph/source-reliability.js");
    process.stdout.write(JSON.stringify(buildGraph(all, loadReliability()).export()) + "\n");
  }
  if (failed) process.exitCode = 1;
}
