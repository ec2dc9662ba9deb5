// The runtime tagger: the model file loaded into a lookup table, per-word weight sums cached, and
// Viterbi decoding of one sentence at a time over the caller's token array. The context features'
// lookups are kept too, per word and per word pair, so a name met again (in each window around it)
// costs few lookups. Scores are exactly training's: the same weights, added in the same order.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../config.js";
import { loadGazetteer, type Gazetteer } from "../gazetteer/index.js";
import { backward, constrain, FORBIDDEN, lattice, spanMargin, viterbi, type Lattice } from "./decode.js";
import { FeatureTable } from "./feature-table.js";
import {
  BOS,
  CONTEXT_CLASSES,
  CONTEXT_SEEDS,
  contextFeatures,
  emptyView,
  EOS,
  HEAD_CLASSES,
  markRuns,
  MAX_FEATURES,
  N_POS,
  OFFSET_SEEDS,
  POS_PAD,
  posIndex,
  posKey,
  runPosition,
  sizeView,
  WINDOW,
  windowFeatures,
} from "./features.js";
import { mix, mix3 } from "./hash.js";
import { decodeModel, type ModelData } from "./model-file.js";
import { posTags } from "./pos.js";
import {
  isInside,
  LABELS,
  N_LABELS,
  NAME_TYPES,
  typeIndex,
  type Label,
  type TagSpan,
  type Tagger,
  type TaggerInfo,
} from "./types.js";
import { featureFingerprint, gazetteerWords, wordInfo, type GazetteerWords, type WordInfo } from "./word.js";

export const MODEL_PATH = join(PROJECT_ROOT, "data", "models", "ner.bin");

const L = N_LABELS;
const W = WINDOW.length;
/** Distinct token texts whose weight sums are kept; past this the cache starts over. */
const WORD_CACHE_LIMIT = 50_000;

export interface TaggerOptions {
  gazetteer?: Gazetteer;
  /**
   * Tag lowercase tokens with no capitalised token within two as O without scoring them (default
   * true). On the corpus's test split it changes entity F1 by less than 0.005.
   */
  fastPath?: boolean;
}

/** The tagger plus what tests and training read of it. */
export interface TaggerInternals extends Tagger {
  /** Emission scores of texts[from, to), from cached sums (flat = false) or feature by feature. */
  emissions(
    texts: readonly string[],
    from: number,
    to: number,
    flat: boolean,
    tags?: readonly string[],
  ): Float64Array;
}

export function createTagger(data: ModelData, options: TaggerOptions = {}): TaggerInternals {
  return new RuntimeTagger(data, options.gazetteer ?? loadGazetteer(), options.fastPath ?? true);
}

const T = CONTEXT_SEEDS;
/** A row offset not looked up yet (FeatureTable.find gives -1 for a key the model lacks). */
const UNKNOWN = -2;

// The features that pair two neighbours (a, b), by slot: for the token b, "w-1|w" and "w-1|s"; for
// a, "w|w+1" and "s|w+1"; for the token after b, "w-2|w-1"; for the token before a, "w+1|w+2".
const PAIR_PREV = 0;
const SHAPE_PREV = 1;
const PAIR_NEXT = 2;
const SHAPE_NEXT = 3;
const BEFORE = 4;
const AFTER = 5;
const PAIR_SLOTS = 6;

// The features that pair one word with a small code, by offset in CachedWord.roles: the word's
// shape with each part-of-speech tag, its shape as a sentence's first word, and the word as the one
// before, after, at the end (head) or at the start of a capitalised run, with the run position (1..16).
const ROLE_POS_SHAPE = 0;
const ROLE_FIRST = ROLE_POS_SHAPE + N_POS;
const RUN_CODES = 17;
const ROLE_RUN_BEFORE = ROLE_FIRST + 1;
const ROLE_RUN_BEFORE_CLASSES = ROLE_RUN_BEFORE + RUN_CODES;
const ROLE_RUN_AFTER = ROLE_RUN_BEFORE_CLASSES + RUN_CODES;
const ROLE_RUN_HEAD = ROLE_RUN_AFTER + RUN_CODES;
const ROLE_RUN_HEAD_CLASSES = ROLE_RUN_HEAD + RUN_CODES;
const ROLE_RUN_FIRST = ROLE_RUN_HEAD_CLASSES + RUN_CODES;
const ROLES = ROLE_RUN_FIRST + RUN_CODES;

