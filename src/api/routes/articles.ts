// GET /api/articles (paged list) and GET /api/articles/:id (metadata, mentions, claims).
import { Router } from "express";
import type { Db } from "../../store/connection.js";
import { listArticles, readArticle } from "../../store/read-articles.js";
import { HttpError, idSchema, pageSchema, parse } from "../validate.js";

export function articleRoutes(db: Db): Router {
  const router = Router();
  router.get("/articles", async (req, res) => {
    const page = parse(pageSchema, req.query, "query");
    res.json({ ...page, ...(await listArticles(db, page)) });
  });
  router.get("/articles/:id", async (req, res) => {
    const id = parse(idSchema, req.params.id, "article id");
    const card = await readArticle(db, id);
    if (!card) throw new HttpError(404, `no article with id '${id}'`);
    res.json(card);
  });
  return router;
}
