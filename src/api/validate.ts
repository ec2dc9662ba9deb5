// Request validation with zod: query strings and bodies become typed values or a 400 naming the
// offending parameter. Every route parses its input through here.
import { z } from "zod";
import { MAX_PARAM_DEPTH, MAX_QUERY_CHARS, valueDepth } from "../store/cypher-bounds.js";
import { strictDate, wholeNumber } from "../strict-values.js";
import { CERTAINTIES, ENTITY_TYPES, RELATION_TYPES, type GraphFilter } from "../types.js";

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

export function parse<S extends z.ZodType>(schema: S, input: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (i) => `${i.path.length ? i.path.join(".") : where}: ${i.message}`,
  );
  throw new HttpError(400, `invalid ${where}: ${problems.join("; ")}`);
}

/** "a,b" or repeated `?x=a&x=b` → ["a","b"], each checked against the allowed values. */
function csvOf<T extends readonly [string, ...string[]]>(values: T) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((v) =>
      (Array.isArray(v) ? v : [v])
        .flatMap((s) => s.split(","))
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values)));
}

export const graphQuerySchema = z
  .object({
    types: csvOf(ENTITY_TYPES).optional(),
    relations: csvOf(RELATION_TYPES).optional(),
    certainty: csvOf(CERTAINTIES).optional(),
    from: strictDate().optional(),
    to: strictDate().optional(),
    minSources: wholeNumber().pipe(z.number().min(1).max(10_000)).optional(),
  })
  .strict();

export function graphFilterFrom(query: unknown): GraphFilter {
  const q = parse(graphQuerySchema, query, "query");
  const filter: GraphFilter = {};
  if (q.types?.length) filter.types = q.types;
  if (q.relations?.length) filter.relations = q.relations;
  if (q.certainty?.length) filter.certainty = q.certainty;
  if (q.from) filter.from = q.from;
  if (q.to) filter.to = q.to;
  if (q.minSources !== undefined) filter.minSources = q.minSources;
  return filter;
}

export const entitySearchSchema = z
  .object({
    q: z.string().trim().min(1, "must not be empty").max(200),
    limit: wholeNumber().pipe(z.number().min(1).max(100)).default(10),
  })
  .strict();

export const pageSchema = z
  .object({
    limit: wholeNumber().pipe(z.number().min(1).max(1000)).default(100),
    offset: wholeNumber().pipe(z.number().min(0)).default(0),
  })
  .strict();

export const idSchema = z.string().min(1).max(500);

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

export const exportQuerySchema = graphQuerySchema.extend({
  format: z.enum(["json", "gexf", "graphml"]).default("json"),
});