/** Distinct word shapes numbered before the cache starts over (shapes are few in text). */
const SHAPE_LIMIT = 1 << 16;

/** Most context features one token has (features.ts richFeatures and runFeatures). */
const MAX_CONTEXT = 16;

/**
 * One distinct token text (or a sentence pad) as scoring reads it: its window sums, a number the
 * memos key on, and the first mix of each context feature key that reads it first (a key is a
 * template seed mixed with the words' hashes in order: mix3(t, a, b) = mix(mix(t, a), b)).
 */
class CachedWord {
  readonly upper: boolean;
  readonly pairPrev: number;
  readonly shapePrev: number;
  readonly pairNext: number;
  readonly shapeNext: number;
  readonly before: number;
  readonly after: number;
  readonly shapes: number;
  /** Rows of the word's role features (ROLE_*), allocated when the word first takes a role. */
  roles: Int32Array | undefined = undefined;

  constructor(
    readonly info: WordInfo,
    /** Where the word's window sums start in RuntimeTagger.sums. */
    readonly sums: number,
    readonly id: number,
    /** The word's shape, numbered (RuntimeTagger.shapeIds). */
    readonly shape: number,
  ) {
    const { normHash, shapeHash } = info;
    this.upper = info.upper;
    this.pairPrev = mix(T.pairPrev, normHash);
    this.shapePrev = mix(T.wordShapePrev, normHash);
    this.pairNext = mix(T.pairNext, normHash);
    this.shapeNext = mix(T.wordShapeNext, shapeHash);
    this.before = mix(T.before, normHash);
    this.after = mix(T.after, normHash);
    this.shapes = mix(T.shapes, shapeHash);
  }
}

/**
 * Rows of context features already looked up, by the numbers of the words (or shapes) they read: a
 * fixed-size, direct-mapped table of `width` ints per entry, the key's two or three numbers first,
 * then the rows, UNKNOWN until looked up. A new key takes its entry over. Text repeats word pairs a
 * lot (a name and the words around it, again in each window around the name), and one entry read
 * here stands for several lookups in the model's table.
 */
class RowMemo {
  readonly cells: Int32Array;
  private readonly mask: number;

  constructor(
    bits: number,
    private readonly width: number,
  ) {
    this.mask = (1 << bits) - 1;
    this.cells = new Int32Array((1 << bits) * width);
    this.clear();
  }

  clear(): void {
    this.cells.fill(-1);
  }

  /** Offset of the entry for (a, b), claimed for it when it holds another key. */
  pair(a: number, b: number): number {
    const { cells, width } = this;
    const at = (((Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 15) & this.mask) * width;
    if (cells[at] !== a || cells[at + 1] !== b) {
      cells[at] = a;
      cells[at + 1] = b;
      for (let k = 2; k < width; k++) cells[at + k] = UNKNOWN;
    }
    return at;
  }

  /** Offset of the entry for (a, b, c), claimed for it when it holds another key. */
  triple(a: number, b: number, c: number): number {
    const { cells, width } = this;
    const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35);
    const at = ((h ^ (h >>> 15)) & this.mask) * width;
    if (cells[at] !== a || cells[at + 1] !== b || cells[at + 2] !== c) {
      cells[at] = a;
      cells[at + 1] = b;
      cells[at + 2] = c;
      for (let k = 3; k < width; k++) cells[at + k] = UNKNOWN;
    }
    return at;
  }
}

