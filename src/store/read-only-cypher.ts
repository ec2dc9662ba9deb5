// Runs analyst-supplied Cypher without letting it change or leave the graph, or harm the server. The
// database is the judge of what a query does: it is planned with EXPLAIN and refused unless Neo4j itself
// calls it read-only and its plan holds no operator that reaches outside (LOAD CSV, admin commands,
// batched transactions, another database) and calls no procedure outside a short allow-list. A keyword
// pre-check only exists to give a clearer message for the common cases; the plan check is what enforces.
//
// Resources are bounded on every side (issue 12): the query's size and nesting are checked on the text
// before Neo4j sees it (cypher-bounds.ts); it runs on the connection's read-only driver — its own small
// pool, so hung queries cannot starve the rest of geokg, and no retries, so a query that ran out of
// memory or time is not run six more times; the transaction has a server-side timeout and the whole call
// a client-side deadline; and the result stream is abandoned at a row cap or a byte budget.
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type Plan,
  type Record as Neo4jRecord,
} from "neo4j-driver";
import type { SerializedGraph } from "graphology-types";
import { checkBounds, stripLiterals } from "./cypher-bounds.js";
import { CypherDeadlineExceeded, CypherRejected } from "./cypher-errors.js";

export { CypherRejected, CypherDeadlineExceeded } from "./cypher-errors.js";
export { stripLiterals } from "./cypher-bounds.js";

/** What this module needs from a connection (structurally the store's `Db`). */
export interface CypherTarget {
  driver: Driver;
  database?: string;
  /** The driver for analyst queries (own pool, no retries); `driver` when absent. */
  readOnlyDriver?: () => Driver;
}

export interface ReadOnlyCypherOptions {
  timeoutMs?: number;
  maxRows?: number;
  /** Budget for the rows' JSON, in characters; rows past it are dropped and `truncated` set. */
  maxBytes?: number;
  /** Nesting bound (cypher-bounds.ts); tests lift it to reach Neo4j's own failure. */
  maxNesting?: number;
}

export interface ReadOnlyCypherResult {
  columns: string[];
  rows: Record<string, unknown>[];
  /** True when rows were left out: more than `maxRows`, or more than `maxBytes` of JSON. */
  truncated: boolean;
  /** The nodes and relationships found in the rows, when there are any. */
  graph?: SerializedGraph;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_ROWS = 1_000;
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;
/**
 * Time past the server-side timeout before the client gives up. The server's own answer ("ran longer than
 * the limit") is clearer, and a Neo4j with default settings notices timeouts only every 2 s.
 */
export const DEADLINE_MARGIN_MS = 2_500;
// Records fetched per round trip: with rows of a megabyte, what is in flight stays in the tens of MB.
const FETCH_SIZE = 50;

/** Procedures an analyst may call: schema, labels, full-text search, ping. Everything else is refused. */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.schema.visualization",
  "db.schema.nodeTypeProperties",
  "db.schema.relTypeProperties",
  "db.index.fulltext.queryNodes",
  "db.index.fulltext.queryRelationships",
  "db.index.fulltext.listAvailableAnalyzers",
  "db.ping",
]);

