// What went wrong with a query, in words an analyst can act on. Neo4j's errors arrive as codes
// (Neo.ClientError.Statement.SyntaxError, Neo.TransientError.General.MemoryPoolOutOfMemoryError …);
// callers (the API, `geokg query`, the ingest) only need to know whose fault it is and what to say.
// Errors are told apart by class (instanceof), never by their name string.
import { Neo4jError } from "neo4j-driver";

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

const UNAVAILABLE_CODES =
  /ServiceUnavailable|SessionExpired|DatabaseUnavailable|DatabaseNotFound|Security\.(Unauthorized|AuthenticationRateLimit)/;
// Failures of the driver's own pool and sockets carry no Neo4j code, only a message.
const UNAVAILABLE_MESSAGES =
  /acquisition timed out|Pool is closed|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|connection was closed|Failed to connect|socket hang up/i;

/** Neo4j's status code of an error the driver raised ("Neo.ClientError…"); "" for any other error. */
export function neo4jCode(err: unknown): string {
  return err instanceof Neo4jError ? err.code : "";
}

export function classifyNeo4jError(err: unknown): Neo4jFailure {
  if (err instanceof CypherRejected) return "query";
  if (err instanceof CypherDeadlineExceeded) return "timeout";
  const code = neo4jCode(err);
  if (/OutOfMemoryError|MemoryPoolOutOfMemory|TransactionOutOfMemory/.test(code)) return "memory";
  if (/TransactionTimedOut|Transaction\.Terminated|TransactionTerminated/.test(code)) return "timeout";
  if (UNAVAILABLE_CODES.test(code)) return "unavailable";
  if (code.startsWith("Neo.ClientError")) return "query";
  if (err instanceof Error && UNAVAILABLE_MESSAGES.test(err.message)) return "unavailable";
  return "other";
}

/** A plain sentence for a failed analyst query; `timeoutMs` is the limit it ran under. */
export function describeQueryFailure(err: unknown, timeoutMs: number): string {
  switch (classifyNeo4jError(err)) {
    case "memory":
      return "the query needs more memory than one query may use (Neo4j's transaction memory limit); narrow it down, e.g. with LIMIT or fewer collected values";
    case "timeout":
      return err instanceof CypherDeadlineExceeded
        ? err.message
        : `it ran longer than the ${timeoutMs} ms limit and was stopped`;
    default:
      return err instanceof Error ? err.message : "query failed";
  }
}