class RuntimeTagger implements TaggerInternals {
  readonly info: TaggerInfo;
  private readonly gazWords: GazetteerWords;
  private readonly table: FeatureTable;
  private readonly packed: Int32Array;
  private readonly scale: number;
  private readonly trans: Float64Array;
  private readonly calibration: { a: number; b: number };
  private readonly bos: CachedWord;
  private readonly eos: CachedWord;
  private readonly pos: { before: Float32Array; after: Float32Array };
  /** Row of "run" at each run position (the feature reads the position only). */
  private readonly runRows: Int32Array;
  private readonly cache = new Map<string, CachedWord>();
  // The token array last read and the word at each position of it, while the same array comes
  // back (the windows around the names of one article): most of a window's tokens were read before.
  private seenTexts: readonly string[] | undefined = undefined;
  private seenText: (string | undefined)[] = [];
  private seenWord: (CachedWord | undefined)[] = [];
  /**
   * Window sums of every cached word, one block of W × N_LABELS after another (position d of the
   * window → label scores). 32-bit: half the memory to read per token; one array, so reading a
   * word's block is one step from the word.
   */
  private sums = new Float32Array(1024 * W * L);
  private sumsEnd = 0;
  /** Shape hashes numbered in order of first sight (for the shape-trigram memo). */
  private readonly shapeIds = new Map<number, number>();
  private nextId = 0;
  /** Word pair → rows of its PAIR_SLOTS features. */
  private readonly pairs = new RowMemo(15, 2 + PAIR_SLOTS);
  /** Shape triple → row of "s-1|s|s+1". */
  private readonly shapeTriples = new RowMemo(12, 4);
  // Scratch, reused from sentence to sentence: decoding allocates little beyond its result.
  private readonly view = emptyView();
  private readonly scratch = new Float64Array(W * L);
  private readonly feats = new Int32Array(MAX_FEATURES);
  private readonly lex = new Uint8Array(MAX_FEATURES);
  private readonly rows = new Int32Array(MAX_CONTEXT);
  private words: WordInfo[] = [];
  private cw: CachedWord[] = [];
  private emit = new Float64Array(64 * L);
  private labels = new Uint8Array(64);
  private onlyO = new Uint8Array(64);
  private lat: Lattice = lattice(64);
  /** Score of the last decoded sequence. */
  private best = 0;

  constructor(
    data: ModelData,
    gazetteer: Gazetteer,
    private readonly fastPath: boolean,
  ) {
    const { header, quantised } = data;
    // The stored integers, not floats: a quarter of the memory, so more of it stays in the CPU caches.
    if (!(quantised instanceof Int8Array)) throw new Error("the tagger reads 8-bit models only");
    this.gazWords = gazetteerWords(gazetteer);
    this.table = new FeatureTable(data.keys, quantised, header.scale);
    this.packed = this.table.packed;
    this.scale = header.scale;
    this.trans = constrain(header.transitions);
    this.calibration = header.calibration;
    this.bos = this.word(BOS);
    this.eos = this.word(EOS);
    this.pos = posTables(this.table);
    this.runRows = Int32Array.from({ length: RUN_CODES }, (_, code) => this.table.find(mix(T.run, code)));
    const gazWords = this.gazWords;
    this.info = {
      version: `ner format ${header.format}, ${JSON.stringify(header.training)}`,
      features: header.rows,
      // Worked out when asked: hashing every word list is start-up time no extraction needs.
      get stale() {
        return header.fingerprint !== featureFingerprint(gazWords);
      },
    };
  }

  tagLabels(texts: readonly string[], from = 0, to = texts.length, tags?: readonly string[]): Label[] {
    const n = this.decode(texts, from, to, tags);
    const out = new Array<Label>(n);
    for (let i = 0; i < n; i++) out[i] = LABELS[this.labels[i]];
    return out;
  }

