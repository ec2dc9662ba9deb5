// `geokg start` (= `npm start`): the main job. Starts the managed Neo4j when NEO4J_URI is not set,
// ingests data/articles/, prints the summary, then serves the API and viewer until Ctrl-C.
import { join } from "node:path";
import type { Command } from "commander";
import { DATA_DIR } from "../../config.js";
import { openDb, SERVE_CONNECT } from "../../store/connection.js";
import { BYTES_PER_JOB, defaultJobs } from "../../extract/jobs.js";
import { formatSummary, ingestForCli } from "./ingest.js";
import { parseJobs } from "../options.js";
import { ALLOW_HOST_HELP, collectHosts, parsePort, serveUntilStopped, withGraphBudget } from "./serve.js";

export const ARTICLES_DIR = join(DATA_DIR, "articles");

interface StartOptions {
  serve: boolean;
  port: number;
  host: string;
  allowHost: string[];
  jobs?: number;
  graphBudget?: number;
  graphTop?: number;
}

export function registerStart(program: Command): void {
  const command = program
    .command("start")
    .description(
      "Start Neo4j (managed, unless NEO4J_URI is set), ingest data/articles/, then serve the viewer",
    )
    .option("--no-serve", "stop after the ingest instead of serving the viewer")
    .option("-p, --port <port>", "viewer port (0 = any free port)", parsePort, 3000)
    .option("--host <host>", "interface to bind the viewer to", "127.0.0.1")
    .option("--allow-host <name>", ALLOW_HOST_HELP, collectHosts, [] as string[])
    .option(
      "--jobs <n>",
      `extraction threads for the ingest (default: one per ${BYTES_PER_JOB / 2 ** 20} MB of articles, up to the cores, ${defaultJobs()} here)`,
      parseJobs,
    );
  withGraphBudget(command).action(async (opts: StartOptions) => {
    const db = await openDb({ start: true });
    try {
      const summary = await ingestForCli(db, [ARTICLES_DIR], { jobs: opts.jobs });
      console.log(formatSummary(summary));
      if (summary.failed.length) process.exitCode = 1;
    } finally {
      await db.close();
    }
    if (!opts.serve) return;
    // Serving wants a connection that gives up in seconds, where the ingest rode out hiccups.
    const served = await openDb(SERVE_CONNECT);
    const where = {
      host: opts.host,
      port: opts.port,
      allowHosts: opts.allowHost,
      graph: { budget: opts.graphBudget, top: opts.graphTop },
    };
    await serveUntilStopped(served, where, " — Ctrl-C to stop");
  });
}
