// Read queries behind /api/articles: the article list and one article with what it mentions and claims.
import type { ArticleCard, ArticleSummary } from "../api/types.js";
import type { Db } from "./connection.js";
import { plainRecord, toInt, withRead } from "./read-plain.js";

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
      total: Number(plainRecord(total.records[0]).total),
      articles: res.records.map((r) => plainRecord(r) as unknown as ArticleSummary),
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
    const card = plainRecord(head.records[0]) as unknown as ArticleCard;
    const mentions = await tx.run(
      `MATCH (:Article {id: $id})-[m:MENTIONS]->(e:Entity)
       RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(m.count, 1) AS count ORDER BY count DESC, name`,
      { id },
    );
    card.mentions = mentions.records.map((r) => plainRecord(r) as unknown as ArticleCard["mentions"][number]);
    const claims = await tx.run(
      `MATCH (:Article {id: $id})-[:ASSERTS]->(c:Claim)
       RETURN c.id AS id, c.type AS type, c.source AS source, c.target AS target, c.certainty AS certainty,
              c.date AS date, coalesce(c.sentences, []) AS sentences ORDER BY c.type, c.id`,
      { id },
    );
    card.claimList = claims.records.map((r) => plainRecord(r) as unknown as ArticleCard["claimList"][number]);
    return card;
  });
}
