// One PageRank (src/graph/centrality.ts): the query library's most-central-actors and the viewer's
// PageRank node sizes rank the same graph alike. Before, the viewer's was undirected and unweighted by
// direction, the library's directed and weighted, and they disagreed on who is most central.
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { actorPagerank } from "../../src/graph/centrality.js";
import { rankActors } from "../../src/query/pagerank.js";
import type { StoredGraph } from "../../src/store/read-graph.js";
import type { GraphEdgeAttributes, GraphNodeAttributes } from "../../src/types.js";
import type { DataGraph, Visibility } from "../../viz/src/filters.js";
import { nodeSizes } from "../../viz/src/metrics.js";
import { edge, node } from "./viz-fixture.js";

/** A hub that supplies arms to three states, a recipient of weighty reports, and a symmetric meeting. */
function graph(): StoredGraph {
  const g: StoredGraph = new MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes>();
  for (const [id, name] of [
    ["c:hub", "Hubland"],
    ["c:a", "Aland"],
    ["c:b", "Bland"],
    ["c:c", "Cland"],
    ["c:sink", "Sinkland"],
  ])
    g.addNode(id, node(name, "Country"));
  g.addEdgeWithKey("h-a", "c:hub", "c:a", edge("SUPPLIED_ARMS_TO", { weight: 1 }));
  g.addEdgeWithKey("h-b", "c:hub", "c:b", edge("SUPPLIED_ARMS_TO", { weight: 1 }));
  g.addEdgeWithKey("h-c", "c:hub", "c:c", edge("SUPPLIED_ARMS_TO", { weight: 1 }));
  g.addEdgeWithKey("a-s", "c:a", "c:sink", edge("SENT_TROOPS_TO", { weight: 3.5 }));
  g.addEdgeWithKey("b-s", "c:b", "c:sink", edge("SUPPORTS", { weight: 0.5 }));
  g.addEdgeWithKey("c-s", "c:c", "c:sink", edge("SUPPORTS", { weight: 2 }));
  g.addEdgeWithKey("a-b", "c:a", "c:b", edge("MET", { weight: 1 }));
  return g;
}

function everything(g: DataGraph): Visibility {
  return {
    nodes: new Set(g.nodes()),
    edges: new Set(g.edges()),
    byType: {},
    byRelation: {},
    byCertainty: {},
  };
}

describe("PageRank", () => {
  it("the viewer's PageRank sizes order actors as the query library ranks them", () => {
    const g = graph();
    const library = rankActors(g).map((r) => r.id);
    const sizes = nodeSizes(g, everything(g), "pagerank");
    const viewer = [...sizes].sort((x, y) => y[1] - x[1]).map(([id]) => id);
    expect(viewer).toEqual(library);
    // Directed: the recipient of every flow outranks the hub that only sends.
    expect(library[0]).toBe("c:sink");
    expect(library.at(-1)).toBe("c:hub");
  });

  it("counts symmetric relations both ways, adds parallel relations and skips self-loops", () => {
    const met = actorPagerank(["x", "y"], [{ source: "x", target: "y", type: "MET", weight: 1 }]);
    expect(met.get("x")).toBeCloseTo(met.get("y")!, 10);
    const once = actorPagerank(
      ["x", "y", "z"],
      [
        { source: "x", target: "y", type: "SUPPORTS", weight: 2 },
        { source: "x", target: "z", type: "SUPPORTS", weight: 1 },
      ],
    );
    const split = actorPagerank(
      ["x", "y", "z"],
      [
        { source: "x", target: "y", type: "SUPPORTS", weight: 1 },
        { source: "x", target: "y", type: "VISITED", weight: 1 },
        { source: "x", target: "z", type: "SUPPORTS", weight: 1 },
        { source: "z", target: "z", type: "SUPPORTS", weight: 5 },
      ],
    );
    for (const n of ["x", "y", "z"]) expect(split.get(n)).toBeCloseTo(once.get(n)!, 10);
  });
});
