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
    const { etag, body } = await cache.get(
      db,
      JSON.stringify(filter),
      () => readGraphJson(db, filter),
      req.get("If-None-Match"),
    );
    // no-cache: the browser may keep the answer but must ask again; the ETag makes that a cheap 304.
    res.setHeader("Cache-Control", "no-cache");
    res.setHeader("ETag", etag);
    if (!body) {
      res.status(304).end();
      return;
    }
    res.type("application/json").send(body);
  });
  return router;
}
