// Scores `geokg extract --format jsonl` output against the newswire gold (data/eval/newswire/gold.json):
// typed entities per document, PER/ORG/LOC only. A port of the session-8 dev scorer (score.mjs) with its
// default options (diacritics folded, MISC names left out). Rules:
// - names match case-insensitively with diacritics folded (Orbán = Orban) and whitespace collapsed;
// - extractor types map Person→PER, Organization→ORG, Country→LOC, Place→LOC; other types are not scored;
// - per document and type, predictions are first matched on their name, then on their aliases, and each
//   gold entity is matched at most once: a second prediction of the same entity is a false positive;
// - an unmatched prediction whose name or an alias is a MISC or "optional" name of the document is
//   neither a true nor a false positive (MISC is checked first); the check ignores the type;
// - unmatched gold entities are misses; documents absent from the gold are not scored.
import { basename } from "node:path";

export const NEWSWIRE_TYPES = ["PER", "ORG", "LOC"] as const;
export type NewswireType = (typeof NEWSWIRE_TYPES)[number];

const TYPE_MAP: Readonly<Record<string, NewswireType>> = {
  Person: "PER",
  Organization: "ORG",
  Country: "LOC",
  Place: "LOC",
};

/** One document of the gold file: the scored names per type, and the names that are neither TP nor FP. */
export type NewswireGoldDoc = Partial<Record<NewswireType | "MISC" | "optional", string[]>>;
/** The gold file: article base name → its annotations. */
export type NewswireGold = Record<string, NewswireGoldDoc>;

/** The part of a `geokg extract --format jsonl` line the scorer reads. */
export interface ExtractionLine {
  file?: string;
  article?: { file?: string };
  entities?: { name: string; type: string; aliases?: string[] }[];
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface NewswireError {
  type: NewswireType;
  name: string;
}

export interface NewswireDocReport {
  file: string;
  /** Predictions that matched no gold entity and no MISC or optional name. */
  fp: NewswireError[];
  /** Gold entities no prediction matched. */
  fn: NewswireError[];
}

export interface NewswireScore {
  byType: Record<NewswireType, Tally>;
  all: Tally;
  /** One entry per gold document, in file-name order. */
  docs: NewswireDocReport[];
  /** Unmatched predictions left out because they name a gold MISC entity / an optional name. */
  miscIgnored: number;
  optionalIgnored: number;
  /** Documents in the extractor output (by base name), gold documents missing from it. */
  predictedDocs: number;
  missingDocs: string[];
  /** Predicted entity types outside the map above, with their counts. */
  unknownTypes: Record<string, number>;
}

interface Prediction {
  name: string;
  type: NewswireType;
  aliases: string[];
}

/** Case-insensitive, diacritics folded, whitespace collapsed. */
export function normName(s: string | undefined): string {
  return String(s ?? "")
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .normalize("NFC");
}

export function scoreNewswire(extractions: readonly ExtractionLine[], gold: NewswireGold): NewswireScore {
  const pred = new Map<string, Prediction[]>();
  const unknownTypes: Record<string, number> = {};
  for (const rec of extractions) {
    const key = basename(rec.file ?? rec.article?.file ?? "");
    const list = pred.get(key) ?? [];
    for (const e of rec.entities ?? []) {
      const type = Object.hasOwn(TYPE_MAP, e.type) ? TYPE_MAP[e.type] : undefined;
      if (!type) {
        unknownTypes[e.type] = (unknownTypes[e.type] ?? 0) + 1;
        continue;
      }
      list.push({ name: e.name, type, aliases: Array.isArray(e.aliases) ? e.aliases : [] });
    }
    pred.set(key, list);
  }

  const byType = {} as Record<NewswireType, Tally>;
  for (const t of NEWSWIRE_TYPES) byType[t] = { tp: 0, fp: 0, fn: 0 };
  const docs: NewswireDocReport[] = [];
  const missingDocs: string[] = [];
  let miscIgnored = 0;
  let optionalIgnored = 0;

  for (const file of Object.keys(gold).sort()) {
    if (!pred.has(file)) missingDocs.push(file);
    const preds = pred.get(file) ?? [];
    const doc = gold[file];
    const report: NewswireDocReport = { file, fp: [], fn: [] };
    const miscNames = new Set((doc.MISC ?? []).map(normName));
    const optionalNames = new Set((doc.optional ?? []).map(normName));
    for (const type of NEWSWIRE_TYPES) {
      const g = (doc[type] ?? []).map((name) => ({ name, key: normName(name), used: false }));
      const p = preds.filter((e) => e.type === type).map((e) => ({ ...e, matched: false }));
      // Pass 1 on names, pass 2 on aliases; each gold entity is used at most once.
      for (const useAliases of [false, true]) {
        for (const e of p) {
          if (e.matched) continue;
          const keys = useAliases ? e.aliases.map(normName) : [normName(e.name)];
          const hit = g.find((x) => !x.used && keys.includes(x.key));
          if (hit) {
            hit.used = true;
            e.matched = true;
          }
        }
      }
      for (const e of p) {
        const names = [e.name, ...e.aliases].map(normName);
        if (e.matched) byType[type].tp++;
        else if (names.some((n) => miscNames.has(n))) miscIgnored++;
        else if (names.some((n) => optionalNames.has(n))) optionalIgnored++;
        else {
          byType[type].fp++;
          report.fp.push({ type, name: e.name });
        }
      }
      for (const x of g) {
        if (x.used) continue;
        byType[type].fn++;
        report.fn.push({ type, name: x.name });
      }
    }
    docs.push(report);
  }

  const all: Tally = { tp: 0, fp: 0, fn: 0 };
  for (const t of NEWSWIRE_TYPES) {
    all.tp += byType[t].tp;
    all.fp += byType[t].fp;
    all.fn += byType[t].fn;
  }
  return {
    byType,
    all,
    docs,
    miscIgnored,
    optionalIgnored,
    predictedDocs: pred.size,
    missingDocs,
    unknownTypes,
  };
}
