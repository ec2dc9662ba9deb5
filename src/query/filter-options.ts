// CLI flags → GraphFilter, shared by `geokg export` and any command that reads a filtered graph.
// Lists are comma-separated; every value is checked against the ontology so a typo is an error, not an
// empty export.
import type { Command } from "commander";
import { z } from "zod";
import { strictDate, wholeNumber } from "../strict-values.js";
import { CERTAINTIES, ENTITY_TYPES, RELATION_TYPES, type GraphFilter } from "../types.js";

export interface FilterFlags {
  types?: string;
  relations?: string;
  from?: string;
  to?: string;
  minSources?: string | number;
  certainty?: string;
}

const list = <T extends readonly [string, ...string[]]>(values: T, flag: string) =>
  z
    .string()
    .transform((s) =>
      s
        .split(",")
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z.enum(values, {
          error: (iss) => `${flag}: "${String(iss.input)}" is not one of ${values.join(", ")}`,
        }),
      ),
    );

const date = (flag: string) => strictDate(`${flag}: `);

const schema = z
  .object({
    types: list(ENTITY_TYPES, "--types").optional(),
    relations: list(RELATION_TYPES, "--relations").optional(),
    from: date("--from").optional(),
    to: date("--to").optional(),
    minSources: wholeNumber("--min-sources: ").optional(),
    certainty: list(CERTAINTIES, "--certainty").optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to + "~", { error: "--from is after --to" });

/** Validate flags into a GraphFilter; throws an Error listing every problem. */
export function parseFilterFlags(flags: FilterFlags): GraphFilter {
  const r = schema.safeParse(flags);
  if (!r.success) throw new Error(r.error.issues.map((i) => i.message).join("; "));
  const f: GraphFilter = {};
  if (r.data.types?.length) f.types = r.data.types;
  if (r.data.relations?.length) f.relations = r.data.relations;
  if (r.data.from) f.from = r.data.from;
  if (r.data.to) f.to = r.data.to;
  if (r.data.minSources !== undefined) f.minSources = r.data.minSources;
  if (r.data.certainty?.length) f.certainty = r.data.certainty;
  return f;
}

/** Add the filter flags to a command; read them back with parseFilterFlags(cmd.opts()). */
export function addFilterFlags(cmd: Command): Command {
  return cmd
    .option("--types <list>", `entity types to keep, comma-separated (${ENTITY_TYPES.join(", ")})`)
    .option("--relations <list>", `relation types to keep, comma-separated (${RELATION_TYPES.join(", ")})`)
    .option("--from <date>", "only relations dated on or after YYYY[-MM[-DD]]")
    .option("--to <date>", "only relations dated on or before YYYY[-MM[-DD]]")
    .option("--min-sources <n>", "only relations reported by at least n articles")
    .option("--certainty <list>", `certainties to keep, comma-separated (${CERTAINTIES.join(", ")})`);
}
