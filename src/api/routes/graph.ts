// GET /api/graph — the filtered entity graph as a graphology serialisation (what the viewer loads);
// over the relation budget, its most central part only (store/read-focus.ts).
// GET /api/neighbourhood — an entity and its best-weighted neighbours, for the viewer to expand.
import { Router, type Response } from "express";
import type { Db } from "../../store/connection.js";
import {
  DEFAULT_BUDGET,
  readGraphView,
  readNeighbourhood,
  type GraphBudget,
} from "../../store/read-focus.js";
import { GraphCache } from "../graph-cache.js";
import { graphQueryFrom, HttpError, neighbourhoodQueryFrom } from "../validate.js";

/** Sends a cached answer, or a 304 when the client's copy still holds. */
function sendCached(res: Response, { etag, body }: { etag: string; body?: Buffer }): void {
  // no-cache: the browser may keep the answer but must ask again; the ETag makes that a cheap 304.
  res.setHeader("Cache-Control", "no-cache");
  res.setHeader("ETag", etag);
  if (!body) {
    res.status(304).end();
    return;
  }
  res.type("application/json").send(body);
}

export function graphRoutes(db: Db, limits: GraphBudget = DEFAULT_BUDGET): Router {
  const router = Router();
  const cache = new GraphCache();
  // Apart, so that a run of expansions does not push the (costlier) graph answers out.
  const neighbourhoods = new GraphCache();
  router.get("/graph", async (req, res) => {
    const { filter, budget = limits.budget, top = limits.top } = graphQueryFrom(req.query);
    const answer = await cache.get(
      db,
      JSON.stringify({ filter, budget, top }),
      () => readGraphView(db, filter, { budget, top }),
      req.get("If-None-Match"),
    );
    sendCached(res, answer);
  });
  router.get("/neighbourhood", async (req, res) => {
    const { filter, ...query } = neighbourhoodQueryFrom(req.query);
    const answer = await neighbourhoods.get(
      db,
      JSON.stringify({ query, filter }),
      async () => {
        const body = await readNeighbourhood(db, query, filter);
        // Thrown, so nothing is cached for an unknown id.
        if (body === null) throw new HttpError(404, `no entity with id '${query.id}'`);
        return body;
      },
      req.get("If-None-Match"),
    );
    sendCached(res, answer);
  });
  return router;
}
