// The stored graph (entities + aggregate relations) as a graphology graph, filtered in Cypher. Used by
// /api/graph, the exports and the viewer.
//
// Why it is shaped like this (10,000 nodes / 50,000 relations must read well under 500 ms):
//  - the relationship types are named in the pattern, so Neo4j starts from the relationship type index
//    instead of expanding every entity's relationships;
//  - only the properties the graph carries are returned (`properties(r)` would also ship the long
//    `articleIds`/`claimIds` lists of every relation); `id`, `cameo` and `symmetric` follow from the
//    type and ends (docs/graph-model.md: id = TYPE:sourceId:targetId), so they are derived here;
//  - each query returns ONE record holding a list of positional tuples: the driver's per-record
//    overhead dominates for tens of thousands of small records;
//  - counts come back as floats (`toFloat`), so no 64-bit Integer objects are decoded and converted;
//  - the mention count uses the MENTIONS degree, which Neo4j keeps per node, instead of visiting each
//    mentioning article (only Articles have MENTIONS, see docs/graph-model.md).
import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import {
  CAMEO,
  RELATION_TYPES,
  SYMMETRIC_RELATIONS,
  type Certainty,
  type EntityType,
  type GraphEdgeAttributes,
  type GraphFilter,
  type GraphNodeAttributes,
  type RelationType,
} from "../types.js";
import { aggregateId } from "./aggregate-claims.js";
import type { Db } from "./connection.js";

export type StoredGraph = MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes>;
type Serialized = SerializedGraph<GraphNodeAttributes, GraphEdgeAttributes>;

// Dates are YYYY[-MM[-DD]] strings: a partial date d covers [d, d + '~'] in string order ('~' sorts
// after digits and '-'), so overlap with [from, to + '~'] needs no date parsing. Relations without
// event dates fall back to their first reported date. The type list in the pattern comes from the
// RELATION_TYPES whitelist; which of them are wanted is still a parameter.
// Unit and record separators (control characters, never in ids, names, dates or roles): each edge
// comes back as one string, a list property as its items joined by RS.
const UNIT = "\u001f";
const ITEM = "\u001e";
// A missing property would make the whole concatenation null (and collect() drop the edge): it becomes ''.
const text = (expr: string): string => `coalesce(toString(${expr}), '')`;
const list = (expr: string): string =>
  `reduce(acc = '', x IN coalesce(${expr}, []) | acc + CASE acc WHEN '' THEN '' ELSE $i END + x)`;

const EDGES = `
MATCH (s:Entity)-[r:${RELATION_TYPES.join("|")}]->(t:Entity)
WHERE type(r) IN $relations
  AND ($types IS NULL OR (s.type IN $types AND t.type IN $types))
  AND ($minSources IS NULL OR r.articles >= $minSources)
  AND ($certainty IS NULL OR r.certainty IN $certainty)
  AND (($from IS NULL AND $to IS NULL) OR any(d IN
        CASE WHEN size(coalesce(r.dates, [])) > 0 THEN r.dates
             WHEN r.firstReported IS NOT NULL THEN [r.firstReported] ELSE [] END
        WHERE ($from IS NULL OR d + '~' >= $from) AND ($to IS NULL OR d <= $to + '~')))
RETURN collect(s.id + $u + t.id + $u + type(r) + $u + ${text("r.certainty")} + $u + ${list("r.certainties")} + $u +
  ${text("r.happened")} + $u + ${text("r.contested")} + $u + ${text("r.articles")} + $u + ${text("r.outlets")} + $u +
  ${list("r.dates")} + $u + ${text("r.weight")} + $u + ${text("r.firstReported")} + $u + ${text("r.lastReported")} + $u +
  ${text("r.validFrom")} + $u + ${text("r.validTo")} + $u + ${list("r.roles")}) AS edges`;

const NODE_TUPLE = `collect([e.id, e.name, e.type, e.aliases, e.wikidata, toFloat(COUNT { (e)<-[:MENTIONS]-() })]) AS nodes`;

const NODES_BY_TYPE = `
MATCH (e:Entity)
WHERE $types IS NULL OR e.type IN $types
RETURN ${NODE_TUPLE}`;

