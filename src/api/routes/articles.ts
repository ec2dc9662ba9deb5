// GET /api/articles (paged list) and GET /api/articles/:id (metadata, mentions, claims).
import { Router } from "express";
import type { Db } from "../../store/connection.js";
import { listArticles, readArticle } from "../../store/read-articles.js";
import { byIdRoute, pageSchema, parse } from "../validate.js";

export function articleRoutes(db: Db): Router {
  const router = Router();
  router.get("/articles", async (req, res) => {
    const page = parse(pageSchema, req.query, "query");
    res.json({ ...page, ...(await listArticles(db, page)) });
  });
  byIdRoute(router, "/articles/:id", "article", (id) => readArticle(db, id));
  return router;
}
