// The features of a token in its sentence. Two kinds:
// - window features: the unary features of each word from two before to two after, keyed by
//   position. They depend on the words only, so the runtime sums their weights once per distinct
//   word and position (model.ts) instead of looking them up per token;
// - context features: part-of-speech tags around the token, pairs of neighbouring words and shapes,
//   and the capitalised run the token sits in (its length, the words around it, its last word).
// (Whole gazetteer names matched over the sentence were tried as features too: they did not help
// on the corpus's dev split and cost a tenth of decoding time. The words of gazetteer names are
// word classes, see word.ts.)
// Training reads both kinds as lists of hashes (windowFeatures + contextFeatures); decoding must see
// exactly the same sums, which tests/unit/tagger.test.ts checks.
import { mix, mix3, template } from "./hash.js";
import { C, padInfo, type WordInfo } from "./word.js";

/** Positions of the window, relative to the token. */
export const WINDOW = [-2, -1, 0, 1, 2] as const;
export const OFFSET_SEEDS = WINDOW.map((d) => template(`offset${d}`));
/** Upper bound of the features one token can have (window + self + context). */
export const MAX_FEATURES = 5 * 24 + 16 + 32;

export const BOS = padInfo("start");
export const EOS = padInfo("end");

/** A sentence as the features read it: its words, part-of-speech tags and capitalised runs. */
export interface SentenceView {
  n: number;
  words: WordInfo[];
  /** First and last+1 token of the capitalised run holding each token; -1 outside runs. */
  runStart: Int32Array;
  runEnd: Int32Array;
  /** Index in POS_TAGS of each token's part-of-speech tag. */
  pos: Uint8Array;
}

export function emptyView(): SentenceView {
  const size = 64;
  return {
    n: 0,
    words: [],
    runStart: new Int32Array(size),
    runEnd: new Int32Array(size),
    pos: new Uint8Array(size),
  };
}

/** Universal POS tags as wink-nlp gives them; anything else reads as X. PAD stands past the sentence's ends. */
export const POS_TAGS = [
  "ADJ",
  "ADP",
  "ADV",
  "AUX",
  "CCONJ",
  "DET",
  "INTJ",
  "NOUN",
  "NUM",
  "PART",
  "PRON",
  "PROPN",
  "PUNCT",
  "SCONJ",
  "SYM",
  "VERB",
  "X",
  "SPACE",
] as const;
export const POS_PAD = POS_TAGS.length;
/** Tag indices, PAD included. */
export const N_POS = POS_TAGS.length + 1;
const POS_X = POS_TAGS.indexOf("X");
// The tags by a small hash of their first and last letters and length, with no two tags in one slot.
const posSlot = (tag: string): number =>
  (tag.charCodeAt(0) + tag.charCodeAt(tag.length - 1) + tag.length * 9) & 31;
const POS_SLOTS = new Int8Array(32).fill(-1);
for (const [k, tag] of POS_TAGS.entries()) {
  if (POS_SLOTS[posSlot(tag)] >= 0)
    throw new Error(`part-of-speech tags ${tag} and ${POS_TAGS[POS_SLOTS[posSlot(tag)]]} share a slot`);
  POS_SLOTS[posSlot(tag)] = k;
}

/** Index in POS_TAGS of a tag; anything else reads as X. */
export function posIndex(tag: string | undefined): number {
  if (tag === undefined || tag.length === 0) return POS_X;
  const k = POS_SLOTS[posSlot(tag)];
  return k >= 0 && POS_TAGS[k] === tag ? k : POS_X;
}

/**
 * Fill `view` for the sentence of tokens [from, to) of some token array: `words` holds their
 * WordInfo from index 0, `tags` their part-of-speech tags at the tokens' own indices. The view's
 * arrays are reused between sentences, so decoding a sentence allocates nothing here once they
 * are large enough.
 */
export function fillView(
  view: SentenceView,
  words: WordInfo[],
  tags: readonly string[],
  from: number,
  to: number,
): SentenceView {
  const n = to - from;
  sizeView(view, words, n);
  for (let k = 0; k < n; k++) view.pos[k] = posIndex(tags[from + k]);
  markRuns(view);
  return view;
}

