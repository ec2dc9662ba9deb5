// The one aggregation of claims into relations: from every claim on one (type, source, target), the
// properties of the aggregate relation and which claims are contested, on what grounds. Pure, so that
// `geokg extract` (buildGraph) and the store (store/rebuild-aggregates.ts) give the same relations.
//
// Contradictions are found and stored in linear space (issue 12). Claims are grouped by what they assert
// (affirmed or denied; each quantity; each date) and counted per group and per article, so whether a
// claim disagrees with any other is a few lookups; the result is one list of grounds per contested
// claim, not one link per disagreeing pair (200 dated reports of one pair made 19,900 links).
import {
  CAMEO,
  CERTAINTIES,
  SYMMETRIC_RELATIONS,
  type AggregateRelation,
  type ArticleMeta,
  type Certainty,
  type Dispute,
  type Relation,
} from "../types.js";
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

/** What an aggregate relation aggregates over: its type and (canonical) ends. */
export type AggregateKey = Pick<AggregateRelation, "type" | "source" | "target">;

/** Properties of one aggregate relation as stored on the relationship (its key is its type and ends). */
export type AggregateProps = Omit<AggregateRelation, keyof AggregateKey>;

const DISPUTE_ORDER: readonly Dispute[] = ["denial", "quantity", "date"];

export interface AggregateResult {
  key: AggregateKey;
  props: AggregateProps;
  /** Contested claims (by id) with the grounds on which some other claim contradicts them. */
  disputes: Map<string, Dispute[]>;
}

const AFFIRMS: ReadonlySet<Certainty> = new Set(["asserted", "reported", "alleged"]);
const HAPPENED: ReadonlySet<Certainty> = new Set(["asserted", "reported"]);

/** The id of an aggregate relation (its graph edge key): one per (type, source, target). */
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
 * article two dates describe two events, not a disagreement.) The reference definition, pair by pair;
 * `findDisputes` computes the same for a whole set without comparing pairs.
 */
export function disputeKinds(a: ClaimFacts, b: ClaimFacts): Dispute[] {
  const kinds: Dispute[] = [];
  if (
    (AFFIRMS.has(a.certainty) && b.certainty === "denied") ||
    (AFFIRMS.has(b.certainty) && a.certainty === "denied")
  )
    kinds.push("denial");
  if (a.articleId === b.articleId) return kinds;
  if (a.quantity !== undefined && b.quantity !== undefined && a.quantity !== b.quantity)
    kinds.push("quantity");
  if (a.date !== undefined && b.date !== undefined && datesDisagree(a.date, b.date)) kinds.push("date");
  return kinds;
}

export function contradicts(a: ClaimFacts, b: ClaimFacts): boolean {
  return disputeKinds(a, b).length > 0;
}

/** Counts of values, overall and per article, to ask "how many claims of another article …" in O(1). */
class Tally {
  private readonly all = new Map<string, number>();
  private readonly byArticle = new Map<string, number>();
  total = 0;
  private readonly totals = new Map<string, number>();

  add(article: string, values: Iterable<string>): void {
    this.total++;
    this.totals.set(article, (this.totals.get(article) ?? 0) + 1);
    for (const v of values) {
      this.all.set(v, (this.all.get(v) ?? 0) + 1);
      const k = `${article}\u0000${v}`;
      this.byArticle.set(k, (this.byArticle.get(k) ?? 0) + 1);
    }
  }

  /** Claims outside `article` counted under `value`. */
  elsewhere(article: string, value: string): number {
    return (this.all.get(value) ?? 0) - (this.byArticle.get(`${article}\u0000${value}`) ?? 0);
  }

  /** Claims outside `article`. */
  totalElsewhere(article: string): number {
    return this.total - (this.totals.get(article) ?? 0);
  }
}

// Dates are compatible when one is a prefix of the other ("2024-03" and "2024-03-02"). A date is
// tallied under "=" + itself and "<" + each of its prefixes, itself included; the dates compatible with
// d are then those under "<d" (d and its refinements) plus those equal to one of d's strict prefixes.
function dateKeys(date: string): string[] {
  const keys = [`=${date}`];
  for (let i = 1; i <= date.length; i++) keys.push(`<${date.slice(0, i)}`);
  return keys;
}

