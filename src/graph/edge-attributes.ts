// What the exports and the viewer show of an aggregate relation, made from its stored properties: all
// of it (GraphEdgeAttributes: exports, metrics) or the few fields the viewer draws and filters by
// (ViewEdgeAttributes: /api/graph; the rest is one click away, in the relation card).
import {
  CAMEO,
  OPTIONAL_EDGE_FIELDS,
  SYMMETRIC_RELATIONS,
  type GraphEdgeAttributes,
  type RelationType,
  type ViewEdgeAttributes,
} from "../types.js";
import type { AggregateProps } from "./aggregate.js";

/** The stored properties every edge's attributes are made of (the rest follow from the type). */
const REQUIRED_SOURCE_FIELDS = [
  "certainty",
  "certainties",
  "happened",
  "contested",
  "articles",
  "outlets",
  "dates",
  "weight",
] as const;

/** Every property edgeAttributes reads: the list is the type, so readers of the store cannot miss one. */
export const EDGE_SOURCE_FIELDS = [...REQUIRED_SOURCE_FIELDS, ...OPTIONAL_EDGE_FIELDS] as const;

/** The properties the attributes are made of (what an aggregate stores, or a subset read back). */
export type EdgeAttributeSource = Pick<AggregateProps, (typeof REQUIRED_SOURCE_FIELDS)[number]> &
  Partial<Pick<AggregateProps, (typeof OPTIONAL_EDGE_FIELDS)[number]>>;

export function edgeAttributes(type: RelationType, p: EdgeAttributeSource): GraphEdgeAttributes {
  const attrs: GraphEdgeAttributes = {
    type,
    label: type,
    symmetric: SYMMETRIC_RELATIONS.has(type),
    cameo: CAMEO[type],
    certainty: p.certainty,
    certainties: p.certainties,
    happened: p.happened,
    contested: p.contested,
    articles: p.articles,
    outlets: p.outlets,
    dates: p.dates,
    weight: p.weight,
  };
  for (const f of OPTIONAL_EDGE_FIELDS) {
    const v = p[f];
    if (v != null && v.length > 0) Object.assign(attrs, { [f]: v });
  }
  return attrs;
}

export type ViewEdgeSource = Pick<AggregateProps, "certainty" | "articles" | "dates" | "weight"> &
  Partial<Pick<AggregateProps, "firstReported">>;

export function viewEdgeAttributes(type: RelationType, p: ViewEdgeSource): ViewEdgeAttributes {
  const attrs: ViewEdgeAttributes = {
    type,
    certainty: p.certainty,
    articles: p.articles,
    dates: p.dates,
    weight: p.weight,
  };
  // The date filter falls back to the first report only when the text gave no event date.
  if (p.dates.length === 0 && p.firstReported) attrs.firstReported = p.firstReported;
  return attrs;
}
