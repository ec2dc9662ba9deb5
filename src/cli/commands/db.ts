// `geokg db start | stop | status`: the managed Neo4j's lifecycle from the command line.
import type { Command } from "commander";
import { externalTarget } from "../../store/connection.js";
import { DEFAULT_PORT, managedStatus, startManaged, stopManaged } from "../../store/neo4j/server.js";
import { parseWholeNumber } from "../../whole-number.js";

export function registerDb(program: Command): void {
  const db = program
    .command("db")
    .description("Manage geokg's own Neo4j 5.26 (Bolt on 127.0.0.1), or report NEO4J_URI");

  db.command("start")
    .description(
      "Start the managed Neo4j in the background (builds it with Maven on first use) and print its bolt URI",
    )
    .option(
      "-p, --port <port>",
      `Bolt port (default ${DEFAULT_PORT}, or any free port when it is taken)`,
      parsePort,
    )
    .option("--timeout <seconds>", "How long to wait for it to get ready", seconds("--timeout"), 180)
    .action(async (o: { port?: number; timeout: number }) => {
      const ext = externalTarget();
      if (ext) {
        console.log(`NEO4J_URI is set: using the external Neo4j at ${ext.uri}; nothing started`);
        return;
      }
      const r = await startManaged({ port: o.port, timeoutMs: o.timeout * 1000 });
      if (r.startedNow) {
        console.error(
          `geokg: Neo4j ${r.version} ready in ${(r.startMs / 1000).toFixed(1)}s (pid ${r.pid}, data ${r.dataDir})`,
        );
      } else {
        console.error(`geokg: Neo4j ${r.version} was already running (pid ${r.pid})`);
      }
      console.log(r.uri);
    });

  db.command("stop")
    .description("Stop the managed Neo4j (SIGTERM, clean shutdown; SIGKILL after the grace period)")
    .option(
      "--grace <seconds>",
      "Seconds to wait for a clean shutdown before SIGKILL",
      seconds("--grace"),
      60,
    )
    .action(async (o: { grace: number }) => {
      const r = await stopManaged({ graceMs: o.grace * 1000 });
      if (!r.wasRunning) console.log("geokg's Neo4j is not running");
      else
        console.log(
          `stopped Neo4j (pid ${r.pids.join(", ")}) in ${(r.stopMs / 1000).toFixed(1)}s${r.how === "kill" ? " (killed after the grace period)" : ""}`,
        );
    });

  db.command("status")
    .description("Is the managed Neo4j running: pid, bolt URI, data folder, Neo4j version")
    .option("--json", "Print JSON")
    .action((o: { json?: boolean }) => {
      const ext = externalTarget();
      const s = managedStatus();
      if (o.json) {
        console.log(
          JSON.stringify(
            { ...s, external: ext ? { uri: ext.uri, username: ext.username, database: ext.database } : null },
            null,
            2,
          ),
        );
        return;
      }
      if (ext) console.log(`NEO4J_URI is set: geokg uses the external Neo4j at ${ext.uri}`);
      if (s.running) {
        console.log(`running: Neo4j ${s.version}  pid ${s.pid}  ${s.uri}  since ${s.started}`);
      } else {
        console.log(`not running${s.staleStateRemoved ? " (removed a stale state file)" : ""}`);
      }
      console.log(`data: ${s.dataDir}\nlog:  ${s.logFile}`);
      if (!s.running) process.exitCode = 3;
    });
}

function parsePort(v: string): number {
  const n = parseWholeNumber(v);
  if (n === undefined || n < 1 || n > 65535) throw new Error(`--port: '${v}' is not a port number`);
  return n;
}

function seconds(flag: string): (v: string) => number {
  return (v) => {
    const n = parseWholeNumber(v);
    if (n === undefined) throw new Error(`${flag}: '${v}' is not a whole number of seconds`);
    return n;
  };
}
