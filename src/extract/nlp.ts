// wink-nlp, loaded once per process: the model takes far longer to load than an article to read,
// and extraction is the hot path of ingest.
import winkNLP from "wink-nlp";
import {
  INITIAL_UPPER,
  initialClass,
  isBlank,
  isSpaceCode,
  startsLetter,
  startsLower,
} from "./char-class.js";
import { packageModel, winkModel } from "./wink-model.js";

/** A sentence as token and character ranges (end exclusive). */
export interface Sentence {
  index: number;
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  /** Title-case or unpunctuated lines: headlines, labels, furniture. Names only from the gazetteer there. */
  headline: boolean;
  /** A dateline ("MOSCOW, Oct 1 (Reuters) -"): page furniture, no mentions at all. */
  dateline: boolean;
}

/**
 * The article's tokens as parallel arrays, one entry per token: wink's own value and tag arrays
 * kept as they come, and a lowercase form and character span beside them. One object per token
 * was the largest share of the garbage an article left behind, and the rules read one field at a
 * time anyway. Reading past either end gives undefined, as an absent token object did.
 */
export interface Analysed {
  /** The tokens' texts (gazetteer matching takes string arrays). */
  texts: string[];
  lowers: string[];
  /** First-letter class of each token (char-class.ts initialClass bits). */
  initials: number[];
  /** Part-of-speech tags ("PROPN", "VERB" …). */
  tags: string[];
  /** Character span [start, end) of each token in the article text. */
  starts: number[];
  ends: number[];
  sentences: Sentence[];
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

export function getNlp(): Nlp {
  if (nlp) return nlp;
  try {
    nlp = winkNLP(winkModel(), ["sbd", "pos"]);
  } catch {
    // The assembled model's core reader met a layout it does not know: the package reads its own.
    nlp = winkNLP(packageModel(), ["sbd", "pos"]);
  }
  return nlp;
}

const TERMINAL = /[.!?"”’)]$/;

/** Is this line a headline or label rather than running text? */
// Words Title Case leaves in lower case.
export const TITLE_CASE_SMALL = new Set([
  "a",
  "an",
  "the",
  "and",
  "or",
  "nor",
  "but",
  "of",
  "in",
  "on",
  "at",
  "to",
  "for",
  "by",
  "with",
  "from",
  "as",
  "vs",
  "via",
  "into",
  "amid",
  "over",
]);

function isHeadline(texts: string[], lowers: string[], from: number, to: number): boolean {
  const last = texts[to - 1];
  if (last === undefined || !TERMINAL.test(last)) return true;
  return titleCaseWords(texts, lowers, from, to) >= 3;
}

/**
 * The words of a Title Case line (no lowercase word beyond the small ones), or 0 when it is not one:
 * running text, however name-dense, has some lowercase words.
 */
function titleCaseWords(texts: string[], lowers: string[], from: number, to: number): number {
  let words = 0;
  for (let i = from; i < to; i++) {
    const t = texts[i];
    if (!startsLetter(t)) continue;
    words++;
    if (startsLower(t) && !TITLE_CASE_SMALL.has(lowers[i]) && !t.startsWith("'")) return 0;
  }
  return words;
}

/** Words of a paragraph cut off mid-sentence before it counts as prose rather than a heading. */
const CUT_OFF_WORDS = 8;

/**
 * A page that stops mid-sentence (a paywall, a copy cut short) leaves a last paragraph with no full
 * stop: it is prose when it follows prose, is no Title Case line and is longer than a heading's tail.
 */
function cutOffProse(texts: string[], lowers: string[], sentences: Sentence[]): void {
  const last = sentences[sentences.length - 1];
  const before = sentences[sentences.length - 2];
  if (!last?.headline || last.dateline || !before || before.headline) return;
  let words = 0;
  for (let i = last.tokStart; i < last.tokEnd; i++) if (startsLetter(texts[i])) words++;
  if (words < CUT_OFF_WORDS || titleCaseWords(texts, lowers, last.tokStart, last.tokEnd) > 0) return;
  last.headline = false;
}

// What one look at a token's characters tells: whether toLowerCase could change it (a capital or a
// non-ASCII character; most tokens are ASCII lowercase and are their own lowercase form) and
// whether it holds a line break. One scan per token for both.
const NEEDS_LOWER = 1;
const HAS_NEWLINE = 2;

function scanToken(v: string): number {
  let flags = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90)) flags |= NEEDS_LOWER;
    else if (c === 10) flags |= HAS_NEWLINE;
  }
  return flags;
}

