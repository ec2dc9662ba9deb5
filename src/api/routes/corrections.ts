// Corrections over HTTP (README "Correcting the graph"). Reading the log is always possible; the write
// endpoints exist only when the server was started with `--editable`, and then answer only requests
// carrying the token the server made at start (`Authorization: Bearer <token>`, else 401). The host
// guard has checked Host and Origin already; writes are refused here from a foreign Origin even with
// --cors, since --cors is meant for reading the graph from elsewhere, not changing it.
import { timingSafeEqual, createHash } from "node:crypto";
import { Router, type Request, type RequestHandler } from "express";
import { z } from "zod";
import { curate, listCorrections, undo } from "../../curate/curate.js";
import { draftSchema, metaSchema } from "../../curate/requests.js";
import type { Db } from "../../store/connection.js";
import type { CorrectionsList } from "../types.js";
import { correctionsQuerySchema, HttpError, idSchema, parse } from "../validate.js";

const digest = (s: string) => createHash("sha256").update(s).digest();

/** True when the request carries `token` (compared in constant time). */
export function carriesToken(req: Request, token: string | undefined): boolean {
  const m = /^Bearer (.+)$/.exec(req.get("Authorization") ?? "");
  return Boolean(token && m && timingSafeEqual(digest(m[1]), digest(token)));
}

function sameOrigin(req: Request): boolean {
  const origin = req.get("Origin");
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === req.get("Host");
  } catch {
    return false;
  }
}

function writeGuard(token: string): RequestHandler {
  return (req, _res, next) => {
    if (!sameOrigin(req)) throw new HttpError(403, "corrections may not be sent from another origin");
    if (!carriesToken(req, token))
      throw new HttpError(401, "corrections need the token printed by `geokg serve --editable`");
    next();
  };
}

const bodySchema = z.object({
  correction: draftSchema,
  author: z.string().optional(),
  note: z.string().optional(),
});

export function correctionRoutes(db: Db, token: string | undefined): Router {
  const router = Router();
  router.get("/corrections", async (req, res) => {
    const q = parse(correctionsQuerySchema, req.query, "query");
    const body: CorrectionsList = {
      editable: token !== undefined,
      authorized: carriesToken(req, token),
      corrections: await listCorrections(db, q.entity),
    };
    res.json(body);
  });
  if (token === undefined) return router;
  const guard = writeGuard(token);
  router.post("/corrections", guard, async (req, res) => {
    const body = parse(bodySchema, req.body, "body");
    const meta = parse(metaSchema, { author: body.author || "viewer", note: body.note ?? "" }, "body");
    res.status(201).json(await curate(db, body.correction, meta).catch(refused));
  });
  router.post("/corrections/:id/undo", guard, async (req, res) => {
    const id = parse(idSchema, req.params.id, "correction id");
    const author = parse(z.string().trim().min(1).max(200).default("viewer"), req.body?.author, "author");
    res.json(await undo(db, id, author).catch(refused));
  });
  return router;
}

/** A refusal from the correction's own checks (no such entity, nothing to change) is the client's 400/404. */
function refused(err: unknown): never {
  const message = (err as Error).message ?? "";
  if (/^no (entity|claim|correction) with/.test(message)) throw new HttpError(404, message);
  // Plain Errors are the checks' refusals; driver errors (with a code) and bugs go to the error handler.
  if (
    err instanceof Error &&
    Object.getPrototypeOf(err) === Error.prototype &&
    !(err as { code?: unknown }).code
  )
    throw new HttpError(400, message);
  throw err;
}
