// Read queries behind /api/articles: the article list and one article with what it mentions and claims.
import type { ArticleCard, ArticleSummary } from "../api/types.js";
import type { Db } from "./connection.js";
import { toInt } from "./read-plain.js";
import { field, mapRecord, type RulesFor } from "./records.js";
import { withRead } from "./transactions.js";

const SUMMARY: RulesFor<ArticleSummary> = {
  id: field.string,
  title: field.stringOrNull,
  source: field.stringOrNull,
  published: field.stringOrNull,
  url: field.stringOrNull,
  entities: field.integer,
  claims: field.integer,
};

const HEAD: RulesFor<Omit<ArticleCard, "mentions" | "claimList">> = {
  ...SUMMARY,
  file: field.stringOrNull,
  contentHash: field.stringOrNull,
  ingestedAt: field.dateTimeOrNull,
};

const MENTION: RulesFor<ArticleCard["mentions"][number]> = {
  id: field.string,
  name: field.string,
  type: field.string,
  count: field.integer,
};

const CLAIM: RulesFor<ArticleCard["claimList"][number]> = {
  id: field.string,
  type: field.string,
  source: field.string,
  target: field.string,
  certainty: field.string,
  date: field.stringOrNull,
  sentences: field.strings,
};

export async function listArticles(
  db: Db,
  opts: { limit: number; offset: number },
): Promise<{ total: number; articles: ArticleSummary[] }> {
  return withRead(db, async (tx) => {
    const total = await tx.run(`MATCH (a:Article) RETURN count(a) AS total`);
    const res = await tx.run(
      `MATCH (a:Article)
       WITH a ORDER BY a.published DESC, a.id SKIP $offset LIMIT $limit
       RETURN a.id AS id, a.title AS title, a.source AS source, a.published AS published, a.url AS url,
              COUNT { (a)-[:MENTIONS]->(:Entity) } AS entities, COUNT { (a)-[:ASSERTS]->(:Claim) } AS claims`,
      { offset: toInt(opts.offset), limit: toInt(opts.limit) },
    );
    return {
      total: mapRecord<{ total: number }>(total.records[0], { total: field.integer }).total,
      articles: res.records.map((r) => mapRecord(r, SUMMARY)),
    };
  });
}

export async function readArticle(db: Db, id: string): Promise<ArticleCard | null> {
  return withRead(db, async (tx) => {
    const head = await tx.run(
      `MATCH (a:Article {id: $id})
       RETURN a.id AS id, a.title AS title, a.source AS source, a.published AS published, a.url AS url,
              a.file AS file, a.contentHash AS contentHash, a.ingestedAt AS ingestedAt,
              COUNT { (a)-[:MENTIONS]->(:Entity) } AS entities, COUNT { (a)-[:ASSERTS]->(:Claim) } AS claims`,
      { id },
    );
    if (head.records.length === 0) return null;
    const card: ArticleCard = { ...mapRecord(head.records[0], HEAD), mentions: [], claimList: [] };
    const mentions = await tx.run(
      `MATCH (:Article {id: $id})-[m:MENTIONS]->(e:Entity)
       RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(m.count, 1) AS count ORDER BY count DESC, name`,
      { id },
    );
    card.mentions = mentions.records.map((r) => mapRecord(r, MENTION));
    const claims = await tx.run(
      `MATCH (:Article {id: $id})-[:ASSERTS]->(c:Claim)
       RETURN c.id AS id, c.type AS type, c.source AS source, c.target AS target, c.certainty AS certainty,
              c.date AS date, coalesce(c.sentences, []) AS sentences ORDER BY c.type, c.id`,
      { id },
    );
    card.claimList = claims.records.map((r) => mapRecord(r, CLAIM));
    return card;
  });
}
