// An aggregate relation's line: what /api/graph sends for it, stored on the relation as ONE string
// property, `line`, so the graph reader reads one property per relation and pastes it into its answer
// unparsed. At 10,000 entities / 50,000 relations, reading and decoding is the whole cost of
// /api/graph, so the line is lean (ViewEdgeAttributes) and starts with its ends: the reader learns
// them without reading the end nodes' ids (which cost Neo4j as much as reading the lines).
//
//   line = sourceId US targetId US {"key":…,"source":…,"target":…,"attributes":{…}}
//
// US is the unit separator (U+001F): never in an entity id; inside the JSON it is escaped.
import { aggregateId, type AggregateKey } from "../graph/aggregate.js";
import { viewEdgeAttributes, type ViewEdgeSource } from "../graph/edge-attributes.js";

export const UNIT = "\u001f";

export function edgeLine(key: AggregateKey, p: ViewEdgeSource): string {
  const edge = {
    key: aggregateId(key),
    source: key.source,
    target: key.target,
    attributes: viewEdgeAttributes(key.type, p),
  };
  return `${key.source}${UNIT}${key.target}${UNIT}${JSON.stringify(edge)}`;
}

export function lineEnds(line: string): [string, string] {
  const a = line.indexOf(UNIT);
  return [line.slice(0, a), line.slice(a + 1, line.indexOf(UNIT, a + 1))];
}

/** A line split into its ends and the rest, the edge's JSON. */
export function splitLine(line: string): { source: string; target: string; rest: string } {
  const a = line.indexOf(UNIT);
  const b = line.indexOf(UNIT, a + 1);
  return { source: line.slice(0, a), target: line.slice(a + 1, b), rest: line.slice(b + 1) };
}
