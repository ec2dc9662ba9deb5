// What the graph viewer and the exports show of an aggregate relation (GraphEdgeAttributes), made
// from its stored properties. The writer stores it on the relation as one JSON string, `view`, so that
// /api/graph reads one property per relation and pastes it into its answer unparsed: reading a dozen
// properties of 50,000 relations and rebuilding the objects took seconds.
import {
  CAMEO,
  SYMMETRIC_RELATIONS,
  type Certainty,
  type GraphEdgeAttributes,
  type RelationType,
} from "../types.js";
import type { AggregateProps } from "./aggregate-claims.js";

/** The properties the view is made of (what an aggregate stores, or a subset read back). */
export type EdgeViewSource = Pick<
  AggregateProps,
  "certainty" | "certainties" | "happened" | "contested" | "articles" | "outlets" | "dates" | "weight"
> &
  Partial<Pick<AggregateProps, "firstReported" | "lastReported" | "roles" | "validFrom" | "validTo">>;

export function edgeAttributes(type: RelationType, p: EdgeViewSource): GraphEdgeAttributes {
  const attrs: GraphEdgeAttributes = {
    type,
    label: type,
    symmetric: SYMMETRIC_RELATIONS.has(type),
    cameo: CAMEO[type],
    certainty: p.certainty as Certainty,
    certainties: p.certainties,
    happened: p.happened,
    contested: p.contested,
    articles: p.articles,
    outlets: p.outlets,
    dates: p.dates,
    weight: p.weight,
  };
  if (p.firstReported) attrs.firstReported = p.firstReported;
  if (p.lastReported) attrs.lastReported = p.lastReported;
  if (p.validFrom) attrs.validFrom = p.validFrom;
  if (p.validTo) attrs.validTo = p.validTo;
  if (p.roles?.length) attrs.roles = p.roles;
  return attrs;
}

/** The stored `view` string of an aggregate relation. */
export function edgeView(type: RelationType, p: EdgeViewSource): string {
  return JSON.stringify(edgeAttributes(type, p));
}
