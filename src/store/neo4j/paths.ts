// Where the managed Neo4j keeps its files. Everything lives under <stateDir()>/neo4j (git-ignored), so a
// GEOKG_HOME per test run gives each run its own server.
import { join } from "node:path";
import { PROJECT_ROOT, stateDir } from "../../config.js";

export interface ManagedPaths {
  /** <stateDir()>/neo4j — the managed instance's folder. */
  dataDir: string;
  /** Neo4j's own home (databases, transaction logs, Neo4j's logs). */
  home: string;
  /** pid, port, uri, version, started — present while a server runs. */
  stateFile: string;
  /** The neo4j user's password, made at first start (mode 0600). */
  passwordFile: string;
  /** The JVM's stdout/stderr. */
  logFile: string;
  /** Held while one process is starting the server, so two starts cannot race on one store. */
  startLock: string;
}

export function managedPaths(base: string = stateDir()): ManagedPaths {
  const dataDir = join(base, "neo4j");
  return {
    dataDir,
    home: join(dataDir, "dbms"),
    stateFile: join(dataDir, "state.json"),
    passwordFile: join(dataDir, "password"),
    logFile: join(dataDir, "neo4j.log"),
    startLock: join(dataDir, "start.lock"),
  };
}

/** The Maven module that builds the launcher and its classpath. */
export const MODULE_DIR = join(PROJECT_ROOT, "neo4j");
export const MODULE_JAR = join(MODULE_DIR, "target", "geokg-neo4j.jar");
export const MODULE_LIB = join(MODULE_DIR, "target", "lib");
export const MAIN_CLASS = "geokg.EmbeddedNeo4j";
export const READY_MARK = "GEOKG_NEO4J_READY";
