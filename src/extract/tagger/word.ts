// What the tagger knows of one token from its text alone: a normal form, a shape, the word lists
// and gazetteer names it belongs to, and the unary feature hashes built from those. All of it
// depends on the text only, so the runtime computes it once per distinct token and caches it.
import {
  ADJ_SUFFIX,
  EVENT_TAIL,
  HONORIFICS,
  NAME_OPENERS,
  NOT_NAME,
  ORG_LEAD,
  ORG_TAIL,
  PLACE_NEXT,
  PLACE_TAIL,
  PREPOSITIONS,
  PRONOUNS_PERSON,
  ROLE_HEADS,
  TITLE_WORDS,
} from "../lexicon.js";
import { hashString, mix, template } from "./hash.js";
import type { Gazetteer } from "../gazetteer/index.js";

/** Word-class bits (WordInfo.classes). */
export const C = {
  TITLE: 1 << 0,
  HONORIFIC: 1 << 1,
  ROLE_HEAD: 1 << 2,
  ORG_TAIL: 1 << 3,
  ORG_LEAD: 1 << 4,
  PLACE_TAIL: 1 << 5,
  PLACE_NEXT: 1 << 6,
  EVENT_TAIL: 1 << 7,
  NOT_NAME: 1 << 8,
  NAME_OPENER: 1 << 9,
  PREPOSITION: 1 << 10,
  PRONOUN: 1 << 11,
  ADJ_SUFFIX: 1 << 12,
  PARTICLE: 1 << 13,
  G_PERSON: 1 << 14,
  G_ORG: 1 << 15,
  G_PLACE: 1 << 16,
  G_COUNTRY: 1 << 17,
  G_DEMONYM: 1 << 18,
} as const;
const N_CLASSES = 19;

/**
 * Name particles that join the parts of a name ("Abdullah al - Ani", "Ministry of Defence"): a
 * lowercase particle between two capitalised tokens keeps a capitalised run going.
 */
export const PARTICLES: ReadonlySet<string> = new Set(
  "al el bin ibn bint abu abd de da do dos das du van von der den del della di la le ter ten y of".split(" "),
);

export interface WordInfo {
  /** Lower case, curly quotes straightened, digits as 0, a glued possessive ("Kim's") dropped. */
  norm: string;
  normHash: number;
  shapeHash: number;
  classes: number;
  /** Starts with an upper-case letter. */
  upper: boolean;
  /** A particle, hyphen or ampersand: joins capitalised words into one run ("al - Ani", "Ministry of Defence"). */
  connector: boolean;
  /** Features read at every position of a token's window; core[0] is the word itself. */
  core: Int32Array;
  /** Features read at the token itself only: the exact form (case kept), affixes, shape and length… */
  self: Int32Array;
  /** self[0, identity) name the word itself (exact form, three- and four-letter affixes). */
  identity: number;
}

const T = {
  word: template("w"),
  shape: template("shape"),
  cls: template("class"),
  exact: template("exact"),
  prefix: template("prefix"),
  suffix: template("suffix"),
  shapeLen: template("shape-len"),
  possessive: template("possessive"),
  caps: template("all-caps"),
};

const isUpperCode = (c: number): boolean => c >= 65 && c <= 90;
const isLowerCode = (c: number): boolean => c >= 97 && c <= 122;

/** "Kim's" / "Kim’s" → "Kim"; the clitic alone and "'s" after a non-letter stay. */
export function stripPossessive(t: string): string {
  const n = t.length;
  if (n < 3 || (t[n - 1] !== "s" && t[n - 1] !== "S")) return t;
  const q = t[n - 2];
  if (q !== "'" && q !== "’") return t;
  return /\p{L}/u.test(t[n - 3]) ? t.slice(0, n - 2) : t;
}

/** Lower case, quotes and dashes straightened, digits folded to 0. */
export function normWord(t: string): string {
  return stripPossessive(t)
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[‐‑‒–—―−]/g, "-")
    .replace(/[0-9]/g, "0");
}

