// GET /api/health — is the server up, and can it reach Neo4j?
import { Router } from "express";
import type { Db } from "../../store/connection.js";
import { withRead } from "../../store/read-plain.js";

// Only the URI and database name: the target also holds the password, which must never be sent.
export function healthRoutes(db: Db): Router {
  const router = Router();
  router.get("/health", async (_req, res) => {
    const started = Date.now();
    try {
      const info = await db.driver.getServerInfo({ database: db.database });
      await withRead(db, (tx) => tx.run("RETURN 1"));
      res.json({
        status: "ok",
        server: { uptimeSeconds: Math.round(process.uptime()) },
        neo4j: {
          status: "up",
          uri: db.target.uri,
          database: db.database ?? null,
          version: info.agent ?? null,
          latencyMs: Date.now() - started,
        },
      });
    } catch (err) {
      res.status(503).json({
        status: "degraded",
        server: { uptimeSeconds: Math.round(process.uptime()) },
        neo4j: {
          status: "down",
          uri: db.target.uri,
          database: db.database ?? null,
          error: (err as Error).message,
        },
      });
    }
  });
  return router;
}
