// Every stored entity, for the entity registry's cross-article alias merging at the start of an ingest.
import type { Entity, EntityType } from "../types.js";
import type { Db } from "./connection.js";
import { readQuery, withRead } from "./transactions.js";
import { optString, stringList } from "./values.js";

export async function listEntities(db: Db): Promise<Entity[]> {
  const records = await readQuery(
    db,
    "MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, e.wikidata AS wikidata",
  );
  return records.map((r) => {
    const entity: Entity = {
      id: r.get("id"),
      name: r.get("name"),
      type: r.get("type") as EntityType,
      aliases: stringList(r.get("aliases")),
    };
    const wikidata = optString(r.get("wikidata"));
    if (wikidata) entity.wikidata = wikidata;
    return entity;
  });
}

/** id → contentHash of every stored article, so an ingest can skip unchanged files before extracting. */
export async function storedContentHashes(db: Db): Promise<Map<string, string>> {
  // Streamed rather than one eager result: the map is all that is kept of a large store.
  return withRead(db, async (tx) => {
    const hashes = new Map<string, string>();
    const result = tx.run("MATCH (a:Article) RETURN a.id AS id, a.contentHash AS hash");
    for await (const r of result) hashes.set(r.get("id"), r.get("hash"));
    return hashes;
  });
}
