// The page's handle for tests and the benchmark (window.__geokg), declared apart from main.ts so the
// Node code that drives Chromium (tests/e2e, bench/viewer.bench.ts) type-checks against it.
import type { ViewState } from "./state.js";

/** What tests and the benchmark read: a stable view of the page's graph state. */
export interface ViewerHandle {
  ready: boolean;
  firstFrameAt: number | null;
  error: string | null;
  visibleNodes: number;
  visibleEdges: number;
  selected: ViewState["selected"];
  highlighted: number;
  layout: string;
  /** Milliseconds since navigation start at each loading step (for the benchmark). */
  timings: Record<string, number>;
  isVisible(id: string): boolean;
  /** The server sent part of the graph (over its budget): the view explores from a focus. */
  truncated: boolean;
  /** Focus changes and expansions drawn so far (tests wait on it). */
  expansions: number;
  /** Neighbours of a loaded entity that are not loaded; null for a whole graph or an unknown id. */
  hiddenOf(id: string): number | null;
  /** Ids of the visible entities. */
  visibleIds(): string[];
  /** Where an entity is drawn, in pixels from the stage's top left; null when it is not drawn. */
  screenPosition(id: string): { x: number; y: number } | null;
}

declare global {
  interface Window {
    __geokg: ViewerHandle;
  }
}
