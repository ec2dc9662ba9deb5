// Reading and serialising the whole graph takes seconds at 10,000 entities, while the viewer asks for
// it on every page load. The serialised answer is kept per filter and reused while the database's
// fingerprint (node and relationship counts from Neo4j's count store, the latest article ingest
// time and the latest correction or undo) is unchanged: every ingest, removal or correction changes
// at least one of them (a rename changes no count). The fingerprint
// also makes the answer's ETag, so a browser reloading an unchanged graph gets a 304 and no body.
import { createHash } from "node:crypto";
import type { Db } from "../store/connection.js";
import { plainRecord } from "../store/read-plain.js";
import { readQuery } from "../store/transactions.js";

const MAX_ENTRIES = 8;

export async function graphFingerprint(db: Db): Promise<string> {
  const [record] = await readQuery(
    db,
    `CALL () { MATCH (n) RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
     CALL () { MATCH (a:Article) RETURN toString(max(a.ingestedAt)) AS last }
     CALL () { MATCH (k:Correction) RETURN max(coalesce(k.undoneAt, k.at)) AS corrected }
     RETURN nodes, rels, last, corrected`,
  );
  const rec = plainRecord(record);
  return `${String(rec.nodes)}/${String(rec.rels)}/${String(rec.last)}/${String(rec.corrected)}`;
}

/** A validator for `key` at this state of the database: the same until the database changes. */
export function graphEtag(fingerprint: string, key: string): string {
  return `W/"${createHash("sha1").update(`${fingerprint}\u0000${key}`).digest("base64url")}"`;
}

export class GraphCache {
  private readonly entries = new Map<string, { fingerprint: string; body: Buffer }>();

  /**
   * The answer for `key`: `notModified` when the client's validator (If-None-Match) still holds —
   * then nothing is read at all — else the cached body if the database is unchanged, else
   * `produce()` (then cached). The body is kept encoded, so a hit costs no re-encoding of megabytes.
   */
  async get(
    db: Db,
    key: string,
    produce: () => Promise<string>,
    ifNoneMatch?: string,
  ): Promise<{ etag: string; body?: Buffer }> {
    const fingerprint = await graphFingerprint(db);
    const etag = graphEtag(fingerprint, key);
    if (ifNoneMatch?.split(",").some((t) => t.trim() === etag)) return { etag };
    const hit = this.entries.get(key);
    if (hit && hit.fingerprint === fingerprint) {
      // Re-insert so the Map's order doubles as least-recently-used order.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return { etag, body: hit.body };
    }
    const body = Buffer.from(await produce());
    this.entries.delete(key);
    this.entries.set(key, { fingerprint, body });
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    return { etag, body };
  }
}
