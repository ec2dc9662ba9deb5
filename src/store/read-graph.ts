// The stored graph (entities + aggregate relations), filtered in Cypher, two ways:
//  - readGraphJson: what /api/graph sends the viewer, already serialised, relations with their
//    viewer fields (ViewEdgeAttributes);
//  - readGraph: a graphology graph with every attribute (exports, metrics, the CLI).
//
// Why it is read the way it is (one stored line per relation, one query per type, batched records): see
// "Why the code looks as it does" in bench/README.md.
import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import type { Record as Neo4jRecord } from "neo4j-driver";
import {
  RELATION_TYPES,
  type Certainty,
  type EntityType,
  type GraphEdgeAttributes,
  type GraphFilter,
  type GraphNodeAttributes,
  type RelationType,
} from "../types.js";
import { aggregateId } from "../graph/aggregate.js";
import type { Db } from "./connection.js";
import { EDGE_SOURCE_FIELDS, edgeAttributes, type EdgeAttributeSource } from "../graph/edge-attributes.js";
import { edgeLine, lineEnds, splitLine } from "./edge-line.js";
import { readQuery } from "./transactions.js";

export type StoredGraph = MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes>;
type Serialized = SerializedGraph<GraphNodeAttributes, GraphEdgeAttributes>;

// Only the conditions whose filter is set are written into the query (a condition skipped by a null
// parameter still cost Neo4j as much as reading the lines); their values are always parameters.
// Dates are YYYY[-MM[-DD]] strings: a partial date d covers [d, d + '~'] in string order ('~' sorts
// after digits and '-'), so overlap with [from, to + '~'] needs no date parsing. Relations without
// event dates fall back to their first reported date.
const CONDITIONS = {
  types: "s.type IN $types AND t.type IN $types",
  minSources: "r.articles >= $minSources",
  certainty: "r.certainty IN $certainty",
  dates: `any(d IN CASE WHEN size(coalesce(r.dates, [])) > 0 THEN r.dates
                  WHEN r.firstReported IS NOT NULL THEN [r.firstReported] ELSE [] END
            WHERE ($from IS NULL OR d + '~' >= $from) AND ($to IS NULL OR d <= $to + '~'))`,
} as const;

export interface FilterParams {
  types: string[] | null;
  minSources: number | null;
  certainty: string[] | null;
  from: string | null;
  to: string | null;
}

/**
 * The WHERE clause for the filters that are set, plus `extra` (a constant condition) if given. The
 * conditions name the relation `r` and its ends `s` and `t`; they read the same whichever end is `s`
 * (the type condition holds both), so an undirected match from `s` may use them too (read-focus.ts).
 */
export function where(p: FilterParams, extra?: string): string {
  const set: string[] = [];
  if (p.types) set.push(CONDITIONS.types);
  if (p.minSources !== null) set.push(CONDITIONS.minSources);
  if (p.certainty) set.push(CONDITIONS.certainty);
  if (p.from !== null || p.to !== null) set.push(CONDITIONS.dates);
  if (extra) set.push(extra);
  return set.length ? `WHERE ${set.join(" AND ")}` : "";
}

const BATCH = 32;
const IN_BATCHES = `UNWIND range(0, size(xs) - 1, ${BATCH}) AS i RETURN xs[i..i + ${BATCH}] AS edges`;

// The type comes from the RELATION_TYPES whitelist. collect() drops missing lines; `n` counts the
// relations, so a shortfall shows that some were written before lines existed (see linesOfType).
// (Not coalesce(r.line, …): Neo4j evaluates every argument, which doubled the query's cost.)
const linesOf = (type: RelationType, filter: string): string => `
MATCH (s)-[r:${type}]->(t) ${filter}
WITH collect(r.line) AS xs, toFloat(count(r)) AS n
UNWIND range(0, CASE WHEN size(xs) > 0 THEN size(xs) - 1 ELSE 0 END, ${BATCH}) AS i
RETURN xs[i..i + ${BATCH}] AS edges, n`;

