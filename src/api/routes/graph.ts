// GET /api/graph — the filtered entity graph as a graphology serialisation (what the viewer loads).
import { Router } from "express";
import type { Db } from "../../store/connection.js";
import { readGraph } from "../../store/read-graph.js";
import { graphFilterFrom } from "../validate.js";

export function graphRoutes(db: Db): Router {
  const router = Router();
  router.get("/graph", async (req, res) => {
    const filter = graphFilterFrom(req.query);
    const graph = await readGraph(db, filter);
    res.json(graph.export());
  });
  return router;
}
