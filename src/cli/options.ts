// Option parsers shared by several commands. Kept apart from the command modules so that a light
// command (extract) does not load a heavy one (ingest, with the Neo4j driver) for a shared parser.
import { parseWholeNumber } from "../whole-number.js";

/** `--jobs <n>`: extraction threads, a whole number ≥ 1 (shared by ingest, extract and start). */
export function parseJobs(value: string): number {
  const n = parseWholeNumber(value);
  if (n === undefined || n < 1) throw new Error(`--jobs: expected a whole number ≥ 1, got "${value}"`);
  return n;
}
