// Parts of a big graph, for a viewer that explores from a focus instead of loading everything:
//  - readGraphView: /api/graph's answer. Within the relation budget it is readGraphJson's whole
//    filtered graph; over it, the `top` most central entities (stored ranks, rank.ts) and the filtered
//    relations among them, flagged `truncated` with the totals.
//  - readNeighbourhood: /api/neighbourhood's answer, an entity and its neighbours ranked by the
//    evidence weight of the relations that join them, one or two steps out.
// Every node of a part carries `neighbours` (distinct neighbours under the filter) and `hidden` (those
// the part leaves out), so the viewer can say what an expansion would bring. The filter conditions
// are read-graph.ts's, so a part holds exactly what the whole filtered graph holds between its nodes.
import neo4j from "neo4j-driver";
import { RELATION_TYPES, type GraphFilter } from "../types.js";
import type { GraphPart } from "../api/types.js";
import type { Db } from "./connection.js";
import { splitLine } from "./edge-line.js";
import {
  filterParamsOf,
  hasRelationFilter,
  items,
  nodeAttributes,
  NODES_BY_ID,
  OPTIONS,
  readGraphJson,
  where,
  type FilterParams,
  type NodeTuple,
} from "./read-graph.js";
import { readQuery } from "./transactions.js";
import { toNumber } from "./values.js";

export interface GraphBudget {
  /** Most relations /api/graph sends whole; above it, the top entities only. */
  budget: number;
  /** How many of the most central entities a truncated answer starts from. */
  top: number;
}

export const DEFAULT_BUDGET: GraphBudget = { budget: 20_000, top: 250 };
export const NEIGHBOURHOOD_LIMIT = { default: 50, max: 500 } as const;

/** The filter's relation types as a pattern; the names come from the RELATION_TYPES whitelist. */
function typePattern(filter: GraphFilter): string {
  return (filter.relations?.length ? filter.relations : RELATION_TYPES).join("|");
}

const WEIGHT = "CASE WHEN r.weight > 0 THEN toFloat(r.weight) ELSE 1.0 END";

interface Query {
  pattern: string;
  p: FilterParams;
  filter: GraphFilter;
}

function queryOf(filter: GraphFilter): Query {
  return { pattern: typePattern(filter), p: filterParamsOf(filter), filter };
}

/** The filtered relations in all: one count per type (without a filter, Neo4j's count store answers). */
export async function countRelations(db: Db, filter: GraphFilter): Promise<number> {
  const { p } = queryOf(filter);
  const types = filter.relations?.length ? filter.relations : RELATION_TYPES;
  const counts = await Promise.all(
    types.map(async (type) => {
      const query = `MATCH (s)-[r:${type}]->(t) ${where(p)} RETURN count(r) AS n`;
      const [rec] = await readQuery(db, query, { ...p });
      return toNumber(rec?.get("n") ?? 0);
    }),
  );
  return counts.reduce((a, b) => a + b, 0);
}

/**
 * The `top` highest-ranked entities with a relation under the filter. The rank index gives them in
 * order, so Neo4j stops after `top` matches instead of ranking every entity.
 */
async function topEntities(db: Db, q: Query, top: number): Promise<string[]> {
  const filtered = hasRelationFilter(q.filter) || q.p.types !== null;
  const exists = filtered
    ? `AND EXISTS { MATCH (s)-[r:${q.pattern}]-(t:Entity) ${where(q.p, "t <> s")} }`
    : "";
  const records = await readQuery(
    db,
    `MATCH (s:Entity) WHERE s.rank > 0 ${exists}
     RETURN s.id AS id ORDER BY s.rank DESC, s.id LIMIT $top`,
    { ...q.p, top: neo4j.int(top) },
  );
  return records.map((r) => r.get("id") as string);
}

/** The best-weighted neighbours of `from` not in `known`, at most `limit`. */
async function rankedNeighbours(
  db: Db,
  q: Query,
  from: string[],
  known: string[],
  limit: number,
): Promise<string[]> {
  if (limit <= 0 || from.length === 0) return [];
  const records = await readQuery(
    db,
    `UNWIND $starts AS id
     MATCH (s:Entity {id: id})-[r:${q.pattern}]-(t:Entity) ${where(q.p, "t <> s AND NOT t.id IN $known")}
     WITH t, sum(${WEIGHT}) AS w
     RETURN t.id AS id ORDER BY w DESC, id LIMIT $limit`,
    { ...q.p, starts: from, known, limit: neo4j.int(limit) },
  );
  return records.map((r) => r.get("id") as string);
}

