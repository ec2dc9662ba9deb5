// Data graph → sigma graph. The data graph's edge attribute `type` is the relation type, while sigma
// reads `type` as the edge program name, so the display graph is a separate copy with display
// attributes: colours, labels, and curvature for parallel relations between the same pair.
import { MultiDirectedGraph } from "graphology";
import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from "@sigma/edge-curve";
import { ENTITY_COLORS, RELATION_COLORS } from "./colors.js";
import type { DataGraph } from "./filters.js";

export interface SigmaNode {
  x: number;
  y: number;
  size: number;
  label: string;
  color: string;
  entityType: string;
}

export interface SigmaEdge {
  type: "straight" | "curved" | "line" | "curvedLine";
  relation: string;
  label: string;
  color: string;
  size: number;
  curvature: number;
  parallelIndex?: number | null;
  parallelMinIndex?: number | null;
  parallelMaxIndex?: number | null;
}

export type SigmaGraph = MultiDirectedGraph<SigmaNode, SigmaEdge>;

// From sigma's parallel-edges example: spread curvature over the bundle, saturating for big bundles.
function curvature(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -curvature(-index, maxIndex);
  const amplitude = 3.5;
  const max = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (max * index) / maxIndex;
}

export function toSigmaGraph(data: DataGraph): SigmaGraph {
  const g: SigmaGraph = new MultiDirectedGraph<SigmaNode, SigmaEdge>();
  data.forEachNode((node, a) => {
    g.addNode(node, {
      x: 0,
      y: 0,
      size: 5,
      label: a.label || a.name,
      color: ENTITY_COLORS[a.entityType] ?? "#999",
      entityType: a.entityType,
    });
  });
  data.forEachEdge((edge, a, source, target) => {
    g.addEdgeWithKey(edge, source, target, {
      type: a.symmetric ? "line" : "straight",
      relation: a.type,
      label: a.label || a.type,
      color: RELATION_COLORS[a.type] ?? "#bbb",
      size: Math.min(6, 1 + Math.log2(1 + (a.articles ?? 1))),
      curvature: 0,
    });
  });
  indexParallelEdgesIndex(g, {
    edgeIndexAttribute: "parallelIndex",
    edgeMinIndexAttribute: "parallelMinIndex",
    edgeMaxIndexAttribute: "parallelMaxIndex",
  });
  g.forEachEdge((edge, a) => {
    const idx = a.parallelIndex;
    const maxIdx = a.parallelMaxIndex;
    if (typeof idx !== "number" || typeof maxIdx !== "number") return;
    const symmetric = a.type === "line";
    if (typeof a.parallelMinIndex === "number") {
      // Bundles with edges both ways: index 0 stays straight, the others bend.
      if (idx !== 0)
        g.mergeEdgeAttributes(edge, {
          type: symmetric ? "curvedLine" : "curved",
          curvature: curvature(idx, maxIdx),
        });
    } else {
      g.mergeEdgeAttributes(edge, {
        type: symmetric ? "curvedLine" : "curved",
        curvature: curvature(idx, maxIdx),
      });
    }
  });
  return g;
}
