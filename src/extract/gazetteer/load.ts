// Reads and validates the gazetteer data files. A broken file fails loudly, naming the file and the entry.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { extname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { z as Zod, ZodError } from "zod";
import { ENTITY_TYPES, type EntityType } from "../../types.js";
import { PROJECT_ROOT } from "../../config.js";
import type { GazetteerEntry } from "./index.js";

/** Data files in load order; the order only decides `entries` order. */
export const GAZETTEER_FILES = [
  "countries",
  "capitals",
  "places",
  "people",
  "organizations",
  "world-organizations",
  "world-features",
  "world-places",
] as const;

/**
 * Files whose names the tagger's gazetteer-word features leave out. The thousands of generated city and
 * region names made those features noisier than they helped: on the held-out newswire set, place F1
 * 0.828 with them in the (retrained) features, 0.839 without (session 9). The generated organisations
 * and natural features stay out too, so the trained model's features keep meaning what they meant in training. The
 * extractor still matches them.
 */
export const NOT_TAGGER_FEATURES: ReadonlySet<(typeof GAZETTEER_FILES)[number]> = new Set([
  "world-organizations",
  "world-features",
  "world-places",
]);

export const GAZETTEER_DIR = join(PROJECT_ROOT, "data", "gazetteer");

/**
 * Hashes of the gazetteer files `npm run build` found valid (scripts/check-gazetteer.ts): a file with
 * the same bytes is read without its schema. Loading zod and checking ~800 entries was ~150 ms of every
 * process's start-up; a file edited since the build is checked in full, as always. The record also
 * holds a hash of the compiled schema code (this module and types.js, which lists the entity types):
 * code changed or run from the sources never trusts a record made for other code.
 */
export const CHECKED_FILE = join(PROJECT_ROOT, "dist", "gazetteer-checked.json");

export function fileHash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The hash of the schema code the record is valid for: this loader and the types module beside it. */
export function schemaCodeHash(loaderFile: string, typesFile: string): string {
  return fileHash(`${readFileSync(loaderFile, "utf8")}\u0000${readFileSync(typesFile, "utf8")}`);
}

function checkedHashes(): Set<string> {
  if (!existsSync(CHECKED_FILE)) return new Set();
  try {
    const json = JSON.parse(readFileSync(CHECKED_FILE, "utf8")) as { code?: unknown; sha256?: unknown };
    const here = fileURLToPath(import.meta.url);
    const types = fileURLToPath(new URL(`../../types${extname(here)}`, import.meta.url));
    if (json.code !== schemaCodeHash(here, types)) return new Set();
    return new Set(Array.isArray(json.sha256) ? json.sha256.filter((h) => typeof h === "string") : []);
  } catch {
    return new Set(); // a damaged record only costs the full check
  }
}

/** The schemas, made on first use. zod is required (its CommonJS build) because loading is synchronous. */
let schemas: ReturnType<typeof makeSchemas> | undefined;

function makeSchemas() {
  const { z } = createRequire(import.meta.url)("zod") as { z: typeof Zod };
  const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");
  const nonEmpty = z.string().trim().min(1);

  const roleSchema = z.strictObject({
    role: nonEmpty,
    of: nonEmpty,
    from: partialDate.optional(),
    to: partialDate.optional(),
    title: nonEmpty.optional(),
  });

  const entrySchema = z.strictObject({
    id: z.string().regex(/^(Q\d+|[a-z]+:[a-z0-9-]+)$/, "expected a Wikidata QID or <kind>:<slug>"),
    name: nonEmpty,
    type: z.enum(ENTITY_TYPES),
    aliases: z.array(nonEmpty),
    wikidata: z
      .string()
      .regex(/^Q\d+$/)
      .optional(),
    demonyms: z.array(nonEmpty).optional(),
    capital: nonEmpty.optional(),
    country: nonEmpty.optional(),
    actorFor: nonEmpty.optional(),
    roles: z.array(roleSchema).optional(),
  });

  const fileSchema = z.strictObject({
    version: nonEmpty,
    sources: nonEmpty,
    /** True for files written by scripts/build-gazetteer.ts (edit the script, not the file). */
    generated: z.boolean().optional(),
    entries: z.array(z.unknown()),
  });
  return { entrySchema, fileSchema };
}

export class GazetteerError extends Error {}

function fail(file: string, problem: string): never {
  throw new GazetteerError(`gazetteer ${relative(PROJECT_ROOT, file)}: ${problem}`);
}

/** Parse one file's text; exported so tests can feed broken data without touching the real files. */
export function parseGazetteerFile(
  file: string,
  text: string,
): { version: string; entries: GazetteerEntry[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    fail(file, `not valid JSON (${(err as Error).message})`);
  }
  schemas ??= makeSchemas();
  const { entrySchema, fileSchema } = schemas;
  const head = fileSchema.safeParse(json);
  if (!head.success) fail(file, describe(head.error));
  const entries: GazetteerEntry[] = [];
  head.data.entries.forEach((raw, n) => {
    const parsed = entrySchema.safeParse(raw);
    if (!parsed.success) {
      const id =
        typeof raw === "object" && raw !== null && "id" in raw ? ` (id ${JSON.stringify(raw.id)})` : "";
      fail(file, `entry ${n}${id}: ${describe(parsed.error)}`);
    }
    const e = parsed.data;
    if (e.type !== "Country" && (e.demonyms || e.capital))
      fail(file, `entry ${n} (id "${e.id}"): only countries have demonyms or a capital`);
    if (e.roles && e.type !== ("Person" satisfies EntityType))
      fail(file, `entry ${n} (id "${e.id}"): only people have roles`);
    entries.push(e);
  });
  return { version: head.data.version, entries };
}

function describe(err: ZodError): string {
  return err.issues.map((i) => `${i.path.length ? i.path.join(".") + ": " : ""}${i.message}`).join("; ");
}

/**
 * Read every gazetteer file, then check the whole: ids unique, and every `country`, `capital`,
 * `actorFor` and `roles[].of` reference names an existing entry.
 */
export function loadGazetteerFiles(dir: string = GAZETTEER_DIR): {
  version: string;
  entries: GazetteerEntry[];
  /** The entries of the files the tagger's features read (all but NOT_TAGGER_FEATURES). */
  featureEntries: GazetteerEntry[];
} {
  const all: GazetteerEntry[] = [];
  const featureEntries: GazetteerEntry[] = [];
  const versions: string[] = [];
  const origin = new Map<string, string>();
  const checked = checkedHashes();
  for (const name of GAZETTEER_FILES) {
    const file = join(dir, `${name}.json`);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (err) {
      fail(file, `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    const { version, entries } = checked.has(fileHash(text))
      ? (JSON.parse(text) as { version: string; entries: GazetteerEntry[] })
      : parseGazetteerFile(file, text);
    versions.push(`${name}@${version}`);
    for (const e of entries) {
      const prev = origin.get(e.id);
      if (prev) fail(file, `entry id "${e.id}" is already used in ${relative(PROJECT_ROOT, prev)}`);
      origin.set(e.id, file);
      all.push(e);
      if (!NOT_TAGGER_FEATURES.has(name)) featureEntries.push(e);
    }
  }
  const ids = new Set(all.map((e) => e.id));
  for (const e of all) {
    const refs = [e.country, e.capital, e.actorFor, ...(e.roles ?? []).map((r) => r.of)];
    for (const ref of refs) {
      if (ref !== undefined && !ids.has(ref))
        fail(origin.get(e.id) ?? dir, `entry "${e.id}" refers to unknown id "${ref}"`);
    }
  }
  return { version: versions.join(","), entries: all, featureEntries };
}
