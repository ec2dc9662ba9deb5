// The API's error contract: `{ "error": "<message>" }` with a proper status, never a stack trace.
import type { ErrorRequestHandler, RequestHandler } from "express";
import { classifyNeo4jError, CypherRejected, neo4jCode } from "../store/cypher-errors.js";
import { HttpError } from "./validate.js";

export const notFound: RequestHandler = (req, res) => {
  res.status(404).json({ error: `no such endpoint: ${req.method} ${req.path}` });
};

/** Errors from body-parser carry `status` and `type` (it throws plain http-errors, no class to test). */
interface ErrorLike {
  status?: number;
  statusCode?: number;
  type?: string;
  message?: string;
}

/** The API's error handler; `onUnavailable` hears of every error meaning "Neo4j is unreachable". */
export function errorHandler(onUnavailable: (err: unknown) => void = () => {}): ErrorRequestHandler {
  return (err: ErrorLike, _req, res, _next) => {
    void _next;
    const { status, message } = statusOf(err, onUnavailable);
    res.status(status).json({ error: message });
  };
}

function statusOf(
  err: ErrorLike,
  onUnavailable: (err: unknown) => void,
): { status: number; message: string } {
  let status = 500;
  let message = "internal server error";
  if (err instanceof HttpError) {
    status = err.status;
    message = err.message;
  } else if (err?.type === "entity.too.large") {
    status = 413;
    message = "request body too large";
  } else if (err?.type === "entity.parse.failed") {
    status = 400;
    message = "request body is not valid JSON";
  } else if (typeof (err?.status ?? err?.statusCode) === "number" && (err.status ?? err.statusCode)! < 500) {
    status = (err.status ?? err.statusCode)!;
    message = err.message ?? "bad request";
  } else if (err instanceof CypherRejected) {
    status = 400;
    message = err.message;
  } else if (neo4jCode(err).startsWith("Neo.ClientError")) {
    status = 400;
    message = err.message ?? "query failed";
  } else if (classifyNeo4jError(err) === "unavailable") {
    status = 503;
    message = "the Neo4j database is not reachable";
    onUnavailable(err);
  } else {
    // Unexpected: log for the operator, but tell the client nothing about internals.
    console.error("geokg api:", err);
  }
  return { status, message };
}