/** Make `view` n tokens long over `words`, its arrays grown when too short; pos and runs are the caller's to set. */
export function sizeView(view: SentenceView, words: WordInfo[], n: number): void {
  if (view.runStart.length < n) {
    const size = Math.max(n, view.runStart.length * 2);
    view.runStart = new Int32Array(size);
    view.runEnd = new Int32Array(size);
    view.pos = new Uint8Array(size);
  }
  view.n = n;
  view.words = words;
}

/** Runs of capitalised words, joined across up to two particles or hyphens ("Abdullah al - Ani"). */
export function markRuns(v: SentenceView): void {
  const { n, words, runStart, runEnd } = v;
  let j = 0;
  while (j < n) {
    if (!words[j].upper) {
      runStart[j] = runEnd[j] = -1;
      j++;
      continue;
    }
    let e = j + 1;
    for (;;) {
      if (e < n && words[e].upper) e++;
      else if (e + 1 < n && words[e].connector && words[e + 1].upper) e += 2;
      else if (e + 2 < n && words[e].connector && words[e + 1].connector && words[e + 2].upper) e += 3;
      else break;
    }
    for (let k = j; k < e; k++) {
      runStart[k] = j;
      runEnd[k] = e;
    }
    j = e;
  }
}

const wordAt = (v: SentenceView, j: number): WordInfo => (j < 0 ? BOS : j >= v.n ? EOS : v.words[j]);

/**
 * Window features of token i: every core feature of each word of the window, keyed by its
 * position, then the token's own (self) features. lex[k] = 1 marks word-identity features, which
 * training may drop for a token so the model learns what else predicts a name.
 */
export function windowFeatures(
  v: SentenceView,
  i: number,
  out: Int32Array,
  lex: Uint8Array,
  at: number,
): number {
  for (let d = 0; d < WINDOW.length; d++) {
    const w = wordAt(v, i + WINDOW[d]);
    const seed = OFFSET_SEEDS[d];
    for (let k = 0; k < w.core.length; k++) {
      lex[at] = WINDOW[d] === 0 && k === 0 ? 1 : 0;
      out[at++] = mix(seed, w.core[k]);
    }
  }
  const { self, identity } = wordAt(v, i);
  for (let k = 0; k < self.length; k++) {
    lex[at] = k < identity ? 1 : 0;
    out[at++] = self[k];
  }
  return at;
}

/** Seeds of the context feature templates (the runtime builds the same keys from per-word partial mixes, model.ts). */
export const CONTEXT_SEEDS = {
  pairPrev: template("w-1|w"),
  pairNext: template("w|w+1"),
  wordShapePrev: template("w-1|s"),
  wordShapeNext: template("s|w+1"),
  before: template("w-2|w-1"),
  after: template("w+1|w+2"),
  shapes: template("s-1|s|s+1"),
  first: template("first|s"),
  run: template("run"),
  runBefore: template("run|before"),
  runAfter: template("run|after"),
  runHead: template("run|head"),
  runFirst: template("run|first"),
  runClasses: template("run|classes"),
  posShape: template("p|s"),
};

const T = CONTEXT_SEEDS;

// Classes of the words around and at the end of a run that say what it is.
export const CONTEXT_CLASSES = C.TITLE | C.HONORIFIC | C.PREPOSITION | C.ROLE_HEAD | C.PLACE_NEXT;
export const HEAD_CLASSES =
  C.ORG_TAIL | C.PLACE_TAIL | C.EVENT_TAIL | C.G_COUNTRY | C.G_PLACE | C.G_PERSON | C.G_ORG;

/**
 * Keys of the part-of-speech features: the tags at -1, 0 and +1 (which = 0, 1, 2) and the pairs
 * (-1, 0) and (0, +1) (which = 3, 4). Few enough that the runtime sums them into small tables.
 */
