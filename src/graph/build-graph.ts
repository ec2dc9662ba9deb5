// Per-article extractions → one merged graphology graph: a node per entity, an edge per
// (type, source, target) aggregating the claims of every article that states it. The edges are made by
// the store's own aggregation (aggregate.ts), so `geokg extract --format json` and `geokg export` after
// an ingest of the same articles agree.
import graphology from "graphology";
import {
  canonicalEnds,
  isAcronymName,
  type ArticleExtraction,
  type GraphEdgeAttributes,
  type GraphNodeAttributes,
} from "../types.js";
import { aggregateClaims, claimFacts, keyString, type AggregateKey, type ClaimFacts } from "./aggregate.js";
import { edgeAttributes } from "./edge-attributes.js";
import type { Reliability } from "./source-reliability.js";

const { MultiDirectedGraph } = graphology;
export type GeoGraph = InstanceType<typeof MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes>>;

function addEntities(graph: GeoGraph, extractions: Iterable<ArticleExtraction>): void {
  const articlesOf = new Map<string, Set<string>>();
  for (const x of extractions) {
    for (const e of x.entities) {
      if (!graph.hasNode(e.id)) {
        const attrs: GraphNodeAttributes = {
          label: e.name,
          name: e.name,
          entityType: e.type,
          aliases: [...e.aliases],
          articles: 0,
        };
        if (e.wikidata) attrs.wikidata = e.wikidata;
        graph.addNode(e.id, attrs);
      } else {
        const have = graph.getNodeAttributes(e.id);
        for (const a of [e.name, ...e.aliases])
          if (a !== have.name && !have.aliases.includes(a)) have.aliases.push(a);
        // The registry names an entity first met by its acronym by the long form once one arrives.
        if (isAcronymName(have.name) && !isAcronymName(e.name) && e.aliases.includes(have.name)) {
          have.aliases = [have.name, ...have.aliases.filter((a) => a !== e.name && a !== have.name)];
          have.name = have.label = e.name;
        }
      }
      const set = articlesOf.get(e.id) ?? new Set<string>();
      set.add(x.article.id);
      articlesOf.set(e.id, set);
    }
  }
  for (const [id, set] of articlesOf) graph.setNodeAttribute(id, "articles", set.size);
}

/** The claims of the extractions grouped by aggregate key, as the store keeps them (one per claim id). */
function claimsByKey(graph: GeoGraph, extractions: Iterable<ArticleExtraction>) {
  const groups = new Map<string, { key: AggregateKey; claims: ClaimFacts[] }>();
  for (const x of extractions) {
    const seen = new Set<string>();
    for (const r of x.relations) {
      if (seen.has(r.id) || !graph.hasNode(r.source) || !graph.hasNode(r.target)) continue;
      seen.add(r.id);
      const [source, target] = canonicalEnds(r.type, r.source, r.target);
      const key: AggregateKey = { type: r.type, source, target };
      const k = keyString(key);
      const group = groups.get(k) ?? { key, claims: [] };
      group.claims.push(claimFacts(x.article, r, source, target));
      groups.set(k, group);
    }
  }
  return groups.values();
}

/**
 * The merged graph. As in the store, a later extraction of an article id replaces an earlier one, and
 * `reliability` (data/sources.json: loadReliability) weighs each outlet's report.
 */
export function buildGraph(extractions: ArticleExtraction[], reliability: Reliability): GeoGraph {
  const graph = new MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes>();
  const latest = new Map(extractions.map((x) => [x.article.id, x])).values();
  const articles = [...latest];
  addEntities(graph, articles);
  for (const { key, claims } of claimsByKey(graph, articles)) {
    const { props } = aggregateClaims(key, claims, reliability);
    graph.addDirectedEdgeWithKey(props.id, key.source, key.target, edgeAttributes(key.type, props));
  }
  return graph;
}
