// Totals shown at the end of an ingest.
import { RELATION_TYPES } from "../types.js";
import type { Db } from "../store/connection.js";
import { toNumber } from "../store/values.js";

export async function storeCounts(
  db: Db,
): Promise<{ entities: number; relations: number; articles: number; claims: number }> {
  const session = db.driver.session({ database: db.database });
  try {
    return await session.executeRead(async (tx) => {
      const r = await tx.run(
        `CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
         CALL () { MATCH (a:Article) RETURN count(a) AS articles }
         CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
         CALL () { MATCH ()-[r]->() WHERE type(r) IN $types RETURN count(r) AS relations }
         RETURN entities, articles, claims, relations`,
        { types: [...RELATION_TYPES] },
      );
      const rec = r.records[0];
      return {
        entities: toNumber(rec.get("entities")),
        articles: toNumber(rec.get("articles")),
        claims: toNumber(rec.get("claims")),
        relations: toNumber(rec.get("relations")),
      };
    });
  } finally {
    await session.close();
  }
}
