// Exploring a graph the server sends only part of (over its relation budget): what is shown is the start
// (the most central entities, or a searched entity's neighbourhood) together with the neighbourhood of
// every expanded entity. Kept as that list of parts, collapsing an entity is dropping its part: what
// only it brought in goes, what the start or another expansion also holds stays. Pure functions here;
// fetching is in main.ts.
import type { GraphJson } from "../../src/api/types.js";
import type { DataGraph } from "./filters.js";

/** Neighbours one expansion brings in at most (the API's default). */
export const EXPAND_LIMIT = 50;

/** The parts shown together, each node and edge once (the first part's copy). */
export function mergeParts(parts: readonly GraphJson[]): GraphJson {
  const nodes = new Map<string, GraphJson["nodes"][number]>();
  const edges = new Map<string, GraphJson["edges"][number]>();
  for (const part of parts) {
    for (const n of part.nodes) if (!nodes.has(n.key)) nodes.set(n.key, n);
    for (const e of part.edges) {
      const key = e.key ?? `${e.source}\u001f${e.target}`;
      if (!edges.has(key)) edges.set(key, e);
    }
  }
  return {
    attributes: parts[0]?.attributes ?? {},
    options: parts[0]?.options,
    nodes: [...nodes.values()],
    edges: [...edges.values()],
  };
}

/** Neighbours of `node` that the loaded graph lacks; null when the server gave no count (a whole graph). */
export function hiddenNeighbours(graph: DataGraph, node: string): number | null {
  const total = graph.getNodeAttribute(node, "neighbours");
  if (total === undefined) return null;
  let shown = 0;
  for (const n of graph.neighbors(node)) if (n !== node) shown++;
  return Math.max(0, total - shown);
}

/** The nodes that dropping expansion `id` would take away: in its part and in no other. */
export function broughtOnlyBy(parts: ReadonlyMap<string, GraphJson>, start: GraphJson, id: string): string[] {
  const mine = parts.get(id);
  if (!mine) return [];
  const elsewhere = new Set(start.nodes.map((n) => n.key));
  for (const [other, part] of parts) if (other !== id) for (const n of part.nodes) elsewhere.add(n.key);
  return mine.nodes.map((n) => n.key).filter((k) => !elsewhere.has(k));
}

/** A label with its hidden-neighbour count, on a part of a big graph ("Russia (+12)"). */
export function withHidden(label: string, hidden: number | null): string {
  return hidden ? `${label} (+${hidden})` : label;
}