  tagSpans(texts: readonly string[], from = 0, to = texts.length, tags?: readonly string[]): TagSpan[] {
    const n = this.decode(texts, from, to, tags);
    const { labels, lat, best } = this;
    let first = 0;
    while (first < n && labels[first] === 0) first++;
    if (first === n) return [];
    backward(this.emit, n, this.trans, lat, first, this.onlyO);
    const { a, b } = this.calibration;
    const out: TagSpan[] = [];
    // The names, read as evaluate.ts spansOf reads them.
    for (let s = first; s < n;) {
      const y = labels[s];
      if (y === 0) {
        s++;
        continue;
      }
      const type = typeIndex(y);
      let e = s + 1;
      while (e < n && isInside(labels[e]) && typeIndex(labels[e]) === type) e++;
      const margin = spanMargin(labels, s, e, n, best, lat);
      out.push({
        start: from + s,
        end: from + e,
        label: NAME_TYPES[type],
        score: 1 / (1 + Math.exp(-(a * margin + b))),
        margin,
      });
      s = e;
    }
    return out;
  }

  emissions(
    texts: readonly string[],
    from: number,
    to: number,
    flat: boolean,
    tags?: readonly string[],
  ): Float64Array {
    const n = this.prepare(texts, from, to, tags);
    this.score(n, flat);
    return this.emit.slice(0, n * L);
  }

  /** Tag tokens [from, to) into this.labels; returns how many. */
  private decode(texts: readonly string[], from: number, to: number, tags?: readonly string[]): number {
    const n = this.prepare(texts, from, Math.min(to, texts.length), tags);
    if (n <= 0) return 0;
    this.score(n, false);
    this.best = viterbi(this.emit, n, this.trans, this.lat, this.labels, this.onlyO);
    return n;
  }

  private prepare(texts: readonly string[], from: number, to: number, tags?: readonly string[]): number {
    const n = Math.max(0, to - from);
    if (this.cache.size >= WORD_CACHE_LIMIT || this.shapeIds.size >= SHAPE_LIMIT) this.startOver();
    if (this.words.length < n) {
      this.words = new Array<WordInfo>(n);
      this.cw = new Array<CachedWord>(n);
    }
    if (this.emit.length < n * L) {
      this.emit = new Float64Array(n * 2 * L);
      this.labels = new Uint8Array(n * 2);
      this.onlyO = new Uint8Array(n * 2);
    }
    this.lat = lattice(n, this.lat);
    const { words, cw, view } = this;
    if (texts !== this.seenTexts) {
      this.seenTexts = texts;
      this.seenText = new Array<string | undefined>(texts.length);
      this.seenWord = new Array<CachedWord | undefined>(texts.length);
    }
    const { seenText, seenWord } = this;
    for (let i = 0; i < n; i++) {
      const j = from + i;
      const t = texts[j];
      let c = seenText[j] === t ? seenWord[j] : undefined;
      if (c === undefined) {
        c = this.cached(t);
        seenText[j] = t;
        seenWord[j] = c;
      }
      words[i] = c.info;
      cw[i] = c;
    }
    sizeView(view, words, n);
    if (tags) for (let i = 0; i < n; i++) view.pos[i] = posIndex(tags[from + i]);
    else {
      const own = posTags(texts.slice(from, to));
      for (let i = 0; i < n; i++) view.pos[i] = posIndex(own[i]);
    }
    markRuns(view);
    return n;
  }

  private cached(text: string): CachedWord {
    let c = this.cache.get(text);
    if (!c) {
      c = this.word(wordInfo(text, this.gazWords));
      this.cache.set(text, c);
    }
    return c;
  }

  /**
   * Drop every cached word, and with them the memos keyed on their numbers and their window sums.
   * Only between two calls: the words of the one running stay in use until it ends.
   */
  private startOver(): void {
    this.cache.clear();
    this.seenTexts = undefined;
    this.pairs.clear();
    this.shapeTriples.clear();
    this.shapeIds.clear();
    this.shapeIds.set(this.bos.info.shapeHash, this.bos.shape);
    this.shapeIds.set(this.eos.info.shapeHash, this.eos.shape);
    this.nextId = 2;
    this.sumsEnd = 2 * W * L;
  }

