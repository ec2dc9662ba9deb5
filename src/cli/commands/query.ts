// `geokg query <name|file|cypher>`: a library question by name, a .cypher file, or literal Cypher —
// always read-only (runReadOnlyCypher). `geokg query --list` shows the library.
import type { Command } from "commander";
import { openDb } from "../../store/connection.js";
import { loadLibrary, type LibraryEntry } from "../../query/library.js";
import { parseParamArgs } from "../../query/params.js";
import { formatResult, OUTPUT_FORMATS, type OutputFormat } from "../../query/format.js";
import { runQuery } from "../../query/run-query.js";
import { classifyNeo4jError, describeQueryFailure } from "../../store/cypher-errors.js";
import { DEFAULT_TIMEOUT_MS } from "../../store/read-only-cypher.js";

interface QueryFlags {
  param: string[];
  format: string;
  limit?: string;
  timeout?: string;
  list?: boolean;
}

export function formatLibrary(entries: LibraryEntry[]): string {
  const out: string[] = [];
  for (const e of entries) {
    out.push(`${e.name}${e.kind === "computed" ? " (computed)" : ""}`, `  ${e.question}`);
    for (const p of e.params) {
      const flags = [
        p.type,
        p.optional && p.defaultText === undefined ? "optional" : "",
        p.defaultText !== undefined ? `default ${p.defaultText}` : "",
      ]
        .filter(Boolean)
        .join(", ");
      out.push(`  --param ${p.name}=… (${flags}) ${p.description}`);
    }
    for (const ex of e.examples.slice(0, 1)) out.push(`  e.g. ${ex}`);
    out.push("");
  }
  return out.join("\n");
}

function positiveInt(flag: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new Error(`${flag}: expected a whole number ≥ 1, got "${value}"`);
  return Number(value);
}

export function registerQuery(program: Command): void {
  program
    .command("query")
    .description("Run a library question by name, a .cypher file or literal Cypher, read-only (see --list)")
    .argument("[query]", "library query name, path to a .cypher file, or a Cypher string")
    .option(
      "-p, --param <name=value>",
      "query parameter (repeatable); numbers, booleans and JSON are typed",
      (v: string, acc: string[]) => [...acc, v],
      [] as string[],
    )
    .option("-f, --format <format>", `output: ${OUTPUT_FORMATS.join(", ")}`, "table")
    .option("-n, --limit <n>", "at most n rows (default 1000)")
    .option("--timeout <ms>", "transaction timeout in milliseconds (default 10000)")
    .option("-l, --list", "list the query library with descriptions")
    .action(async (query: string | undefined, flags: QueryFlags) => {
      if (flags.list) {
        process.stdout.write(formatLibrary(await loadLibrary()));
        return;
      }
      if (!query)
        throw new Error(
          "query: give a library query name, a .cypher file or Cypher (geokg query --list shows the library)",
        );
      if (!(OUTPUT_FORMATS as readonly string[]).includes(flags.format)) {
        throw new Error(`--format: "${flags.format}" is not one of ${OUTPUT_FORMATS.join(", ")}`);
      }
      const params = parseParamArgs(flags.param);
      const limit = flags.limit === undefined ? undefined : positiveInt("--limit", flags.limit);
      const timeoutMs = flags.timeout === undefined ? undefined : positiveInt("--timeout", flags.timeout);
      const db = await openDb();
      try {
        const result = await runQuery(db, query, { params, limit, timeoutMs }).catch((err: unknown) => {
          const kind = classifyNeo4jError(err);
          if (kind === "unavailable" || kind === "other") throw err;
          const reason = describeQueryFailure(err, timeoutMs ?? DEFAULT_TIMEOUT_MS);
          throw new Error(`query refused: ${reason}`, { cause: err });
        });
        const { source: _source, ...shown } = result;
        void _source;
        process.stdout.write(formatResult(shown, flags.format as OutputFormat));
      } finally {
        await db.close();
      }
    });
}
