// Totals shown at the end of an ingest.
import { RELATION_TYPES } from "../types.js";
import type { Db } from "../store/connection.js";
import { readQuery } from "../store/transactions.js";
import { toNumber } from "../store/values.js";

export async function storeCounts(
  db: Db,
): Promise<{ entities: number; relations: number; articles: number; claims: number }> {
  const [rec] = await readQuery(
    db,
    `CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
     CALL () { MATCH (a:Article) RETURN count(a) AS articles }
     CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
     CALL () { MATCH ()-[r]->() WHERE type(r) IN $types RETURN count(r) AS relations }
     RETURN entities, articles, claims, relations`,
    { types: [...RELATION_TYPES] },
  );
  return {
    entities: toNumber(rec.get("entities")),
    articles: toNumber(rec.get("articles")),
    claims: toNumber(rec.get("claims")),
    relations: toNumber(rec.get("relations")),
  };
}
