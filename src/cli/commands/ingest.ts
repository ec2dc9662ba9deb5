// `geokg ingest <paths|globs…>`: read, extract and store articles; summary at the end, exit 1 if any failed.
import type { Command } from "commander";
import { ingest, IngestStopped, type IngestOptions, type IngestSummary } from "../../ingest/index.js";
import { openDb, type Db } from "../../store/connection.js";
import { watchManagedServer } from "../../store/neo4j/watch.js";
import { isCalendarDate } from "../../dates.js";
import { parseWholeNumber } from "../../whole-number.js";
import { BYTES_PER_JOB, defaultJobs } from "../../extract/jobs.js";
import { parseJobs } from "../options.js";

/** Exit status of an ingest that stopped because the database went away (1: some files failed). */
export const EXIT_DATABASE_GONE = 2;

/**
 * Runs an ingest for the CLI: while it runs, geokg's managed JVM is watched, so its death stops the
 * ingest within a second. A database that went away ends the command with IngestStopped (its message
 * says how to resume; main.ts prints it) and exit status 2.
 */
export async function ingestForCli(
  db: Db,
  paths: string[],
  opts: Omit<IngestOptions, "signal"> = {},
): Promise<IngestSummary> {
  const controller = new AbortController();
  const watch = db.target.managed
    ? watchManagedServer(undefined, (pid) =>
        controller.abort(new Error(`geokg's Neo4j (pid ${pid}) exited: killed, crashed or stopped`)),
      )
    : null;
  try {
    return await ingest(db, paths, { ...opts, jobs: opts.jobs ?? "auto", signal: controller.signal });
  } catch (err) {
    if (err instanceof IngestStopped) process.exitCode = EXIT_DATABASE_GONE;
    throw err;
  } finally {
    watch?.stop();
  }
}

export function parseSince(value: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isCalendarDate(value)) {
    throw new Error(`--since: expected a date like 2024-06-01, got "${value}"`);
  }
  return new Date(`${value}T00:00:00Z`);
}

function parseBatch(value: string): number {
  const n = parseWholeNumber(value);
  if (n === undefined || n < 1) throw new Error(`--batch: expected a whole number ≥ 1, got "${value}"`);
  return n;
}

export function formatSummary(s: IngestSummary): string {
  const lines = [
    `files: ${s.files}${s.skippedOld ? ` (${s.skippedOld} older than --since skipped)` : ""}`,
    `read: ${s.read}, stored: ${s.stored}, unchanged: ${s.unchanged}, failed: ${s.failed.length}`,
    `store now holds ${s.entities} entities and ${s.relations} relations (${s.seconds.toFixed(1)} s)`,
  ];
  // Reader errors already name their file (and line, for .jsonl); others get it prefixed.
  for (const f of s.failed)
    lines.push(`failed: ${f.error.includes(f.file) ? f.error : `${f.file}: ${f.error}`}`);
  for (const m of s.correctionsNotApplied)
    lines.push(`correction ${m.id} (${m.op}) not applied: ${m.target} is not in the store`);
  return lines.join("\n");
}

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description(
      "Read, extract and store articles (files, folders or globs) in Neo4j; unchanged articles are skipped",
    )
    .argument("<paths...>", "article files, folders or globs (txt, md, html, json, jsonl)")
    .option("--since <date>", "only files modified on or after this date (YYYY-MM-DD)", parseSince)
    .option("--json", "print the summary as JSON")
    .option("--batch <n>", "articles per write transaction", parseBatch)
    .option(
      "--jobs <n>",
      `extraction threads (default: one per ${BYTES_PER_JOB / 2 ** 20} MB of input, up to the cores, ${defaultJobs()} here; 1: no worker threads)`,
      parseJobs,
    )
    .action(
      async (paths: string[], opts: { since?: Date; json?: boolean; batch?: number; jobs?: number }) => {
        const db = await openDb();
        try {
          const summary = await ingestForCli(db, paths, {
            since: opts.since,
            batchSize: opts.batch,
            jobs: opts.jobs,
          });
          console.log(opts.json ? JSON.stringify(summary, null, 2) : formatSummary(summary));
          if (summary.failed.length) process.exitCode = 1;
        } finally {
          await db.close();
        }
      },
    );
}
