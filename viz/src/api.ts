// The viewer's only contact with the server: typed fetches of the JSON API.
import type {
  CorrectionsList,
  CypherResponse,
  EntityCard,
  EntityHit,
  FullGraphJson,
  GraphJson,
  RelationCard,
} from "../../src/api/types.js";

// Response shapes are declared once, beside the routes (src/api/types.ts); the viewer imports them as types.
export type * from "../../src/api/types.js";

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  const body = (await res.json().catch(() => ({ error: `HTTP ${res.status}` }))) as T & { error?: string };
  if (!res.ok) throw new Error(body.error ?? `HTTP ${res.status}`);
  return body;
}

const withToken = (token: string | null, json = false): HeadersInit => ({
  ...(token ? { Authorization: `Bearer ${token}` } : {}),
  ...(json ? { "Content-Type": "application/json" } : {}),
});

export const api = {
  graph: () => call<GraphJson>("api/graph"),
  neighbourhood: (id: string, limit: number) =>
    call<GraphJson>(`api/neighbourhood?id=${encodeURIComponent(id)}&limit=${limit}`),
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