const NODES_BY_ID = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN ${NODE_TUPLE}`;

type NodeTuple = [
  id: string,
  name: string | null,
  type: EntityType,
  aliases: string[] | null,
  wikidata: string | null,
  articles: number,
];

/** True when a filter restricts relations, so nodes are only the ends of matching relations. */
export function hasRelationFilter(f: GraphFilter): boolean {
  return Boolean(
    f.relations?.length ||
    f.from ||
    f.to ||
    (f.minSources !== undefined && f.minSources > 0) ||
    f.certainty?.length,
  );
}

function nodeAttributes([id, name, type, aliases, wikidata, articles]: NodeTuple): GraphNodeAttributes {
  const label = name ?? id;
  const attrs: GraphNodeAttributes = {
    label,
    name: label,
    entityType: type,
    aliases: aliases ?? [],
    articles,
  };
  if (wikidata !== null) attrs.wikidata = wikidata;
  return attrs;
}

const items = (field: string): string[] => (field === "" ? [] : field.split(ITEM));

function edgeAttributes(f: string[]): GraphEdgeAttributes {
  const type = f[2] as RelationType;
  const attrs: GraphEdgeAttributes = {
    type,
    label: type,
    symmetric: SYMMETRIC_RELATIONS.has(type),
    cameo: CAMEO[type],
    certainty: (f[3] || undefined) as Certainty,
    certainties: items(f[4]) as Certainty[],
    happened: f[5] === "true",
    contested: f[6] === "true",
    articles: Number(f[7] || 0),
    outlets: Number(f[8] || 0),
    dates: items(f[9]),
    weight: Number(f[10] || 0),
  };
  if (f[11]) attrs.firstReported = f[11];
  if (f[12]) attrs.lastReported = f[12];
  if (f[13]) attrs.validFrom = f[13];
  if (f[14]) attrs.validTo = f[14];
  const roles = items(f[15]);
  if (roles.length) attrs.roles = roles;
  return attrs;
}

export async function readGraph(db: Db, filter: GraphFilter = {}): Promise<StoredGraph> {
  const params = {
    relations: filter.relations?.length ? filter.relations : [...RELATION_TYPES],
    types: filter.types?.length ? filter.types : null,
    minSources:
      filter.minSources !== undefined && filter.minSources > 0 ? Math.floor(filter.minSources) : null,
    certainty: filter.certainty?.length ? filter.certainty : null,
    from: filter.from ?? null,
    to: filter.to ?? null,
  };
  const relationFiltered = hasRelationFilter(filter);
  const session = db.driver.session({ database: db.database });
  let edges: string[][];
  let nodes: NodeTuple[];
  try {
    ({ edges, nodes } = await session.executeRead(async (tx) => {
      const edges = (
        (await tx.run(EDGES, { ...params, u: UNIT, i: ITEM })).records[0]?.get("edges") as string[]
      ).map((line) => line.split(UNIT));
      const ids = relationFiltered ? [...new Set(edges.flatMap((e) => [e[0], e[1]]))] : [];
      const nodes = (
        await tx.run(relationFiltered ? NODES_BY_ID : NODES_BY_TYPE, relationFiltered ? { ids } : params)
      ).records[0]?.get("nodes") as NodeTuple[];
      return { edges, nodes };
    }));
  } finally {
    await session.close();
  }
  const serialized: Serialized = {
    attributes: {},
    options: { type: "directed", multi: true, allowSelfLoops: true },
    nodes: nodes.map((n) => ({ key: n[0], attributes: nodeAttributes(n) })),
    edges: [],
  };
  const present = new Set(nodes.map((n) => n[0]));
  for (const e of edges) {
    // An edge whose end is filtered out by entity type never reaches the graph (the query already
    // drops those; this guards the relation-filtered id lookup against entities deleted meanwhile).
    if (present.has(e[0]) && present.has(e[1])) {
      const key = aggregateId({ type: e[2] as RelationType, source: e[0], target: e[1] });
      serialized.edges.push({ key, source: e[0], target: e[1], attributes: edgeAttributes(e) });
    }
  }
  const graph: StoredGraph = new MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes>();
  graph.import(serialized);
  return graph;
}
