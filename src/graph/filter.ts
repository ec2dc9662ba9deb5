// The graph filter (GraphFilter), read the same way wherever one is typed in: the /api/graph and
// /api/export query strings, `geokg export` flags and the viewer's URL. One zod schema, one set of bounds;
// each caller only names the fields its own way in messages (`minSources` or `--min-sources`).
// zod/mini, as the viewer bundles this module (see strict-values.ts).
import * as z from "zod/mini";
import { strictDate, wholeNumber } from "../strict-values.js";
import { CERTAINTIES, ENTITY_TYPES, RELATION_TYPES, type GraphFilter } from "../types.js";

/** minSources counts distinct articles: every relation has at least one. */
export const MIN_SOURCES = { min: 1, max: 10_000 } as const;

/** One allowed value of a list, with a message that names the bad one. */
export function oneOf<T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: (iss) => `"${String(iss.input)}" is not one of ${values.join(", ")}` });
}

/** Comma-separated values in one string, or the parameter repeated, each checked. */
function listOf<T extends readonly [string, ...string[]]>(values: T) {
  const split = z.transform((v: string | string[]) =>
    (Array.isArray(v) ? v : [v])
      .flatMap((s) => s.split(","))
      .map((s) => s.trim())
      .filter(Boolean),
  );
  return z.pipe(z.pipe(z.union([z.string(), z.array(z.string())]), split), z.array(oneOf(values)));
}

/** The filter's fields, each optional. */
export const graphFilterFields = {
  types: z.optional(listOf(ENTITY_TYPES)),
  relations: z.optional(listOf(RELATION_TYPES)),
  certainty: z.optional(listOf(CERTAINTIES)),
  from: z.optional(strictDate()),
  to: z.optional(strictDate()),
  minSources: z.optional(
    z.pipe(wholeNumber(), z.number().check(z.minimum(MIN_SOURCES.min), z.maximum(MIN_SOURCES.max))),
  ),
};

export const FILTER_KEYS = Object.keys(graphFilterFields) as (keyof typeof graphFilterFields)[];

type FilterInput = z.infer<z.ZodMiniObject<typeof graphFilterFields>>;

/** `schema` refusing a `from` after its `to` (a partial date covers its span: 2024-06 to 2024-06 is June). */
export function datesInOrder<T extends z.ZodMiniType<{ from?: string; to?: string }>>(
  schema: T,
  name: (key: string) => string = (k) => k,
): T {
  return schema.check(
    z.refine((f) => !f.from || !f.to || f.from <= `${f.to}~`, {
      error: `${name("from")} is after ${name("to")}`,
    }),
  );
}

/** The filter schema; unknown keys are refused. `name` says how messages name a field. */
export function graphFilterSchema(name?: (key: string) => string) {
  return datesInOrder(z.strictObject(graphFilterFields), name);
}

/** The GraphFilter of parsed input: empty lists and absent values left out. */
export function toGraphFilter(q: FilterInput): GraphFilter {
  const filter: GraphFilter = {};
  if (q.types?.length) filter.types = q.types;
  if (q.relations?.length) filter.relations = q.relations;
  if (q.certainty?.length) filter.certainty = q.certainty;
  if (q.from) filter.from = q.from;
  if (q.to) filter.to = q.to;
  if (q.minSources !== undefined) filter.minSources = q.minSources;
  return filter;
}
