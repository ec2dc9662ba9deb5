// A small made-up data graph for the viewer's pure-module tests (names invented for the tests).
import { MultiDirectedGraph } from "graphology";
import type {
  Certainty,
  EntityType,
  GraphEdgeAttributes,
  GraphNodeAttributes,
  RelationType,
} from "../../src/types.js";
import type { DataGraph } from "../../viz/src/filters.js";

export function node(name: string, entityType: EntityType): GraphNodeAttributes {
  return { label: name, name, entityType, aliases: [], articles: 1 };
}

export function edge(
  type: RelationType,
  over: Partial<GraphEdgeAttributes> & { certainty?: Certainty } = {},
): GraphEdgeAttributes {
  return {
    type,
    label: type,
    symmetric: type === "MET" || type === "SIGNED_AGREEMENT",
    cameo: "000",
    certainty: "asserted",
    certainties: ["asserted"],
    happened: true,
    contested: false,
    articles: 1,
    outlets: 1,
    dates: [],
    weight: 1,
    ...over,
  };
}

/**
 * p:ana (Person) —MET→ p:bo (Person), 2021-03, 1 article
 * p:ana —VISITED→ c:norland (Country), 2022-07, 3 articles
 * c:norland —SUPPLIED_ARMS_TO→ c:southia, alleged, first reported 2023-01, no event date
 * o:league (Organization) —AFFILIATED_WITH… none; p:bo —AFFILIATED_WITH→ o:league, 2 articles, 2020
 * l:port (Place): no relations
 */
export function sampleGraph(): DataGraph {
  const g: DataGraph = new MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes>();
  g.addNode("p:ana", node("Ana Tester", "Person"));
  g.addNode("p:bo", node("Bo Example", "Person"));
  g.addNode("c:norland", node("Norland", "Country"));
  g.addNode("c:southia", node("Southia", "Country"));
  g.addNode("o:league", node("Test League", "Organization"));
  g.addNode("l:port", node("Port Nowhere", "Place"));
  g.addEdgeWithKey("met", "p:ana", "p:bo", edge("MET", { dates: ["2021-03-04"] }));
  g.addEdgeWithKey("visit", "p:ana", "c:norland", edge("VISITED", { dates: ["2022-07-01"], articles: 3 }));
  g.addEdgeWithKey(
    "arms",
    "c:norland",
    "c:southia",
    edge("SUPPLIED_ARMS_TO", { certainty: "alleged", certainties: ["alleged"], firstReported: "2023-01-20" }),
  );
  g.addEdgeWithKey("member", "p:bo", "o:league", edge("AFFILIATED_WITH", { dates: ["2020"], articles: 2 }));
  return g;
}