/**
 * Where token v starts at or after `from`: text.indexOf(v, from), found by stepping over the white
 * space before it when v itself starts on text. The same answer (no occurrence of such a v can start
 * inside white space) without indexOf's search, which cost a tenth of placing an article's tokens in
 * texts with curly quotes (two-byte strings searched for one-byte tokens).
 */
function placeAt(text: string, v: string, from: number): number {
  if (v.length === 0 || isSpaceCode(v.charCodeAt(0))) return text.indexOf(v, from);
  let p = from;
  while (p < text.length && isSpaceCode(text.charCodeAt(p))) p++;
  return text.startsWith(v, p) ? p : text.indexOf(v, from);
}

/** Is there a line break in text[from, to)? Without slicing: this runs between every two tokens. */
function newlineIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * Tokens with character offsets, and sentences split by wink-nlp and, further, at line breaks:
 * news pages put headlines, bullets and labels on lines of their own without a full stop.
 */
export function analyse(text: string): Analysed {
  const { values, tags, spans, read } = tokenise(text);
  return placeTokens(text, values, tags, spans, read);
}

// Letters of Latin Extended-A/B and Additional ("Vučić", "Lajčák", "Erdoğan", "Nguyễn"): wink's tokenizer
// cuts words at them. It reads a copy where each is its base letter, one UTF-16 unit for one, so every
// offset still holds; the tokens' texts are then taken from the original.
const EXTENDED_LATIN = /[\u0100-\u024f\u1e00-\u1eff]/;
const EXTENDED_LATIN_G = /[\u0100-\u024f\u1e00-\u1eff]/g;
const NO_DECOMPOSITION: Record<string, string> = {
  ı: "i",
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  ħ: "h",
  Ħ: "H",
  ŧ: "t",
  Ŧ: "T",
};

function baseLetter(c: string): string {
  const base = c.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  if (base.length === 1 && base.charCodeAt(0) < 0x100) return base;
  return NO_DECOMPOSITION[c] ?? (c === c.toLowerCase() ? "x" : "X");
}

/** The text wink should read: undefined when it is the text itself (no extended Latin letter). */
export function winkReadable(text: string): string | undefined {
  return EXTENDED_LATIN.test(text) ? text.replace(EXTENDED_LATIN_G, baseLetter) : undefined;
}

const DATELINE_SEPARATORS = new Set(["—", "–", "-", "--", ":"]);
const DATELINE_MARKS = new Set(["/", ",", "(", ")", "[", "]", ".", "'", "’"]);
const DATELINE_MAX = 14;

/**
 * Where a dateline opening tokens [from, to) ends (the token after its dash or colon), or 0: a few
 * capitalised words, numbers and marks ("London / Port Sudan —", "BEIRUT, June 3 (AP) -", "Moscow
 * [Russia] October 1 (ANI):") and then the separator, with the sentence going on after it.
 */
function datelineEnd(
  values: string[],
  initials: number[],
  starts: number[],
  ends: number[],
  from: number,
  to: number,
): number {
  let caps = 0;
  for (let k = from; k < to - 3 && k < from + DATELINE_MAX; k++) {
    const v = values[k];
    // A separator stands apart ("Cairo —"); a hyphen inside a word ("Al-Sisi") is no dateline's end.
    if (DATELINE_SEPARATORS.has(v))
      return caps > 0 && k > from && (v === ":" || starts[k] > ends[k - 1]) ? k + 1 : 0;
    if (initials[k] & INITIAL_UPPER) caps++;
    else if (!DATELINE_MARKS.has(v) && !/^\d+$/.test(v)) return 0;
  }
  return 0;
}

/** What wink-nlp tells of a text: token values, part-of-speech tags, sentences as token spans. */
export interface WinkTokens {
  values: string[];
  tags: string[];
  spans: [number, number][];
  /** The copy of the text wink read, when it was not the text itself (winkReadable). */
  read?: string;
}

