// Writes extracted articles. Each call is ONE managed write transaction, so an article is stored whole
// or not at all (a kill mid-ingest leaves no half article); callers may pass several articles to share
// a transaction (the ingest batches them for throughput — still all-or-nothing per batch).
import type { ManagedTransaction } from "neo4j-driver";
import { ENTITY_TYPES, type ArticleExtraction } from "../types.js";
import type { AggregateKey } from "./aggregate-claims.js";
import { articleRows } from "./article-rows.js";
import type { Db } from "./connection.js";
import { rebuildAggregates } from "./rebuild-aggregates.js";
import { loadReliability, type Reliability } from "./source-reliability.js";

const STORED_HASHES = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.contentHash AS hash`;

const OLD_KEYS = `
UNWIND $ids AS id
MATCH (:Article {id: id})-[:ASSERTS]->(c:Claim)
RETURN DISTINCT c.type AS type, c.source AS source, c.target AS target`;

// DETACH DELETE also drops the claims' ASSERTS, SUBJECT, OBJECT and CONTRADICTS links.
const DELETE_OLD = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)-[m:MENTIONS]->()
DELETE m
WITH DISTINCT a
OPTIONAL MATCH (a)-[:ASSERTS]->(c:Claim)
DETACH DELETE c`;

// Labels cannot be parameters: one fixed MERGE per whitelisted type label, each run only for the rows of
// its type. Existing entities are written to only when the batch brings a new alias or a wikidata id,
// since most rows name entities that are already stored as they are. Aliases never include the name.
const MERGE_ENTITIES = `
UNWIND $rows AS row
${ENTITY_TYPES.map(
  (t) => `FOREACH (r IN CASE WHEN row.type = '${t}' THEN [row] ELSE [] END |
  MERGE (e:Entity {id: r.id})
  ON CREATE SET e:${t}, e.type = r.type, e.name = r.name, e.aliases = r.aliases, e.wikidata = r.wikidata)`,
).join("\n")}
WITH row
MATCH (e:Entity {id: row.id})
WITH e, row, [x IN [row.name] + row.aliases WHERE x <> e.name AND NOT x IN coalesce(e.aliases, [])] AS more
WHERE size(more) > 0 OR (e.wikidata IS NULL AND row.wikidata IS NOT NULL)
SET e.aliases = reduce(acc = coalesce(e.aliases, []), x IN more | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    e.wikidata = coalesce(e.wikidata, row.wikidata)`;

// One pass per article: MERGE it, then its MENTIONS and Claims (with ASSERTS, SUBJECT, OBJECT) from the
// matched node, so no row looks the article up again.
const WRITE_ARTICLES = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a = row.props, a.ingestedAt = datetime()
WITH a, row
CALL (a, row) {
  UNWIND row.mentions AS m
  MATCH (e:Entity {id: m.entity})
  CREATE (a)-[:MENTIONS {count: m.count}]->(e)
}
CALL (a, row) {
  UNWIND row.claims AS c
  MATCH (s:Entity {id: c.source})
  MATCH (t:Entity {id: c.target})
  CREATE (cl:Claim)
  SET cl = c.props
  CREATE (a)-[:ASSERTS]->(cl), (cl)-[:SUBJECT]->(s), (cl)-[:OBJECT]->(t)
  RETURN count(cl) AS n
}
RETURN sum(n) AS n`;

export interface WriteOptions {
  reliability?: Reliability;
  /** Rewrite even when the stored contentHash is the same. */
  force?: boolean;
}

export interface WriteResult {
  stored: string[];
  unchanged: string[];
  /** Relationships created by the write (MENTIONS, ASSERTS, SUBJECT/OBJECT, aggregates, CONTRADICTS). */
  relationshipsCreated: number;
}

let defaultReliability: Reliability | undefined;
function reliabilityOf(opts: WriteOptions): Reliability {
  return opts.reliability ?? (defaultReliability ??= loadReliability());
}

async function run(
  tx: ManagedTransaction,
  query: string,
  params: Record<string, unknown>,
  counter: { n: number },
) {
  const result = await tx.run(query, params);
  counter.n += result.summary.counters.updates().relationshipsCreated;
  return result;
}

export async function writeArticles(
  db: Db,
  extractions: ArticleExtraction[],
  opts: WriteOptions = {},
): Promise<WriteResult> {
  const reliability = reliabilityOf(opts);
  const session = db.driver.session({ database: db.database });
  try {
    return await session.executeWrite(async (tx) => {
      const counter = { n: 0 };
      const ids = [...new Set(extractions.map((x) => x.article.id))];
      const stored = new Map<string, string>();
      for (const r of (await tx.run(STORED_HASHES, { ids })).records) stored.set(r.get("id"), r.get("hash"));
      const latest = new Map(extractions.map((x) => [x.article.id, x]));
      const unchanged = opts.force
        ? []
        : [...latest.values()]
            .filter((x) => stored.get(x.article.id) === x.article.contentHash)
            .map((x) => x.article.id);
      const skip = new Set(unchanged);
      const todo = [...latest.values()].filter((x) => !skip.has(x.article.id));
      if (todo.length === 0) return { stored: [], unchanged, relationshipsCreated: 0 };

      const rows = articleRows(todo);
      const replaced = rows.articleIds.filter((id) => stored.has(id));
      const keys: AggregateKey[] = [...rows.keys];
      if (replaced.length) {
        for (const r of (await tx.run(OLD_KEYS, { ids: replaced })).records) {
          keys.push({ type: r.get("type"), source: r.get("source"), target: r.get("target") });
        }
        await tx.run(DELETE_OLD, { ids: replaced });
      }
      if (rows.entities.length) await run(tx, MERGE_ENTITIES, { rows: rows.entities }, counter);
      const perArticle = new Map(
        rows.articles.map((a) => [a.id, { ...a, mentions: [] as unknown[], claims: [] as unknown[] }]),
      );
      for (const m of rows.mentions) perArticle.get(m.article)?.mentions.push(m);
      for (const c of rows.claims) perArticle.get(c.articleId)?.claims.push(c);
      const res = await run(tx, WRITE_ARTICLES, { rows: [...perArticle.values()] }, counter);
      const created = Number(res.records[0]?.get("n") ?? 0);
      // Cannot happen when rows are consistent; if it does, roll back rather than store half an article.
      if (created !== rows.claims.length) {
        throw new Error(
          `stored ${created} of ${rows.claims.length} claims for ${rows.articleIds.join(", ")}`,
        );
      }
      counter.n += (await rebuildAggregates(tx, keys, reliability)).relationshipsCreated;
      return { stored: rows.articleIds, unchanged, relationshipsCreated: counter.n };
    });
  } finally {
    await session.close();
  }
}

/** Writes one article in its own transaction: "stored", or "unchanged" when its contentHash is stored. */
export async function writeArticle(
  db: Db,
  extraction: ArticleExtraction,
  opts: WriteOptions = {},
): Promise<"stored" | "unchanged"> {
  const result = await writeArticles(db, [extraction], opts);
  return result.stored.length ? "stored" : "unchanged";
}
