// The compact lists the generated gazetteer files are written from (world-organizations.ts,
// world-features.ts): one entry per line, `name | ISO 3166-1 alpha-2 of its country (or none) | aliases; …`,
// and the rule that keeps a form out when a reader could not tell it from an ordinary word (which
// world-places.ts applies to city names too).
import { createRequire } from "node:module";
import type { GazetteerEntry } from "../src/extract/gazetteer/index.js";
import { idSlug, normalizeName } from "../src/extract/gazetteer/normalize.js";
import type { EntityType } from "../src/types.js";

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
 * Names as often a person's given name or surname, or another body's name, in news ("Austin Reeves",
 * "Lewis Hamilton", "Lotte", "Koné", "Rhodes"): no generated place or organisation takes them. Compared
 * folded ("Paúl" is "Paul"). General knowledge, not taken from any article.
 */
export const PERSON_LIKE: ReadonlySet<string> = new Set(
  `Austin Jackson Lincoln Irving Henderson Hamilton Preston Murray Florence Victoria Charlotte Madison
  Aurora Eugene Salem Regina Elizabeth Lafayette Beaumont Cary Denton Warren Kent Chester Bradford
  Wakefield Stockton Norman Tyler Carson Allen Mackay Sterling Lawrence Bedford Newport Milton
  Burlington Paterson Columbia Hayward Fremont Vaughan Markham Laval Windsor Richmond Mendoza Leon León
  Santos Pereira Medina Kingston Clarksville Arlington Plano Frisco
  Marion Douglas Kelowna Barrie Livingston Stanley Howard Clayton Harrison Franklin Clinton
  Nelson Wellington Sherbrooke Bolton Crawley Watford Reading Derby Luton Paul Bayern
  Nancy Mary Gilbert Clovis Hastings Davenport Billings Timon Serra Dali Puri Sakai Kitchener Salinas
  Beni Divo Mino Naga Kara Marka Bo Tonk
  Lotte Kone Koné Rhodes Maas Sava Tisza Haas Adani Dangote Mahindra Nomura Mizuho Rafael Everton`
    .split(/\s+/)
    .map(normalizeName),
);

/**
 * The forms of a row that may stand in the gazetteer, in order: a form is left out when another file
 * or an earlier row has it (`taken`, which this extends), when it is person-like (PERSON_LIKE, or one
 * word of a gazetteer person's name: `personWords`), or when it is written as an ordinary word
 * ("Target": a capital, then lower case) — unless marked with a leading "!" ("!Rhine", a proper name
 * the word list happens to hold). Acronyms ("SAP") and names with inner capitals ("FedEx") never read as
 * words.
 */
export function keptForms(row: ListRow, taken: Set<string>, personWords: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const raw of [row.name, ...row.aliases]) {
    const marked = raw.startsWith("!");
    const form = marked ? raw.slice(1) : raw;
    const key = normalizeName(form);
    if (!key || taken.has(key) || personWords.has(key) || PERSON_LIKE.has(key)) continue;
    if (!marked && /^\p{Lu}\p{Ll}+$/u.test(form) && ordinaryWord(key)) continue;
    taken.add(key);
    out.push(form);
  }
  return out;
}

/**
 * The gazetteer entries of a list: `idPrefix` + the slug of the row's name, the forms keptForms leaves
 * (an entry left with none is dropped; one whose name is left out is named by its first remaining
 * alias) and the country the row names, as an id of `countryOf`.
 */
export function listEntries(
  rows: readonly ListRow[],
  type: EntityType,
  idPrefix: string,
  lookups: { taken: Set<string>; countryOf: ReadonlyMap<string, string>; personWords: ReadonlySet<string> },
): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  const ids = new Set<string>();
  for (const row of rows) {
    if (row.iso2 && !lookups.countryOf.has(row.iso2))
      throw new Error(`${row.name}: unknown country code ${row.iso2}`);
    const forms = keptForms(row, lookups.taken, lookups.personWords);
    if (!forms.length) continue;
    const id = `${idPrefix}:${idSlug(row.name.replace(/^!/, ""))}`;
    if (ids.has(id)) throw new Error(`${row.name}: id ${id} is used twice`);
    ids.add(id);
    const entry: GazetteerEntry = { id, name: forms[0], type, aliases: forms.slice(1) };
    if (row.iso2) entry.country = lookups.countryOf.get(row.iso2);
    out.push(entry);
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
  const { words, lexicon } = wordLists();
  return words.has(word) && lexicon[word] !== undefined;
}

/** Is this lower-case word in the English word list at all (the stricter test, for regions' names)? */
export function inWordList(word: string): boolean {
  return wordLists().words.has(word);
}

/** The English word list and wink's lexicon, read once (the lexicon needs wink's model: ~0.3 s). */
function wordLists(): { words: Set<string>; lexicon: Record<string, number> } {
  ordinary ??= {
    words: new Set(require("an-array-of-english-words") as string[]),
    lexicon: (
      require("wink-eng-lite-web-model") as {
        core: () => { features: { lexeme: { hash: Record<string, number> } } };
      }
    ).core().features.lexeme.hash,
  };
  return ordinary;
}
let ordinary: { words: Set<string>; lexicon: Record<string, number> } | undefined;
