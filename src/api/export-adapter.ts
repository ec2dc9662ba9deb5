// Serialises a graph for /api/export. JSON is graphology's own serialisation; GEXF comes from
// graphology-gexf. GraphML writing belongs to src/export (graphology-graphml only parses).
import type { MultiDirectedGraph } from "graphology";
import { write as writeGexf } from "graphology-gexf";
import type { GraphEdgeAttributes, GraphNodeAttributes } from "../types.js";
import { HttpError } from "./validate.js";

export async function exportGraph(
  graph: MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes>,
  format: "json" | "gexf" | "graphml",
): Promise<string> {
  if (format === "json") return JSON.stringify(graph.export());
  if (format === "gexf") return writeGexf(graph);
  throw new HttpError(501, "GraphML export is not available in this build");
}
