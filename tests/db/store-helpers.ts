// Shared by the store/ingest/remove database tests: counts and written-for-the-test extractions.
import type { Db } from "../../src/store/connection.js";
import type { ArticleExtraction, Certainty, Entity, Relation, RelationType } from "../../src/types.js";

export async function query(db: Db, cypher: string, params: Record<string, unknown> = {}) {
  const res = await db.driver.executeQuery(cypher, params, { database: db.database });
  return res.records.map((r) => r.toObject() as Record<string, unknown>);
}

/** Nodes per label and relationships per type: equal snapshots mean nothing was added or lost. */
export async function snapshot(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const r of await query(db, "MATCH (n) UNWIND labels(n) AS l RETURN l AS k, count(*) AS n")) {
    out[`:${String(r.k)}`] = Number(r.n);
  }
  for (const r of await query(db, "MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS n")) {
    out[`-${String(r.k)}-`] = Number(r.n);
  }
  return out;
}

export function person(slug: string, name: string, aliases: string[] = []): Entity {
  return { id: `person:${slug}`, name, type: "Person", aliases };
}

export function country(slug: string, name: string, aliases: string[] = []): Entity {
  return { id: `country:${slug}`, name, type: "Country", aliases };
}

export function relation(
  articleId: string,
  type: RelationType,
  source: Entity,
  target: Entity,
  certainty: Certainty,
  extra: Partial<Relation> = {},
): Relation {
  const sentence = `${source.name} and ${target.name}: ${type} (${certainty}).`;
  return {
    id: `${articleId}:${type}:${source.id}:${target.id}:${certainty}:${extra.date ?? ""}`,
    type,
    source: source.id,
    target: target.id,
    certainty,
    cameo: "",
    evidence: [{ articleId, sentence, start: 0, end: sentence.length }],
    ...extra,
  };
}

export function extraction(
  id: string,
  hash: string,
  entities: Entity[],
  relations: Relation[],
  meta: { source?: string; published?: string } = {},
): ArticleExtraction {
  return {
    article: { id, contentHash: hash, title: `Test article ${id}`, ...meta },
    entities,
    mentions: Object.fromEntries(entities.map((e) => [e.id, 1])),
    relations,
  };
}
