// Resolves what the analyst typed — a library name, a .cypher file, or literal Cypher — and runs it
// through runReadOnlyCypher (or the computed entry). The one entry point for `geokg query`.
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { runReadOnlyCypher, type ReadOnlyCypherResult } from "../store/read-only-cypher.js";
import { readGraph } from "../store/read-graph.js";
import type { Db } from "../store/connection.js";
import { findEntry, parseQueryFile, type LibraryEntry, QUERY_DIR } from "./library.js";
import { inferParams, resolveParams } from "./params.js";
import { rankActors } from "./pagerank.js";

export interface RunQueryOptions {
  params?: Record<string, string>;
  limit?: number;
  timeoutMs?: number;
  libraryDir?: string;
}

export interface QueryRun extends ReadOnlyCypherResult {
  /** What ran: the library entry's name, the file, or "cypher". */
  source: string;
}

function looksLikeFile(target: string): boolean {
  return target.endsWith(".cypher") && !/\s/.test(target.trim());
}

async function runEntry(db: Db, entry: LibraryEntry, opts: RunQueryOptions): Promise<QueryRun> {
  const params = resolveParams(entry.params, opts.params ?? {}, entry.name);
  if (entry.kind === "computed") {
    const limit = opts.limit ?? 1000;
    const all = rankActors(await readGraph(db, {}), {
      type: (params.type as string | null) ?? undefined,
      happened: Boolean(params.happened),
    });
    const rows = all.slice(0, limit).map((r) => ({ ...r }));
    return {
      source: entry.name,
      columns: ["actor", "id", "type", "pagerank", "degree"],
      rows,
      truncated: all.length > limit,
    };
  }
  const result = await runReadOnlyCypher(db, entry.cypher, params, {
    maxRows: opts.limit,
    timeoutMs: opts.timeoutMs,
  });
  return { source: entry.name, ...result };
}

/** Run a library query by name, a `.cypher` file, or literal Cypher. */
export async function runQuery(db: Db, target: string, opts: RunQueryOptions = {}): Promise<QueryRun> {
  const entry = /^[\w-]+$/.test(target) ? await findEntry(target, opts.libraryDir ?? QUERY_DIR) : undefined;
  if (entry) return runEntry(db, entry, opts);
  if (looksLikeFile(target)) {
    if (!existsSync(target)) throw new Error(`${target}: no such file`);
    const text = await readFile(target, "utf8");
    // A file with a library header gets its declared parameter types; a bare one gets inferred types.
    const hasHeader = /^\s*\/\/\s*name\s*:/im.test(text);
    if (hasHeader) return { ...(await runEntry(db, parseQueryFile(text, target), opts)), source: target };
    const result = await runReadOnlyCypher(db, text, inferParams(opts.params ?? {}), {
      maxRows: opts.limit,
      timeoutMs: opts.timeoutMs,
    });
    return { source: target, ...result };
  }
  if (/^[\w-]+$/.test(target)) {
    throw new Error(`"${target}" is not a library query (see geokg query --list) nor Cypher`);
  }
  const result = await runReadOnlyCypher(db, target, inferParams(opts.params ?? {}), {
    maxRows: opts.limit,
    timeoutMs: opts.timeoutMs,
  });
  return { source: "cypher", ...result };
}