export function posKey(which: number, a: number, b = 0): number {
  return which < 3 ? mix(POS_SEEDS[which], a) : mix3(POS_SEEDS[which], a, b);
}
const POS_SEEDS = ["p-1", "p", "p+1", "p-1|p", "p|p+1"].map((n) => template(n));

/** The part-of-speech features of token i (see posKey). */
export function posFeatures(
  v: SentenceView,
  i: number,
  out: Int32Array,
  lex: Uint8Array,
  at: number,
): number {
  const p = v.pos[i];
  const prev = i > 0 ? v.pos[i - 1] : POS_PAD;
  const next = i + 1 < v.n ? v.pos[i + 1] : POS_PAD;
  lex.fill(0, at, at + 5);
  out[at++] = posKey(0, prev);
  out[at++] = posKey(1, p);
  out[at++] = posKey(2, next);
  out[at++] = posKey(3, prev, p);
  out[at++] = posKey(4, p, next);
  return at;
}

/** Context features of token i (see the file comment); returns the new end of `out`. */
export function contextFeatures(
  v: SentenceView,
  i: number,
  out: Int32Array,
  lex: Uint8Array,
  at: number,
): number {
  return richFeatures(v, i, out, lex, posFeatures(v, i, out, lex, at));
}

/**
 * The context features but the part-of-speech ones. A plain token (lowercase, outside any
 * capitalised run) gets none: word pairs around it decide little, and most tokens of news are
 * plain, so decoding stays cheap.
 */
export function richFeatures(
  v: SentenceView,
  i: number,
  out: Int32Array,
  lex: Uint8Array,
  at: number,
): number {
  const w = v.words[i];
  if (w.upper || v.runStart[i] >= 0) {
    const p1 = wordAt(v, i - 1);
    const n1 = wordAt(v, i + 1);
    lex[at] = 1;
    out[at++] = mix3(T.pairPrev, p1.normHash, w.normHash);
    lex[at] = 1;
    out[at++] = mix3(T.pairNext, w.normHash, n1.normHash);
    lex.fill(0, at, at + 7);
    out[at++] = mix3(T.wordShapePrev, p1.normHash, w.shapeHash);
    out[at++] = mix3(T.wordShapeNext, w.shapeHash, n1.normHash);
    out[at++] = mix3(T.before, wordAt(v, i - 2).normHash, p1.normHash);
    out[at++] = mix3(T.after, n1.normHash, wordAt(v, i + 2).normHash);
    out[at++] = mix(mix3(T.shapes, p1.shapeHash, w.shapeHash), n1.shapeHash);
    out[at++] = mix3(T.posShape, v.pos[i], w.shapeHash);
    if (i === 0) out[at++] = mix(T.first, w.shapeHash);
    at = runFeatures(v, i, out, lex, at);
  }
  return at;
}

/** Position of token i in the run [s, e) (inside, first, last, single) with its length: one code, 1..16, for all run features. */
export const runPosition = (i: number, s: number, e: number): number =>
  ((i === s ? 1 : 0) | (i === e - 1 ? 2 : 0)) * 4 + Math.min(e - s, 4);

function runFeatures(v: SentenceView, i: number, out: Int32Array, lex: Uint8Array, at: number): number {
  const s = v.runStart[i];
  if (s < 0) return at;
  const e = v.runEnd[i];
  const pos = runPosition(i, s, e);
  const before = wordAt(v, s - 1);
  const head = v.words[e - 1];
  lex.fill(0, at, at + 7);
  out[at++] = mix(T.run, pos);
  out[at++] = mix3(T.runBefore, pos, before.normHash);
  out[at++] = mix3(T.runAfter, pos, wordAt(v, e).normHash);
  out[at++] = mix3(T.runClasses, pos, ((before.classes & CONTEXT_CLASSES) << 1) | (s === 0 ? 1 : 0));
  if (e - 1 !== i) {
    out[at++] = mix3(T.runHead, pos, head.normHash);
    out[at++] = mix3(T.runClasses, pos + 32, head.classes & HEAD_CLASSES);
  }
  if (s !== i) out[at++] = mix3(T.runFirst, pos, v.words[s].normHash);
  return at;
}
