// The viewer's only contact with the server: typed fetches of the JSON API.
import type { SerializedGraph } from "graphology-types";
import type { GraphEdgeAttributes, GraphNodeAttributes } from "../../src/types.js";

export type GraphJson = SerializedGraph<GraphNodeAttributes, GraphEdgeAttributes>;

export interface EntityHit {
  id: string;
  name: string;
  type: string;
  aliases: string[];
}

export interface EntityCard {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  wikidata: string | null;
  roles: { role: string; of: { id: string; name: string } }[];
  relations: Record<
    string,
    {
      id: string;
      type: string;
      direction: string;
      other: { id: string; name: string; type: string };
      certainty: string;
      articles: number;
      dates: string[];
    }[]
  >;
  articles: {
    id: string;
    title: string | null;
    source: string | null;
    published: string | null;
    url: string | null;
    mentions: number;
  }[];
}

export interface RelationCard {
  id: string;
  type: string;
  source: { id: string; name: string; aliases: string[] };
  target: { id: string; name: string; aliases: string[] };
  certainty: string;
  articles: number;
  outlets: number;
  dates: string[];
  evidence: {
    claimId: string;
    certainty: string;
    date: string | null;
    sentences: string[];
    article: {
      id: string;
      title: string | null;
      source: string | null;
      published: string | null;
      url: string | null;
    };
  }[];
}

export interface CypherResult {
  columns: string[];
  rows: unknown[];
  graph: GraphJson | null;
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  const body = (await res.json().catch(() => ({ error: `HTTP ${res.status}` }))) as T & { error?: string };
  if (!res.ok) throw new Error(body.error ?? `HTTP ${res.status}`);
  return body;
}

export const api = {
  graph: () => call<GraphJson>("api/graph"),
  search: (q: string) => call<{ results: EntityHit[] }>(`api/entities?q=${encodeURIComponent(q)}&limit=10`),
  entity: (id: string) => call<EntityCard>(`api/entities/${encodeURIComponent(id)}`),
  relation: (id: string) => call<RelationCard>(`api/relations/${encodeURIComponent(id)}`),
  cypher: (query: string) =>
    call<CypherResult>("api/cypher", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ query, params: {} }),
    }),
};
