// Downloads of what is on screen: PNG (via @sigma/export-image), graphology JSON and GEXF of the
// currently visible (filtered) graph.
import type Sigma from "sigma";
import { downloadAsPNG } from "@sigma/export-image";
import { write as writeGexf } from "graphology-gexf/browser/index.js";
import type { DataGraph, Visibility } from "./filters.js";

function download(text: string, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The visible part of the data graph as a new graph of the same kind. */
export function visibleSubgraph(graph: DataGraph, vis: Visibility): DataGraph {
  // nullCopy: same graph type and options, no nodes (emptyCopy would keep every node).
  const sub = graph.nullCopy() as DataGraph;
  for (const n of vis.nodes) sub.addNode(n, graph.getNodeAttributes(n));
  for (const e of vis.edges)
    sub.addEdgeWithKey(e, graph.source(e), graph.target(e), graph.getEdgeAttributes(e));
  return sub;
}

export function exportJson(graph: DataGraph, vis: Visibility): void {
  download(JSON.stringify(visibleSubgraph(graph, vis).export()), "geokg.json", "application/json");
}

export function exportGexf(graph: DataGraph, vis: Visibility): void {
  download(writeGexf(visibleSubgraph(graph, vis)), "geokg.gexf", "application/gexf+xml");
}

// export-image is typed for plain Sigma; the attribute generics do not matter to it.
export function exportPng<N extends object, E extends object>(sigma: Sigma<N, E>): Promise<void> {
  return downloadAsPNG(sigma as unknown as Sigma, { fileName: "geokg", backgroundColor: "#ffffff" });
}