/** The filtered relations between entities of `ids`, as stored lines. */
async function linesAmong(db: Db, q: Query, ids: string[]): Promise<string[]> {
  const records = await readQuery(
    db,
    `MATCH (s:Entity)-[r:${q.pattern}]->(t:Entity) ${where(q.p, "s.id IN $ids AND t.id IN $ids")}
     RETURN collect(r.line) AS edges`,
    { ...q.p, ids },
  );
  return items<string>(records);
}

/** Per entity of `ids`: its distinct neighbours under the filter, and how many are not in `ids`. */
async function neighbourCounts(
  db: Db,
  q: Query,
  ids: string[],
): Promise<Map<string, { neighbours: number; hidden: number }>> {
  const records = await readQuery(
    db,
    `UNWIND $ids AS id
     MATCH (s:Entity {id: id})
     CALL (s) {
       MATCH (s)-[r:${q.pattern}]-(t:Entity) ${where(q.p, "t <> s")}
       WITH DISTINCT t
       RETURN count(t) AS neighbours, count(CASE WHEN t.id IN $ids THEN null ELSE 1 END) AS hidden
     }
     RETURN id, neighbours, hidden`,
    { ...q.p, ids },
  );
  return new Map(
    records.map((r) => [
      r.get("id") as string,
      { neighbours: toNumber(r.get("neighbours")), hidden: toNumber(r.get("hidden")) },
    ]),
  );
}

/** A part of the graph as /api/graph's JSON: `ids`' entities in that order, the relations among them. */
async function partJson(db: Db, q: Query, ids: string[], attributes: GraphPart): Promise<string | null> {
  const [tuples, lines, counts] = await Promise.all([
    readQuery(db, NODES_BY_ID, { ids }).then((r) => items<NodeTuple>(r, "nodes")),
    linesAmong(db, q, ids),
    neighbourCounts(db, q, ids),
  ]);
  const byId = new Map(tuples.map((t) => [t[0], t]));
  // The first id is the part's reason to exist (the focus); without it there is nothing to send.
  if (ids.length && !byId.has(ids[0])) return null;
  const nodes: string[] = [];
  for (const id of ids) {
    const tuple = byId.get(id);
    if (!tuple) continue;
    const attrs = { ...nodeAttributes(tuple), ...(counts.get(id) ?? { neighbours: 0, hidden: 0 }) };
    nodes.push(JSON.stringify({ key: id, attributes: attrs }));
  }
  const edges = lines.filter((l) => {
    const { source, target } = splitLine(l);
    return byId.has(source) && byId.has(target);
  });
  const graph: GraphPart = { ...attributes, shownRelations: edges.length };
  return `{"attributes":${JSON.stringify(graph)},"options":${JSON.stringify(OPTIONS)},"nodes":[${nodes.join(",")}],"edges":[${edges.map((l) => splitLine(l).rest).join(",")}]}`;
}

/** /api/graph: the whole filtered graph within the budget, else its most central part. */
export async function readGraphView(
  db: Db,
  filter: GraphFilter,
  limits: GraphBudget = DEFAULT_BUDGET,
): Promise<string> {
  const relations = await countRelations(db, filter);
  if (relations <= limits.budget) return readGraphJson(db, filter);
  const q = queryOf(filter);
  const ids = await topEntities(db, q, limits.top);
  const part = { truncated: true, relations, budget: limits.budget, top: limits.top };
  return (await partJson(db, q, ids, part)) ?? "";
}

export interface NeighbourhoodQuery {
  id: string;
  depth: 1 | 2;
  limit: number;
}

/**
 * /api/neighbourhood: `id` and its neighbours ranked by weight, at most `limit` besides `id`. Two steps
 * out, the first ring takes half the limit and the second (ranked by weight to the first) the rest.
 * Null when no entity has the id.
 */
export async function readNeighbourhood(
  db: Db,
  { id, depth, limit }: NeighbourhoodQuery,
  filter: GraphFilter = {},
): Promise<string | null> {
  const q = queryOf(filter);
  const first = await rankedNeighbours(db, q, [id], [id], depth === 2 ? Math.ceil(limit / 2) : limit);
  const second =
    depth === 2 ? await rankedNeighbours(db, q, first, [id, ...first], limit - first.length) : [];
  return partJson(db, q, [id, ...first, ...second], { focus: id, depth, limit });
}
