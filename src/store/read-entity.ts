// Read queries behind /api/entities: name search (full-text index `entityNames`, prefix + fuzzy)
// and the entity card (type, aliases, roles, relations grouped by type, articles mentioning it).
import type { EntityCard, EntityHit, EntityRelation } from "../api/types.js";
import type { Db } from "./connection.js";
import { toInt } from "./read-plain.js";
import { field, mapRecord, type RulesFor } from "./records.js";
import { readQuery, withRead } from "./transactions.js";

const HIT: RulesFor<EntityHit> = {
  id: field.string,
  name: field.string,
  type: field.string,
  aliases: field.strings,
  score: field.number,
};

const HEAD: RulesFor<Omit<EntityCard, "roles" | "relations" | "articles">> = {
  id: field.string,
  name: field.string,
  type: field.string,
  aliases: field.strings,
  wikidata: field.stringOrNull,
};

const RELATION: RulesFor<EntityRelation> = {
  id: field.string,
  type: field.string,
  direction: field.string,
  other: field.object<EntityRelation["other"]>({ id: field.string, name: field.string, type: field.string }),
  certainty: field.string,
  happened: field.boolean,
  articles: field.integer,
  dates: field.strings,
  roles: field.strings,
};

const ARTICLE: RulesFor<EntityCard["articles"][number]> = {
  id: field.string,
  title: field.stringOrNull,
  source: field.stringOrNull,
  published: field.stringOrNull,
  url: field.stringOrNull,
  mentions: field.integer,
};

// Lucene treats these characters as syntax; user text is escaped so a query can never be malformed.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Builds a Lucene query matching each word as a prefix or a fuzzy term one edit away (a typo). Lucene's
 * default of two edits cost twice as much over a big store's names (112,000 entities: 143 against 72 ms
 * for a full name, bench/README.md "Big store") and matched mostly other names.
 */
export function luceneQuery(q: string): string {
  const words = q
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(LUCENE_SPECIAL, (c) => `\\${c}`))
    .filter((w) => w.length > 0);
  return words.map((w) => (w.length >= 4 ? `(${w}* OR ${w}~1)` : `${w}*`)).join(" AND ");
}

export async function searchEntities(db: Db, q: string, limit = 10): Promise<EntityHit[]> {
  const lucene = luceneQuery(q);
  if (!lucene) return [];
  try {
    const records = await readQuery(
      db,
      `CALL db.index.fulltext.queryNodes('entityNames', $lucene) YIELD node, score
       RETURN node.id AS id, node.name AS name, node.type AS type, coalesce(node.aliases, []) AS aliases, score
       ORDER BY score DESC, size(node.name) ASC LIMIT $limit`,
      { lucene, limit: toInt(limit) },
    );
    return records.map((r) => mapRecord(r, HIT));
  } catch (err) {
    // Without the full-text index (an older database) fall back to a case-insensitive substring match.
    if (!/entityNames|no such fulltext|There is no such/i.test((err as Error).message)) throw err;
    const records = await readQuery(
      db,
      `MATCH (e:Entity)
       WITH e, toLower($q) AS q
       WHERE toLower(e.name) CONTAINS q OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) CONTAINS q)
       RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases,
              CASE WHEN toLower(e.name) STARTS WITH toLower($q) THEN 2.0 ELSE 1.0 END AS score
       ORDER BY score DESC, size(e.name) ASC LIMIT $limit`,
      { q: q.trim(), limit: toInt(limit) },
    );
    return records.map((r) => mapRecord(r, HIT));
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
    const card: EntityCard = { ...mapRecord(head.records[0], HEAD), relations: {}, roles: [], articles: [] };

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
    for (const rec of rels.records) {
      const rel = mapRecord(rec, RELATION);
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
    card.articles = arts.records.map((r) => mapRecord(r, ARTICLE));
    return card;
  });
}
