// How the viewer draws a graph of a given size. Under software WebGL (and on weak GPUs) every edge,
// edge label and picking pass costs on every frame, so large graphs trade detail for speed. Pure, so
// the thresholds are unit-tested without a browser.

/** Above this many relations: plain thin lines, no curves, arrows or edge labels. */
export const LARGE_EDGE_COUNT = 5_000;
/** Above this many entities: node labels are hidden while the camera moves. */
export const LARGE_NODE_COUNT = 2_000;

export interface ScaleSettings {
  /** Edge programs: arrows and curves for small graphs, plain lines for large ones. */
  fastEdges: boolean;
  renderEdgeLabels: boolean;
  hideEdgesOnMove: boolean;
  hideLabelsOnMove: boolean;
  /** Edge hover/click needs a picking pass over every edge on each frame. */
  enableEdgeEvents: boolean;
}

export function scaleSettings(order: number, size: number): ScaleSettings {
  const manyEdges = size > LARGE_EDGE_COUNT;
  return {
    fastEdges: manyEdges,
    renderEdgeLabels: !manyEdges,
    hideEdgesOnMove: manyEdges,
    hideLabelsOnMove: order > LARGE_NODE_COUNT,
    enableEdgeEvents: !manyEdges,
  };
}
