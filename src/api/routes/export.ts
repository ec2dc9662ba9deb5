// GET /api/export?format=json|gexf|graphml[&graph filters] — the (filtered) graph as a download.
import { Router } from "express";
import type { Db } from "../../store/connection.js";
import { readGraph } from "../../store/read-graph.js";
import { exportGraph } from "../../export/index.js";
import { exportQuerySchema, graphFilterFrom, parse } from "../validate.js";

const MIME = {
  json: "application/json",
  gexf: "application/gexf+xml",
  graphml: "application/graphml+xml",
} as const;

export function exportRoutes(db: Db): Router {
  const router = Router();
  router.get("/export", async (req, res) => {
    const { format } = parse(exportQuerySchema, req.query, "query");
    const { format: _f, ...rest } = req.query as Record<string, unknown>;
    void _f;
    const graph = await readGraph(db, graphFilterFrom(rest));
    const body = exportGraph(graph, format);
    res.setHeader("Content-Type", `${MIME[format]}; charset=utf-8`);
    res.setHeader("Content-Disposition", `attachment; filename="geokg.${format}"`);
    res.send(body);
  });
  return router;
}