// Text checks: fast, clear messages. Comments and string literals are blanked first so that a
// property value like 'use the load' does not trip them.
const TEXT_RULES: { pattern: RegExp; message: string }[] = [
  {
    pattern: /^\s*(EXPLAIN|PROFILE)\b/i,
    message: "leave out EXPLAIN/PROFILE: the query is planned and run for you",
  },
  {
    pattern: /\bIN\s+(\d+\s+)?(CONCURRENT\s+)?TRANSACTIONS\b/i,
    message: "CALL { … } IN TRANSACTIONS is not allowed: queries run in one read transaction",
  },
  // USE opens a query or a subquery: at the very start, or right after "{".
  { pattern: /(^|\{)\s*USE\s/i, message: "USE is not allowed: queries run against the geokg database only" },
  { pattern: /\bLOAD\s+CSV\b/i, message: "LOAD CSV is not allowed: queries may not read files or URLs" },
  {
    pattern: /\bapoc\s*\./i,
    message: "apoc.* procedures and functions are not allowed: they can reach outside the graph",
  },
  { pattern: /\bdbms\s*\./i, message: "dbms.* procedures are not allowed: they administer the server" },
  {
    pattern: /\bdb\s*\.\s*(create|drop|clear)/i,
    message: "db.create*/db.drop*/db.clear* procedures are not allowed: they change the database",
  },
  {
    pattern:
      /^\s*(CREATE|ALTER|DROP|RENAME|GRANT|DENY|REVOKE|START|STOP|TERMINATE|ENABLE)\s+(OR\s+REPLACE\s+)?(USER|ROLE|DATABASE|COMPOSITE|ALIAS|SERVER|PRIVILEGE|IMMUTABLE|TRANSACTION|ALL|TRAVERSE|READ|MATCH|WRITE)/i,
    message: "administration commands (users, roles, databases, privileges, transactions) are not allowed",
  },
  {
    pattern:
      /^\s*(SHOW\s+(CURRENT\s+)?(USERS?|ROLES?|DATABASES?|PRIVILEGES|SETTINGS?|TRANSACTIONS?|SERVERS?|ALIASES)|TERMINATE\s)/i,
    message: "administration commands (users, roles, databases, settings, transactions) are not allowed",
  },
];

// Plan operators that read or act outside the graph even in a read-only plan.
const FORBIDDEN_OPERATORS: Record<string, string> = {
  LoadCSV: "LOAD CSV is not allowed: queries may not read files or URLs",
  TransactionApply: "CALL { … } IN TRANSACTIONS is not allowed: queries run in one read transaction",
  TransactionForeach: "CALL { … } IN TRANSACTIONS is not allowed: queries run in one read transaction",
  AdministrationCommand: "administration commands are not allowed",
  ShowTransactions: "SHOW TRANSACTIONS is not allowed: it shows other users' queries",
  TerminateTransactions: "TERMINATE TRANSACTIONS is not allowed",
  ShowSettings: "SHOW SETTINGS is not allowed: it exposes server configuration",
};

function checkText(query: string): void {
  if (!query.trim()) throw new CypherRejected("empty query");
  const code = stripLiterals(query);
  for (const rule of TEXT_RULES) if (rule.pattern.test(code)) throw new CypherRejected(rule.message);
}

function planOperators(plan: Plan | false): { operator: string; database?: string; details: string }[] {
  const out: { operator: string; database?: string; details: string }[] = [];
  const walk = (p: Plan): void => {
    // Operators read like "AllNodesScan@neo4j": the suffix is the database the operator runs on.
    const [operator, database] = p.operatorType.split("@");
    const details = p.arguments?.Details;
    out.push({ operator, database, details: typeof details === "string" ? details : "" });
    p.children.forEach(walk);
  };
  if (plan) walk(plan);
  return out;
}

function checkProcedure(details: string): void {
  // Details read "db.labels() :: (label :: STRING)": the plan names the procedure canonically, however
  // the query spelled it (backquotes, spaces).
  const name = details.match(/^\s*([\w.]+)\s*\(/)?.[1] ?? "(unknown)";
  if (!ALLOWED_PROCEDURES.has(name)) {
    throw new CypherRejected(
      `procedure ${name} is not allowed: analyst queries may only call ${[...ALLOWED_PROCEDURES].join(", ")}`,
    );
  }
}

async function checkPlan(
  tx: ManagedTransaction,
  database: string | undefined,
  query: string,
  params: Record<string, unknown>,
): Promise<void> {
  const summary = await tx.run(`EXPLAIN ${query}`, params).summary();
  for (const op of planOperators(summary.plan)) {
    const reason = FORBIDDEN_OPERATORS[op.operator];
    if (reason) throw new CypherRejected(reason);
    if (op.operator === "ProcedureCall") checkProcedure(op.details);
    const expected = database ?? summary.database.name;
    if (op.database && expected && op.database !== expected) {
      throw new CypherRejected(`queries may only read the ${expected} database, not ${op.database}`);
    }
  }
  if (summary.queryType !== "r") {
    const kind =
      { w: "writes", rw: "reads and writes", s: "changes the schema or runs an administrative procedure" }[
        summary.queryType
      ] ?? summary.queryType;
    throw new CypherRejected(
      `only read-only queries are allowed; Neo4j plans this one as a query that ${kind}`,
    );
  }
}

/** JSON size of a converted value, in characters, estimated without building the JSON text. */
export function jsonSize(value: unknown): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === "string") size += v.length + 2;
    else if (v === null || v === undefined) size += 4;
    else if (typeof v !== "object") size += String(v).length;
    else if (Array.isArray(v)) {
      size += 1 + v.length;
      for (const x of v) stack.push(x);
    } else {
      size += 2;
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        size += k.length + 4;
        stack.push(x);
      }
    }
  }
  return size;
}

