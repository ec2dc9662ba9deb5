// `geokg start` (= `npm start`): the main job. Starts the managed Neo4j when NEO4J_URI is not set,
// ingests data/articles/, prints the summary, then serves the API and viewer until Ctrl-C.
import { join } from "node:path";
import type { Command } from "commander";
import { startServer } from "../../api/server.js";
import { DATA_DIR } from "../../config.js";
import { ingest } from "../../ingest/index.js";
import { openDb, type Db } from "../../store/connection.js";
import { formatSummary } from "./ingest.js";
import { ALLOW_HOST_HELP, collectHosts } from "./serve.js";

export const ARTICLES_DIR = join(DATA_DIR, "articles");

/**
 * Serves the API and viewer on the open database and keeps it open until SIGINT/SIGTERM. The viewer
 * step of `start` lives here: extend it (browser opening, extra routes) without touching the ingest.
 */
async function serveViewer(db: Db, opts: { port: number; host: string; allowHost: string[] }): Promise<void> {
  const running = await startServer(db, { host: opts.host, port: opts.port, allowHosts: opts.allowHost });
  console.log(`geokg serving on ${running.url}  (API: ${running.url}api/health) — Ctrl-C to stop`);
  const stop = async (): Promise<void> => {
    await running.close();
    await db.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
}

export function registerStart(program: Command): void {
  program
    .command("start")
    .description(
      "Start Neo4j (managed, unless NEO4J_URI is set), ingest data/articles/, then serve the viewer",
    )
    .option("--no-serve", "stop after the ingest instead of serving the viewer")
    .option("-p, --port <port>", "viewer port (0 = any free port)", (v) => Number.parseInt(v, 10), 3000)
    .option("--host <host>", "interface to bind the viewer to", "127.0.0.1")
    .option("--allow-host <name>", ALLOW_HOST_HELP, collectHosts, [] as string[])
    .action(async (opts: { serve: boolean; port: number; host: string; allowHost: string[] }) => {
      const db = await openDb({ start: true });
      let serving = false;
      try {
        const summary = await ingest(db, [ARTICLES_DIR]);
        console.log(formatSummary(summary));
        if (summary.failed.length) process.exitCode = 1;
        if (opts.serve) {
          await serveViewer(db, opts);
          serving = true;
        }
      } finally {
        if (!serving) await db.close();
      }
    });
}
