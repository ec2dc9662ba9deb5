// Per-article extractions → one merged graphology graph: a node per entity, an edge per
// (type, source, target) aggregating the claims of every article that states it.
import graphology from "graphology";
import {
  CAMEO,
  SYMMETRIC_RELATIONS,
  type ArticleExtraction,
  type Certainty,
  type GraphEdgeAttributes,
  type GraphNodeAttributes,
  type RelationType,
} from "../types.js";

const { MultiDirectedGraph } = graphology;
export type GeoGraph = InstanceType<typeof MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes>>;

/** Most affirmative first. */
const RANK: Certainty[] = ["asserted", "reported", "alleged", "planned", "denied"];

export function edgeKey(type: RelationType, source: string, target: string): string {
  return `${type}:${source}:${target}`;
}

export function buildGraph(extractions: ArticleExtraction[]): GeoGraph {
  const graph = new MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes>();
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
      }
      const set = articlesOf.get(e.id) ?? new Set<string>();
      set.add(x.article.id);
      articlesOf.set(e.id, set);
    }
  }
  for (const [id, set] of articlesOf) graph.setNodeAttribute(id, "articles", set.size);

  interface Acc {
    certainties: Set<Certainty>;
    articles: Set<string>;
    outlets: Set<string>;
    dates: Set<string>;
    reported: string[];
    roles: Set<string>;
    validFrom?: string;
    validTo?: string;
  }
  const acc = new Map<string, { type: RelationType; source: string; target: string; a: Acc }>();
  for (const x of extractions) {
    for (const r of x.relations) {
      if (!graph.hasNode(r.source) || !graph.hasNode(r.target)) continue;
      const symmetric = SYMMETRIC_RELATIONS.has(r.type);
      const [source, target] = symmetric && r.target < r.source ? [r.target, r.source] : [r.source, r.target];
      const key = edgeKey(r.type, source, target);
      let e = acc.get(key);
      if (!e) {
        e = {
          type: r.type,
          source,
          target,
          a: {
            certainties: new Set(),
            articles: new Set(),
            outlets: new Set(),
            dates: new Set(),
            reported: [],
            roles: new Set(),
          },
        };
        acc.set(key, e);
      }
      e.a.certainties.add(r.certainty);
      e.a.articles.add(x.article.id);
      // Unnamed outlets count once per article: they cannot be told apart.
      e.a.outlets.add(x.article.source ?? `article:${x.article.id}`);
      if (r.date) e.a.dates.add(r.date);
      if (x.article.published) e.a.reported.push(x.article.published);
      if (r.role) e.a.roles.add(r.role);
      if (r.validFrom && (!e.a.validFrom || r.validFrom < e.a.validFrom)) e.a.validFrom = r.validFrom;
      if (r.validTo && (!e.a.validTo || r.validTo > e.a.validTo)) e.a.validTo = r.validTo;
    }
  }
  for (const [key, { type, source, target, a }] of acc) {
    const certainties = RANK.filter((c) => a.certainties.has(c));
    const happened = certainties.some((c) => c === "asserted" || c === "reported");
    const reported = [...a.reported].sort();
    const attrs: GraphEdgeAttributes = {
      type,
      label: type,
      symmetric: SYMMETRIC_RELATIONS.has(type),
      cameo: CAMEO[type],
      certainty: certainties[0],
      certainties,
      happened,
      contested: happened && a.certainties.has("denied"),
      articles: a.articles.size,
      outlets: a.outlets.size,
      dates: [...a.dates].sort(),
      weight: a.outlets.size,
    };
    if (reported.length) {
      attrs.firstReported = reported[0];
      attrs.lastReported = reported[reported.length - 1];
    }
    if (a.roles.size) attrs.roles = [...a.roles].sort();
    if (a.validFrom) attrs.validFrom = a.validFrom;
    if (a.validTo) attrs.validTo = a.validTo;
    graph.addDirectedEdgeWithKey(key, source, target, attrs);
  }
  return graph;
}