interface Limits {
  maxRows: number;
  maxBytes: number;
}

/** Reads the stream up to the row cap and the byte budget; leaving the loop discards the rest. */
async function readRows(
  tx: ManagedTransaction,
  query: string,
  params: Record<string, unknown>,
  limits: Limits,
): Promise<ReadOnlyCypherResult> {
  const result = tx.run(query, params);
  const records: Neo4jRecord[] = [];
  let truncated = false;
  let bytes = 0;
  for await (const record of result) {
    if (records.length >= limits.maxRows) {
      truncated = true;
      break;
    }
    bytes += jsonSize(record.keys.map((k) => toJson(record.get(k))));
    if (bytes > limits.maxBytes) {
      truncated = true;
      break;
    }
    records.push(record);
  }
  const columns = records.length ? [...records[0].keys].map(String) : [...(await result.keys())].map(String);
  return toResult(columns, records, truncated);
}

/** Rejects with CypherDeadlineExceeded once `ms` have passed without `work` settling. */
async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CypherDeadlineExceeded(ms)), ms);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** Run one read-only Cypher query within bounds; see the module comment for the guarantees. */
export async function runReadOnlyCypher(
  target: CypherTarget,
  query: string,
  params: Record<string, unknown>,
  opts: ReadOnlyCypherOptions = {},
): Promise<ReadOnlyCypherResult> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRows = Math.max(0, Math.floor(opts.maxRows ?? DEFAULT_MAX_ROWS));
  const limits = { maxRows, maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES };
  checkBounds(query, params, { maxNesting: opts.maxNesting });
  checkText(query);

  const driver = target.readOnlyDriver?.() ?? target.driver;
  const session = driver.session({
    database: target.database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: Math.min(Math.max(maxRows + 1, 1), FETCH_SIZE),
  });
  // One transaction: planned (and refused, or not), then run.
  const work = session.executeRead(
    async (tx) => {
      await checkPlan(tx, target.database, query, params);
      return readRows(tx, query, params, limits);
    },
    { timeout: timeoutMs },
  );
  let abandoned = false;
  try {
    return await withDeadline(work, timeoutMs + DEADLINE_MARGIN_MS);
  } catch (err) {
    if (err instanceof CypherDeadlineExceeded) {
      // The server may never answer: closing would wait for it. The connection stays with the
      // read-only pool (or is dropped when the server gives up on it); the answer goes out now.
      abandoned = true;
      work.catch(() => {});
    }
    throw err;
  } finally {
    if (abandoned) session.close().catch(() => {});
    else await session.close();
  }
}

// ---- Neo4j values → JSON ---------------------------------------------------------------------

interface GraphParts {
  nodes: Map<string, { key: string; attributes: Record<string, unknown> }>;
  /** Node element id → graph key (entity id when the node has one). */
  keys: Map<string, string>;
  edges: Map<string, { key: string; startId: string; endId: string; attributes: Record<string, unknown> }>;
}