// Every attribute, for the exports: the ends, the type and EDGE_SOURCE_FIELDS in order, as positional tuples.
const EDGE_PROPERTIES: readonly string[] = EDGE_SOURCE_FIELDS;
const FLOATS: ReadonlySet<string> = new Set(["articles", "outlets", "weight"]);
const EDGE_TUPLE = `[s.id, t.id, type(r), ${EDGE_PROPERTIES.map((f) => (FLOATS.has(f) ? `toFloat(r.${f})` : `r.${f}`)).join(", ")}]`;

const tuplesOf = (type: RelationType, filter: string): string => `
MATCH (s)-[r:${type}]->(t) ${filter}
WITH collect(${EDGE_TUPLE}) AS xs
${IN_BATCHES}`;

/** [source, target, type, ...EDGE_PROPERTIES], a property null when the relation lacks it. */
type EdgeTuple = [source: string, target: string, type: RelationType, ...properties: unknown[]];

const NODE_TUPLE = `collect([e.id, e.name, e.type, e.aliases, e.wikidata, toFloat(COUNT { (e)<-[:MENTIONS]-() })]) AS nodes`;

const NODES_BY_TYPE = `
MATCH (e:Entity)
WHERE $types IS NULL OR e.type IN $types
RETURN ${NODE_TUPLE}`;

