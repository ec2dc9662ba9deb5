// GET /api/relations/:id — an aggregate relation with its evidence sentences and their articles.
import { Router } from "express";
import type { Db } from "../../store/connection.js";
import { readRelation } from "../../store/read-relation.js";
import { byIdRoute } from "../validate.js";

export function relationRoutes(db: Db): Router {
  const router = Router();
  byIdRoute(router, "/relations/:id", "relation", (id) => readRelation(db, id));
  return router;
}