/** wink-nlp's part of analyse (placeTokens is the rest). */
export function tokenise(text: string): WinkTokens {
  const n = getNlp();
  const its = n.its;
  const read = winkReadable(text);
  const doc = n.readDoc(read ?? text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  // One call for all spans: a sentence item per sentence (each()) costs more than reading its span.
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  splitPossessives(values, tags, spans);
  return read === undefined ? { values, tags, spans } : { values, tags, spans, read };
}

/** Ends in 's or ’s (either case) after at least two letters: by character codes, as it runs on every token. */
function isPossessiveTail(v: string): boolean {
  const n = v.length;
  if (n <= 3) return false;
  const s = v.charCodeAt(n - 1);
  if (s !== 115 && s !== 83) return false;
  const q = v.charCodeAt(n - 2);
  return q === 39 || q === 0x2019;
}

/**
 * "Russia’s" as one token → "Russia" "’s", as wink itself splits it in most texts. wink's tokenizer
 * learns words as it reads (its lexicon cache keeps an unknown "Russia’s" it once took whole), so the
 * same sentence could tokenise differently after another article: splitting here makes extraction
 * depend on the article alone. In place; a copy of the arrays only when a token needs it.
 */
export function splitPossessives(values: string[], tags: string[], spans: [number, number][]): void {
  let at = 0;
  while (at < values.length && !isPossessiveTail(values[at])) at++;
  if (at === values.length) return;
  const v2: string[] = [];
  const t2: string[] = [];
  // Old token index → new index of its first part.
  const moved = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) {
    moved[i] = v2.length;
    const v = values[i];
    if (i >= at && isPossessiveTail(v)) {
      v2.push(v.slice(0, -2), v.slice(-2));
      t2.push(tags[i], "PART");
    } else {
      v2.push(v);
      t2.push(tags[i]);
    }
  }
  for (const sp of spans) {
    const last = sp[1];
    sp[0] = moved[sp[0]];
    sp[1] = last + 1 < values.length ? moved[last + 1] - 1 : v2.length - 1;
  }
  values.length = tags.length = 0;
  for (const v of v2) values.push(v);
  for (const t of t2) tags.push(t);
}

/**
 * The tokens wink found (their texts and tags, and its sentences as inclusive token spans) placed
 * in the text, with their lowercase forms and first-letter classes; sentences cut further at line
 * breaks. The part of analyse that is the extractor's own work.
 */
export function placeTokens(
  text: string,
  values: string[],
  tags: string[],
  spans: readonly (readonly [number, number])[],
  read?: string,
): Analysed {
  if (read !== undefined) {
    // Placed in the copy wink read (same offsets), then given the original's letters back.
    const doc = placeTokens(read, values, tags, spans);
    for (let i = 0; i < doc.texts.length; i++) {
      const v = text.slice(doc.starts[i], doc.ends[i]);
      if (v === doc.texts[i]) continue;
      doc.texts[i] = v;
      doc.lowers[i] = v.toLowerCase();
    }
    return doc;
  }
  // Sized once: grown by push, the four arrays were copied over and over as they filled.
  const n = values.length;
  const lowers = new Array<string>(n);
  const initials = new Array<number>(n);
  const starts = new Array<number>(n);
  const ends = new Array<number>(n);
  // Tokens i with a line break between token i-1 and token i, or inside token i, in order — known
  // while placing the tokens, so the sentence split below need not look at the text again.
  const breaks: number[] = [];
  let cursor = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    let at = placeAt(text, v, cursor);
    // wink may normalise a token's form; then place it at the cursor rather than lose the sentence.
    if (at < 0 || at - cursor > 200) at = cursor;
    const flags = scanToken(v);
    lowers[i] = flags & NEEDS_LOWER ? v.toLowerCase() : v;
    initials[i] = initialClass(v);
    if (i > 0 && ((flags & HAS_NEWLINE) !== 0 || newlineIn(text, ends[i - 1], at))) breaks.push(i);
    starts[i] = at;
    ends[i] = Math.min(text.length, at + v.length);
    cursor = at + v.length;
  }
  const sentences: Sentence[] = [];
  const blank = (i: number): boolean => isBlank(values[i]);
  const push = (from: number, to: number, dateline = false): void => {
    // wink keeps line breaks as tokens; a sentence starts and ends on text.
    while (from < to && blank(from)) from++;
    while (to > from && blank(to - 1)) to--;
    if (to <= from) return;
    // "MOSCOW, Oct 1 (Reuters) -": a dateline is a line of its own, not the subject of the first sentence.
    const d = dateline ? 0 : datelineEnd(values, initials, starts, ends, from, to);
    if (d > 0) {
      push(from, d, true);
      from = d;
    }
    sentences.push({
      index: sentences.length,
      tokStart: from,
      tokEnd: to,
      start: starts[from],
      end: ends[to - 1],
      headline: dateline || isHeadline(values, lowers, from, to),
      dateline,
    });
  };
  let next = 0;
  for (const [a, last] of spans) {
    const b = last + 1;
    // The first break after a (spans come in order; start over should one not).
    if (next > 0 && breaks[next - 1] > a) next = 0;
    while (next < breaks.length && breaks[next] <= a) next++;
    let from = a;
    for (; next < breaks.length && breaks[next] < b; next++) {
      push(from, breaks[next]);
      from = breaks[next];
    }
    push(from, b);
  }
  cutOffProse(values, lowers, sentences);
  return { texts: values, lowers, initials, tags, starts, ends, sentences };
}
