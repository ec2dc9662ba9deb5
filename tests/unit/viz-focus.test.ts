// Exploring a big graph in the viewer: the focus reducers, the focus and expansions in the URL, and how
// the fetched parts combine (what a collapse takes away, what stays hidden).
import { describe, expect, it } from "vitest";
import { MultiDirectedGraph } from "graphology";
import { CERTAINTIES, ENTITY_TYPES, RELATION_TYPES, type ViewEdgeAttributes } from "../../src/types.js";
import type { GraphJson, PartNodeAttributes } from "../../src/api/types.js";
import { defaultState, fromHash, toHash } from "../../viz/src/state.js";
import { focusChanged, reduce, viewChanged } from "../../viz/src/store.js";
import { broughtOnlyBy, hiddenNeighbours, mergeParts, withHidden } from "../../viz/src/focus.js";

const all = { types: [...ENTITY_TYPES], relations: [...RELATION_TYPES], certainties: [...CERTAINTIES] };
const base = () => defaultState(all.types, all.relations, all.certainties);

/** A part as the server sends it: nodes with their neighbour counts, edges by "s>t". */
function part(nodes: Record<string, number>, edges: string[]): GraphJson {
  return {
    attributes: {},
    options: { type: "directed", multi: true, allowSelfLoops: true },
    nodes: Object.entries(nodes).map(([key, neighbours]) => ({
      key,
      attributes: { label: key, name: key, entityType: "Person", aliases: [], articles: 1, neighbours },
    })),
    edges: edges.map((e) => {
      const [source, target] = e.split(">");
      return {
        key: `MET:${e}`,
        source,
        target,
        attributes: { type: "MET", certainty: "asserted", happened: true, articles: 1, dates: [], weight: 1 },
      };
    }) as GraphJson["edges"],
  };
}

describe("focus reducers", () => {
  it("expand appends once, collapse removes, focus starts over; the state given is untouched", () => {
    const s = base();
    const one = reduce(s, { kind: "expand", id: "a" });
    const two = reduce(one, { kind: "expand", id: "b" });
    expect(two.expanded).toEqual(["a", "b"]);
    expect(reduce(two, { kind: "expand", id: "a" })).toBe(two);
    expect(s.expanded).toEqual([]);
    expect(one.expanded).toEqual(["a"]);
    const collapsed = reduce(two, { kind: "collapse", id: "a" });
    expect(collapsed.expanded).toEqual(["b"]);
    expect(reduce(collapsed, { kind: "collapse", id: "zzz" })).toBe(collapsed);
    const focused = reduce(two, { kind: "focus", id: "q" });
    expect(focused).toMatchObject({ focus: "q", expanded: [] });
    expect(reduce(focused, { kind: "focus", id: null }).focus).toBeNull();
  });

  it("tells a focus change from a view change", () => {
    const s = base();
    const expanded = reduce(s, { kind: "expand", id: "a" });
    expect(focusChanged(s, expanded)).toBe(true);
    expect(viewChanged(s, expanded)).toBe(false);
    expect(focusChanged(expanded, reduce(expanded, { kind: "select", selected: null, zoom: false }))).toBe(
      false,
    );
    expect(focusChanged(expanded, reduce(expanded, { kind: "collapse", id: "a" }))).toBe(true);
    // The same ids in another order are another history of expansions.
    const ab = reduce(expanded, { kind: "expand", id: "b" });
    expect(focusChanged(ab, { ...ab, expanded: ["b", "a"] })).toBe(true);
  });
});

describe("focus in the URL", () => {
  it("round-trips the focus and the expansions, ids with commas and spaces included", () => {
    let s = reduce(base(), { kind: "focus", id: "person:wang yi" });
    for (const id of ["Q81107", "org:a,b", "x&y=z"]) s = reduce(s, { kind: "expand", id });
    const hash = toHash(s, all);
    expect(hash).toContain("focus=");
    expect(hash).toContain("expand=");
    const back = fromHash(hash, base());
    expect(back.focus).toBe("person:wang yi");
    expect(back.expanded).toEqual(["Q81107", "org:a,b", "x&y=z"]);
    expect(toHash(back, all)).toBe(hash);
  });

  it("leaves both out by default, and reads a hand-written link", () => {
    expect(toHash(base(), all)).toBe("");
    expect(fromHash("#focus=h&expand=a,b,a", base())).toMatchObject({ focus: "h", expanded: ["a", "b"] });
    expect(fromHash("#expand=", base())).toMatchObject({ focus: null, expanded: [] });
  });
});

describe("parts of a big graph", () => {
  const start = part({ h: 4, a: 2 }, ["h>a"]);
  const ofA = part({ a: 2, h: 4, b: 2 }, ["h>a", "a>b"]);
  const ofB = part({ b: 2, a: 2, c: 1 }, ["a>b", "b>c"]);

  it("merges parts, each node and edge once", () => {
    const merged = mergeParts([start, ofA, ofB]);
    expect(merged.nodes.map((n) => n.key).sort()).toEqual(["a", "b", "c", "h"]);
    expect(merged.edges.map((e) => e.key).sort()).toEqual(["MET:a>b", "MET:b>c", "MET:h>a"]);
  });

  it("counts the neighbours still hidden from what is loaded", () => {
    const graph = MultiDirectedGraph.from<PartNodeAttributes, ViewEdgeAttributes>(mergeParts([start, ofA]));
    expect(hiddenNeighbours(graph, "h")).toBe(3);
    expect(hiddenNeighbours(graph, "a")).toBe(0);
    expect(hiddenNeighbours(graph, "b")).toBe(1);
    const whole = MultiDirectedGraph.from<PartNodeAttributes, ViewEdgeAttributes>({
      ...start,
      nodes: start.nodes.map((n) => ({ ...n, attributes: { ...n.attributes!, neighbours: undefined } })),
    });
    expect(hiddenNeighbours(whole, "h")).toBeNull();
    expect(withHidden("Russia", 12)).toBe("Russia (+12)");
    expect(withHidden("Russia", 0)).toBe("Russia");
  });

  it("a collapse takes away only what no other part holds", () => {
    const expansions = new Map([
      ["a", ofA],
      ["b", ofB],
    ]);
    expect(broughtOnlyBy(expansions, start, "b")).toEqual(["c"]);
    // b is also in b's own part: collapsing a keeps it.
    expect(broughtOnlyBy(expansions, start, "a")).toEqual([]);
    expect(broughtOnlyBy(new Map([["a", ofA]]), start, "a")).toEqual(["b"]);
    expect(broughtOnlyBy(expansions, start, "nope")).toEqual([]);
  });
});
