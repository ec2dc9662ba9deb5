// Data graph → sigma graph. The data graph's edge attribute `type` is the relation type, while sigma
// reads `type` as the edge program name, so the display graph is a separate copy with display
// attributes: colours, labels, and curvature for parallel relations between the same pair.
import { MultiDirectedGraph } from "graphology";
import { indexParallelEdgesIndex } from "@sigma/edge-curve";
import { SYMMETRIC_RELATIONS } from "../../src/types.js";
import { ENTITY_COLORS, RELATION_COLORS } from "./colors.js";
import { curvature, edgeProgram, edgeWidth, type EdgeProgramName } from "./edge-style.js";
import type { DataGraph } from "./filters.js";
import { hiddenNeighbours, withHidden } from "./focus.js";
import { scaleSettings } from "./scale.js";

export interface SigmaNode {
  x: number;
  y: number;
  size: number;
  label: string;
  color: string;
  entityType: string;
}

export interface SigmaEdge {
  type: EdgeProgramName;
  relation: string;
  label: string;
  color: string;
  size: number;
  curvature: number;
  symmetric: boolean;
  parallelIndex?: number | null;
  parallelMinIndex?: number | null;
  parallelMaxIndex?: number | null;
}

export type SigmaGraph = MultiDirectedGraph<SigmaNode, SigmaEdge>;

export function toSigmaGraph(data: DataGraph): SigmaGraph {
  const fast = scaleSettings(data.order, data.size).fastEdges;
  const g: SigmaGraph = new MultiDirectedGraph<SigmaNode, SigmaEdge>();
  data.forEachNode((node, a) => {
    g.addNode(node, {
      x: 0,
      y: 0,
      size: 5,
      label: withHidden(a.label || a.name, hiddenNeighbours(data, node)),
      color: ENTITY_COLORS[a.entityType] ?? "#999",
      entityType: a.entityType,
    });
  });
  data.forEachEdge((edge, a, source, target) => {
    const symmetric = SYMMETRIC_RELATIONS.has(a.type);
    g.addEdgeWithKey(edge, source, target, {
      type: edgeProgram({ symmetric, parallel: false, fast }),
      relation: a.type,
      label: a.type,
      color: RELATION_COLORS[a.type] ?? "#bbb",
      size: edgeWidth(a.articles),
      curvature: 0,
      symmetric,
    });
  });
  // Large graphs draw every edge as a plain line, so bundles of parallel edges are not worth indexing.
  if (fast) return g;
  indexParallelEdgesIndex(g, {
    edgeIndexAttribute: "parallelIndex",
    edgeMinIndexAttribute: "parallelMinIndex",
    edgeMaxIndexAttribute: "parallelMaxIndex",
  });
  g.forEachEdge((edge, a) => {
    const idx = a.parallelIndex;
    const maxIdx = a.parallelMaxIndex;
    if (typeof idx !== "number" || typeof maxIdx !== "number") return;
    // Bundles with edges both ways: index 0 stays straight, the others bend.
    if (typeof a.parallelMinIndex === "number" && idx === 0) return;
    g.mergeEdgeAttributes(edge, {
      type: edgeProgram({ symmetric: a.symmetric, parallel: true, fast }),
      curvature: curvature(idx, maxIdx),
    });
  });
  return g;
}
