// Sigma setup and the reducers that turn view state (visibility, sizes, colour mode, hover,
// selection, Cypher highlight) into what is drawn. Reducers only look things up in precomputed
// maps and sets, which keeps them cheap at 50,000 edges.
import Sigma from "sigma";
import {
  EdgeArrowProgram,
  EdgeLineProgram,
  EdgeRectangleProgram,
  type EdgeProgramType,
} from "sigma/rendering";
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import type { NodeDisplayData, EdgeDisplayData } from "sigma/types";
import { communityColor, DIM_EDGE, DIM_NODE } from "./colors.js";
import type { Visibility } from "./filters.js";
import { scaleSettings } from "./scale.js";
import type { SigmaEdge, SigmaGraph, SigmaNode } from "./sigma-graph.js";

export interface RenderState {
  vis: Visibility | null;
  sizes: Map<string, number>;
  communities: Map<string, number> | null;
  hovered: string | null;
  hoveredNeighbours: Set<string>;
  selectedNode: string | null;
  selectedEdge: string | null;
  /** Nodes returned by a Cypher query: shown as the subgraph in focus. */
  highlight: Set<string> | null;
}

export function createRenderer(
  container: HTMLElement,
  graph: SigmaGraph,
  state: RenderState,
): Sigma<SigmaNode, SigmaEdge> {
  const focusOf = (): Set<string> | null => {
    if (state.hovered) return state.hoveredNeighbours;
    if (state.highlight) return state.highlight;
    return null;
  };

  const scale = scaleSettings(graph.order, graph.size);
  return new Sigma<SigmaNode, SigmaEdge>(graph, container, {
    // Edge labels, curves, arrows and the edge picking pass each cost per edge on every frame; on big
    // graphs they made every filter change take seconds, so only smaller graphs get them (scale.ts).
    renderEdgeLabels: scale.renderEdgeLabels,
    enableEdgeEvents: scale.enableEdgeEvents,
    hideEdgesOnMove: scale.hideEdgesOnMove,
    hideLabelsOnMove: scale.hideLabelsOnMove,
    labelRenderedSizeThreshold: 8,
    labelDensity: 0.5,
    zIndex: true,
    defaultEdgeType: "straight",
    edgeProgramClasses: {
      // Programs are typed for plain attributes; ours only add fields, so the casts are safe.
      straight: EdgeArrowProgram as unknown as EdgeProgramType<SigmaNode, SigmaEdge>,
      curved: EdgeCurvedArrowProgram as unknown as EdgeProgramType<SigmaNode, SigmaEdge>,
      line: EdgeRectangleProgram as unknown as EdgeProgramType<SigmaNode, SigmaEdge>,
      curvedLine: EdgeCurveProgram as unknown as EdgeProgramType<SigmaNode, SigmaEdge>,
      fast: EdgeLineProgram as unknown as EdgeProgramType<SigmaNode, SigmaEdge>,
    },
    nodeReducer: (node, data) => {
      const out: Partial<NodeDisplayData> & SigmaNode = { ...data };
      if (state.vis && !state.vis.nodes.has(node)) return { ...out, hidden: true };
      out.size = state.sizes.get(node) ?? data.size;
      if (state.communities) out.color = communityColor(state.communities.get(node) ?? 0);
      const focus = focusOf();
      if (node === state.selectedNode) {
        out.highlighted = true;
        out.zIndex = 2;
        out.forceLabel = true;
      }
      if (focus && !focus.has(node) && node !== state.selectedNode) {
        out.color = DIM_NODE;
        out.label = "";
        out.zIndex = 0;
      } else if (focus) {
        out.zIndex = 1;
        out.forceLabel = true;
      }
      return out;
    },
    edgeReducer: (edge, data) => {
      const out: Partial<EdgeDisplayData> & SigmaEdge = { ...data };
      if (state.vis && !state.vis.edges.has(edge)) return { ...out, hidden: true };
      if (edge === state.selectedEdge) {
        out.size = data.size + 2;
        out.forceLabel = true;
        out.zIndex = 2;
        return out;
      }
      if (state.hovered) {
        const ext = graph.extremities(edge);
        if (ext[0] !== state.hovered && ext[1] !== state.hovered) return { ...out, hidden: true };
        out.forceLabel = true;
      } else if (state.highlight) {
        const ext = graph.extremities(edge);
        if (!state.highlight.has(ext[0]) || !state.highlight.has(ext[1])) out.color = DIM_EDGE;
      }
      return out;
    },
  });
}
