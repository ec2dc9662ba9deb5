import { describe, expect, it } from "vitest";
import { ENTITY_TYPES, RELATION_TYPES } from "../../src/types.js";
import { communityColor, DIM_EDGE, DIM_NODE, ENTITY_COLORS, RELATION_COLORS } from "../../viz/src/colors.js";
import { BASE_CURVATURE, curvature, edgeProgram, edgeWidth } from "../../viz/src/edge-style.js";
import { LARGE_EDGE_COUNT, LARGE_NODE_COUNT, scaleSettings } from "../../viz/src/scale.js";

const hex = /^#[0-9a-f]{6}$/i;

describe("viewer colours", () => {
  it("has a distinct colour for every entity and relation type", () => {
    for (const t of ENTITY_TYPES) expect(ENTITY_COLORS[t]).toMatch(hex);
    for (const r of RELATION_TYPES) expect(RELATION_COLORS[r]).toMatch(hex);
    expect(new Set(ENTITY_TYPES.map((t) => ENTITY_COLORS[t])).size).toBe(ENTITY_TYPES.length);
    expect(new Set(RELATION_TYPES.map((r) => RELATION_COLORS[r])).size).toBe(RELATION_TYPES.length);
  });

  it("cycles community colours and keeps them stable", () => {
    const first = Array.from({ length: 12 }, (_, i) => communityColor(i));
    expect(new Set(first).size).toBe(12);
    for (const c of first) expect(c).toMatch(hex);
    expect(communityColor(12)).toBe(communityColor(0));
    expect(communityColor(1_000_003)).toBe(communityColor(1_000_003 % 12));
    expect(first).not.toContain(DIM_NODE);
    expect(first).not.toContain(DIM_EDGE);
  });
});

describe("edge style", () => {
  it("widens edges logarithmically with sources, capped", () => {
    expect(edgeWidth(1)).toBe(2);
    expect(edgeWidth(3)).toBe(3);
    expect(edgeWidth(undefined)).toBe(2);
    expect(edgeWidth(0)).toBe(1);
    expect(edgeWidth(1000)).toBe(6);
    expect(edgeWidth(7)).toBeGreaterThan(edgeWidth(3));
  });

  it("spreads parallel edges symmetrically and saturates for big bundles", () => {
    expect(curvature(0, 3)).toBe(0);
    expect(curvature(1, 0)).toBe(0);
    expect(curvature(-2, 2)).toBe(-curvature(2, 2));
    expect(curvature(2, 2)).toBeGreaterThan(curvature(1, 2));
    expect(curvature(50, 50)).toBeLessThan(3.5 * BASE_CURVATURE);
  });

  it("picks arrows, bars, curves or plain lines", () => {
    expect(edgeProgram({ symmetric: false, parallel: false, fast: false })).toBe("straight");
    expect(edgeProgram({ symmetric: true, parallel: false, fast: false })).toBe("line");
    expect(edgeProgram({ symmetric: false, parallel: true, fast: false })).toBe("curved");
    expect(edgeProgram({ symmetric: true, parallel: true, fast: false })).toBe("curvedLine");
    expect(edgeProgram({ symmetric: false, parallel: true, fast: true })).toBe("fast");
    expect(edgeProgram({ symmetric: true, parallel: false, fast: true })).toBe("fast");
  });
});

describe("scale settings", () => {
  it("keeps full detail on small graphs", () => {
    expect(scaleSettings(40, 120)).toEqual({
      fastEdges: false,
      renderEdgeLabels: true,
      hideEdgesOnMove: false,
      hideLabelsOnMove: false,
      enableEdgeEvents: true,
    });
  });

  it("drops per-edge detail above the edge threshold", () => {
    const at = scaleSettings(1000, LARGE_EDGE_COUNT);
    expect(at.fastEdges).toBe(false);
    const big = scaleSettings(10_000, 50_000);
    expect(big).toEqual({
      fastEdges: true,
      renderEdgeLabels: false,
      hideEdgesOnMove: true,
      hideLabelsOnMove: true,
      enableEdgeEvents: false,
    });
  });

  it("hides labels on move once there are many nodes, even with few edges", () => {
    expect(scaleSettings(LARGE_NODE_COUNT + 1, 10).hideLabelsOnMove).toBe(true);
    expect(scaleSettings(LARGE_NODE_COUNT + 1, 10).fastEdges).toBe(false);
  });
});
