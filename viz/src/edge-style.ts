// Display attributes of one relation: which sigma edge program draws it, its width and its bend.
// Pure, so sigma-graph.ts stays a thin loop and these rules are unit-tested.

export type EdgeProgramName = "straight" | "curved" | "line" | "curvedLine" | "fast";

/** @sigma/edge-curve's DEFAULT_EDGE_CURVATURE, copied so this module needs no WebGL code. */
export const BASE_CURVATURE = 0.25;

/** Width grows with the number of independent articles, logarithmically, capped at 6 px. */
export function edgeWidth(articles: number | undefined): number {
  return Math.min(6, 1 + Math.log2(1 + Math.max(0, articles ?? 1)));
}

/**
 * Curvature for the index-th of a bundle of parallel edges (sigma's parallel-edges example): spread
 * over the bundle, saturating for big bundles; negative indexes bend the other way.
 */
export function curvature(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -curvature(-index, maxIndex);
  const amplitude = 3.5;
  const max = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * BASE_CURVATURE;
  return (max * index) / maxIndex;
}

/**
 * The program for an edge. Large graphs get plain lines for everything (curves and arrows cost several
 * times more per edge); small ones get arrows for directed relations, plain bars for symmetric ones,
 * and curves only where parallel edges would otherwise overlap.
 */
export function edgeProgram(opts: { symmetric: boolean; parallel: boolean; fast: boolean }): EdgeProgramName {
  if (opts.fast) return "fast";
  if (opts.parallel) return opts.symmetric ? "curvedLine" : "curved";
  return opts.symmetric ? "line" : "straight";
}
