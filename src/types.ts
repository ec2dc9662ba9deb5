// The shared vocabulary of geokg. Every step (read → extract → graph → store → api/export) speaks
// these types; declare new shared shapes here rather than in the module that first needs them.

export const ENTITY_TYPES = ["Person", "Country", "Organization", "Place"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The core ontology (see README "Graph schema"). MET and SIGNED_AGREEMENT are symmetric. */
export const RELATION_TYPES = [
  "MET",
  "VISITED",
  "SIGNED_AGREEMENT",
  "SENT_TROOPS_TO",
  "SUPPLIED_ARMS_TO",
  "SUPPORTS",
  "AFFILIATED_WITH",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set(["MET", "SIGNED_AGREEMENT"]);

/** Symmetric relations are kept smaller id first, so "A met B" and "B met A" are one relation. */
export function canonicalEnds(type: RelationType, source: string, target: string): [string, string] {
  return SYMMETRIC_RELATIONS.has(type) && target < source ? [target, source] : [source, target];
}

/** CAMEO event-code family stored on each relation for users of event data. */
export const CAMEO: Record<RelationType, string> = {
  MET: "04",
  VISITED: "042",
  SIGNED_AGREEMENT: "057",
  SENT_TROOPS_TO: "074",
  SUPPLIED_ARMS_TO: "072",
  SUPPORTS: "05",
  AFFILIATED_WITH: "",
};

/**
 * How the text presents a fact, most affirmative first (the one certainty order: an aggregate relation's
 * `certainty` is the first of these any of its claims has). Only `asserted` and `reported` say it
 * happened; `planned` and `denied` facts are stored as such, never as done.
 */
export const CERTAINTIES = ["asserted", "reported", "alleged", "planned", "denied"] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** Article metadata without its text: what is stored on (:Article) nodes. */
export interface ArticleMeta {
  /** Stable id: given by the input (json `id`) or derived from the file path / url. */
  id: string;
  /** Path the article was read from (for messages and `extract` output). */
  file?: string;
  url?: string;
  title?: string;
  /** Outlet, e.g. "www.hindustantimes.com" or "TASS". */
  source?: string;
  /** ISO date (YYYY-MM-DD) when known. */
  published?: string;
  /** sha256 of the cleaned text; an unchanged hash means an unchanged article. */
  contentHash: string;
}

/** A cleaned article: body text with page furniture removed. Offsets in evidence refer to `text`. */
export interface Article extends ArticleMeta {
  text: string;
}

/** An entity name of capitals only, two to ten characters ("KSB", "CARICOM"): an acronym standing as a name. */
export const isAcronymName = (name: string): boolean => /^\p{Lu}[\p{Lu}\d&-]{1,9}$/u.test(name);

export interface Entity {
  /** Stable id: gazetteer id (Wikidata QID where known) or `<type>:<slug of canonical name>`. */
  id: string;
  name: string;
  type: EntityType;
  /** Other surface forms seen or known (never includes `name`). */
  aliases: string[];
  wikidata?: string;
}

/** One quoted sentence backing a relation. `start`/`end` are character offsets in the article text. */
export interface Evidence {
  articleId: string;
  sentence: string;
  start: number;
  end: number;
}

/** A relation as one article states it (the unit of provenance, stored as a (:Claim)). */
export interface Relation {
  /** Deterministic: same article, type, ends, certainty and date → same id. */
  id: string;
  type: RelationType;
  /** Entity ids. For symmetric types the order carries no meaning. */
  source: string;
  target: string;
  certainty: Certainty;
  /** Event date as precise as the text allows: YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
  /** AFFILIATED_WITH only: president, foreign minister, secretary … */
  role?: string;
  /** Quantity when the text gives one, e.g. troop count. */
  quantity?: number;
  /** AFFILIATED_WITH only: when the role held, if known (YYYY[-MM[-DD]]). */
  validFrom?: string;
  validTo?: string;
  cameo: string;
  evidence: Evidence[];
}

/** Everything extraction finds in one article. Pure data: no database involved. */
export interface ArticleExtraction {
  article: ArticleMeta;
  entities: Entity[];
  /** How often each entity is mentioned in the article (entity id → count). */
  mentions: Record<string, number>;
  relations: Relation[];
}

/** Outcome of reading one input: an article, or an error naming the file and the problem. */
export type ReadOutcome =
  { ok: true; file: string; article: Article } | { ok: false; file: string; error: string };

/** Filters shared by the API (/api/graph), `geokg export` and the viewer. All optional. */
export interface GraphFilter {
  types?: EntityType[];
  relations?: RelationType[];
  /** Relation event date (or, lacking one, first reported date) range, inclusive, YYYY[-MM[-DD]]. */
  from?: string;
  to?: string;
  /** Minimum number of distinct articles reporting the relation. */
  minSources?: number;
  certainty?: Certainty[];
}

/** Node attributes in geokg's graphology graphs (extract --format json, export, API, viewer). Key = entity id. */
export interface GraphNodeAttributes {
  label: string;
  name: string;
  entityType: EntityType;
  aliases: string[];
  wikidata?: string;
  /** Number of articles mentioning the entity. */
  articles: number;
}

/** What two claims disagree on: one affirms what the other denies, or their quantities, or dates. */
export type Dispute = "denial" | "quantity" | "date";

/**
 * An aggregate relation: every claim on one (type, source, target), summarised (graph/aggregate.ts) and
 * stored on the relationship. Declared once: the graph's edge attributes, the viewer's, the relation
 * card, the CSV columns and the stored rows are picked from it, so a field added here reaches them all
 * or fails to compile. Values the claims do not give are null (Neo4j stores no property for them).
 */
export interface AggregateRelation {
  /** `type:source:target` (aggregateId). */
  id: string;
  type: RelationType;
  /** Entity ids; for symmetric types the smaller id is the source (canonicalEnds). */
  source: string;
  target: string;
  cameo: string;
  symmetric: boolean;
  /** Most affirmative certainty among the claims (the first of CERTAINTIES any claim has). */
  certainty: Certainty;
  certainties: Certainty[];
  /** True when at least one claim is asserted or reported. */
  happened: boolean;
  /** True when some claim contradicts another (see `disputes`). */
  contested: boolean;
  /** Grounds on which claims of this relation disagree. */
  disputes: Dispute[];
  /** Distinct articles and distinct outlets reporting it (an article without an outlet: one unknown outlet). */
  articles: number;
  outlets: number;
  articleIds: string[];
  claimIds: string[];
  /** Event dates given by the text, sorted. */
  dates: string[];
  firstDate: string | null;
  lastDate: string | null;
  /** Earliest and latest publication dates of the reporting articles. */
  firstReported: string | null;
  lastReported: string | null;
  /** AFFILIATED_WITH only: the roles held, and when. */
  roles: string[];
  validFrom: string | null;
  validTo: string | null;
  quantities: number[];
  /** Evidence weight: sum of outlet reliability over distinct outlets (data/sources.json). */
  weight: number;
}

/** The fields of an aggregate relation that every graph edge carries. */
export type EdgeFields =
  | "type"
  | "symmetric"
  | "cameo"
  | "certainty"
  | "certainties"
  | "happened"
  | "contested"
  | "articles"
  | "outlets"
  | "dates"
  | "weight";

/** Fields an edge carries only when they have a value (not null, not an empty list). */
export const OPTIONAL_EDGE_FIELDS = [
  "firstReported",
  "lastReported",
  "validFrom",
  "validTo",
  "roles",
] as const;
type OptionalEdgeFields = (typeof OPTIONAL_EDGE_FIELDS)[number];

/**
 * Edge attributes: one edge per (type, source, target) aggregate relation, key = relation id.
 * Graphs are `MultiDirectedGraph`s so parallel relations between a pair stay apart; symmetric types
 * (MET, SIGNED_AGREEMENT) carry `symmetric: true` and a canonical direction (smaller id first).
 */
export type GraphEdgeAttributes = Pick<AggregateRelation, EdgeFields> & {
  [K in OptionalEdgeFields]?: NonNullable<AggregateRelation[K]>;
} & { label: string };

/**
 * What /api/graph carries per relation: the fields the viewer draws, filters and weighs metrics by. `firstReported`
 * only when the text gave no event date (the date filter's fallback). Label, symmetry and CAMEO code
 * follow from the type; everything else is in the relation card (/api/relations/:id) and the exports.
 */
export type ViewEdgeAttributes = Pick<
  GraphEdgeAttributes,
  "type" | "certainty" | "articles" | "dates" | "weight"
> &
  Partial<Pick<GraphEdgeAttributes, "firstReported">>;