function charClass(ch: string, c: number): string {
  if (isUpperCode(c)) return "X";
  if (isLowerCode(c)) return "x";
  if (c >= 48 && c <= 57) return "d";
  if (c < 128) return ch;
  if (ch !== ch.toLowerCase()) return "X";
  if (ch !== ch.toUpperCase() || /\p{L}/u.test(ch)) return "x";
  if (/[’‘`´]/.test(ch)) return "'";
  if (/[‐‑‒–—―−]/.test(ch)) return "-";
  return /\p{N}/u.test(ch) ? "d" : ch;
}

/** Word shape with runs of one class collapsed: Putin → Xx, U.S. → X.X., 2024 → d, al-Ani → x-Xx. */
export function wordShape(t: string): string {
  let out = "";
  let last = "";
  for (let i = 0; i < t.length && out.length < 10; i++) {
    const k = charClass(t[i], t.charCodeAt(i));
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

const affix = (seed: number, s: string): number => mix(seed, hashString(s));
const lengthBucket = (n: number): number => (n <= 4 ? n : n <= 7 ? 5 : 6);

// The lexicon.ts sets behind each class (read as they are, never copied).
const LEXICON_CLASSES: readonly (readonly [ReadonlySet<string>, number])[] = [
  [TITLE_WORDS, C.TITLE],
  [HONORIFICS, C.HONORIFIC],
  [ROLE_HEADS, C.ROLE_HEAD],
  [ORG_TAIL, C.ORG_TAIL],
  [ORG_LEAD, C.ORG_LEAD],
  [PLACE_TAIL, C.PLACE_TAIL],
  [PLACE_NEXT, C.PLACE_NEXT],
  [EVENT_TAIL, C.EVENT_TAIL],
  [NOT_NAME, C.NOT_NAME],
  [NAME_OPENERS, C.NAME_OPENER],
  [PREPOSITIONS, C.PREPOSITION],
  [PRONOUNS_PERSON, C.PRONOUN],
  [ADJ_SUFFIX, C.ADJ_SUFFIX],
  [PARTICLES, C.PARTICLE],
];

/** Word-list classes of a normal form ("gen." is looked up with and without its dot). */
function lexiconClasses(norm: string): number {
  const bare = norm.endsWith(".") ? norm.slice(0, -1) : norm;
  let c = 0;
  for (const [words, bit] of LEXICON_CLASSES) if (words.has(norm) || words.has(bare)) c |= bit;
  return c;
}

/** Word → class bits of the gazetteer names it is part of ("vladimir" → G_PERSON, "korean" → G_DEMONYM). */
export type GazetteerWords = ReadonlyMap<string, number>;

/**
 * The words of every gazetteer name, alias and demonym the features read (not the generated world places),
 * but particles and a few function words.
 */
export function gazetteerWords(gazetteer: Gazetteer): GazetteerWords {
  const bits = new Map<string, number>();
  const CLASS_OF = { Person: C.G_PERSON, Organization: C.G_ORG, Place: C.G_PLACE, Country: C.G_COUNTRY };
  const add = (form: string, bit: number): void => {
    for (const part of form.split(/[\s\-‐‑‒–—/]+/)) {
      const w = foldWord(part);
      if (w.length > 1 && !PARTICLES.has(w) && !GAZ_STOP.has(w)) bits.set(w, (bits.get(w) ?? 0) | bit);
    }
  };
  for (const e of gazetteer.featureEntries) {
    const bit = CLASS_OF[e.type];
    add(e.name, bit);
    for (const a of e.aliases) add(a, bit);
    for (const d of e.demonyms ?? []) add(d, C.G_DEMONYM);
  }
  return bits;
}

/**
 * One word as gazetteer words are keyed: no diacritics, lower case, letters and digits only
 * ("Vučić" → "vucic", "U.S." → "us"). Simpler than the gazetteer's normalizeName, which works on
 * whole names and costs ten times more at load.
 */
export function foldWord(w: string): string {
  return w
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

const GAZ_STOP = new Set("the and for in on at to new".split(" "));

/**
 * A digest of every word list the features read. The model stores the one it was trained with; a
 * different one at load time means lexicon.ts or the gazetteer changed and the model should be retrained.
 */
export function featureFingerprint(gazWords: GazetteerWords): string {
  let h = hashString("fingerprint");
  for (const [words, bit] of LEXICON_CLASSES)
    for (const w of [...words].sort()) h = mix(h, hashString(w, bit));
  for (const [w, bits] of [...gazWords].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    h = mix(h, hashString(w, bits));
  return h.toString(16).padStart(8, "0");
}

/** Everything the tagger reads of a token's text. */
export function wordInfo(text: string, gazWords: GazetteerWords): WordInfo {
  const norm = normWord(text);
  const stem = stripPossessive(text);
  const shape = wordShape(stem);
  const c0 = text.charCodeAt(0);
  const upper = isUpperCode(c0) || (c0 >= 128 && text[0] !== text[0].toLowerCase());
  let classes = lexiconClasses(norm);
  if (upper) classes |= gazWords.get(foldWord(stem)) ?? 0;
  const normHash = hashString(norm, T.word);
  const shapeHash = hashString(shape, T.shape);
  const core = [normHash, shapeHash];
  for (let b = 0; b < N_CLASSES; b++) if (classes & (1 << b)) core.push(mix(T.cls, b));
  // Word-identity features first (the exact form, long affixes): training drops them together.
  const self = [hashString(stem, T.exact)];
  for (let k = 3; k <= 4 && k <= norm.length; k++)
    self.push(affix(T.prefix, norm.slice(0, k)), affix(T.suffix, norm.slice(-k)));
  const identity = self.length;
  for (let k = 1; k <= 2 && k <= norm.length; k++)
    self.push(affix(T.prefix, norm.slice(0, k)), affix(T.suffix, norm.slice(-k)));
  self.push(mix(T.shapeLen, mix(shapeHash, lengthBucket(stem.length))));
  if (stem !== text) self.push(T.possessive);
  if (stem.length > 1 && stem === stem.toUpperCase() && stem !== stem.toLowerCase()) self.push(T.caps);
  return {
    norm,
    normHash,
    shapeHash,
    classes,
    upper,
    connector: (classes & C.PARTICLE) !== 0 || norm === "-" || norm === "&",
    core: Int32Array.from(core),
    self: Int32Array.from(self),
    identity,
  };
}

/** The pads read past either end of a sentence. */
export function padInfo(side: "start" | "end"): WordInfo {
  const norm = side === "start" ? "<s>" : "</s>";
  const normHash = hashString(norm, T.word);
  const shapeHash = hashString(norm, T.shape);
  return {
    norm,
    normHash,
    shapeHash,
    classes: 0,
    upper: false,
    connector: false,
    core: Int32Array.of(normHash, shapeHash),
    self: new Int32Array(0),
    identity: 0,
  };
}