export const NODES_BY_ID = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN ${NODE_TUPLE}`;

export type NodeTuple = [
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

export function nodeAttributes([
  id,
  name,
  type,
  aliases,
  wikidata,
  articles,
]: NodeTuple): GraphNodeAttributes {
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

/** The stored properties of an edge tuple, as the attribute builders take them. */
function tupleProps(e: EdgeTuple): EdgeAttributeSource {
  const p = Object.fromEntries(EDGE_PROPERTIES.map((f, i) => [f, e[3 + i]])) as {
    [K in keyof EdgeAttributeSource]-?: EdgeAttributeSource[K] | null;
  };
  // Relations stored by earlier versions may lack a property: what a new aggregate would hold then.
  return {
    ...p,
    // Every aggregate ever stored has its certainty.
    certainty: p.certainty as Certainty,
    certainties: p.certainties ?? [],
    happened: p.happened ?? false,
    contested: p.contested ?? false,
    articles: p.articles ?? 0,
    outlets: p.outlets ?? 0,
    dates: p.dates ?? [],
    weight: p.weight ?? 0,
    roles: p.roles ?? [],
  };
}

/** The filter as query parameters: null for a filter that is not set. */
export function filterParamsOf(filter: GraphFilter): FilterParams {
  return {
    types: filter.types?.length ? filter.types : null,
    minSources:
      filter.minSources !== undefined && filter.minSources > 0 ? Math.floor(filter.minSources) : null,
    certainty: filter.certainty?.length ? filter.certainty : null,
    from: filter.from ?? null,
    to: filter.to ?? null,
  };
}

type Read = (query: string, params: Record<string, unknown>) => Promise<Neo4jRecord[]>;

/** How an edge reader reads one relation type: the type, the filter's WHERE clause and parameters. */
interface TypeRead {
  type: RelationType;
  where: (extra?: string) => string;
  params: Record<string, unknown>;
  read: Read;
}

/** The `edges` lists of all records, concatenated. */
// (Loops rather than flatMap/flat/filter: at 50,000 items these were a tenth of the request.)
export function items<T>(records: Neo4jRecord[], column = "edges"): T[] {
  const out: T[] = [];
  for (const r of records) for (const x of r.get(column) as T[]) out.push(x);
  return out;
}

/**
 * The filtered entities, their ids (`present`), and per wanted relation type `edgesOf`'s items for
 * it, each item's ends given by `ends`. Unless relations are filtered, the nodes do not depend on the
 * edges and are read at the same time. Callers keep only items whose ends are both `present`: the
 * reads are separate transactions, so an entity deleted in between must leave its edges out, and so
 * must anything a shared database holds beyond geokg's model.
 */
async function readRows<E>(
  db: Db,
  filter: GraphFilter,
  edgesOf: (q: TypeRead) => Promise<E[]>,
  ends: (item: E) => [string, string],
): Promise<{ nodes: NodeTuple[]; present: Set<string>; edgeLists: E[][] }> {
  const filterParams = filterParamsOf(filter);
  const params: Record<string, unknown> = { ...filterParams };
  const wanted = filter.relations?.length ? filter.relations : RELATION_TYPES;
  const read: Read = (query, queryParams) => readQuery(db, query, queryParams);
  const edgeLists = Promise.all(
    RELATION_TYPES.filter((t) => wanted.includes(t)).map((type) =>
      edgesOf({ type, where: (extra) => where(filterParams, extra), params, read }),
    ),
  );
  const nodeList = async (query: string, queryParams: Record<string, unknown>): Promise<NodeTuple[]> =>
    items<NodeTuple>(await read(query, queryParams), "nodes");
  const endIds = (lists: E[][]): string[] => {
    const ids = new Set<string>();
    for (const list of lists) for (const e of list) for (const id of ends(e)) ids.add(id);
    return [...ids];
  };
  const nodeTuples = hasRelationFilter(filter)
    ? edgeLists.then((lists) => nodeList(NODES_BY_ID, { ids: endIds(lists) }))
    : nodeList(NODES_BY_TYPE, params);
  const [lists, nodes] = await Promise.all([edgeLists, nodeTuples]);
  return { nodes, present: new Set(nodes.map((n) => n[0])), edgeLists: lists };
}

/** A type's lines; those of relations written before lines existed are made from their properties. */
async function linesOfType({ type, where, params, read }: TypeRead): Promise<string[]> {
  const records = await read(linesOf(type, where()), params);
  const lines = items<string>(records);
  const relations = records.length ? (records[0].get("n") as number) : 0;
  if (lines.length === relations) return lines;
  const legacy = items<EdgeTuple>(await read(tuplesOf(type, where("r.line IS NULL")), params));
  for (const e of legacy) lines.push(edgeLine({ type: e[2], source: e[0], target: e[1] }, tupleProps(e)));
  return lines;
}

export const OPTIONS = { type: "directed", multi: true, allowSelfLoops: true } as const;

/** The filtered graph as a graphology graph, every attribute read (exports, metrics). */
export async function readGraph(db: Db, filter: GraphFilter = {}): Promise<StoredGraph> {
  const { nodes, present, edgeLists } = await readRows<EdgeTuple>(
    db,
    filter,
    async ({ type, where, params, read }) => items(await read(tuplesOf(type, where()), params)),
    (e) => [e[0], e[1]],
  );
  const serialized: Serialized = {
    attributes: {},
    options: OPTIONS,
    nodes: nodes.map((n) => ({ key: n[0], attributes: nodeAttributes(n) })),
    edges: edgeLists
      .flat()
      .filter((e) => present.has(e[0]) && present.has(e[1]))
      .map((e) => ({
        key: aggregateId({ type: e[2], source: e[0], target: e[1] }),
        source: e[0],
        target: e[1],
        attributes: edgeAttributes(e[2], tupleProps(e)),
      })),
  };
  const graph: StoredGraph = new MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes>();
  graph.import(serialized);
  return graph;
}

/**
 * What /api/graph sends, already serialised: the filtered graph in graphology's format, each relation
 * with its viewer fields only (ViewEdgeAttributes). Its nodes and edge keys are readGraph's.
 */
export async function readGraphJson(db: Db, filter: GraphFilter = {}): Promise<string> {
  const { nodes, present, edgeLists } = await readRows<string>(db, filter, linesOfType, lineEnds);
  const parts: string[] = [`{"attributes":{},"options":${JSON.stringify(OPTIONS)},"nodes":[`];
  for (let i = 0; i < nodes.length; i++) {
    if (i > 0) parts.push(",");
    parts.push(JSON.stringify({ key: nodes[i][0], attributes: nodeAttributes(nodes[i]) }));
  }
  const edges: string[] = [];
  for (const lines of edgeLists)
    for (const line of lines) {
      const { source, target, rest } = splitLine(line);
      if (present.has(source) && present.has(target)) edges.push(rest);
    }
  parts.push(`],"edges":[`, edges.join(","), "]}");
  return parts.join("");
}
