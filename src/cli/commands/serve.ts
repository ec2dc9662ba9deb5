// `geokg serve`: the JSON API and the graph viewer on one local port.
import { type Command, InvalidArgumentError } from "commander";
import { startServer } from "../../api/server.js";
import { openDb } from "../../store/connection.js";

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError("expected a port number 0-65535");
  return n;
}

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("Serve the JSON API (/api) and the graph viewer (/) from the Neo4j graph")
    .option("-p, --port <port>", "port to listen on (0 = any free port)", port, 3000)
    .option(
      "--host <host>",
      "interface to bind; keep 127.0.0.1 unless you mean to expose the graph",
      "127.0.0.1",
    )
    .option("--cors", "allow cross-origin requests to the API", false)
    .action(async (opts: { port: number; host: string; cors: boolean }) => {
      const db = await openDb();
      const running = await startServer(db, { host: opts.host, port: opts.port, cors: opts.cors });
      console.log(`geokg serving on ${running.url}  (API: ${running.url}api/health)`);
      const stop = async (): Promise<void> => {
        await running.close();
        await db.close();
        process.exit(0);
      };
      process.once("SIGINT", () => void stop());
      process.once("SIGTERM", () => void stop());
    });
}
