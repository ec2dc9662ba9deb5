// Outlet reliability (data/sources.json): how much one outlet's report counts in an aggregate's weight.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { DATA_DIR } from "../config.js";

const SourcesFile = z.object({
  outlets: z.record(z.string(), z.number().min(0)),
  default: z.number().min(0),
});

export interface Reliability {
  /** Reliability of an outlet (Article.source); unknown outlets get the file's default. */
  of(outlet: string | undefined): number;
}

/** Case-, scheme- and `www.`-insensitive, so "TASS", "tass.com" and "https://www.tass.com" agree. */
export function outletKey(outlet: string): string {
  return outlet
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, "")
    .replace(/\/.*$/, "")
    .replace(/^www\./, "");
}

export function reliabilityFrom(config: z.infer<typeof SourcesFile>): Reliability {
  const table = new Map<string, number>();
  for (const [name, value] of Object.entries(config.outlets)) {
    const key = outletKey(name);
    table.set(key, value);
    // A bare outlet name ("TASS") should find its host entry ("tass.com").
    const first = key.split(".")[0];
    if (first && !table.has(first)) table.set(first, value);
  }
  return {
    of(outlet) {
      if (!outlet) return config.default;
      return table.get(outletKey(outlet)) ?? config.default;
    },
  };
}

export const SOURCES_FILE = join(DATA_DIR, "sources.json");

export function loadReliability(file = SOURCES_FILE): Reliability {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new Error(`${file}: cannot read outlet reliabilities (${(err as Error).message})`, { cause: err });
  }
  const parsed = SourcesFile.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`${file}: invalid outlet reliabilities: ${z.prettifyError(parsed.error)}`);
  }
  return reliabilityFrom(parsed.data);
}
