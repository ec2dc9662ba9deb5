// vitest globalSetup: one real Neo4j for the whole run. Uses NEO4J_URI when it is already set; otherwise starts
// a managed instance in a temp state folder on a free port and stops it at the end.
//
// Tests reach it through process.env.NEO4J_URI/NEO4J_USERNAME/NEO4J_PASSWORD (the workers are started after
// this runs and inherit the environment) — or, simplest, `openTestDb()` from tests/helpers/db.ts. The same
// target is also given to `inject("neo4j")`.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { globSync } from "tinyglobby";
import type { TestProject } from "vitest/node";
import { externalTarget, type Neo4jTarget } from "../../src/store/connection.js";
import { startManaged, stopManaged } from "../../src/store/neo4j/server.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jTarget;
  }
}

/**
 * Runs limited to tests/unit (e.g. `vitest run tests/unit/foo`, `--project unit`) need no database, and a JVM
 * start costs a minute on a busy 2-core machine. CLI filters are substrings of file paths; anything else —
 * including a plain `vitest run` — gets the server. GEOKG_TEST_NEO4J=always forces it.
 */
function runNeedsNeo4j(root: string): boolean {
  if (process.env.GEOKG_TEST_NEO4J === "always") return true;
  const runAt = process.argv.findIndex((a) => a === "run" || a === "watch" || a === "dev");
  const filters = process.argv.slice(runAt >= 0 ? runAt + 1 : 2).filter((a) => !a.startsWith("-"));
  if (filters.length === 0) return true;
  const files = globSync("tests/**/*.test.ts", { cwd: root });
  const selected = files.filter((f) => filters.some((x) => f.includes(x.replace(/^\.\//, ""))));
  return selected.length === 0 || selected.some((f) => !f.startsWith("tests/unit/"));
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const ext = externalTarget();
  if (ext) {
    project.provide("neo4j", ext);
    return async () => {};
  }
  if (!runNeedsNeo4j(project.config.root)) {
    console.log("[neo4j] only tests/unit selected: no test server started");
    return async () => {};
  }
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
  const target: Neo4jTarget = {
    uri: r.uri,
    username: "neo4j",
    password: r.password,
    database: "neo4j",
    managed: true,
  };
  process.env.NEO4J_URI = target.uri;
  process.env.NEO4J_USERNAME = target.username;
  process.env.NEO4J_PASSWORD = target.password;
  process.env.NEO4J_DATABASE = "neo4j";
  project.provide("neo4j", target);

  return async () => {
    const s = await stopManaged({ base, graceMs: 60_000 });
    console.log(`[neo4j] test server stopped in ${(s.stopMs / 1000).toFixed(1)}s`);
    rmSync(base, { recursive: true, force: true });
  };
}
