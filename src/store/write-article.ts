// Writes extracted articles. Each call is ONE managed write transaction, so an article is stored whole
// or not at all (a kill mid-ingest leaves no half article); callers may pass several articles to share
// a transaction (the ingest batches them for throughput — still all-or-nothing per batch).
import type { ManagedTransaction } from "neo4j-driver";
import type { ArticleExtraction } from "../types.js";
import { keyString, type AggregateKey } from "../graph/aggregate.js";
import { correctExtractions } from "../curate/correct-extraction.js";
import { CorrectionPlan } from "../curate/plan.js";
import { readCorrections } from "../curate/store.js";
import { ARTICLE_FIELDS, CLAIM_FIELDS, articleRows, type EntityRow } from "./article-rows.js";
import { ENTITIES_BY_POSITION, mapFromList, toList } from "./positional.js";
import type { Db } from "./connection.js";
import { readStoredClaims, writeAggregates } from "./rebuild-aggregates.js";
import { STABLE_PLAN } from "./stable-plan.js";
import { takeWriteLock } from "./write-lock.js";
import { loadReliability, type Reliability } from "../graph/source-reliability.js";
import { withWrite } from "./transactions.js";

const STORED_HASHES = `${STABLE_PLAN}
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.contentHash AS hash`;

const OLD_KEYS = `${STABLE_PLAN}
UNWIND $ids AS id
MATCH (:Article {id: id})-[:ASSERTS]->(c:Claim)
RETURN DISTINCT c.type AS type, c.source AS source, c.target AS target`;

// DETACH DELETE also drops the claims' ASSERTS, SUBJECT and OBJECT links (and CONTRADICTS of earlier versions).
const DELETE_OLD = `${STABLE_PLAN}
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)-[m:MENTIONS]->()
DELETE m
WITH DISTINCT a
OPTIONAL MATCH (a)-[:ASSERTS]->(c:Claim)
DETACH DELETE c`;

// Most rows of a batch name entities that are already stored as they are: those are read first and
// only the new ones, or those bringing a new alias or wikidata id, are written. The label comes from
// the row's type (a dynamic label, Cypher 5.26), checked against ENTITY_TYPES when the rows were built.
// The alias union happens here, under the node's write lock, so concurrent ingests lose no alias.
// Aliases never include the name.
const STORED_ENTITIES = `${STABLE_PLAN}
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.name AS name, e.aliases AS aliases, e.wikidata AS wikidata`;

const MERGE_ENTITIES = `${STABLE_PLAN}
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:$(row.type), e.type = row.type, e.name = row.name, e.aliases = row.aliases, e.wikidata = row.wikidata
WITH e, row, [x IN [row.name] + row.aliases WHERE x <> e.name AND NOT x IN coalesce(e.aliases, [])] AS more
WHERE size(more) > 0 OR (e.wikidata IS NULL AND row.wikidata IS NOT NULL)
SET e.aliases = reduce(acc = coalesce(e.aliases, []), x IN more | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    e.wikidata = coalesce(e.wikidata, row.wikidata)`;

// One pass per article: MERGE it, then its MENTIONS and Claims (with ASSERTS, SUBJECT, OBJECT) from the
// matched node, so no row looks the article up again. The batch's entities are looked up once, into
// the list `ents` (in $entities order), and rows name them by position: a mention or a claim end costs
// a list access instead of an index seek. Properties travel as positional lists (positional.ts):
// `row.props` in ARTICLE_FIELDS order, claims as [source, target, properties in CLAIM_FIELDS order],
// mentions as two parallel lists of entity positions and counts.
const WRITE_ARTICLES = `${STABLE_PLAN}
${ENTITIES_BY_POSITION}
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a = ${mapFromList(ARTICLE_FIELDS, "row.props")}, a.ingestedAt = datetime()
WITH a, row, ents
CALL (a, row, ents) {
  UNWIND range(0, size(row.mentioned) - 1) AS i
  WITH a, ents[toInteger(row.mentioned[i])] AS e, toInteger(row.counts[i]) AS count
  CREATE (a)-[:MENTIONS {count: count}]->(e)
}
CALL (a, row, ents) {
  UNWIND row.claims AS c
  WITH a, ents[toInteger(c[0])] AS s, ents[toInteger(c[1])] AS t, c[2] AS p
  CREATE (cl:Claim)
  SET cl = ${mapFromList(CLAIM_FIELDS, "p")}
  CREATE (a)-[:ASSERTS]->(cl), (cl)-[:SUBJECT]->(s), (cl)-[:OBJECT]->(t)
  RETURN count(cl) AS n
}
RETURN sum(n) AS n, size(ents) AS entities`;

// Marks corrections put on claims just written (src/curate): raw ends of moved claims, verdicts.
const MARK_CLAIMS = `${STABLE_PLAN}
UNWIND $marks AS m
MATCH (c:Claim {id: m.id})
SET c += m.props`;

