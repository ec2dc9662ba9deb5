// Read query behind /api/relations/:id: an aggregate relation with the evidence behind it — every
// claim's sentences together with the article (title, outlet, date, url) that states it; a relation an
// analyst added by hand (src/curate) shows its note, author and source URL instead.
import type { Db } from "./connection.js";
import type { Certainty, EntityType, RelationType } from "../types.js";
import { plainRecord, withRead } from "./read-plain.js";

export interface EvidenceItem {
  claimId: string;
  certainty: Certainty;
  date: string | null;
  role: string | null;
  quantity: number | null;
  /** Confirmed by an analyst (src/curate). */
  verified: boolean;
  sentences: string[];
  article: {
    id: string;
    title: string | null;
    source: string | null;
    published: string | null;
    url: string | null;
  };
}

export interface RelationCard {
  id: string;
  type: RelationType;
  symmetric: boolean;
  source: { id: string; name: string; type: EntityType; aliases: string[] };
  target: { id: string; name: string; type: EntityType; aliases: string[] };
  certainty: Certainty;
  certainties: Certainty[];
  happened: boolean;
  contested: boolean;
  articles: number;
  outlets: number;
  dates: string[];
  roles: string[];
  weight: number;
  evidence: EvidenceItem[];
}

export async function readRelation(db: Db, id: string): Promise<RelationCard | null> {
  return withRead(db, async (tx) => {
    const head = await tx.run(
      `MATCH (s:Entity)-[r {id: $id}]->(t:Entity)
       RETURN r.id AS id, type(r) AS type, coalesce(r.symmetric, false) AS symmetric,
              {id: s.id, name: s.name, type: s.type, aliases: coalesce(s.aliases, [])} AS source,
              {id: t.id, name: t.name, type: t.type, aliases: coalesce(t.aliases, [])} AS target,
              r.certainty AS certainty, coalesce(r.certainties, []) AS certainties,
              coalesce(r.happened, false) AS happened, coalesce(r.contested, false) AS contested,
              coalesce(r.articles, 0) AS articles, coalesce(r.outlets, 0) AS outlets,
              coalesce(r.dates, []) AS dates, coalesce(r.roles, []) AS roles, coalesce(r.weight, 0) AS weight,
              coalesce(r.claimIds, []) AS claimIds
       LIMIT 1`,
      { id },
    );
    if (head.records.length === 0) return null;
    const card = plainRecord(head.records[0]) as unknown as RelationCard & { claimIds?: string[] };
    const claimIds = card.claimIds ?? [];
    delete card.claimIds;

    const ev = await tx.run(
      `UNWIND $claimIds AS cid
       MATCH (c:Claim {id: cid})
       OPTIONAL MATCH (a:Article)-[:ASSERTS]->(c)
       RETURN c.id AS claimId, c.certainty AS certainty, c.date AS date, c.role AS role, c.quantity AS quantity,
              coalesce(c.verified, false) AS verified, coalesce(c.sentences, []) AS sentences,
              {id: coalesce(a.id, c.articleId), title: coalesce(a.title, CASE WHEN c.manual THEN 'added by ' + c.author END),
               source: a.source, published: a.published, url: coalesce(a.url, c.url)} AS article
       ORDER BY article.published DESC, claimId`,
      { claimIds },
    );
    card.evidence = ev.records.map((r) => plainRecord(r) as unknown as EvidenceItem);
    return card;
  });
}
