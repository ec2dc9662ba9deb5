// neo4j-admin database import files: nodes.csv and relationships.csv with typed headers
// (`id:ID`, `:LABEL`, `name:string[]`, `:START_ID`, `:END_ID`, `:TYPE`). Arrays use the import tool's
// default array delimiter `;`, fields its default quote `"`, so `neo4j-admin database import full
// --nodes=nodes.csv --relationships=relationships.csv` needs no extra options.
import type { StoredGraph } from "../store/read-graph.js";

export interface CsvFiles {
  "nodes.csv": string;
  "relationships.csv": string;
}

export const NODE_COLUMNS = [
  ["id:ID", "id"],
  ["name", "name"],
  [":LABEL", "labels"],
  ["aliases:string[]", "aliases"],
  ["wikidata", "wikidata"],
  ["articles:int", "articles"],
] as const;

export const RELATIONSHIP_COLUMNS = [
  [":START_ID", "source"],
  [":END_ID", "target"],
  [":TYPE", "type"],
  ["id", "id"],
  ["cameo", "cameo"],
  ["symmetric:boolean", "symmetric"],
  ["certainty", "certainty"],
  ["certainties:string[]", "certainties"],
  ["happened:boolean", "happened"],
  ["contested:boolean", "contested"],
  ["articles:int", "articles"],
  ["outlets:int", "outlets"],
  ["dates:string[]", "dates"],
  ["firstReported", "firstReported"],
  ["lastReported", "lastReported"],
  ["roles:string[]", "roles"],
  ["validFrom", "validFrom"],
  ["validTo", "validTo"],
  ["weight:double", "weight"],
] as const;

const ARRAY_DELIMITER = ";";

function field(value: unknown): string {
  // An empty unquoted field means "no property" to the import tool (an empty list is not stored either).
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  // The import tool has no escape for the array delimiter inside an element, so it becomes a comma.
  const s = Array.isArray(value)
    ? value.map((v) => String(v).replaceAll(ARRAY_DELIMITER, ",")).join(ARRAY_DELIMITER)
    : String(value);
  return `"${s.replace(/"/g, '""')}"`;
}

function table(header: readonly (readonly [string, string])[], rows: Record<string, unknown>[]): string {
  const lines = [header.map(([h]) => h).join(",")];
  for (const row of rows) lines.push(header.map(([, key]) => field(row[key])).join(","));
  return `${lines.join("\n")}\n`;
}

export function toNeo4jCsv(graph: StoredGraph): CsvFiles {
  const nodes: Record<string, unknown>[] = [];
  graph.forEachNode((id, a) => nodes.push({ ...a, id, labels: ["Entity", a.entityType] }));
  const rels: Record<string, unknown>[] = [];
  graph.forEachEdge((id, a, source, target) => rels.push({ ...a, id, source, target }));
  return { "nodes.csv": table(NODE_COLUMNS, nodes), "relationships.csv": table(RELATIONSHIP_COLUMNS, rels) };
}
