// The one PageRank of geokg, used by the query library (most-central-actors) and the viewer's node
// sizes so that both rank the same actors alike: directed (a supplier and its recipient are not the same
// tie), symmetric relations (MET, SIGNED_AGREEMENT) counted both ways, weighted by evidence weight
// (an unrated relation counts 1), parallel relations between a pair adding up, self-loops left out.
import graphology from "graphology";
import pagerankModule from "graphology-metrics/centrality/pagerank.js";
import { SYMMETRIC_RELATIONS, type RelationType } from "../types.js";
import { interop } from "./interop.js";

const pagerank = interop(pagerankModule);
const { DirectedGraph } = graphology;

export interface RankedEdge {
  source: string;
  target: string;
  type: RelationType;
  weight: number;
}

/** PageRank score per node (0 for a node no edge reaches). */
export function actorPagerank(nodes: Iterable<string>, edges: Iterable<RankedEdge>): Map<string, number> {
  const g = new DirectedGraph<Record<string, never>, { weight: number }>();
  for (const n of nodes) g.mergeNode(n);
  const add = (s: string, t: string, w: number): void => {
    if (s === t || !g.hasNode(s) || !g.hasNode(t)) return;
    g.updateEdge(s, t, (attr) => ({ weight: (attr.weight ?? 0) + w }));
  };
  for (const e of edges) {
    const w = e.weight > 0 ? e.weight : 1;
    add(e.source, e.target, w);
    if (SYMMETRIC_RELATIONS.has(e.type)) add(e.target, e.source, w);
  }
  const scores: Record<string, number> = g.size ? pagerank(g, { getEdgeWeight: "weight" }) : {};
  return new Map(g.mapNodes((n) => [n, scores[n] ?? 0]));
}