function toResult(columns: string[], records: Neo4jRecord[], truncated: boolean): ReadOnlyCypherResult {
  const parts: GraphParts = { nodes: new Map(), keys: new Map(), edges: new Map() };
  const rows = records.map((record) => {
    const row: Record<string, unknown> = {};
    for (const column of columns) row[column] = toJson(record.get(column), parts);
    return row;
  });
  const out: ReadOnlyCypherResult = { columns, rows, truncated };
  if (parts.nodes.size || parts.edges.size) out.graph = toSerializedGraph(parts);
  return out;
}

/** Neo4j driver value → plain JSON value. Graph elements met on the way are collected into `parts`. */
export function toJson(value: unknown, parts?: GraphParts): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (typeof value === "bigint")
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (Array.isArray(value)) return value.map((v) => toJson(v, parts));
  if (neo4j.isNode(value)) {
    const properties = toJson(value.properties, parts) as Record<string, unknown>;
    const node = { elementId: value.elementId, labels: value.labels, properties };
    if (parts && !parts.nodes.has(value.elementId)) {
      const key = typeof properties.id === "string" ? properties.id : value.elementId;
      parts.keys.set(value.elementId, key);
      parts.nodes.set(value.elementId, { key, attributes: nodeAttributes(value.labels, properties) });
    }
    return node;
  }
  if (neo4j.isRelationship(value)) {
    // `line` repeats other properties as JSON for the graph reader (edge-line.ts), as did `view` in
    // databases written by 0.1 versions: noise here.
    const {
      line: _line,
      view: _view,
      ...properties
    } = toJson(value.properties, parts) as Record<string, unknown>;
    void _line;
    void _view;
    if (parts && !parts.edges.has(value.elementId)) {
      const key = typeof properties.id === "string" ? properties.id : value.elementId;
      parts.edges.set(value.elementId, {
        key,
        startId: value.startNodeElementId,
        endId: value.endNodeElementId,
        attributes: { ...properties, type: value.type, label: value.type },
      });
    }
    return {
      elementId: value.elementId,
      type: value.type,
      startElementId: value.startNodeElementId,
      endElementId: value.endNodeElementId,
      properties,
    };
  }
  if (neo4j.isPath(value)) {
    const nodes = [toJson(value.start, parts)];
    const relationships: unknown[] = [];
    for (const segment of value.segments) {
      relationships.push(toJson(segment.relationship, parts));
      nodes.push(toJson(segment.end, parts));
    }
    return { nodes, relationships };
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isPoint(value)) {
    return {
      srid: toJson(value.srid),
      x: value.x,
      y: value.y,
      ...(value.z === undefined ? {} : { z: value.z }),
    };
  }
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toJson(v, parts);
    return out;
  }
  return value;
}

// Entities look the same as in readGraph (label, name, entityType…) so the viewer draws both alike.
function nodeAttributes(labels: string[], properties: Record<string, unknown>): Record<string, unknown> {
  const attrs: Record<string, unknown> = { ...properties, labels };
  const name = properties.name ?? properties.title ?? properties.id;
  attrs.label = name === undefined ? labels.join(":") : String(name);
  if (labels.includes("Entity") && typeof properties.type === "string") attrs.entityType = properties.type;
  return attrs;
}

function toSerializedGraph(parts: GraphParts): SerializedGraph {
  const nodes = [...parts.nodes.values()].map((n) => ({ key: n.key, attributes: n.attributes }));
  // A relationship whose end nodes were not returned has nothing to attach to: it stays in the rows only.
  const edges = [...parts.edges.values()].flatMap((e) => {
    const source = parts.keys.get(e.startId);
    const target = parts.keys.get(e.endId);
    return source && target ? [{ key: e.key, source, target, attributes: e.attributes }] : [];
  });
  return {
    attributes: {},
    options: { type: "directed", multi: true, allowSelfLoops: true },
    nodes,
    edges,
  };
}
