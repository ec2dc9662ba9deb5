// The viewer's only contact with the server: typed fetches of the JSON API.
import type {
  CypherResponse,
  EntityCard,
  EntityHit,
  FullGraphJson,
  GraphJson,
  RelationCard,
} from "../../src/api/types.js";

// Response shapes are declared once, beside the routes (src/api/types.ts); the viewer imports them as types.
export type { CypherResponse, EntityCard, EntityHit, FullGraphJson, GraphJson, RelationCard };

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  const body = (await res.json().catch(() => ({ error: `HTTP ${res.status}` }))) as T & { error?: string };
  if (!res.ok) throw new Error(body.error ?? `HTTP ${res.status}`);
  return body;
}

export const api = {
  graph: () => call<GraphJson>("api/graph"),
  fullGraph: () => call<FullGraphJson>("api/export?format=json"),
  search: (q: string) => call<{ results: EntityHit[] }>(`api/entities?q=${encodeURIComponent(q)}&limit=10`),
  entity: (id: string) => call<EntityCard>(`api/entities/${encodeURIComponent(id)}`),
  relation: (id: string) => call<RelationCard>(`api/relations/${encodeURIComponent(id)}`),
  cypher: (query: string) =>
    call<CypherResponse>("api/cypher", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ query, params: {} }),
    }),
};