  private word(info: WordInfo): CachedWord {
    let shape = this.shapeIds.get(info.shapeHash);
    if (shape === undefined) {
      shape = this.shapeIds.size;
      this.shapeIds.set(info.shapeHash, shape);
    }
    return new CachedWord(info, this.sumsOf(info), this.nextId++, shape);
  }

  /** The summed weights of a word's window features at each position of the window, kept in this.sums; returns where. */
  private sumsOf(info: WordInfo): number {
    const { scratch, table } = this;
    scratch.fill(0);
    for (let d = 0; d < W; d++) {
      for (const h of info.core) table.addTo(mix(OFFSET_SEEDS[d], h), scratch, d * L);
      if (WINDOW[d] === 0) for (const h of info.self) table.addTo(h, scratch, d * L);
    }
    const at = this.sumsEnd;
    if (at + W * L > this.sums.length) {
      const grown = new Float32Array(this.sums.length * 2);
      grown.set(this.sums);
      this.sums = grown;
    }
    this.sums.set(scratch, at);
    this.sumsEnd = at + W * L;
    return at;
  }

  private score(n: number, flat: boolean): void {
    const { emit, onlyO, cw, view, sums, packed, scale, rows } = this;
    if (flat) {
      for (let i = 0; i < n; i++) {
        onlyO[i] = 0;
        this.scoreFlat(i);
      }
      return;
    }
    if (n === 0) return;
    const pb = this.pos.before;
    const pa = this.pos.after;
    const { pos, runStart } = view;
    // The words at -2..+2 and the tags at -1..+1 of token i, moved on with i.
    let p2 = this.bos;
    let p1 = this.bos;
    let w = cw[0];
    let n1 = n > 1 ? cw[1] : this.eos;
    let n2 = n > 2 ? cw[2] : this.eos;
    let tagBefore: number = POS_PAD;
    let tag = pos[0];
    // Capitalised words among those at -2..+2: with none, the fast path tags the token O unscored.
    let near = (w.upper ? 1 : 0) + (n1.upper ? 1 : 0);
    for (let i = 0; i < n; i++) {
      const tagAfter = i + 1 < n ? pos[i + 1] : POS_PAD;
      if (n2.upper) near++;
      const at = i * L;
      if (near === 0 && this.fastPath) {
        onlyO[i] = 1;
        emit[at] = 0;
        for (let y = 1; y < L; y++) emit[at + y] = FORBIDDEN;
      } else {
        onlyO[i] = 0;
        const s = runStart[i];
        const k = w.upper || s >= 0 ? this.contextRows(i, n, w, p1, p2, n1, n2, tag, s) : 0;
        // For each label, in this order: the sums of the words at -2..+2, the two part-of-speech
        // rows, then the rows of the context features (feature-table.ts packs a row in three words).
        const a0 = p2.sums;
        const a1 = (p1.sums + L) | 0;
        const a2 = (w.sums + 2 * L) | 0;
        const a3 = (n1.sums + 3 * L) | 0;
        const a4 = (n2.sums + 4 * L) | 0;
        const b = ((tagBefore * N_POS + tag) * L) | 0;
        const c = ((tag * N_POS + tagAfter) * L) | 0;
        let e0 = sums[a0] + sums[a1] + sums[a2] + sums[a3] + sums[a4] + pb[b] + pa[c];
        let e1 =
          sums[(a0 + 1) | 0] +
          sums[(a1 + 1) | 0] +
          sums[(a2 + 1) | 0] +
          sums[(a3 + 1) | 0] +
          sums[(a4 + 1) | 0] +
          pb[(b + 1) | 0] +
          pa[(c + 1) | 0];
        let e2 =
          sums[(a0 + 2) | 0] +
          sums[(a1 + 2) | 0] +
          sums[(a2 + 2) | 0] +
          sums[(a3 + 2) | 0] +
          sums[(a4 + 2) | 0] +
          pb[(b + 2) | 0] +
          pa[(c + 2) | 0];
        let e3 =
          sums[(a0 + 3) | 0] +
          sums[(a1 + 3) | 0] +
          sums[(a2 + 3) | 0] +
          sums[(a3 + 3) | 0] +
          sums[(a4 + 3) | 0] +
          pb[(b + 3) | 0] +
          pa[(c + 3) | 0];
        let e4 =
          sums[(a0 + 4) | 0] +
          sums[(a1 + 4) | 0] +
          sums[(a2 + 4) | 0] +
          sums[(a3 + 4) | 0] +
          sums[(a4 + 4) | 0] +
          pb[(b + 4) | 0] +
          pa[(c + 4) | 0];
        let e5 =
          sums[(a0 + 5) | 0] +
          sums[(a1 + 5) | 0] +
          sums[(a2 + 5) | 0] +
          sums[(a3 + 5) | 0] +
          sums[(a4 + 5) | 0] +
          pb[(b + 5) | 0] +
          pa[(c + 5) | 0];
        let e6 =
          sums[(a0 + 6) | 0] +
          sums[(a1 + 6) | 0] +
          sums[(a2 + 6) | 0] +
          sums[(a3 + 6) | 0] +
          sums[(a4 + 6) | 0] +
          pb[(b + 6) | 0] +
          pa[(c + 6) | 0];
        let e7 =
          sums[(a0 + 7) | 0] +
          sums[(a1 + 7) | 0] +
          sums[(a2 + 7) | 0] +
          sums[(a3 + 7) | 0] +
          sums[(a4 + 7) | 0] +
          pb[(b + 7) | 0] +
          pa[(c + 7) | 0];
        let e8 =
          sums[(a0 + 8) | 0] +
          sums[(a1 + 8) | 0] +
          sums[(a2 + 8) | 0] +
          sums[(a3 + 8) | 0] +
          sums[(a4 + 8) | 0] +
          pb[(b + 8) | 0] +
          pa[(c + 8) | 0];
        for (let f = 0; f < k; f++) {
          const r = rows[f];
          const x = packed[r];
          const u = packed[(r + 1) | 0];
          const v = packed[(r + 2) | 0];
          e0 += ((x << 24) >> 24) * scale;
          e1 += ((x << 16) >> 24) * scale;
          e2 += ((x << 8) >> 24) * scale;
          e3 += (x >> 24) * scale;
          e4 += ((u << 24) >> 24) * scale;
          e5 += ((u << 16) >> 24) * scale;
          e6 += ((u << 8) >> 24) * scale;
          e7 += (u >> 24) * scale;
          e8 += ((v << 24) >> 24) * scale;
        }
        emit[at] = e0;
        emit[(at + 1) | 0] = e1;
        emit[(at + 2) | 0] = e2;
        emit[(at + 3) | 0] = e3;
        emit[(at + 4) | 0] = e4;
        emit[(at + 5) | 0] = e5;
        emit[(at + 6) | 0] = e6;
        emit[(at + 7) | 0] = e7;
        emit[(at + 8) | 0] = e8;
      }
      if (p2.upper && i >= 2) near--;
      p2 = p1;
      p1 = w;
      w = n1;
      n1 = n2;
      n2 = i + 3 < n ? cw[i + 3] : this.eos;
      tagBefore = tag;
      tag = tagAfter;
    }
  }

