// Turns extractions into the parameter rows of the write queries (pure, unit-tested).
import {
  canonicalEnds,
  ENTITY_TYPES,
  type ArticleExtraction,
  type EntityType,
  type Relation,
} from "../types.js";
import { claimFacts, type AggregateKey, type ClaimFacts } from "../graph/aggregate.js";
import { fieldSpec } from "./positional.js";

export interface EntityRow {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  wikidata: string | null;
}

export interface ArticleRows {
  articleIds: string[];
  /** One row per entity id across the batch, aliases united (fewer MERGEs for shared entities). */
  entities: EntityRow[];
  articles: { id: string; props: ArticleProps }[];
  mentions: { article: string; entity: string; count: number }[];
  claims: { articleId: string; source: string; target: string; props: ClaimProps }[];
  keys: AggregateKey[];
  /** The claims again, as the aggregate rebuild reads them (so it need not read them back). */
  facts: ClaimFacts[];
}

/** The stored properties of an Article node (docs/graph-model.md). */
export interface ArticleProps {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  published: string | null;
  contentHash: string;
  file: string | null;
}

export const ARTICLE_FIELDS = fieldSpec<ArticleProps>({
  id: true,
  title: true,
  url: true,
  source: true,
  published: true,
  contentHash: true,
  file: true,
});

/** The stored properties of a Claim node (docs/graph-model.md). */
export interface ClaimProps {
  id: string;
  type: Relation["type"];
  source: string;
  target: string;
  certainty: Relation["certainty"];
  date: string | null;
  role: string | null;
  quantity: number | null;
  validFrom: string | null;
  validTo: string | null;
  cameo: string;
  articleId: string;
  sentences: string[];
  starts: number[];
  ends: number[];
  contested: boolean;
}

export const CLAIM_FIELDS = fieldSpec<ClaimProps>(
  {
    id: true,
    type: true,
    source: true,
    target: true,
    certainty: true,
    date: true,
    role: true,
    quantity: true,
    validFrom: true,
    validTo: true,
    cameo: true,
    articleId: true,
    sentences: true,
    starts: true,
    ends: true,
    contested: true,
  },
  { integerLists: ["starts", "ends"] },
);

function claimProps(articleId: string, r: Relation, source: string, target: string): ClaimProps {
  return {
    id: r.id,
    type: r.type,
    source,
    target,
    certainty: r.certainty,
    date: r.date ?? null,
    role: r.role ?? null,
    quantity: r.quantity ?? null,
    validFrom: r.validFrom ?? null,
    validTo: r.validTo ?? null,
    cameo: r.cameo,
    articleId,
    sentences: r.evidence.map((e) => e.sentence),
    starts: r.evidence.map((e) => e.start),
    ends: r.evidence.map((e) => e.end),
    contested: false,
  };
}

/**
 * Rows for a batch of extractions. Later extractions of the same article id replace earlier ones, and a
 * relation whose ends are not among the article's entities is an error naming the article.
 */
export function articleRows(extractions: ArticleExtraction[]): ArticleRows {
  const latest = new Map<string, ArticleExtraction>();
  for (const x of extractions) latest.set(x.article.id, x);
  const entities = new Map<string, EntityRow>();
  const rows: ArticleRows = {
    articleIds: [...latest.keys()],
    entities: [],
    articles: [],
    mentions: [],
    claims: [],
    keys: [],
    facts: [],
  };
  for (const x of latest.values()) {
    const { article } = x;
    const known = new Set<string>();
    for (const e of x.entities) {
      if (!ENTITY_TYPES.includes(e.type)) {
        throw new Error(`article ${article.id}: entity ${e.id} has unknown type ${String(e.type)}`);
      }
      known.add(e.id);
      const have = entities.get(e.id);
      if (have) {
        for (const a of [e.name, ...(e.aliases ?? [])]) {
          if (a !== have.name && !have.aliases.includes(a)) have.aliases.push(a);
        }
        have.wikidata ??= e.wikidata ?? null;
      } else {
        entities.set(e.id, {
          id: e.id,
          name: e.name,
          type: e.type,
          aliases: [...new Set(e.aliases ?? [])].filter((a) => a !== e.name),
          wikidata: e.wikidata ?? null,
        });
      }
    }
    rows.articles.push({
      id: article.id,
      props: {
        id: article.id,
        title: article.title ?? null,
        url: article.url ?? null,
        source: article.source ?? null,
        published: article.published ?? null,
        contentHash: article.contentHash,
        file: article.file ?? null,
      },
    });
    for (const [entity, count] of Object.entries(x.mentions)) {
      if (known.has(entity) && count > 0) rows.mentions.push({ article: article.id, entity, count });
    }
    const seen = new Set<string>();
    for (const r of x.relations) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      for (const end of [r.source, r.target]) {
        if (!known.has(end))
          throw new Error(`article ${article.id}: relation ${r.id} refers to unknown entity ${end}`);
      }
      const [source, target] = canonicalEnds(r.type, r.source, r.target);
      rows.claims.push({
        articleId: article.id,
        source,
        target,
        props: claimProps(article.id, r, source, target),
      });
      rows.keys.push({ type: r.type, source, target });
      rows.facts.push(claimFacts(article, r, source, target));
    }
  }
  rows.entities = [...entities.values()];
  return rows;
}
