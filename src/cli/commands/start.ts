// `geokg start` (= `npm start`): the main job. Starts the managed Neo4j when NEO4J_URI is not set,
// ingests data/articles/, prints the summary, then serves the viewer.
import { join } from "node:path";
import type { Command } from "commander";
import { startServer } from "../../api/server.js";
import { DATA_DIR } from "../../config.js";
import { ingest } from "../../ingest/index.js";
import { openDb, type Db } from "../../store/connection.js";
import { formatSummary } from "./ingest.js";

export const ARTICLES_DIR = join(DATA_DIR, "articles");

/** Serving the viewer after the ingest: `db` stays open until the server stops (Ctrl-C / SIGTERM). */
async function serveViewer(db: Db, opts: { port?: number }): Promise<boolean> {
  const running = await startServer(db, { port: opts.port ?? 3000 });
  console.log(`geokg viewer on ${running.url}  (Ctrl-C stops it)`);
  const stop = async (): Promise<void> => {
    await running.close();
    await db.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
  return true;
}

export function registerStart(program: Command): void {
  program
    .command("start")
    .description(
      "Start Neo4j (managed, unless NEO4J_URI is set), ingest data/articles/, then serve the viewer",
    )
    .option("--no-serve", "stop after the ingest instead of serving the viewer")
    .option("--port <n>", "viewer port", (v) => Number.parseInt(v, 10))
    .action(async (opts: { serve: boolean; port?: number }) => {
      const db = await openDb({ start: true });
      let serving = false;
      try {
        const summary = await ingest(db, [ARTICLES_DIR]);
        console.log(formatSummary(summary));
        if (summary.failed.length) process.exitCode = 1;
        if (opts.serve) serving = await serveViewer(db, { port: opts.port });
      } finally {
        if (!serving) await db.close();
      }
    });
}
