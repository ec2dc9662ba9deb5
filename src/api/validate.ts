// Request validation with zod: query strings and bodies become typed values or a 400 naming the
// offending parameter. Every route parses its input through here.
import type { Router } from "express";
import { z } from "zod";
import { MAX_PARAM_DEPTH, MAX_QUERY_CHARS, valueDepth } from "../store/cypher-bounds.js";
import { datesInOrder, graphFilterFields, graphFilterSchema, toGraphFilter } from "../graph/filter.js";
import { wholeNumber } from "../strict-values.js";
import { NEIGHBOURHOOD_LIMIT, type NeighbourhoodQuery } from "../store/read-focus.js";
import type { GraphFilter } from "../types.js";

/** An error that carries its HTTP status; the error handler turns it into `{error}` JSON. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

/** Most entities a truncated /api/graph may start from. */
export const MAX_TOP = 5_000;

export function parse<S extends z.core.$ZodType>(schema: S, input: unknown, where: string): z.infer<S> {
  const result = z.safeParse(schema, input);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (i) => `${i.path.length ? i.path.join(".") : where}: ${i.message}`,
  );
  throw new HttpError(400, `invalid ${where}: ${problems.join("; ")}`);
}

/** /api/graph's query: the graph filter (graph/filter.ts), and the budget that overrides the server's. */
export const graphQuerySchema = datesInOrder(
  z.strictObject({
    ...graphFilterFields,
    budget: z.pipe(wholeNumber(), z.number().min(0).max(10_000_000)).optional(),
    top: z.pipe(wholeNumber(), z.number().min(1).max(MAX_TOP)).optional(),
  }),
);

export function graphQueryFrom(query: unknown): {
  filter: GraphFilter;
  budget?: number;
  top?: number;
} {
  const { budget, top, ...rest } = parse(graphQuerySchema, query, "query");
  return { filter: toGraphFilter(rest), budget, top };
}

/** The graph filter alone (graph/filter.ts). */
export function graphFilterFrom(query: unknown): GraphFilter {
  return toGraphFilter(parse(graphFilterSchema(), query, "query"));
}

/** /api/neighbourhood's query: the entity, how far out and how many neighbours, and the graph filter. */
export const neighbourhoodQuerySchema = datesInOrder(
  z.strictObject({
    ...graphFilterFields,
    id: z.string().min(1, "must not be empty").max(500),
    depth: z.pipe(wholeNumber(), z.number().min(1).max(2)).default(1),
    limit: z
      .pipe(wholeNumber(), z.number().min(1).max(NEIGHBOURHOOD_LIMIT.max))
      .default(NEIGHBOURHOOD_LIMIT.default),
  }),
);

export function neighbourhoodQueryFrom(query: unknown): NeighbourhoodQuery & { filter: GraphFilter } {
  const { id, depth, limit, ...rest } = parse(neighbourhoodQuerySchema, query, "query");
  return { id, depth: depth === 2 ? 2 : 1, limit, filter: toGraphFilter(rest) };
}

export const entitySearchSchema = z
  .object({
    q: z.string().trim().min(1, "must not be empty").max(200),
    limit: z.pipe(wholeNumber(), z.number().min(1).max(100)).default(10),
  })
  .strict();

export const pageSchema = z
  .object({
    limit: z.pipe(wholeNumber(), z.number().min(1).max(1000)).default(100),
    offset: z.pipe(wholeNumber(), z.number().min(0)).default(0),
  })
  .strict();

export const idSchema = z.string().min(1).max(500);

/**
 * GET `path` (ending in /:id): the item `read` finds for the id, or a 404 naming the id. `what` names
 * the item in messages ("entity", "relation").
 */
export function byIdRoute<T>(
  router: Router,
  path: string,
  what: string,
  read: (id: string) => Promise<T | null>,
): void {
  router.get(path, async (req, res) => {
    const id = parse(idSchema, req.params.id, `${what} id`);
    const item = await read(id);
    if (!item) throw new HttpError(404, `no ${what} with id '${id}'`);
    res.json(item);
  });
}

const cypherParam: z.ZodType<unknown> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(cypherParam),
    z.record(z.string(), cypherParam),
  ]),
);

// The depth is checked before the recursive schema walks the value: a body of a few kilobytes of
// nested lists would overflow the stack of a recursive check.
const cypherParams = z
  .record(z.string(), z.unknown())
  .refine((p) => valueDepth(p, MAX_PARAM_DEPTH + 1) <= MAX_PARAM_DEPTH + 1, {
    error: `nested too deeply (more than ${MAX_PARAM_DEPTH} levels of lists or maps)`,
    abort: true,
  })
  .pipe(z.record(z.string(), cypherParam));

export const cypherBodySchema = z
  .object({
    query: z.string().trim().min(1, "must not be empty").max(MAX_QUERY_CHARS),
    params: cypherParams.default({}),
  })
  .strict();

export const exportQuerySchema = datesInOrder(
  z.strictObject({ ...graphFilterFields, format: z.enum(["json", "gexf", "graphml"]).default("json") }),
);

/** GET /api/corrections: only those naming this entity (id or name). */
export const correctionsQuerySchema = z.object({ entity: z.string().min(1).max(300).optional() }).strict();