  /** this.rows[0, k): rows of token i's context features that the model has, in order; returns k. */
  private contextRows(
    i: number,
    n: number,
    w: CachedWord,
    p1: CachedWord,
    p2: CachedWord,
    n1: CachedWord,
    n2: CachedWord,
    p: number,
    s: number,
  ): number {
    const { rows, cw, pairs } = this;
    // The pair features, by pair: each pair's entry is read before the next pair may take its place.
    let at = pairs.pair(p1.id, w.id);
    const pairPrev = this.pairRow(at, p1, w, PAIR_PREV);
    const shapePrev = this.pairRow(at, p1, w, SHAPE_PREV);
    at = pairs.pair(w.id, n1.id);
    const pairNext = this.pairRow(at, w, n1, PAIR_NEXT);
    const shapeNext = this.pairRow(at, w, n1, SHAPE_NEXT);
    const before = this.pairRow(pairs.pair(p2.id, p1.id), p2, p1, BEFORE);
    const after = this.pairRow(pairs.pair(n1.id, n2.id), n1, n2, AFTER);
    let k = 0;
    if (pairPrev >= 0) rows[k++] = pairPrev;
    if (pairNext >= 0) rows[k++] = pairNext;
    if (shapePrev >= 0) rows[k++] = shapePrev;
    if (shapeNext >= 0) rows[k++] = shapeNext;
    if (before >= 0) rows[k++] = before;
    if (after >= 0) rows[k++] = after;
    let r = this.shapesRow(p1, w, n1);
    if (r >= 0) rows[k++] = r;
    r = this.roleRow(w, ROLE_POS_SHAPE, p);
    if (r >= 0) rows[k++] = r;
    if (i === 0) {
      r = this.roleRow(w, ROLE_FIRST, 0);
      if (r >= 0) rows[k++] = r;
    }
    if (s < 0) return k;
    const e = this.view.runEnd[i];
    const code = runPosition(i, s, e);
    const ahead = s > 0 ? cw[s - 1] : this.bos;
    r = this.runRows[code];
    if (r >= 0) rows[k++] = r;
    r = this.roleRow(ahead, ROLE_RUN_BEFORE, code);
    if (r >= 0) rows[k++] = r;
    r = this.roleRow(e < n ? cw[e] : this.eos, ROLE_RUN_AFTER, code);
    if (r >= 0) rows[k++] = r;
    r = this.roleRow(ahead, ROLE_RUN_BEFORE_CLASSES, code);
    if (r >= 0) rows[k++] = r;
    if (e - 1 !== i) {
      r = this.roleRow(cw[e - 1], ROLE_RUN_HEAD, code);
      if (r >= 0) rows[k++] = r;
      r = this.roleRow(cw[e - 1], ROLE_RUN_HEAD_CLASSES, code);
      if (r >= 0) rows[k++] = r;
    }
    if (s !== i) {
      r = this.roleRow(cw[s], ROLE_RUN_FIRST, code);
      if (r >= 0) rows[k++] = r;
    }
    return k;
  }

