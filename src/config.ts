// Where things live and which limits apply. One place, so the CLI, tests and server agree.
import { fileURLToPath } from "node:url";
import { dirname, join, resolve } from "node:path";

/** Project root (the folder holding package.json), whether running from src/ or dist/. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Local state (managed Neo4j data, password) — git-ignored. Overridable for tests. */
export function stateDir(): string {
  return process.env.GEOKG_HOME ? resolve(process.env.GEOKG_HOME) : join(PROJECT_ROOT, ".geokg");
}

export const DATA_DIR = join(PROJECT_ROOT, "data");
export const CYPHER_DIR = join(PROJECT_ROOT, "cypher");

/** Articles larger than this are rejected by name instead of being read. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
