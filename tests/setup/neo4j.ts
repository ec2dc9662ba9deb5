// vitest globalSetup: one real Neo4j for the whole run. Uses NEO4J_URI when it is already set; otherwise starts
// a managed instance in a temp state folder on a free port and stops it at the end.
//
// Tests reach it through process.env.NEO4J_URI/NEO4J_USERNAME/NEO4J_PASSWORD (the workers are started after
// this runs and inherit the environment) — or, simplest, `openTestDb()` from tests/helpers/db.ts. The same
// target is also given to `inject("neo4j")`.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { externalTarget, managedTarget, type Neo4jTarget } from "../../src/store/connection.js";
import { startManaged, stopManaged } from "../../src/store/neo4j/server.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jTarget;
  }
}

// The db and e2e projects both name this file; vitest calls it once per project that has files to run,
// in the one main process. The first call starts the server, later ones wait for it and share it.
const shared = globalThis as { geokgTestNeo4j?: Promise<Neo4jTarget> };

/** Starts the managed test server and exports its target; the returned function stops it. */
async function startTestServer(): Promise<{ target: Neo4jTarget; stop: () => Promise<void> }> {
  const base = mkdtempSync(join(tmpdir(), "geokg-test-"));
  const r = await startManaged({
    base,
    preferPort: 0, // any free port: never the user's 7687 instance
    heap: process.env.GEOKG_NEO4J_HEAP ?? "1g",
    pageCache: "256m",
    ownerPid: process.pid,
    log: (m) => console.log(m),
  });
  console.log(
    `[neo4j] test server ${r.version} at ${r.uri} ready in ${(r.startMs / 1000).toFixed(1)}s (state ${base})`,
  );
  const target: Neo4jTarget = managedTarget(r);
  process.env.NEO4J_URI = target.uri;
  process.env.NEO4J_USERNAME = target.username;
  process.env.NEO4J_PASSWORD = target.password;
  process.env.NEO4J_DATABASE = "neo4j";
  const stop = async () => {
    const s = await stopManaged({ base, graceMs: 60_000 });
    console.log(`[neo4j] test server stopped in ${(s.stopMs / 1000).toFixed(1)}s`);
    rmSync(base, { recursive: true, force: true });
  };
  return { target, stop };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const ext = externalTarget();
  if (shared.geokgTestNeo4j || ext) {
    project.provide("neo4j", (await shared.geokgTestNeo4j) ?? ext!);
    return async () => {};
  }
  const started = startTestServer();
  shared.geokgTestNeo4j = started.then((s) => s.target);
  const { target, stop } = await started;
  project.provide("neo4j", target);
  return stop;
}
