// The JSON API's response shapes: what the routes send and the viewer reads. Types only, built from the
// shared vocabulary (../types.ts), so the browser code can import them without pulling in server code.
import type { SerializedGraph } from "graphology-types";
import type {
  AggregateRelation,
  Certainty,
  EdgeFields,
  EntityType,
  GraphEdgeAttributes,
  GraphNodeAttributes,
  RelationType,
  ViewEdgeAttributes,
} from "../types.js";
import type { Correction } from "../curate/model.js";

/**
 * The graph attributes of a part of a big graph; an /api/graph answer within its budget has none.
 * Over budget (`truncated`), /api/graph sends the `top` most central entities and the relations among
 * them; /api/neighbourhood sends `focus` and its best-weighted neighbours (`depth`, `limit`).
 */
export interface GraphPart {
  truncated?: boolean;
  /** Relations the filtered graph holds in all, and how many the answer has. */
  relations?: number;
  shownRelations?: number;
  budget?: number;
  top?: number;
  focus?: string;
  depth?: number;
  limit?: number;
}

/** An entity of a part of a big graph (GraphPart): how many neighbours it has, and how many are left out. */
export interface PartNodeAttributes extends GraphNodeAttributes {
  /** Distinct neighbours under the filter. */
  neighbours?: number;
  /** Of those, how many the answer leaves out. */
  hidden?: number;
}

/** GET /api/graph and /api/neighbourhood: relations with the fields the viewer draws and filters by. */
export type GraphJson = SerializedGraph<PartNodeAttributes, ViewEdgeAttributes, GraphPart>;
/** GET /api/export?format=json: every attribute. */
export type FullGraphJson = SerializedGraph<GraphNodeAttributes, GraphEdgeAttributes>;

/** GET /api/entities?q=: one search hit. */
export interface EntityHit {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  score: number;
}

/** One relation on an entity card. */
export interface EntityRelation extends Pick<
  AggregateRelation,
  "id" | "type" | "certainty" | "happened" | "articles" | "dates" | "roles"
> {
  /** "out" when this entity is the stored source, "in" when it is the target, "both" for symmetric types. */
  direction: "out" | "in" | "both";
  other: { id: string; name: string; type: EntityType };
}

/** GET /api/entities/:id */
export interface EntityCard {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  wikidata: string | null;
  roles: { role: string; of: { id: string; name: string } }[];
  relations: Partial<Record<RelationType, EntityRelation[]>>;
  articles: {
    id: string;
    title: string | null;
    source: string | null;
    published: string | null;
    url: string | null;
    mentions: number;
  }[];
}

/** One claim behind a relation, with its sentences and the article that states it. */
export interface EvidenceItem {
  claimId: string;
  certainty: Certainty;
  date: string | null;
  role: string | null;
  quantity: number | null;
  /** Confirmed by an analyst (src/curate). */
  verified: boolean;
  sentences: string[];
  article: {
    id: string;
    title: string | null;
    source: string | null;
    published: string | null;
    url: string | null;
  };
}

/** An end of a relation on its card. */
export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
}

/** The aggregate fields a relation card shows: an edge's, less the CAMEO code, with its id and roles. */
export type RelationCardFields = Exclude<EdgeFields, "cameo"> | "id" | "roles";

/** GET /api/relations/:id: an aggregate relation with the evidence behind it. */
export interface RelationCard extends Pick<AggregateRelation, RelationCardFields> {
  source: EntityRef;
  target: EntityRef;
  evidence: EvidenceItem[];
}

/** GET /api/articles: one article of the list. */
export interface ArticleSummary {
  id: string;
  title: string | null;
  source: string | null;
  published: string | null;
  url: string | null;
  entities: number;
  claims: number;
}

/** GET /api/articles/:id */
export interface ArticleCard extends ArticleSummary {
  file: string | null;
  contentHash: string | null;
  ingestedAt: string | null;
  mentions: { id: string; name: string; type: string; count: number }[];
  claimList: {
    id: string;
    type: string;
    source: string;
    target: string;
    certainty: string;
    date: string | null;
    sentences: string[];
  }[];
}

/** POST /api/cypher: the rows, and the nodes and relationships found in them (any properties). */
export interface CypherResponse {
  columns: string[];
  rows: unknown[];
  truncated: boolean;
  graph: SerializedGraph | null;
}

/** GET /api/corrections: the log, and whether this request may change the graph (src/curate). */
export interface CorrectionsList {
  editable: boolean;
  authorized: boolean;
  corrections: Correction[];
}
export type { Correction };
