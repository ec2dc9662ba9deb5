#!/usr/bin/env node
// geokg command line. Each subcommand lives in its own module under ./commands and registers itself.
import { Command } from "commander";
import { registerCurate } from "./commands/curate.js";
import { registerDb } from "./commands/db.js";
import { registerExtract } from "./commands/extract.js";
import { registerIngest } from "./commands/ingest.js";
import { registerExport } from "./commands/export.js";
import { registerRemove } from "./commands/remove.js";
import { registerQuery } from "./commands/query.js";
import { registerServe } from "./commands/serve.js";
import { registerStart } from "./commands/start.js";

const program = new Command();
program
  .name("geokg")
  .description("Geopolitical knowledge-graph builder: news articles → Neo4j graph → Cypher, browser, exports")
  .version("0.1.0")
  .showHelpAfterError();

registerCurate(program);
registerDb(program);
registerExtract(program);
registerIngest(program);
registerExport(program);
registerRemove(program);
registerQuery(program);
registerServe(program);
registerStart(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  console.error(`geokg: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = process.exitCode || 1;
  // A query abandoned at its deadline leaves a socket the server may hold open for minutes; the
  // message is written (stderr is synchronous), so do not wait for it.
  process.exit();
}