export interface WriteOptions {
  reliability?: Reliability;
  /** Rewrite even when the stored contentHash is the same. */
  force?: boolean;
}

export interface WriteResult {
  stored: string[];
  unchanged: string[];
  /** Relationships created by the write (MENTIONS, ASSERTS, SUBJECT/OBJECT, aggregates). */
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

/** The rows naming an entity not stored yet, or one the row adds an alias or a wikidata id to. */
async function changedEntities(tx: ManagedTransaction, rows: EntityRow[]): Promise<EntityRow[]> {
  if (rows.length === 0) return [];
  const stored = new Map<string, { name: string; aliases: Set<string>; wikidata: unknown }>();
  const result = await tx.run(STORED_ENTITIES, { ids: rows.map((r) => r.id) });
  for (const r of result.records) {
    stored.set(r.get("id"), {
      name: r.get("name"),
      aliases: new Set((r.get("aliases") as string[] | null) ?? []),
      wikidata: r.get("wikidata"),
    });
  }
  return rows.filter((row) => {
    const have = stored.get(row.id);
    if (!have) return true;
    if (have.wikidata == null && row.wikidata != null) return true;
    return [row.name, ...row.aliases].some((x) => x !== have.name && !have.aliases.has(x));
  });
}

export async function writeArticles(
  db: Db,
  extractions: ArticleExtraction[],
  opts: WriteOptions = {},
): Promise<WriteResult> {
  const reliability = reliabilityOf(opts);
  return withWrite(db, async (tx) => {
    await takeWriteLock(tx);
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

    // Corrections are read under the write lock, so one made during an ingest applies from the next batch on.
    const curated = correctExtractions(new CorrectionPlan(await readCorrections(tx)), todo);
    const rows = articleRows(curated.extractions);
    const replaced = rows.articleIds.filter((id) => stored.has(id));
    const oldKeys: AggregateKey[] = [];
    if (replaced.length) {
      for (const r of (await tx.run(OLD_KEYS, { ids: replaced })).records) {
        oldKeys.push({ type: r.get("type"), source: r.get("source"), target: r.get("target") });
      }
      await tx.run(DELETE_OLD, { ids: replaced });
    }
    const keys = [...rows.keys, ...oldKeys];
    // Before this batch's claims exist, so only the other articles' claims come back.
    const [storedClaims, entityRows] = await Promise.all([
      readStoredClaims(tx, keys),
      changedEntities(tx, rows.entities),
    ]);
    const position = new Map(rows.entities.map((e, i) => [e.id, i]));
    const at = (id: string): number => position.get(id) as number;
    const perArticle = new Map(
      rows.articles.map((a) => [
        a.id,
        {
          id: a.id,
          props: toList(ARTICLE_FIELDS, a.props),
          mentioned: [] as number[],
          counts: [] as number[],
          claims: [] as unknown[][],
        },
      ]),
    );
    for (const m of rows.mentions) {
      const row = perArticle.get(m.article);
      row?.mentioned.push(at(m.entity));
      row?.counts.push(m.count);
    }
    for (const c of rows.claims) {
      perArticle.get(c.articleId)?.claims.push([at(c.source), at(c.target), toList(CLAIM_FIELDS, c.props)]);
    }
    // Sent one after the other without waiting (the driver pipelines them, the server runs them in
    // order), so each query's packing and the aggregate computation overlap the server's work.
    const [, written, aggregates] = await Promise.all([
      entityRows.length ? run(tx, MERGE_ENTITIES, { rows: entityRows }, counter) : null,
      run(
        tx,
        WRITE_ARTICLES,
        { entities: rows.entities.map((e) => e.id), rows: [...perArticle.values()] },
        counter,
      ),
      writeAggregates(
        tx,
        keys,
        storedClaims,
        rows.facts.filter((f) => !curated.excluded.has(f.id)),
        reliability,
        new Set(oldKeys.map(keyString)),
      ),
      curated.marks.length ? run(tx, MARK_CLAIMS, { marks: curated.marks }, counter) : null,
    ]);
    const created = Number(written.records[0]?.get("n") ?? 0);
    const found = Number(written.records[0]?.get("entities") ?? 0);
    // Positions would point at the wrong entities: roll back rather than link anything wrongly.
    if (found !== rows.entities.length) {
      throw new Error(
        `found ${found} of the batch's ${rows.entities.length} entities while writing ${rows.articleIds.join(", ")}`,
      );
    }
    // Cannot happen when rows are consistent; if it does, roll back rather than store half an article.
    if (created !== rows.claims.length) {
      throw new Error(`stored ${created} of ${rows.claims.length} claims for ${rows.articleIds.join(", ")}`);
    }
    counter.n += aggregates.relationshipsCreated;
    return { stored: rows.articleIds, unchanged, relationshipsCreated: counter.n };
  });
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
