// GET /api/graph — the filtered entity graph as a graphology serialisation (what the viewer loads).
import { Router } from "express";
import type { Db } from "../../store/connection.js";
import { readGraphJson } from "../../store/read-graph.js";
import { GraphCache } from "../graph-cache.js";
import { graphFilterFrom } from "../validate.js";

export function graphRoutes(db: Db): Router {
  const router = Router();
  const cache = new GraphCache();
  router.get("/graph", async (req, res) => {
    const filter = graphFilterFrom(req.query);
    const body = await cache.get(db, JSON.stringify(filter), () => readGraphJson(db, filter));
    res.setHeader("Cache-Control", "no-cache");
    res.type("application/json").send(body);
  });
  return router;
}
