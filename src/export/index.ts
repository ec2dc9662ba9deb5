// Graph exports: graphology JSON (round-trips through Graph.from), GEXF (Gephi), GraphML, and
// neo4j-admin import CSV. Pure: the caller reads the graph (readGraph with a GraphFilter) and writes files.
import type { StoredGraph } from "../store/read-graph.js";
import { toNeo4jCsv, type CsvFiles } from "./csv.js";
import { toGexf } from "./gexf.js";
import { toGraphml } from "./graphml.js";

export const EXPORT_FORMATS = ["json", "gexf", "graphml", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type { CsvFiles };

export const MEDIA_TYPES: Record<ExportFormat, string> = {
  json: "application/json",
  gexf: "application/gexf+xml",
  graphml: "application/graphml+xml",
  csv: "text/csv",
};

export function exportGraph(graph: StoredGraph, format: "json" | "gexf" | "graphml"): string;
export function exportGraph(graph: StoredGraph, format: "csv"): CsvFiles;
export function exportGraph(graph: StoredGraph, format: ExportFormat): string | CsvFiles;
export function exportGraph(graph: StoredGraph, format: ExportFormat): string | CsvFiles {
  switch (format) {
    case "json":
      return `${JSON.stringify(graph.export(), null, 2)}\n`;
    case "gexf":
      return toGexf(graph);
    case "graphml":
      return toGraphml(graph);
    case "csv":
      return toNeo4jCsv(graph);
    default:
      throw new Error(`unknown export format "${String(format)}" (one of ${EXPORT_FORMATS.join(", ")})`);
  }
}
