// GET /api/entities?q= (name/alias search) and GET /api/entities/:id (the entity card).
import { Router } from "express";
import type { Db } from "../../store/connection.js";
import { readEntity, searchEntities } from "../../store/read-entity.js";
import { entitySearchSchema, HttpError, idSchema, parse } from "../validate.js";

export function entityRoutes(db: Db): Router {
  const router = Router();
  router.get("/entities", async (req, res) => {
    const { q, limit } = parse(entitySearchSchema, req.query, "query");
    res.json({ query: q, results: await searchEntities(db, q, limit) });
  });
  router.get("/entities/:id", async (req, res) => {
    const id = parse(idSchema, req.params.id, "entity id");
    const card = await readEntity(db, id);
    if (!card) throw new HttpError(404, `no entity with id '${id}'`);
    res.json(card);
  });
  return router;
}
