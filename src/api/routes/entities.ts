// GET /api/entities?q= (name/alias search) and GET /api/entities/:id (the entity card).
import { Router } from "express";
import type { Db } from "../../store/connection.js";
import { readEntity, searchEntities } from "../../store/read-entity.js";
import { byIdRoute, entitySearchSchema, parse } from "../validate.js";

export function entityRoutes(db: Db): Router {
  const router = Router();
  router.get("/entities", async (req, res) => {
    const { q, limit } = parse(entitySearchSchema, req.query, "query");
    res.json({ query: q, results: await searchEntities(db, q, limit) });
  });
  byIdRoute(router, "/entities/:id", "entity", (id) => readEntity(db, id));
  return router;
}
