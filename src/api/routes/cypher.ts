// POST /api/cypher {query, params} — read-only Cypher with a timeout and a row cap. Anything that
// writes or reaches outside the graph is refused by runReadOnlyCypher; that refusal becomes a 400.
import { Router } from "express";
import type { Db } from "../../store/connection.js";
import { DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_MS, runReadOnlyCypher } from "../../store/read-only-cypher.js";
import { cypherBodySchema, HttpError, parse } from "../validate.js";

export interface CypherLimits {
  timeoutMs: number;
  maxRows: number;
}

export const DEFAULT_CYPHER_LIMITS: CypherLimits = {
  timeoutMs: DEFAULT_TIMEOUT_MS,
  maxRows: DEFAULT_MAX_ROWS,
};

/** True for errors that mean "your query" rather than "our server": they get a 400 with the reason. */
function isClientFault(err: unknown): boolean {
  const e = err as { name?: string; code?: string };
  return (
    e?.name === "CypherRejected" ||
    (typeof e?.code === "string" &&
      (e.code.startsWith("Neo.ClientError") || e.code.includes("TransactionTimedOut")))
  );
}

export function cypherRoutes(db: Db, limits: CypherLimits = DEFAULT_CYPHER_LIMITS): Router {
  const router = Router();
  router.post("/cypher", async (req, res) => {
    const { query, params } = parse(cypherBodySchema, req.body ?? {}, "body");
    try {
      const result = await runReadOnlyCypher(db, query, params as Record<string, unknown>, limits);
      res.json({
        columns: result.columns,
        rows: result.rows,
        truncated: result.truncated,
        graph: result.graph ?? null,
      });
    } catch (err) {
      const code = (err as { code?: string }).code ?? "";
      if (code.includes("TransactionTimedOut")) {
        throw new HttpError(
          400,
          `query refused: it ran longer than the ${limits.timeoutMs} ms limit and was stopped`,
        );
      }
      if (isClientFault(err)) throw new HttpError(400, `query refused: ${(err as Error).message}`);
      throw err;
    }
  });
  return router;
}
