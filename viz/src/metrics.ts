// Node sizes (degree or PageRank) and Louvain communities over the visible graph. PageRank is geokg's
// one PageRank (src/graph/centrality.ts), so the biggest nodes are the query library's most central
// actors; Louvain runs on a simple undirected projection, where parallel relations count as one tie.
import { UndirectedGraph } from "graphology";
import louvainModule from "graphology-communities-louvain";
import { actorPagerank } from "../../src/graph/centrality.js";
import { interop } from "../../src/graph/interop.js";

const louvain = interop(louvainModule);
import type { DataGraph, Visibility } from "./filters.js";

function projection(graph: DataGraph, vis: Visibility): UndirectedGraph {
  const simple = new UndirectedGraph({ allowSelfLoops: false });
  for (const n of vis.nodes) simple.addNode(n);
  for (const e of vis.edges) {
    const s = graph.source(e);
    const t = graph.target(e);
    if (s === t) continue;
    const w = graph.getEdgeAttribute(e, "weight") || 1;
    if (simple.hasEdge(s, t))
      simple.updateEdgeAttribute(s, t, "weight", (x: number | undefined) => (x ?? 0) + w);
    else simple.addEdge(s, t, { weight: w });
  }
  return simple;
}

/** Size in pixels per node: 4–24, scaled by sqrt so hubs do not swamp the view. */
export function nodeSizes(
  graph: DataGraph,
  vis: Visibility,
  mode: "degree" | "pagerank",
): Map<string, number> {
  const raw = new Map<string, number>();
  if (mode === "pagerank") {
    const edges = [...vis.edges].map((e) => ({
      source: graph.source(e),
      target: graph.target(e),
      type: graph.getEdgeAttribute(e, "type"),
      weight: graph.getEdgeAttribute(e, "weight"),
    }));
    const scores = actorPagerank(vis.nodes, edges);
    for (const n of vis.nodes) raw.set(n, scores.get(n) ?? 0);
  } else {
    const degree = new Map<string, number>();
    for (const e of vis.edges) {
      const s = graph.source(e);
      const t = graph.target(e);
      degree.set(s, (degree.get(s) ?? 0) + 1);
      degree.set(t, (degree.get(t) ?? 0) + 1);
    }
    for (const n of vis.nodes) raw.set(n, degree.get(n) ?? 0);
  }
  let max = 0;
  for (const v of raw.values()) if (v > max) max = v;
  const sizes = new Map<string, number>();
  for (const [n, v] of raw) sizes.set(n, 4 + 20 * Math.sqrt(max > 0 ? v / max : 0));
  return sizes;
}

export function communities(graph: DataGraph, vis: Visibility): Map<string, number> {
  const simple = projection(graph, vis);
  const result = new Map<string, number>();
  if (simple.order === 0) return result;
  // Louvain is randomised; a fixed rng keeps colours the same across reloads.
  let seed = 42;
  const rng = (): number => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
  const parts = simple.size > 0 ? louvain(simple, { getEdgeWeight: "weight", rng }) : {};
  let lone = 1_000_000;
  for (const n of vis.nodes) result.set(n, parts[n] ?? lone++);
  return result;
}
