// The viewer's only contact with the server: typed fetches of the JSON API.
import type { SerializedGraph } from "graphology-types";
import type { GraphEdgeAttributes, GraphNodeAttributes, ViewEdgeAttributes } from "../../src/types.js";

/** /api/graph: relations with the fields the viewer draws and filters by. */
export type GraphJson = SerializedGraph<GraphNodeAttributes, ViewEdgeAttributes>;
/** /api/export?format=json: every attribute, for downloads. */
export type FullGraphJson = SerializedGraph<GraphNodeAttributes, GraphEdgeAttributes>;

// Response shapes are declared once, by the server's read queries; the viewer imports them as types only.
export type { EntityHit, EntityCard } from "../../src/store/read-entity.js";
export type { RelationCard } from "../../src/store/read-relation.js";
import type { EntityHit, EntityCard } from "../../src/store/read-entity.js";
import type { RelationCard } from "../../src/store/read-relation.js";

export interface CypherResult {
  columns: string[];
  rows: unknown[];
  graph: FullGraphJson | null;
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  const body = (await res.json().catch(() => ({ error: `HTTP ${res.status}` }))) as T & { error?: string };
  if (!res.ok) throw new Error(body.error ?? `HTTP ${res.status}`);
  return body;
}

/** A stored correction as GET /api/corrections lists it (src/curate/model.ts). */
export type { Correction } from "../../src/curate/model.js";
import type { Correction } from "../../src/curate/model.js";
export interface CorrectionsList {
  editable: boolean;
  authorized: boolean;
  corrections: Correction[];
}

const withToken = (token: string | null, json = false): HeadersInit => ({
  ...(token ? { Authorization: `Bearer ${token}` } : {}),
  ...(json ? { "Content-Type": "application/json" } : {}),
});

export const api = {
  graph: () => call<GraphJson>("api/graph"),
  fullGraph: () => call<FullGraphJson>("api/export?format=json"),
  search: (q: string) => call<{ results: EntityHit[] }>(`api/entities?q=${encodeURIComponent(q)}&limit=10`),
  entity: (id: string) => call<EntityCard>(`api/entities/${encodeURIComponent(id)}`),
  relation: (id: string) => call<RelationCard>(`api/relations/${encodeURIComponent(id)}`),
  cypher: (query: string) =>
    call<CypherResult>("api/cypher", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ query, params: {} }),
    }),
  corrections: (token: string | null) =>
    call<CorrectionsList>("api/corrections", { headers: withToken(token) }),
  correct: (token: string | null, correction: Record<string, unknown>, note: string, author: string) =>
    call<unknown>("api/corrections", {
      method: "POST",
      headers: withToken(token, true),
      body: JSON.stringify({ correction, note, author }),
    }),
  undo: (token: string | null, id: string, author: string) =>
    call<unknown>(`api/corrections/${encodeURIComponent(id)}/undo`, {
      method: "POST",
      headers: withToken(token, true),
      body: JSON.stringify({ author }),
    }),
};
