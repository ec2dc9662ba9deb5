// POST /api/cypher {query, params} — read-only Cypher within bounds (read-only-cypher.ts). A refused,
// wrong, too hungry or too slow query is the client's to fix: 400 with the reason. A server that does
// not answer by the deadline is a 504; an unreachable one a 503 (errors.ts).
import { Router } from "express";
import type { Db } from "../../store/connection.js";
import {
  classifyNeo4jError,
  CypherDeadlineExceeded,
  describeQueryFailure,
} from "../../store/cypher-errors.js";
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_ROWS,
  DEFAULT_TIMEOUT_MS,
  runReadOnlyCypher,
} from "../../store/read-only-cypher.js";
import { cypherBodySchema, HttpError, parse } from "../validate.js";
import type { CypherResponse } from "../types.js";

export interface CypherLimits {
  timeoutMs: number;
  maxRows: number;
  maxBytes: number;
}

export const DEFAULT_CYPHER_LIMITS: CypherLimits = {
  timeoutMs: DEFAULT_TIMEOUT_MS,
  maxRows: DEFAULT_MAX_ROWS,
  maxBytes: DEFAULT_MAX_BYTES,
};

/** The HTTP answer to a failed query, or the error itself when it is the server's (errors.ts). */
export function queryFailure(err: unknown, limits: CypherLimits): unknown {
  if (err instanceof CypherDeadlineExceeded)
    return new HttpError(504, describeQueryFailure(err, limits.timeoutMs));
  const kind = classifyNeo4jError(err);
  if (kind === "query" || kind === "memory" || kind === "timeout") {
    return new HttpError(400, `query refused: ${describeQueryFailure(err, limits.timeoutMs)}`);
  }
  // A result nested deeper than the driver can unpack or JSON can hold.
  if (err instanceof RangeError) return new HttpError(400, "query refused: its result is nested too deeply");
  return err;
}

export function cypherRoutes(db: Db, limits: CypherLimits = DEFAULT_CYPHER_LIMITS): Router {
  const router = Router();
  router.post("/cypher", async (req, res) => {
    const { query, params } = parse(cypherBodySchema, req.body ?? {}, "body");
    try {
      const result = await runReadOnlyCypher(db, query, params as Record<string, unknown>, limits);
      const body: CypherResponse = {
        columns: result.columns,
        rows: result.rows,
        truncated: result.truncated,
        graph: result.graph ?? null,
      };
      res.json(body);
    } catch (err) {
      throw queryFailure(err, limits);
    }
  });
  return router;
}
