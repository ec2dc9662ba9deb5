// The analyst's query library: one `cypher/queries/<name>.cypher` file per question, described by its
// header comment (`// name:`, `// question:`, `// params:`, `// example:`), plus entries computed in
// TypeScript where Cypher alone cannot answer (PageRank without GDS). `geokg query` and docs use it.
import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { CYPHER_DIR } from "../config.js";

export const QUERY_DIR = join(CYPHER_DIR, "queries");

/** `date`: YYYY, YYYY-MM or YYYY-MM-DD, checked to be a real date and passed on as a string. */
export const PARAM_TYPES = ["string", "int", "float", "boolean", "json", "date"] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

export interface QueryParam {
  name: string;
  type: ParamType;
  /** Optional parameters are sent as their default, or null, when not given. */
  optional: boolean;
  /** Default value as written in the header (typed later by the caller's coercion). */
  defaultText?: string;
  description: string;
}

interface EntryBase {
  name: string;
  question: string;
  params: QueryParam[];
  examples: string[];
  /** Header comment lines that are neither tags nor blank: caveats worth showing with the entry. */
  notes: string[];
}

export interface CypherEntry extends EntryBase {
  kind: "cypher";
  file: string;
  cypher: string;
}

/** A library entry answered in TypeScript; `run` lives in the module that computes it. */
export interface ComputedEntry extends EntryBase {
  kind: "computed";
}

export type LibraryEntry = CypherEntry | ComputedEntry;

const TAG = /^\/\/\s*(name|question|params?|example)\s*:\s*(.*)$/i;
// "name (type[, optional][, default X]) — meaning"; the dash may be an em dash, "-" or "--".
const PARAM = /^([A-Za-z_]\w*)\s*\(([^)]*)\)\s*(?:—|--?|:)\s*(.+)$/;

function parseParam(spec: string, file: string): QueryParam {
  const m = spec.match(PARAM);
  if (!m)
    throw new Error(
      `${file}: bad params line "${spec}" (expected: name (type[, optional][, default X]) — meaning)`,
    );
  const [, name, inner, description] = m;
  const parts = inner
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const type = (parts[0] ?? "").toLowerCase();
  if (!(PARAM_TYPES as readonly string[]).includes(type)) {
    throw new Error(
      `${file}: parameter ${name} has unknown type "${parts[0] ?? ""}" (one of ${PARAM_TYPES.join(", ")})`,
    );
  }
  const param: QueryParam = {
    name,
    type: type as ParamType,
    optional: false,
    description: description.trim(),
  };
  for (const part of parts.slice(1)) {
    if (part === "optional") param.optional = true;
    else if (part.startsWith("default ")) {
      param.optional = true;
      param.defaultText = part.slice("default ".length).trim();
    } else throw new Error(`${file}: parameter ${name} has unknown modifier "${part}"`);
  }
  return param;
}

/** Parse one library file. Errors name the file and what is missing. */
export function parseQueryFile(text: string, file: string): CypherEntry {
  const header: string[] = [];
  for (const line of text.split("\n")) {
    const t = line.trim();
    if (!t.startsWith("//")) break;
    header.push(t);
  }
  let name = "";
  let question = "";
  const params: QueryParam[] = [];
  const examples: string[] = [];
  const notes: string[] = [];
  for (const line of header) {
    const m = line.match(TAG);
    if (!m) {
      const note = line.replace(/^\/\/\s?/, "").trim();
      if (note) notes.push(note);
      continue;
    }
    const [, tag, value] = m;
    const key = tag.toLowerCase();
    if (key === "name") name = value.trim();
    else if (key === "question") question = value.trim();
    else if (key === "example") examples.push(value.trim());
    else params.push(parseParam(value.trim(), file));
  }
  if (!name) throw new Error(`${file}: header has no "// name:" line`);
  if (!question) throw new Error(`${file}: header has no "// question:" line`);
  const cypher = text.trim();
  if (cypher.split("\n").every((l) => l.trim() === "" || l.trim().startsWith("//"))) {
    throw new Error(`${file}: no Cypher after the header`);
  }
  return { kind: "cypher", name, question, params, examples, notes, file, cypher };
}

/** Entries computed in TypeScript (see ./computed-queries.ts for how they run). */
export const COMPUTED_ENTRIES: ComputedEntry[] = [
  {
    kind: "computed",
    name: "central-actors-pagerank",
    question:
      "Which actors are the most central by PageRank over the relation graph (GDS-free, graphology-metrics)?",
    params: [
      {
        name: "type",
        type: "string",
        optional: true,
        description: "only rank actors of this type: Person, Country, Organization or Place",
      },
      {
        name: "happened",
        type: "boolean",
        optional: true,
        defaultText: "false",
        description: "only relations that happened (asserted or reported)",
      },
    ],
    examples: [
      "geokg query central-actors-pagerank --limit 10",
      "geokg query central-actors-pagerank --param type=Country",
    ],
    notes: [
      "Symmetric relations (MET, SIGNED_AGREEMENT) count in both directions; edge weight is the relation's evidence weight.",
    ],
  },
];

/** Every library entry, sorted by name. Duplicate names are an error naming both files. */
export async function loadLibrary(dir: string = QUERY_DIR): Promise<LibraryEntry[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".cypher")).sort();
  const entries: LibraryEntry[] = [];
  const seen = new Map<string, string>();
  for (const f of files) {
    const file = join(dir, f);
    const entry = parseQueryFile(await readFile(file, "utf8"), file);
    if (entry.name !== basename(f, ".cypher")) {
      throw new Error(`${file}: header name "${entry.name}" does not match the file name`);
    }
    seen.set(entry.name, file);
    entries.push(entry);
  }
  for (const c of COMPUTED_ENTRIES) {
    if (seen.has(c.name))
      throw new Error(`${seen.get(c.name)}: name "${c.name}" is taken by a computed entry`);
    entries.push(c);
  }
  return entries.sort((a, b) => a.name.localeCompare(b.name));
}

export async function findEntry(name: string, dir: string = QUERY_DIR): Promise<LibraryEntry | undefined> {
  return (await loadLibrary(dir)).find((e) => e.name === name);
}
