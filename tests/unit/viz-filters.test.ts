import { describe, expect, it } from "vitest";
import { CERTAINTIES, ENTITY_TYPES, RELATION_TYPES } from "../../src/types.js";
import { changedItems, computeVisibility, dateBounds, edgeMonths } from "../../viz/src/filters.js";
import { communities, nodeSizes } from "../../viz/src/metrics.js";
import { defaultState, parseMonth, type ViewState } from "../../viz/src/state.js";
import { edge, sampleGraph } from "./viz-fixture.js";

const everything = (): ViewState => defaultState([...ENTITY_TYPES], [...RELATION_TYPES], [...CERTAINTIES]);
const sorted = (s: Set<string>): string[] => [...s].sort();

describe("viewer filters", () => {
  it("shows everything by default, with counts per kind", () => {
    const g = sampleGraph();
    const vis = computeVisibility(g, everything());
    expect(vis.nodes.size).toBe(g.order);
    expect(vis.edges.size).toBe(g.size);
    expect(vis.byType).toEqual({ Person: 2, Country: 2, Organization: 1, Place: 1 });
    expect(vis.byRelation).toEqual({ MET: 1, VISITED: 1, SUPPLIED_ARMS_TO: 1, AFFILIATED_WITH: 1 });
    expect(vis.byCertainty).toEqual({ asserted: 3, alleged: 1 });
  });

  it("hiding an entity type hides its nodes and every relation touching them", () => {
    const s = everything();
    s.types.delete("Person");
    const vis = computeVisibility(sampleGraph(), s);
    expect(sorted(vis.nodes)).toEqual(["c:norland", "c:southia", "l:port", "o:league"]);
    expect(sorted(vis.edges)).toEqual(["arms"]);
    expect(vis.byType.Person).toBeUndefined();
  });

  it("filters by relation type and certainty, keeping the nodes", () => {
    const s = everything();
    s.relations.delete("MET");
    s.certainty = new Set(["asserted"]);
    const vis = computeVisibility(sampleGraph(), s);
    expect(sorted(vis.edges)).toEqual(["member", "visit"]);
    expect(vis.nodes.size).toBe(6);
  });

  it("filters by minimum number of sources", () => {
    const s = everything();
    s.minSources = 2;
    expect(sorted(computeVisibility(sampleGraph(), s).edges)).toEqual(["member", "visit"]);
    s.minSources = 3;
    expect(sorted(computeVisibility(sampleGraph(), s).edges)).toEqual(["visit"]);
  });

  it("filters by date range, inclusive, using the first report when there is no event date", () => {
    const s = everything();
    s.from = parseMonth("2021-03");
    s.to = parseMonth("2022-07");
    expect(sorted(computeVisibility(sampleGraph(), s).edges)).toEqual(["met", "visit"]);
    s.from = parseMonth("2023-01");
    s.to = null;
    expect(sorted(computeVisibility(sampleGraph(), s).edges)).toEqual(["arms"]);
    s.from = null;
    s.to = parseMonth("2020-06");
    expect(sorted(computeVisibility(sampleGraph(), s).edges)).toEqual(["member"]);
  });

  it("a relation with no date at all is hidden by any date filter and shown without one", () => {
    const g = sampleGraph();
    g.addEdgeWithKey("undated", "p:ana", "o:league", edge("SUPPORTS"));
    const s = everything();
    expect(computeVisibility(g, s).edges.has("undated")).toBe(true);
    s.to = parseMonth("2030-01");
    expect(computeVisibility(g, s).edges.has("undated")).toBe(false);
  });

  it("reads months from event dates, else the first report", () => {
    expect(edgeMonths(edge("MET", { dates: ["2020-05-01", "2021"] }))).toEqual([2020 * 12 + 4, 2021 * 12]);
    expect(edgeMonths(edge("MET", { firstReported: "2019-02-02" }))).toEqual([2019 * 12 + 1]);
    expect(edgeMonths(edge("MET", { dates: ["sometime"] }))).toEqual([]);
    expect(dateBounds(sampleGraph())).toEqual({ min: 2020 * 12, max: 2023 * 12 });
    const empty = sampleGraph();
    empty.clearEdges();
    expect(dateBounds(empty)).toBeNull();
  });
});

describe("filter change deltas", () => {
  it("lists exactly the items whose visibility or size changed", () => {
    const g = sampleGraph();
    const s = everything();
    const before = computeVisibility(g, s);
    const prev = { vis: before, sizes: nodeSizes(g, before, "degree") };
    s.relations.delete("AFFILIATED_WITH");
    const after = computeVisibility(g, s);
    const next = { vis: after, sizes: nodeSizes(g, after, "degree") };
    const delta = changedItems(prev, next);
    expect(delta.edges).toEqual(["member"]);
    // bo lost a relation, the league lost its only one; the others kept their degree.
    expect(delta.nodes.sort()).toEqual(["o:league", "p:bo"]);
    expect(changedItems(next, next)).toEqual({ nodes: [], edges: [] });
  });

  it("lists hidden and re-shown nodes in both directions", () => {
    const g = sampleGraph();
    const s = everything();
    const all = computeVisibility(g, s);
    s.types.delete("Place");
    const fewer = computeVisibility(g, s);
    const sizes = nodeSizes(g, all, "degree");
    expect(changedItems({ vis: all, sizes }, { vis: fewer, sizes }).nodes).toEqual(["l:port"]);
    expect(changedItems({ vis: fewer, sizes }, { vis: all, sizes }).nodes).toEqual(["l:port"]);
  });
});

describe("node sizes and communities", () => {
  it("scales degree into 4–24 px, the best-connected node largest", () => {
    const g = sampleGraph();
    const sizes = nodeSizes(g, computeVisibility(g, everything()), "degree");
    expect(sizes.get("p:ana")).toBe(24);
    expect(sizes.get("l:port")).toBe(4);
    expect(sizes.get("c:southia")).toBeCloseTo(4 + 20 * Math.sqrt(1 / 2));
  });

  it("gives PageRank sizes only to visible nodes", () => {
    const g = sampleGraph();
    const s = everything();
    s.types.delete("Organization");
    const sizes = nodeSizes(g, computeVisibility(g, s), "pagerank");
    expect(sizes.has("o:league")).toBe(false);
    expect(sizes.size).toBe(5);
    for (const v of sizes.values()) expect(v).toBeGreaterThanOrEqual(4);
    expect(Math.max(...sizes.values())).toBe(24);
  });

  it("puts connected nodes together and isolated ones alone", () => {
    const g = sampleGraph();
    const parts = communities(g, computeVisibility(g, everything()));
    expect(parts.size).toBe(6);
    const port = parts.get("l:port");
    expect([...parts.entries()].filter(([, c]) => c === port)).toHaveLength(1);
    expect(communities(g, computeVisibility(g, everything()))).toEqual(parts);
  });
});
