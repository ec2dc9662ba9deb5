// `geokg extract <files…> --format json|jsonl`: extraction without a database, for inspection and
// for the scorer. jsonl prints one line per article; json prints the merged graph (graphology JSON).
import { Command, Option } from "commander";
import type { Article, ArticleExtraction, ReadOutcome } from "../../types.js";
import { expandInputs, inputBytes, readArticlesAhead } from "../../read/index.js";
import type { ExtractOutcome } from "../../extract/index.js";
import { BYTES_PER_JOB, createExtractPool, defaultJobs, type ExtractPool } from "../../extract/pool.js";
import { OrderedExtraction } from "../../ingest/parallel-extract.js";
import { parseJobs } from "../options.js";
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

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("Extract entities and relations from articles (no database) and print them")
    .argument("<files...>", "article files, folders or globs (txt, md, html, json, jsonl)")
    .addOption(new Option("--format <format>", "output format").choices(["json", "jsonl"]).default("jsonl"))
    .option(
      "--jobs <n>",
      `extraction threads (default: one per ${BYTES_PER_JOB / 2 ** 20} MB of input, up to the cores, ${defaultJobs()} here); the output is the same`,
      parseJobs,
    )
    .action(async (inputs: string[], opts: { format: "json" | "jsonl"; jobs?: number }) => {
      const files = await expandInputs(inputs);
      // Reading starts first: its thread reads while this one loads the extractor.
      const articles = readArticlesAhead(files);
      const pool = createExtractPool(opts.jobs ?? defaultJobs(inputBytes(files)));
      try {
        await extractFiles(articles, pool, opts.format);
      } finally {
        await pool.close();
      }
    });
}

/** Extracted in groups on the pool, resolved and printed in reading order whatever the number of jobs. */
async function extractFiles(
  articles: AsyncIterable<ReadOutcome>,
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
  const extraction = new OrderedExtraction<{ file: string; article: Article }>(pool, consume, 8 * pool.jobs);
  for await (const outcome of articles) {
    if (!outcome.ok) {
      failed++;
      console.error(`geokg extract: ${outcome.error}`);
      continue;
    }
    await extraction.add({ file: outcome.file, article: outcome.article });
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
