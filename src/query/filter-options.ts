// CLI flags → GraphFilter, shared by `geokg export` and any command that reads a filtered graph.
// Lists are comma-separated; every value is checked against the ontology so a typo is an error, not an
// empty export.
import type { Command } from "commander";
import { FILTER_KEYS, graphFilterSchema, MIN_SOURCES, toGraphFilter } from "../graph/filter.js";
import { CERTAINTIES, ENTITY_TYPES, RELATION_TYPES, type GraphFilter } from "../types.js";

export interface FilterFlags {
  types?: string;
  relations?: string;
  from?: string;
  to?: string;
  minSources?: string | number;
  certainty?: string;
}

/** The flag that sets a filter field, for messages. */
const flagOf = (key: string): string => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
const schema = graphFilterSchema(flagOf);

/** Validate flags into a GraphFilter; throws an Error listing every problem. */
export function parseFilterFlags(flags: FilterFlags): GraphFilter {
  // Commander hands over every option of the command: only the filter's are read here.
  const given = Object.fromEntries(
    FILTER_KEYS.flatMap((k) => (flags[k] === undefined ? [] : [[k, flags[k]]])),
  );
  const r = schema.safeParse(given);
  if (!r.success) {
    const problems = r.error.issues.map((i) =>
      i.path.length ? `${flagOf(String(i.path[0]))}: ${i.message}` : i.message,
    );
    throw new Error(problems.join("; "));
  }
  return toGraphFilter(r.data);
}

/** Add the filter flags to a command; read them back with parseFilterFlags(cmd.opts()). */
export function addFilterFlags(cmd: Command): Command {
  return cmd
    .option("--types <list>", `entity types to keep, comma-separated (${ENTITY_TYPES.join(", ")})`)
    .option("--relations <list>", `relation types to keep, comma-separated (${RELATION_TYPES.join(", ")})`)
    .option("--from <date>", "only relations dated on or after YYYY[-MM[-DD]]")
    .option("--to <date>", "only relations dated on or before YYYY[-MM[-DD]]")
    .option(
      "--min-sources <n>",
      `only relations reported by at least n articles (${MIN_SOURCES.min} to ${MIN_SOURCES.max})`,
    )
    .option("--certainty <list>", `certainties to keep, comma-separated (${CERTAINTIES.join(", ")})`);
}
