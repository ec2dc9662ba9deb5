// neo4j-admin database import files: nodes.csv and relationships.csv with typed headers
// (`id:ID`, `:LABEL`, `name:string[]`, `:START_ID`, `:END_ID`, `:TYPE`). Arrays use the import tool's
// default array delimiter `;`, fields its default quote `"`, so `neo4j-admin database import full
// --nodes=nodes.csv --relationships=relationships.csv` needs no extra options.
import { csvField } from "../csv-field.js";
import type { StoredGraph } from "../store/read-graph.js";
import type { GraphEdgeAttributes, GraphNodeAttributes } from "../types.js";

export interface CsvFiles {
  "nodes.csv": string;
  "relationships.csv": string;
}

/** A column per attribute: its neo4j-admin header, or null when the attribute is not a column. */
type Columns<T> = Record<keyof T & string, string | null>;

// The records name every attribute of the graph's nodes and edges, so one added to the types cannot be
// left out of the CSV unnoticed. Order is column order.
const NODE_ATTRIBUTE_COLUMNS: Columns<GraphNodeAttributes> = {
  label: null, // the name again
  name: "name",
  entityType: ":LABEL", // written as the labels Entity;<type>
  aliases: "aliases:string[]",
  wikidata: "wikidata",
  articles: "articles:int",
};

const EDGE_ATTRIBUTE_COLUMNS: Columns<GraphEdgeAttributes> = {
  type: ":TYPE",
  label: null, // the type again
  cameo: "cameo",
  symmetric: "symmetric:boolean",
  certainty: "certainty",
  certainties: "certainties:string[]",
  happened: "happened:boolean",
  contested: "contested:boolean",
  articles: "articles:int",
  outlets: "outlets:int",
  dates: "dates:string[]",
  firstReported: "firstReported",
  lastReported: "lastReported",
  roles: "roles:string[]",
  validFrom: "validFrom",
  validTo: "validTo",
  weight: "weight:double",
};

/** [header, row key] pairs: the leading columns, then the other attributes' in record order. */
function columns<T>(lead: [string, string][], attributes: Columns<T>): (readonly [string, string])[] {
  const led = new Set(lead.map(([, key]) => key));
  const rest = Object.entries<string | null>(attributes).flatMap(([key, header]) =>
    header === null || led.has(key) ? [] : [[header, key] as const],
  );
  return [...lead, ...rest];
}

export const NODE_COLUMNS = columns([["id:ID", "id"]], NODE_ATTRIBUTE_COLUMNS);

export const RELATIONSHIP_COLUMNS = columns(
  [
    [":START_ID", "source"],
    [":END_ID", "target"],
    [":TYPE", "type"],
    ["id", "id"],
  ],
  EDGE_ATTRIBUTE_COLUMNS,
);

const ARRAY_DELIMITER = ";";

function field(value: unknown): string {
  // An empty unquoted field means "no property" to the import tool (an empty list is not stored either).
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  // The import tool has no escape for the array delimiter inside an element, so it becomes a comma.
  const s = Array.isArray(value)
    ? value.map((v) => String(v).replaceAll(ARRAY_DELIMITER, ",")).join(ARRAY_DELIMITER)
    : String(value);
  return csvField(s, true);
}

function table(header: readonly (readonly [string, string])[], rows: Record<string, unknown>[]): string {
  const lines = [header.map(([h]) => h).join(",")];
  for (const row of rows) lines.push(header.map(([, key]) => field(row[key])).join(","));
  return `${lines.join("\n")}\n`;
}

export function toNeo4jCsv(graph: StoredGraph): CsvFiles {
  const nodes: Record<string, unknown>[] = [];
  graph.forEachNode((id, a) => nodes.push({ ...a, id, entityType: ["Entity", a.entityType] }));
  const rels: Record<string, unknown>[] = [];
  graph.forEachEdge((id, a, source, target) => rels.push({ ...a, id, source, target }));
  return { "nodes.csv": table(NODE_COLUMNS, nodes), "relationships.csv": table(RELATIONSHIP_COLUMNS, rels) };
}
