// Downloads of what is on screen: PNG (via @sigma/export-image), graphology JSON and GEXF of the
// currently visible (filtered) graph, with every attribute the server has.
import type Sigma from "sigma";
import { downloadAsPNG } from "@sigma/export-image";
import { write as writeGexf } from "graphology-gexf/browser/index.js";
import { MultiDirectedGraph } from "graphology";
import type { GraphEdgeAttributes, GraphNodeAttributes } from "../../src/types.js";
import { api } from "./api.js";
import type { Visibility } from "./filters.js";

type FullGraph = MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes>;

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

/**
 * The visible part of `full` — the graph with every attribute, from /api/export — as a new graph of
 * the same kind. The viewer's own copy carries only what it draws (ViewEdgeAttributes); the download
 * should carry everything. Items gone from the database since the page loaded are left out.
 */
export function visibleSubgraph(full: FullGraph, vis: Visibility): FullGraph {
  // nullCopy: same graph type and options, no nodes (emptyCopy would keep every node).
  const sub = full.nullCopy() as FullGraph;
  for (const n of vis.nodes) if (full.hasNode(n)) sub.addNode(n, full.getNodeAttributes(n));
  for (const e of vis.edges)
    if (full.hasEdge(e) && sub.hasNode(full.source(e)) && sub.hasNode(full.target(e)))
      sub.addEdgeWithKey(e, full.source(e), full.target(e), full.getEdgeAttributes(e));
  return sub;
}

async function visibleFull(vis: Visibility): Promise<FullGraph> {
  const full: FullGraph = MultiDirectedGraph.from<GraphNodeAttributes, GraphEdgeAttributes>(
    await api.fullGraph(),
  );
  return visibleSubgraph(full, vis);
}

export async function exportJson(vis: Visibility): Promise<void> {
  download(JSON.stringify((await visibleFull(vis)).export()), "geokg.json", "application/json");
}

export async function exportGexf(vis: Visibility): Promise<void> {
  download(writeGexf(await visibleFull(vis)), "geokg.gexf", "application/gexf+xml");
}

// export-image is typed for plain Sigma; the attribute generics do not matter to it.
export function exportPng<N extends object, E extends object>(sigma: Sigma<N, E>): Promise<void> {
  return downloadAsPNG(sigma as unknown as Sigma, { fileName: "geokg", backgroundColor: "#ffffff" });
}
