// Read query behind /api/relations/:id: an aggregate relation with the evidence behind it — every
// claim's sentences together with the article (title, outlet, date, url) that states it; a relation an
// analyst added by hand (src/curate) shows its note, author and source URL instead.
import type { EvidenceItem, RelationCard } from "../api/types.js";
import type { Db } from "./connection.js";
import { field, mapRecord, type RulesFor } from "./records.js";
import { withRead } from "./transactions.js";

const END = field.object<RelationCard["source"]>({
  id: field.string,
  name: field.string,
  type: field.string,
  aliases: field.strings,
});

const HEAD: RulesFor<Omit<RelationCard, "evidence"> & { claimIds: string[] }> = {
  id: field.string,
  type: field.string,
  symmetric: field.boolean,
  source: END,
  target: END,
  certainty: field.string,
  certainties: field.strings,
  happened: field.boolean,
  contested: field.boolean,
  articles: field.integer,
  outlets: field.integer,
  dates: field.strings,
  roles: field.strings,
  weight: field.number,
  claimIds: field.strings,
};

const EVIDENCE: RulesFor<EvidenceItem> = {
  claimId: field.string,
  certainty: field.string,
  date: field.stringOrNull,
  role: field.stringOrNull,
  quantity: field.numberOrNull,
  verified: field.boolean,
  sentences: field.strings,
  article: field.object<EvidenceItem["article"]>({
    id: field.string,
    title: field.stringOrNull,
    source: field.stringOrNull,
    published: field.stringOrNull,
    url: field.stringOrNull,
  }),
};

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
    const { claimIds, ...fields } = mapRecord(head.records[0], HEAD);

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
    return { ...fields, evidence: ev.records.map((r) => mapRecord(r, EVIDENCE)) };
  });
}