function compatibleDatesElsewhere(tally: Tally, article: string, date: string): number {
  let n = tally.elsewhere(article, `<${date}`);
  for (let i = 1; i < date.length; i++) n += tally.elsewhere(article, `=${date.slice(0, i)}`);
  return n;
}

/** The grounds on which each claim is contradicted by some other claim (see disputeKinds). */
export function findDisputes(claims: readonly ClaimFacts[]): Map<string, Dispute[]> {
  const affirmed = claims.some((c) => AFFIRMS.has(c.certainty));
  const denied = claims.some((c) => c.certainty === "denied");
  const quantities = new Tally();
  const dates = new Tally();
  for (const c of claims) {
    if (c.quantity !== undefined) quantities.add(c.articleId, [String(c.quantity)]);
    if (c.date !== undefined) dates.add(c.articleId, dateKeys(c.date));
  }
  const out = new Map<string, Dispute[]>();
  for (const c of claims) {
    const kinds = new Set<Dispute>();
    if (affirmed && denied && (AFFIRMS.has(c.certainty) || c.certainty === "denied")) kinds.add("denial");
    const a = c.articleId;
    if (
      c.quantity !== undefined &&
      quantities.totalElsewhere(a) > quantities.elsewhere(a, String(c.quantity))
    )
      kinds.add("quantity");
    if (c.date !== undefined && dates.totalElsewhere(a) > compatibleDatesElsewhere(dates, a, c.date))
      kinds.add("date");
    if (kinds.size) out.set(c.id, [...kinds]);
  }
  return out;
}

/**
 * The claim a relation of `article` makes, its ends already canonical (canonicalEnds). Optional facts are
 * present exactly when the stored claim has the property, so claims made here and claims read back from
 * the store aggregate alike.
 */
export function claimFacts(article: ArticleMeta, r: Relation, source: string, target: string): ClaimFacts {
  const facts: ClaimFacts = {
    id: r.id,
    type: r.type,
    source,
    target,
    certainty: r.certainty,
    articleId: article.id,
  };
  if (r.date != null) facts.date = r.date;
  if (r.role != null) facts.role = r.role;
  if (r.quantity != null) facts.quantity = r.quantity;
  if (r.validFrom != null) facts.validFrom = r.validFrom;
  if (r.validTo != null) facts.validTo = r.validTo;
  if (article.published != null) facts.published = article.published;
  if (article.source != null) facts.outlet = article.source;
  return facts;
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
  const disputes = findDisputes(claims);
  const grounds = new Set([...disputes.values()].flat());
  const ordered = [...claims].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const present = new Set(claims.map((c) => c.certainty));
  // CERTAINTIES runs most affirmative first: the aggregate's `certainty` is the first one any claim has.
  const certainties = CERTAINTIES.filter((c) => present.has(c));
  const dates = sortedUnique(claims.flatMap((c) => (c.date ? [c.date] : [])));
  const reported = sortedUnique(claims.flatMap((c) => (c.published ? [c.published] : [])));
  const validFroms = sortedUnique(claims.flatMap((c) => (c.validFrom ? [c.validFrom] : [])));
  const validTos = sortedUnique(claims.flatMap((c) => (c.validTo ? [c.validTo] : [])));
  const outlets = sortedUnique(claims.map(outletOf));
  const articleIds = sortedUnique(claims.map((c) => c.articleId));
  const weight = outlets.reduce((sum, o) => sum + reliability.of(o === "(unknown)" ? undefined : o), 0);
  return {
    key,
    disputes,
    props: {
      id: aggregateId(key),
      cameo: CAMEO[key.type],
      symmetric: SYMMETRIC_RELATIONS.has(key.type),
      certainty: certainties[0],
      certainties,
      happened: claims.some((c) => HAPPENED.has(c.certainty)),
      contested: disputes.size > 0,
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
      disputes: DISPUTE_ORDER.filter((d) => grounds.has(d)),
    },
  };
}