  /** Row of the pair feature `slot` of neighbours (a, b), whose memo entry starts at `at`. */
  private pairRow(at: number, a: CachedWord, b: CachedWord, slot: number): number {
    const { cells } = this.pairs;
    let r = cells[at + 2 + slot];
    if (r === UNKNOWN) {
      r = this.table.find(pairKey(a, b, slot));
      cells[at + 2 + slot] = r;
    }
    return r;
  }

  /** Row of "s-1|s|s+1" for the shapes of (a, b, c). */
  private shapesRow(a: CachedWord, b: CachedWord, c: CachedWord): number {
    const { cells } = this.shapeTriples;
    const at = this.shapeTriples.triple(a.shape, b.shape, c.shape) + 3;
    let r = cells[at];
    if (r === UNKNOWN) {
      r = this.table.find(mix(mix(a.shapes, b.info.shapeHash), c.info.shapeHash));
      cells[at] = r;
    }
    return r;
  }

  /** Row of the role feature of word w at offset `role` with the code `code`. */
  private roleRow(w: CachedWord, role: number, code: number): number {
    let roles = w.roles;
    if (roles === undefined) {
      roles = new Int32Array(ROLES).fill(UNKNOWN);
      w.roles = roles;
    }
    let r = roles[role + code];
    if (r === UNKNOWN) {
      r = this.table.find(roleKey(w.info, role, code));
      roles[role + code] = r;
    }
    return r;
  }

