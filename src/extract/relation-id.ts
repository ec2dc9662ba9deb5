import { createHash } from "node:crypto";
import { SYMMETRIC_RELATIONS, type Certainty, type RelationType } from "../types.js";

/** Symmetric relations are stored smaller id first, so "A met B" and "B met A" are one relation. */
export function canonicalEnds(type: RelationType, source: string, target: string): [string, string] {
  return SYMMETRIC_RELATIONS.has(type) && target < source ? [target, source] : [source, target];
}

/** Deterministic relation id: same article, type, ends, certainty and date → same id. */
export function relationId(
  articleId: string,
  type: RelationType,
  source: string,
  target: string,
  certainty: Certainty,
  date?: string,
): string {
  const h = createHash("sha1")
    .update([articleId, type, source, target, certainty, date ?? ""].join("\u0000"))
    .digest("hex");
  return `rel:${h.slice(0, 20)}`;
}
