// `geokg serve`: the JSON API and the graph viewer on one local port.
import { randomBytes } from "node:crypto";
import { type Command, InvalidArgumentError } from "commander";
import { hostName } from "../../api/host-guard.js";
import { parseWholeNumber } from "../../whole-number.js";
import { startServer, type AppOptions } from "../../api/server.js";
import { openDb, SERVE_CONNECT, type Db } from "../../store/connection.js";
import { superviseManaged } from "../../store/neo4j/supervise.js";

export function parsePort(value: string): number {
  const n = parseWholeNumber(value);
  if (n === undefined || n > 65535) throw new InvalidArgumentError("expected a port number 0-65535");
  return n;
}

function parseCount(value: string): number {
  const n = parseWholeNumber(value);
  if (n === undefined) throw new InvalidArgumentError("expected a whole number");
  return n;
}

/** `--allow-host` values, repeatable and comma-separated; each must read as a host name. */
export function collectHosts(value: string, previous: string[] = []): string[] {
  const names = value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
  for (const name of names)
    if (!hostName(name)) throw new InvalidArgumentError(`"${name}" is not a host name or address`);
  return [...previous, ...names];
}

/**
 * Serves the API and viewer on the open database until SIGINT/SIGTERM. geokg's managed Neo4j is
 * supervised meanwhile: restarted with backoff if its JVM dies. Shared by `serve` and `start`.
 */
export async function serveUntilStopped(
  db: Db,
  opts: AppOptions & { host: string; port: number },
  hint = "",
): Promise<void> {
  const log = (message: string) => console.error(message);
  const running = await startServer(db, { ...opts, log });
  const supervisor = db.target.managed
    ? superviseManaged({
        log,
        onRestart: (started) => (started.uri === db.target.uri ? undefined : db.useUri(started.uri)),
      })
    : null;
  console.log(`geokg serving on ${running.url}  (API: ${running.url}api/health)${hint}`);
  if (opts.editToken)
    console.log(
      `editable: open ${running.url}?token=${opts.editToken} to correct the graph (the token is needed for every change)`,
    );
  const stop = async (): Promise<void> => {
    supervisor?.stop();
    await running.close();
    await db.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
}

export const ALLOW_HOST_HELP =
  "also answer requests addressed to this host name (repeatable); loopback names and --host are always served";

/** `--graph-budget` and `--graph-top`, for every command that serves the viewer (serve, start). */
export function withGraphBudget(command: Command): Command {
  return command
    .option(
      "--graph-budget <relations>",
      "above this many relations, /api/graph sends the most central entities only (default 20000, or GEOKG_GRAPH_BUDGET)",
      parseCount,
    )
    .option("--graph-top <entities>", "how many central entities it sends then (default 250)", parseCount);
}

export function registerServe(program: Command): void {
  const command = program
    .command("serve")
    .description("Serve the JSON API (/api) and the graph viewer (/) from the Neo4j graph")
    .option("-p, --port <port>", "port to listen on (0 = any free port)", parsePort, 3000)
    .option(
      "--host <host>",
      "interface to bind; keep 127.0.0.1 unless you mean to expose the graph",
      "127.0.0.1",
    )
    .option("--allow-host <name>", ALLOW_HOST_HELP, collectHosts, [] as string[])
    .option("--cors", "allow cross-origin requests to the API", false);
  withGraphBudget(command)
    .option(
      "--editable",
      "turn on the correction endpoints, guarded by a random token printed at start",
      false,
    )
    .action(
      async (opts: {
        port: number;
        host: string;
        cors: boolean;
        allowHost: string[];
        editable: boolean;
        graphBudget?: number;
        graphTop?: number;
      }) => {
        const db = await openDb(SERVE_CONNECT);
        await serveUntilStopped(db, {
          graph: { budget: opts.graphBudget, top: opts.graphTop },
          host: opts.host,
          port: opts.port,
          cors: opts.cors,
          allowHosts: opts.allowHost,
          editToken: opts.editable ? randomBytes(24).toString("base64url") : undefined,
        });
      },
    );
}
