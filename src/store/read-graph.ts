// The stored graph (entities + aggregate relations) as a graphology graph, filtered in Cypher. Used by
// /api/graph, the exports and the viewer.
//
// Why it is shaped like this (10,000 nodes / 50,000 relations must read well under 500 ms):
//  - the relationship types are named in the pattern, so Neo4j starts from the relationship type index
//    instead of expanding every entity's relationships;
//  - a relation's attributes are read as ONE property, `view`: the JSON the writer stored with the
//    aggregate (edge-view.ts). Relations stored by versions without it fall back to reading the
//    properties one by one; `id` follows from the type and ends (docs/graph-model.md:
//    id = TYPE:sourceId:targetId), so it is derived here;
//  - /api/graph pastes the views into its answer as they are (`readGraphJson`): no parsing, no
//    graphology import and export of 50,000 edges on the way;
//  - each query returns ONE record holding a list of positional tuples: the driver's per-record
//    overhead dominates for tens of thousands of small records;
//  - counts come back as floats (`toFloat`), so no 64-bit Integer objects are decoded and converted;
//  - the mention count uses the MENTIONS degree, which Neo4j keeps per node, instead of visiting each
//    mentioning article (only Articles have MENTIONS, see docs/graph-model.md).
import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import {
  RELATION_TYPES,
  type Certainty,
  type EntityType,
  type GraphEdgeAttributes,
  type GraphFilter,
  type GraphNodeAttributes,
  type RelationType,
} from "../types.js";
import { aggregateId } from "./aggregate-claims.js";
import type { Db } from "./connection.js";
import { edgeView } from "./edge-view.js";

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

// One query per relationship type (the type comes from the RELATION_TYPES whitelist), so the types
// are read concurrently, on as many Neo4j worker threads as the machine has cores.
const edgesOf = (type: RelationType): string => `
MATCH (s:Entity)-[r:${type}]->(t:Entity)
WHERE ($types IS NULL OR (s.type IN $types AND t.type IN $types))
  AND ($minSources IS NULL OR r.articles >= $minSources)
  AND ($certainty IS NULL OR r.certainty IN $certainty)
  AND (($from IS NULL AND $to IS NULL) OR any(d IN
        CASE WHEN size(coalesce(r.dates, [])) > 0 THEN r.dates
             WHEN r.firstReported IS NOT NULL THEN [r.firstReported] ELSE [] END
        WHERE ($from IS NULL OR d + '~' >= $from) AND ($to IS NULL OR d <= $to + '~')))
RETURN collect(s.id + $u + t.id + $u + type(r) + $u + CASE WHEN r.view IS NOT NULL THEN r.view ELSE ${text("r.certainty")} + $u + ${list("r.certainties")} + $u +
  ${text("r.happened")} + $u + ${text("r.contested")} + $u + ${text("r.articles")} + $u + ${text("r.outlets")} + $u +
  ${list("r.dates")} + $u + ${text("r.weight")} + $u + ${text("r.firstReported")} + $u + ${text("r.lastReported")} + $u +
  ${text("r.validFrom")} + $u + ${text("r.validTo")} + $u + ${list("r.roles")} END) AS edges`;
const EDGES = Object.fromEntries(RELATION_TYPES.map((t) => [t, edgesOf(t)])) as Record<RelationType, string>;

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

/** A relation without a stored view: its properties, read one by one (see EDGES), made into one. */
function legacyView(type: RelationType, f: string[]): string {
  return edgeView(type, {
    certainty: (f[0] || undefined) as Certainty,
    certainties: items(f[1]) as Certainty[],
    happened: f[2] === "true",
    contested: f[3] === "true",
    articles: Number(f[4] || 0),
    outlets: Number(f[5] || 0),
    dates: items(f[6]),
    weight: Number(f[7] || 0),
    firstReported: f[8] || null,
    lastReported: f[9] || null,
    validFrom: f[10] || null,
    validTo: f[11] || null,
    roles: items(f[12]),
  });
}

interface EdgeRow {
  key: string;
  source: string;
  target: string;
  /** GraphEdgeAttributes as JSON. */
  view: string;
}

interface GraphRows {
  nodes: NodeTuple[];
  edges: EdgeRow[];
}