  /** The same scores, feature by feature, as training computes them (tests compare the two). */
  private scoreFlat(i: number): void {
    const { emit, view, feats, lex, table } = this;
    const at = i * L;
    emit.fill(0, at, at + L);
    const k = contextFeatures(view, i, feats, lex, windowFeatures(view, i, feats, lex, 0));
    for (let f = 0; f < k; f++) table.addTo(feats[f], emit, at);
  }
}

/** The key of pair feature `slot` of neighbours (a, b), as features.ts richFeatures builds it. */
function pairKey(a: CachedWord, b: CachedWord, slot: number): number {
  const { normHash, shapeHash } = b.info;
  switch (slot) {
    case PAIR_PREV:
      return mix(a.pairPrev, normHash);
    case SHAPE_PREV:
      return mix(a.shapePrev, shapeHash);
    case PAIR_NEXT:
      return mix(a.pairNext, normHash);
    case SHAPE_NEXT:
      return mix(a.shapeNext, normHash);
    case BEFORE:
      return mix(a.before, normHash);
    default:
      return mix(a.after, normHash);
  }
}

/** The key of role feature `role` of word w with `code`, as features.ts richFeatures and runFeatures build it. */
function roleKey(w: WordInfo, role: number, code: number): number {
  switch (role) {
    case ROLE_POS_SHAPE:
      return mix3(T.posShape, code, w.shapeHash);
    case ROLE_FIRST:
      return mix(T.first, w.shapeHash);
    case ROLE_RUN_BEFORE:
      return mix3(T.runBefore, code, w.normHash);
    case ROLE_RUN_BEFORE_CLASSES:
      // The word before a run at the sentence's start is the start pad (classes 0).
      return mix3(T.runClasses, code, ((w.classes & CONTEXT_CLASSES) << 1) | (w === BOS ? 1 : 0));
    case ROLE_RUN_AFTER:
      return mix3(T.runAfter, code, w.normHash);
    case ROLE_RUN_HEAD:
      return mix3(T.runHead, code, w.normHash);
    case ROLE_RUN_HEAD_CLASSES:
      return mix3(T.runClasses, code + 32, w.classes & HEAD_CLASSES);
    default:
      return mix3(T.runFirst, code, w.normHash);
  }
}

/**
 * The part-of-speech features' weights (posKey), summed once at load into two tables: `before`
 * [prev][tag] holds the tags at -1 and 0 and their pair, `after` [tag][next] the tag at +1 and the
 * pair (0, +1). Two additions per token instead of five lookups.
 */
function posTables(table: FeatureTable): { before: Float32Array; after: Float32Array } {
  const before = new Float64Array(N_POS * N_POS * L);
  const after = new Float64Array(N_POS * N_POS * L);
  for (let a = 0; a < N_POS; a++) {
    for (let b = 0; b < N_POS; b++) {
      const at = (a * N_POS + b) * L;
      table.addTo(posKey(0, a), before, at);
      table.addTo(posKey(1, b), before, at);
      table.addTo(posKey(3, a, b), before, at);
      table.addTo(posKey(2, b), after, at);
      table.addTo(posKey(4, a, b), after, at);
    }
  }
  return { before: Float32Array.from(before), after: Float32Array.from(after) };
}

let shared: Tagger | undefined;

/** The project's tagger (data/models/ner.bin), loaded once per process. */
export function loadTagger(): Tagger {
  shared ??= createTagger(decodeModel(readFileSync(MODEL_PATH)));
  return shared;
}

/** A tagger from another model file (training and tests). */
export function loadTaggerFrom(path: string, options?: TaggerOptions): TaggerInternals {
  return createTagger(decodeModel(readFileSync(path)), options);
}
