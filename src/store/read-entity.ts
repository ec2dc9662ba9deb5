// Read queries behind /api/entities: name search (full-text index `entityNames`, prefix + fuzzy)
// and the entity card (type, aliases, roles, relations grouped by type, articles mentioning it).
import type { EntityCard, EntityHit, EntityRelation } from "../api/types.js";
import type { Db } from "./connection.js";
import { plainRecord, toInt, withRead } from "./read-plain.js";

// Lucene treats these characters as syntax; user text is escaped so a query can never be malformed.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Builds a Lucene query matching each word as a prefix or a fuzzy (edit distance ≤ 1–2) term. */
export function luceneQuery(q: string): string {
  const words = q
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(LUCENE_SPECIAL, (c) => `\\${c}`))
    .filter((w) => w.length > 0);
  return words.map((w) => (w.length >= 4 ? `(${w}* OR ${w}~)` : `${w}*`)).join(" AND ");
}

export async function searchEntities(db: Db, q: string, limit = 10): Promise<EntityHit[]> {
  const lucene = luceneQuery(q);
  if (!lucene) return [];
  try {
    const res = await withRead(db, (tx) =>
      tx.run(
        `CALL db.index.fulltext.queryNodes('entityNames', $lucene) YIELD node, score
       RETURN node.id AS id, node.name AS name, node.type AS type, coalesce(node.aliases, []) AS aliases, score
       ORDER BY score DESC, size(node.name) ASC LIMIT $limit`,
        { lucene, limit: toInt(limit) },
      ),
    );
    return res.records.map((r) => plainRecord(r) as unknown as EntityHit);
  } catch (err) {
    // Without the full-text index (an older database) fall back to a case-insensitive substring match.
    if (!/entityNames|no such fulltext|There is no such/i.test((err as Error).message)) throw err;
    const res = await withRead(db, (tx) =>
      tx.run(
        `MATCH (e:Entity)
       WITH e, toLower($q) AS q
       WHERE toLower(e.name) CONTAINS q OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) CONTAINS q)
       RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases,
              CASE WHEN toLower(e.name) STARTS WITH toLower($q) THEN 2.0 ELSE 1.0 END AS score
       ORDER BY score DESC, size(e.name) ASC LIMIT $limit`,
        { q: q.trim(), limit: toInt(limit) },
      ),
    );
    return res.records.map((r) => plainRecord(r) as unknown as EntityHit);
  }
}

export async function readEntity(db: Db, id: string): Promise<EntityCard | null> {
  return withRead(db, async (tx) => {
    const head = await tx.run(
      `MATCH (e:Entity {id: $id})
       RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases, e.wikidata AS wikidata`,
      { id },
    );
    if (head.records.length === 0) return null;
    const card = plainRecord(head.records[0]) as unknown as EntityCard;

    const rels = await tx.run(
      `MATCH (e:Entity {id: $id})-[r]-(o:Entity)
       RETURN r.id AS id, type(r) AS type,
              CASE WHEN coalesce(r.symmetric, false) THEN 'both' WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction,
              {id: o.id, name: o.name, type: o.type} AS other,
              r.certainty AS certainty, coalesce(r.happened, false) AS happened, coalesce(r.articles, 0) AS articles,
              coalesce(r.dates, []) AS dates, coalesce(r.roles, []) AS roles
       ORDER BY type, articles DESC, o.name`,
      { id },
    );
    card.relations = {};
    card.roles = [];
    for (const rec of rels.records) {
      const rel = plainRecord(rec) as unknown as EntityRelation;
      (card.relations[rel.type] ??= []).push(rel);
      if (rel.type === "AFFILIATED_WITH" && rel.direction === "out") {
        for (const role of rel.roles)
          card.roles.push({ role, of: { id: rel.other.id, name: rel.other.name } });
      }
    }

    const arts = await tx.run(
      `MATCH (a:Article)-[m:MENTIONS]->(:Entity {id: $id})
       RETURN a.id AS id, a.title AS title, a.source AS source, a.published AS published, a.url AS url,
              coalesce(m.count, 1) AS mentions
       ORDER BY a.published DESC, a.id LIMIT 200`,
      { id },
    );
    card.articles = arts.records.map((r) => plainRecord(r) as unknown as EntityCard["articles"][number]);
    return card;
  });
}
