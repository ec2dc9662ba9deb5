// GET /api/relations/:id — an aggregate relation with its evidence sentences and their articles.
import { Router } from "express";
import type { Db } from "../../store/connection.js";
import { readRelation } from "../../store/read-relation.js";
import { HttpError, idSchema, parse } from "../validate.js";

export function relationRoutes(db: Db): Router {
  const router = Router();
  router.get("/relations/:id", async (req, res) => {
    const id = parse(idSchema, req.params.id, "relation id");
    const card = await readRelation(db, id);
    if (!card) throw new HttpError(404, `no relation with id '${id}'`);
    res.json(card);
  });
  return router;
}
