// PageRank over the stored relation graph, for installs without Neo4j GDS: geokg's one PageRank
// (graph/centrality.ts), the same the viewer sizes nodes by.
import { actorPagerank, type RankedEdge } from "../graph/centrality.js";
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
  const edges: RankedEdge[] = [];
  graph.forEachEdge((_edge, { type, weight, happened }, source, target) => {
    if (!opts.happened || happened) edges.push({ source, target, type, weight });
  });
  const scores = actorPagerank(graph.nodes(), edges);
  const rows: PagerankRow[] = [];
  graph.forEachNode((node, attrs) => {
    if (opts.type && attrs.entityType !== opts.type) return;
    const degree = graph.degree(node);
    if (!degree) return;
    rows.push({
      actor: attrs.name,
      id: node,
      type: attrs.entityType,
      pagerank: Number((scores.get(node) ?? 0).toFixed(6)),
      degree,
    });
  });
  return rows.sort(
    (a, b) => b.pagerank - a.pagerank || b.degree - a.degree || a.actor.localeCompare(b.actor),
  );
}
