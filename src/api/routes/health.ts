// GET /api/health — is the server up, and can it reach Neo4j?
import { Router } from "express";
import type { Db } from "../../store/connection.js";
import { classifyNeo4jError } from "../../store/cypher-errors.js";
import { readQuery } from "../../store/transactions.js";
import type { DbCircuit } from "../db-circuit.js";

// Only the URI and database name: the target also holds the password, which must never be sent.
function health(db: Db, up: boolean, neo4j: Record<string, unknown>) {
  return {
    status: up ? "ok" : "degraded",
    server: { uptimeSeconds: Math.round(process.uptime()) },
    neo4j: { status: up ? "up" : "down", uri: db.target.uri, database: db.database ?? null, ...neo4j },
  };
}

function down(db: Db, error: string, since?: Date) {
  return health(db, false, { error, ...(since ? { since: since.toISOString() } : {}) });
}

export function healthRoutes(db: Db, circuit?: DbCircuit): Router {
  const router = Router();
  router.get("/health", async (_req, res) => {
    const started = Date.now();
    // While the circuit is open its probe knows best; asking again would take the retry window.
    const outage = circuit?.outage;
    if (outage) return void res.status(503).json(down(db, outage.cause, outage.since));
    try {
      const info = await db.driver.getServerInfo({ database: db.database });
      await readQuery(db, "RETURN 1");
      res.json(health(db, true, { version: info.agent ?? null, latencyMs: Date.now() - started }));
    } catch (err) {
      if (classifyNeo4jError(err) === "unavailable") circuit?.trip(err);
      res.status(503).json(down(db, (err as Error).message));
    }
  });
  return router;
}
