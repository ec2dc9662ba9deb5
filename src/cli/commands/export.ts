// `geokg export --format json|gexf|graphml|csv [-o file|dir] [filters]`: the stored graph (filtered like
// /api/graph) as a file. CSV writes nodes.csv + relationships.csv into a folder for neo4j-admin import.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "commander";
import { openDb } from "../../store/connection.js";
import { readGraph } from "../../store/read-graph.js";
import { EXPORT_FORMATS, exportGraph, type ExportFormat } from "../../export/index.js";
import { addFilterFlags, parseFilterFlags, type FilterFlags } from "../../query/filter-options.js";

interface ExportFlags extends FilterFlags {
  format: string;
  output?: string;
}

export function registerExport(program: Command): void {
  const cmd = program
    .command("export")
    .description(
      "Export the stored graph as graphology JSON, GEXF (Gephi), GraphML or neo4j-admin import CSV",
    )
    .option("-f, --format <format>", `one of ${EXPORT_FORMATS.join(", ")}`, "json")
    .option("-o, --output <path>", "file to write (a folder for csv); stdout when omitted (not for csv)");
  addFilterFlags(cmd).action(async (flags: ExportFlags) => {
    if (!(EXPORT_FORMATS as readonly string[]).includes(flags.format)) {
      throw new Error(`--format: "${flags.format}" is not one of ${EXPORT_FORMATS.join(", ")}`);
    }
    const format = flags.format as ExportFormat;
    const filter = parseFilterFlags(flags);
    if (format === "csv" && !flags.output)
      throw new Error("--format csv writes two files: give a folder with -o");
    const db = await openDb();
    try {
      const graph = await readGraph(db, filter);
      const summary = `${graph.order} nodes, ${graph.size} relations`;
      if (format === "csv") {
        const dir = flags.output as string;
        await mkdir(dir, { recursive: true });
        const files = exportGraph(graph, "csv");
        for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
        console.error(`wrote ${join(dir, "nodes.csv")} and ${join(dir, "relationships.csv")} (${summary})`);
        return;
      }
      const text = exportGraph(graph, format);
      if (flags.output) {
        await writeFile(flags.output, text);
        console.error(`wrote ${flags.output} (${summary})`);
      } else process.stdout.write(text);
    } finally {
      await db.close();
    }
  });
}
