// The stored graph (entities + aggregate relations) as a graphology graph, filtered in Cypher. Used by
// /api/graph, the exports and the viewer. Two queries (edges, nodes), records streamed into the graph.
import { MultiDirectedGraph } from "graphology";
import {
  RELATION_TYPES,
  type Certainty,
  type EntityType,
  type GraphEdgeAttributes,
  type GraphFilter,
  type GraphNodeAttributes,
  type RelationType,
} from "../types.js";
import type { Db } from "./connection.js";
import { optString, stringList, toNumber } from "./values.js";

export type StoredGraph = MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes>;

// Dates are YYYY[-MM[-DD]] strings: a partial date d covers [d, d + '~'] in string order ('~' sorts
// after digits and '-'), so overlap with [from, to + '~'] needs no date parsing. Relations without
// event dates fall back to their first reported date.
const EDGES = `
MATCH (s:Entity)-[r]->(t:Entity)
WHERE type(r) IN $relations
  AND ($types IS NULL OR (s.type IN $types AND t.type IN $types))
  AND ($minSources IS NULL OR r.articles >= $minSources)
  AND ($certainty IS NULL OR r.certainty IN $certainty)
  AND (($from IS NULL AND $to IS NULL) OR any(d IN
        CASE WHEN size(coalesce(r.dates, [])) > 0 THEN r.dates
             WHEN r.firstReported IS NOT NULL THEN [r.firstReported] ELSE [] END
        WHERE ($from IS NULL OR d + '~' >= $from) AND ($to IS NULL OR d <= $to + '~')))
RETURN s.id AS source, t.id AS target, type(r) AS type, properties(r) AS p`;

const NODE_FIELDS = `e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, e.wikidata AS wikidata,
       COUNT { (e)<-[:MENTIONS]-(:Article) } AS articles`;

const NODES_BY_TYPE = `
MATCH (e:Entity)
WHERE $types IS NULL OR e.type IN $types
RETURN ${NODE_FIELDS}`;

const NODES_BY_ID = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN ${NODE_FIELDS}`;

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

function nodeAttributes(r: { get(key: string): unknown }): GraphNodeAttributes {
  const name = String(r.get("name") ?? r.get("id"));
  const attrs: GraphNodeAttributes = {
    label: name,
    name,
    entityType: r.get("type") as EntityType,
    aliases: stringList(r.get("aliases")),
    articles: toNumber(r.get("articles")),
  };
  const wikidata = optString(r.get("wikidata"));
  if (wikidata) attrs.wikidata = wikidata;
  return attrs;
}

function edgeAttributes(type: RelationType, p: Record<string, unknown>): GraphEdgeAttributes {
  const attrs: GraphEdgeAttributes = {
    type,
    label: type,
    symmetric: Boolean(p.symmetric),
    cameo: String(p.cameo ?? ""),
    certainty: p.certainty as Certainty,
    certainties: stringList(p.certainties) as Certainty[],
    happened: Boolean(p.happened),
    contested: Boolean(p.contested),
    articles: toNumber(p.articles ?? 0),
    outlets: toNumber(p.outlets ?? 0),
    dates: stringList(p.dates),
    weight: toNumber(p.weight ?? 0),
  };
  for (const key of ["firstReported", "lastReported", "validFrom", "validTo"] as const) {
    const v = optString(p[key]);
    if (v) attrs[key] = v;
  }
  const roles = stringList(p.roles);
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
  try {
    // Built inside the callback: a retried transaction starts again from an empty graph.
    return await session.executeRead(async (tx) => {
      const graph: StoredGraph = new MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes>();
      const edges: { key: string; source: string; target: string; attrs: GraphEdgeAttributes }[] = [];
      const ends = new Set<string>();
      for await (const r of tx.run(EDGES, params)) {
        const p = r.get("p") as Record<string, unknown>;
        const source = r.get("source") as string;
        const target = r.get("target") as string;
        edges.push({
          key: String(p.id),
          source,
          target,
          attrs: edgeAttributes(r.get("type") as RelationType, p),
        });
        ends.add(source).add(target);
      }
      const nodes = relationFiltered
        ? tx.run(NODES_BY_ID, { ids: [...ends] })
        : tx.run(NODES_BY_TYPE, params);
      for await (const r of nodes) graph.addNode(r.get("id") as string, nodeAttributes(r));
      for (const e of edges) {
        if (graph.hasNode(e.source) && graph.hasNode(e.target))
          graph.addEdgeWithKey(e.key, e.source, e.target, e.attrs);
      }
      return graph;
    });
  } finally {
    await session.close();
  }
}
