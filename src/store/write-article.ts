// Writes extracted articles. Each call is ONE managed write transaction, so an article is stored whole
// or not at all (a kill mid-ingest leaves no half article); callers may pass several articles to share
// a transaction (the ingest batches them for throughput — still all-or-nothing per batch).
import type { ManagedTransaction } from "neo4j-driver";
import { ENTITY_TYPES, type ArticleExtraction, type EntityType } from "../types.js";
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

// Labels cannot be parameters: one fixed query per whitelisted entity type. Aliases are the union of
// what was stored and what this article brings, never including the canonical name.
const MERGE_ENTITIES = Object.fromEntries(
  ENTITY_TYPES.map((t) => [
    t,
    `UNWIND $rows AS row
     MERGE (e:Entity {id: row.id})
     ON CREATE SET e:${t}, e.type = row.type, e.name = row.name, e.aliases = []
     SET e.wikidata = coalesce(e.wikidata, row.wikidata)
     WITH e, row
     SET e.aliases = reduce(acc = [], x IN coalesce(e.aliases, []) + [row.name] + row.aliases |
       CASE WHEN x IN acc OR x = e.name THEN acc ELSE acc + x END)`,
  ]),
) as Record<EntityType, string>;

const MERGE_ARTICLES = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a = row.props, a.ingestedAt = datetime()`;

const CREATE_MENTIONS = `
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (e:Entity {id: row.entity})
CREATE (a)-[:MENTIONS {count: row.count}]->(e)`;

const CREATE_CLAIMS = `
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
CREATE (c:Claim)
SET c = row.props
CREATE (a)-[:ASSERTS]->(c), (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(t)
RETURN count(c) AS n`;

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
      for (const t of ENTITY_TYPES) {
        if (rows.entities[t].length) await run(tx, MERGE_ENTITIES[t], { rows: rows.entities[t] }, counter);
      }
      await run(tx, MERGE_ARTICLES, { rows: rows.articles }, counter);
      if (rows.mentions.length) await run(tx, CREATE_MENTIONS, { rows: rows.mentions }, counter);
      if (rows.claims.length) {
        const res = await run(tx, CREATE_CLAIMS, { rows: rows.claims }, counter);
        const created = Number(res.records[0]?.get("n") ?? 0);
        // Cannot happen when rows are consistent; if it does, roll back rather than store half an article.
        if (created !== rows.claims.length) {
          throw new Error(
            `stored ${created} of ${rows.claims.length} claims for ${rows.articleIds.join(", ")}`,
          );
        }
      }
      const before = counter.n;
      const { relationshipsCreated } = await rebuildWithCount(tx, keys, reliability);
      counter.n = before + relationshipsCreated;
      return { stored: rows.articleIds, unchanged, relationshipsCreated: counter.n };
    });
  } finally {
    await session.close();
  }
}

async function rebuildWithCount(tx: ManagedTransaction, keys: AggregateKey[], reliability: Reliability) {
  const results = await rebuildAggregates(tx, keys, reliability);
  // Aggregates are MERGEd, so count what now exists for the touched keys rather than what was new.
  return { relationshipsCreated: results.length + results.reduce((n, r) => n + r.contradictions.length, 0) };
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
