#!/usr/bin/env node
// geokg command line. Each subcommand lives in its own module under ./commands and registers itself.
import type { Command } from "commander";
import { preloadReader } from "../read/read-ahead.js";
import { TOKENISE_AHEAD, tokenisesAhead } from "../extract/jobs.js";

type Register = (program: Command) => void;

const asked = process.argv[2];
// `geokg extract` with one job (the default below 4 MB): its reader thread starts now, before this
// thread loads commander and the command, and loads wink-nlp's model meanwhile — the longest wait before
// the first article. The command takes it over once it knows its files (readArticlesAhead).
// (A larger input, or --jobs above 1, has it stopped: workers tokenise their own articles.)
if (asked === "extract" && tokenisesAhead(jobsAsked(process.argv))) preloadReader(TOKENISE_AHEAD);

/** The --jobs a command line gives ("--jobs 2", "--jobs=2"), 1 when none. */
function jobsAsked(argv: string[]): number {
  const i = argv.findIndex((a) => a === "--jobs" || a.startsWith("--jobs="));
  if (i < 0) return 1;
  const value = argv[i].startsWith("--jobs=") ? argv[i].slice("--jobs=".length) : argv[i + 1];
  return Number(value) || 1;
}

// Each command's module, loaded only when that command runs: `geokg extract` need not load the
// Neo4j driver, express and the API (about a second of start-up on the development machine).
// Help, and anything that is not a command name, loads them all.
const COMMANDS: Record<string, () => Promise<Register>> = {
  curate: async () => (await import("./commands/curate.js")).registerCurate,
  db: async () => (await import("./commands/db.js")).registerDb,
  extract: async () => (await import("./commands/extract.js")).registerExtract,
  ingest: async () => (await import("./commands/ingest.js")).registerIngest,
  export: async () => (await import("./commands/export.js")).registerExport,
  remove: async () => (await import("./commands/remove.js")).registerRemove,
  query: async () => (await import("./commands/query.js")).registerQuery,
  serve: async () => (await import("./commands/serve.js")).registerServe,
  start: async () => (await import("./commands/start.js")).registerStart,
};

// "geokg extract … | head": the reader has what it wanted once it closes the pipe. Stop quietly, as
// Unix tools do, rather than print a stack trace for the next write.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code !== "EPIPE") throw err;
  process.exit(process.exitCode ?? 0);
});

const { Command: Program } = await import("commander");
const program = new Program();
program
  .name("geokg")
  .description("Geopolitical knowledge-graph builder: news articles → Neo4j graph → Cypher, browser, exports")
  .version("0.1.0")
  .showHelpAfterError();

const names = asked !== undefined && Object.hasOwn(COMMANDS, asked) ? [asked] : Object.keys(COMMANDS);
for (const name of names) (await COMMANDS[name]())(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  console.error(`geokg: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = process.exitCode || 1;
  // A query abandoned at its deadline leaves a socket the server may hold open for minutes; the
  // message is written (stderr is synchronous), so do not wait for it.
  process.exit();
}
