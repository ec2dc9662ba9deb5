// GEXF 1.3 for Gephi via graphology-gexf. Entity type, relation type, certainty, dates and evidence
// weight travel as attributes; the edge weight is the evidence weight so Gephi sizes edges by it.
import type { AbstractGraph, Attributes } from "graphology-types";
import { write } from "graphology-gexf";
import { flattenAttributes, type Scalar } from "./flatten.js";

function renameType(attrs: Record<string, Scalar>): Record<string, Scalar> {
  const { type, ...rest } = attrs;
  return type === undefined ? rest : { relation: type, ...rest };
}

// Every key a node/edge may carry is declared once with a fixed type: graphology-gexf infers a
// column's type from the values it sees, and an optional attribute missing on the first element
// would otherwise be declared inconsistently.
export function toGexf(graph: AbstractGraph<Attributes, Attributes>): string {
  return write(graph, {
    version: "1.3",
    formatNode: (_key, attrs) => ({
      label: String(attrs.label ?? attrs.name ?? _key),
      attributes: flattenAttributes(attrs, ["label", "x", "y", "size", "color"]),
    }),
    formatEdge: (_key, attrs) => ({
      label: String(attrs.label ?? attrs.type ?? ""),
      weight: typeof attrs.weight === "number" && attrs.weight > 0 ? attrs.weight : 1,
      // Gephi reserves "type" for an edge's direction, so the relation type travels as "relation".
      attributes: renameType(flattenAttributes(attrs, ["label", "weight", "size", "color"])),
    }),
  });
}
