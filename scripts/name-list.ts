// The compact lists the generated gazetteer files are written from (world-organizations.ts,
// world-features.ts): one entry per line, `name | ISO 3166-1 alpha-2 of its country (or none) | aliases; …`,
// and the rule that keeps a form out when a reader could not tell it from an ordinary word (which
// world-places.ts applies to city names too).
import { createRequire } from "node:module";
import { normalizeName } from "../src/extract/gazetteer/normalize.js";

const require = createRequire(import.meta.url);

export interface ListRow {
  name: string;
  iso2: string;
  aliases: string[];
}

/** The lines of a list. */
export function listRows(table: string): ListRow[] {
  return table
    .trim()
    .split("\n")
    .map((line) => {
      const [name, iso2 = "", aliases = ""] = line.split("|").map((s) => s.trim());
      const forms = aliases
        .split(";")
        .map((s) => s.trim())
        .filter(Boolean);
      return { name, iso2, aliases: forms };
    });
}

/**
 * The forms of a row that may stand in the gazetteer, in order: a form is left out when another file
 * or an earlier row has it (`taken`, which this extends), when it is one word of a gazetteer person's
 * name (`personWords`), or when it is written as an ordinary word ("Target": a capital, then lower case)
 * that the English word list has — unless marked with a leading "!" ("!Rhine", a proper name the word
 * list happens to hold). Acronyms ("SAP") and names with inner capitals ("FedEx") never read as words.
 */
export function keptForms(row: ListRow, taken: Set<string>, personWords: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const raw of [row.name, ...row.aliases]) {
    const marked = raw.startsWith("!");
    const form = marked ? raw.slice(1) : raw;
    const key = normalizeName(form);
    if (!key || taken.has(key) || personWords.has(key)) continue;
    if (!marked && /^\p{Lu}\p{Ll}+$/u.test(form) && ordinaryWord(key)) continue;
    taken.add(key);
    out.push(form);
  }
  return out;
}

/**
 * Is this lower-case word an ordinary English word: in the English word list and in wink-nlp's lexicon
 * of the words its model met in running text? The word list alone is a Scrabble dictionary that holds
 * "bergen", "rhine" and "marseille"; the lexicon alone holds "google". Both together are the words a
 * capital at the start of a sentence could make look like a name.
 */
export function ordinaryWord(word: string): boolean {
  return inWordList(word) && ordinary!.lexicon[word] !== undefined;
}

/** Is this lower-case word in the English word list at all (the stricter test, for regions' names)? */
export function inWordList(word: string): boolean {
  ordinary ??= {
    words: new Set(require("an-array-of-english-words") as string[]),
    lexicon: (
      require("wink-eng-lite-web-model") as {
        core: () => { features: { lexeme: { hash: Record<string, number> } } };
      }
    ).core().features.lexeme.hash,
  };
  return ordinary.words.has(word);
}
let ordinary: { words: Set<string>; lexicon: Record<string, number> } | undefined;

/** A row's name without its mark. */
export const plainName = (row: ListRow): string => row.name.replace(/^!/, "");
