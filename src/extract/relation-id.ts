import * as crypto from "node:crypto";
import type { Certainty, RelationType } from "../types.js";

// crypto.hash (Node ≥ 20.12) hashes in one call, without a Hash object per relation; older 20.x
// lack it (hence the namespace import, not a named one that would fail to link there) and take the
// streaming form, which gives the same digest.
const oneShot: typeof crypto.hash | undefined = typeof crypto.hash === "function" ? crypto.hash : undefined;

/** Deterministic relation id: same article, type, ends, certainty and date → same id. */
export function relationId(...key: Parameters<typeof relationKey>): string {
  return relationIdOf(relationKey(...key));
}

/** What a relation id is the hash of: equal keys, equal ids. Lets callers merge before hashing. */
export function relationKey(
  articleId: string,
  type: RelationType,
  source: string,
  target: string,
  certainty: Certainty,
  date?: string,
): string {
  return [articleId, type, source, target, certainty, date ?? ""].join("\u0000");
}

/** The id of a relation key (see relationKey). */
export function relationIdOf(key: string): string {
  const h = oneShot ? oneShot("sha1", key, "hex") : crypto.createHash("sha1").update(key).digest("hex");
  return `rel:${h.slice(0, 20)}`;
}
