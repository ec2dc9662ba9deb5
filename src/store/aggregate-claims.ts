// Pure part of the aggregate rebuild: from every Claim on one (type, source, target), the properties of
// the aggregate relation and which claims contradict each other. No database here, so it is unit-tested
// directly; `rebuild-aggregates.ts` feeds it and writes the result.
import { CAMEO, SYMMETRIC_RELATIONS, type Certainty, type Relation, type RelationType } from "../types.js";
import type { Reliability } from "./source-reliability.js";

/** One stored claim with the article facts the aggregate needs. */
export interface ClaimFacts extends Pick<
  Relation,
  "id" | "type" | "source" | "target" | "certainty" | "date" | "role" | "quantity" | "validFrom" | "validTo"
> {
  articleId: string;
  /** Article.published */
  published?: string;
  /** Article.source (outlet) */
  outlet?: string;
}

export interface AggregateKey {
  type: RelationType;
  source: string;
  target: string;
}

/** Properties of one aggregate relation, as stored (nulls are simply not stored by Neo4j). */
export interface AggregateProps {
  id: string;
  cameo: string;
  symmetric: boolean;
  certainty: Certainty;
  certainties: Certainty[];
  happened: boolean;
  contested: boolean;
  articles: number;
  outlets: number;
  articleIds: string[];
  claimIds: string[];
  dates: string[];
  firstDate: string | null;
  lastDate: string | null;
  firstReported: string | null;
  lastReported: string | null;
  roles: string[];
  validFrom: string | null;
  validTo: string | null;
  quantities: number[];
  weight: number;
}

export interface AggregateResult {
  key: AggregateKey;
  props: AggregateProps;
  /** Claim id pairs [a, b] (a < b) to link as (a)-[:CONTRADICTS]->(b). */
  contradictions: [string, string][];
  /** Ids of the claims taking part in a contradiction. */
  contestedClaims: string[];
}

/** Most affirmative first: the aggregate's `certainty` is the first one any claim has. */
export const CERTAINTY_ORDER: readonly Certainty[] = ["asserted", "reported", "alleged", "planned", "denied"];
const AFFIRMS: ReadonlySet<Certainty> = new Set(["asserted", "reported", "alleged"]);
const HAPPENED: ReadonlySet<Certainty> = new Set(["asserted", "reported"]);

export function aggregateId(key: AggregateKey): string {
  return `${key.type}:${key.source}:${key.target}`;
}

export function keyString(key: AggregateKey): string {
  return `${key.type}\u0000${key.source}\u0000${key.target}`;
}

/** Partial dates (YYYY, YYYY-MM) are compatible with any more precise date they are a prefix of. */
function datesDisagree(a: string, b: string): boolean {
  return !(a.startsWith(b) || b.startsWith(a));
}

/**
 * Two claims on the same (type, source, target) contradict when one affirms and the other denies, or —
 * between different articles — they give different quantities or incompatible dates. (Within one
 * article two dates describe two events, not a disagreement.)
 */
export function contradicts(a: ClaimFacts, b: ClaimFacts): boolean {
  const denial =
    (AFFIRMS.has(a.certainty) && b.certainty === "denied") ||
    (AFFIRMS.has(b.certainty) && a.certainty === "denied");
  if (denial) return true;
  if (a.articleId === b.articleId) return false;
  if (a.quantity !== undefined && b.quantity !== undefined && a.quantity !== b.quantity) return true;
  return a.date !== undefined && b.date !== undefined && datesDisagree(a.date, b.date);
}

function sortedUnique<T extends string | number>(values: Iterable<T>): T[] {
  return [...new Set(values)].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}

function outletOf(claim: ClaimFacts): string {
  // An article without a known outlet still counts once, as an unknown outlet.
  return claim.outlet?.trim() || "(unknown)";
}

export function aggregateClaims(
  key: AggregateKey,
  claims: ClaimFacts[],
  reliability: Reliability,
): AggregateResult {
  if (claims.length === 0) throw new Error(`no claims for ${aggregateId(key)}`);
  const contradictions: [string, string][] = [];
  const contested = new Set<string>();
  const ordered = [...claims].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  for (let i = 0; i < ordered.length; i++) {
    for (let j = i + 1; j < ordered.length; j++) {
      if (contradicts(ordered[i], ordered[j])) {
        contradictions.push([ordered[i].id, ordered[j].id]);
        contested.add(ordered[i].id).add(ordered[j].id);
      }
    }
  }
  const present = new Set(claims.map((c) => c.certainty));
  const certainties = CERTAINTY_ORDER.filter((c) => present.has(c));
  const dates = sortedUnique(claims.flatMap((c) => (c.date ? [c.date] : [])));
  const reported = sortedUnique(claims.flatMap((c) => (c.published ? [c.published] : [])));
  const validFroms = sortedUnique(claims.flatMap((c) => (c.validFrom ? [c.validFrom] : [])));
  const validTos = sortedUnique(claims.flatMap((c) => (c.validTo ? [c.validTo] : [])));
  const outlets = sortedUnique(claims.map(outletOf));
  const articleIds = sortedUnique(claims.map((c) => c.articleId));
  const weight = outlets.reduce((sum, o) => sum + reliability.of(o === "(unknown)" ? undefined : o), 0);
  return {
    key,
    contradictions,
    contestedClaims: [...contested].sort(),
    props: {
      id: aggregateId(key),
      cameo: CAMEO[key.type],
      symmetric: SYMMETRIC_RELATIONS.has(key.type),
      certainty: certainties[0],
      certainties,
      happened: claims.some((c) => HAPPENED.has(c.certainty)),
      contested: contradictions.length > 0,
      articles: articleIds.length,
      outlets: outlets.length,
      articleIds,
      claimIds: ordered.map((c) => c.id),
      dates,
      firstDate: dates[0] ?? null,
      lastDate: dates.at(-1) ?? null,
      firstReported: reported[0] ?? null,
      lastReported: reported.at(-1) ?? null,
      roles: sortedUnique(claims.flatMap((c) => (c.role ? [c.role] : []))),
      validFrom: validFroms[0] ?? null,
      validTo: validTos.at(-1) ?? null,
      quantities: sortedUnique(claims.flatMap((c) => (c.quantity !== undefined ? [c.quantity] : []))),
      // Rounded so that float sums do not print as 2.3000000000000003.
      weight: Math.round(weight * 1000) / 1000,
    },
  };
}