async function readRows(db: Db, filter: GraphFilter): Promise<GraphRows> {
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
  const read = async <T>(query: string, queryParams: Record<string, unknown>, column: string): Promise<T> => {
    const session = db.driver.session({ database: db.database, defaultAccessMode: "READ" });
    try {
      return await session.executeRead(
        async (tx) => (await tx.run(query, queryParams)).records[0]?.get(column) as T,
      );
    } finally {
      await session.close();
    }
  };
  const edgeLines = Promise.all(
    RELATION_TYPES.filter((t) => params.relations.includes(t)).map((t) =>
      read<string[]>(EDGES[t], { ...params, u: UNIT, i: ITEM }, "edges"),
    ),
  ).then((perType) => perType.flat());
  // Unless relations are filtered, the nodes do not depend on the edges: read them at the same time.
  // (Separate transactions, so an entity deleted in between leaves its edges out; see `present`.)
  const nodeTuples = relationFiltered
    ? edgeLines.then((lines) =>
        read<NodeTuple[]>(
          NODES_BY_ID,
          { ids: [...new Set(lines.flatMap((l) => l.split(UNIT, 2)))] },
          "nodes",
        ),
      )
    : read<NodeTuple[]>(NODES_BY_TYPE, params, "nodes");
  const [lines, nodes] = await Promise.all([edgeLines, nodeTuples]);
  const present = new Set(nodes.map((n) => n[0]));
  const edges: EdgeRow[] = [];
  for (const line of lines) {
    // source U target U type U (view JSON — which never holds a raw U, JSON escapes it — or fields)
    const a = line.indexOf(UNIT);
    const b = line.indexOf(UNIT, a + 1);
    const c = line.indexOf(UNIT, b + 1);
    const source = line.slice(0, a);
    const target = line.slice(a + 1, b);
    const type = line.slice(b + 1, c) as RelationType;
    const rest = line.slice(c + 1);
    // An edge whose end is filtered out by entity type never reaches the graph (the query already
    // drops those; this guards the relation-filtered id lookup against entities deleted meanwhile).
    if (!present.has(source) || !present.has(target)) continue;
    edges.push({
      key: aggregateId({ type, source, target }),
      source,
      target,
      view: rest.startsWith("{") ? rest : legacyView(type, rest.split(UNIT)),
    });
  }
  return { nodes, edges };
}

const OPTIONS = { type: "directed", multi: true, allowSelfLoops: true } as const;

/** The filtered graph as a graphology graph (exports, metrics). */
export async function readGraph(db: Db, filter: GraphFilter = {}): Promise<StoredGraph> {
  const { nodes, edges } = await readRows(db, filter);
  const serialized: Serialized = {
    attributes: {},
    options: OPTIONS,
    nodes: nodes.map((n) => ({ key: n[0], attributes: nodeAttributes(n) })),
    edges: edges.map((e) => ({
      key: e.key,
      source: e.source,
      target: e.target,
      attributes: JSON.parse(e.view) as GraphEdgeAttributes,
    })),
  };
  const graph: StoredGraph = new MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes>();
  graph.import(serialized);
  return graph;
}

/**
 * The same graph already serialised, as `JSON.stringify(readGraph(…).export())` would give it (what
 * /api/graph sends), built without parsing the stored views or importing them into graphology.
 */
export async function readGraphJson(db: Db, filter: GraphFilter = {}): Promise<string> {
  const { nodes, edges } = await readRows(db, filter);
  const parts: string[] = [`{"attributes":{},"options":${JSON.stringify(OPTIONS)},"nodes":[`];
  for (let i = 0; i < nodes.length; i++) {
    if (i > 0) parts.push(",");
    parts.push(JSON.stringify({ key: nodes[i][0], attributes: nodeAttributes(nodes[i]) }));
  }
  parts.push(`],"edges":[`);
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i];
    if (i > 0) parts.push(",");
    parts.push(
      `{"key":${JSON.stringify(e.key)},"source":${JSON.stringify(e.source)},"target":${JSON.stringify(e.target)},"attributes":${e.view}}`,
    );
  }
  parts.push("]}");
  return parts.join("");
}
