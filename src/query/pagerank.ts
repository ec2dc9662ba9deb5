// PageRank over the stored relation graph, for installs without Neo4j GDS. Symmetric relations count
// in both directions; parallel relations between a pair add their weights.
import { DirectedGraph } from "graphology";
import { pagerank } from "graphology-metrics/centrality/index.js";
import type { StoredGraph } from "../store/read-graph.js";
import type { EntityType } from "../types.js";

export interface PagerankRow {
  actor: string;
  id: string;
  type: EntityType;
  pagerank: number;
  degree: number;
}

export function rankActors(
  graph: StoredGraph,
  opts: { type?: string; happened?: boolean } = {},
): PagerankRow[] {
  const g = new DirectedGraph<Record<string, never>, { weight: number }>();
  graph.forEachNode((node) => g.addNode(node));
  const add = (s: string, t: string, w: number): void => {
    if (s === t) return;
    g.updateEdge(s, t, (attr) => ({ weight: (attr.weight ?? 0) + w }));
  };
  graph.forEachEdge((_edge, attrs, source, target) => {
    if (opts.happened && !attrs.happened) return;
    // Unrated relations still carry a little weight so that they are not ignored by the walk.
    const w = attrs.weight > 0 ? attrs.weight : 1;
    add(source, target, w);
    if (attrs.symmetric) add(target, source, w);
  });
  const scores = g.size ? pagerank(g, { getEdgeWeight: "weight" }) : {};
  const rows: PagerankRow[] = [];
  graph.forEachNode((node, attrs) => {
    if (opts.type && attrs.entityType !== opts.type) return;
    const degree = graph.degree(node);
    if (!degree) return;
    rows.push({
      actor: attrs.name,
      id: node,
      type: attrs.entityType,
      pagerank: Number((scores[node] ?? 0).toFixed(6)),
      degree,
    });
  });
  return rows.sort(
    (a, b) => b.pagerank - a.pagerank || b.degree - a.degree || a.actor.localeCompare(b.actor),
  );
}
