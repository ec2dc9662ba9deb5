// What went wrong with a query, in words an analyst can act on. Neo4j's errors arrive as codes
// (Neo.ClientError.Statement.SyntaxError, Neo.TransientError.General.MemoryPoolOutOfMemoryError …);
// callers (the API, `geokg query`, the ingest) only need to know whose fault it is and what to say.

/** The query was refused before it ran; the message says why. */
export class CypherRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CypherRejected";
  }
}

/** Neo4j did not answer within the client-side deadline; the query was abandoned. */
export class CypherDeadlineExceeded extends Error {
  constructor(readonly deadlineMs: number) {
    super(`Neo4j did not answer within ${deadlineMs} ms; the query was abandoned`);
    this.name = "CypherDeadlineExceeded";
  }
}

export type Neo4jFailure =
  /** The database cannot be reached or is not serving: retrying later may work, this request cannot. */
  | "unavailable"
  /** The query needed more memory than a transaction may use. */
  | "memory"
  /** The query ran longer than its timeout (server side) or its deadline (client side). */
  | "timeout"
  /** Syntax, types, unknown procedures, refusals: the query itself is wrong. */
  | "query"
  | "other";

interface ErrorLike {
  name?: string;
  code?: string;
  message?: string;
}

const UNAVAILABLE_CODES =
  /ServiceUnavailable|SessionExpired|DatabaseUnavailable|DatabaseNotFound|Security\.(Unauthorized|AuthenticationRateLimit)/;
// Failures of the driver's own pool and sockets carry no Neo4j code, only a message.
const UNAVAILABLE_MESSAGES =
  /acquisition timed out|Pool is closed|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|connection was closed|Failed to connect|socket hang up/i;

export function classifyNeo4jError(err: unknown): Neo4jFailure {
  const e = (err ?? {}) as ErrorLike;
  const code = typeof e.code === "string" ? e.code : "";
  if (e.name === "CypherRejected") return "query";
  if (e.name === "CypherDeadlineExceeded") return "timeout";
  if (/OutOfMemoryError|MemoryPoolOutOfMemory|TransactionOutOfMemory/.test(code)) return "memory";
  if (/TransactionTimedOut|Transaction\.Terminated|TransactionTerminated/.test(code)) return "timeout";
  if (UNAVAILABLE_CODES.test(code)) return "unavailable";
  if (code.startsWith("Neo.ClientError")) return "query";
  if (UNAVAILABLE_MESSAGES.test(e.message ?? "")) return "unavailable";
  return "other";
}

/** A plain sentence for a failed analyst query; `timeoutMs` is the limit it ran under. */
export function describeQueryFailure(err: unknown, timeoutMs: number): string {
  const e = (err ?? {}) as ErrorLike;
  switch (classifyNeo4jError(err)) {
    case "memory":
      return "the query needs more memory than one query may use (Neo4j's transaction memory limit); narrow it down, e.g. with LIMIT or fewer collected values";
    case "timeout":
      return e.name === "CypherDeadlineExceeded"
        ? (e.message ?? "Neo4j did not answer in time")
        : `it ran longer than the ${timeoutMs} ms limit and was stopped`;
    default:
      return e.message ?? "query failed";
  }
}
