// The runtime tagger: the model file loaded into a lookup table, per-word weight sums cached, and
// Viterbi decoding of one sentence at a time over the caller's token array.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../config.js";
import { loadGazetteer, type Gazetteer } from "../gazetteer/index.js";
import { backward, constrain, FORBIDDEN, lattice, spanMargin, viterbi, type Lattice } from "./decode.js";
import { spansOf } from "./evaluate.js";
import {
  BOS,
  contextFeatures,
  emptyView,
  EOS,
  fillView,
  MAX_FEATURES,
  N_POS,
  OFFSET_SEEDS,
  POS_PAD,
  posKey,
  richFeatures,
  WINDOW,
  windowFeatures,
} from "./features.js";
import { mix } from "./hash.js";
import { decodeModel, type ModelData } from "./model-file.js";
import { posTags } from "./pos.js";
import { LABELS, N_LABELS, NAME_TYPES, type Label, type TagSpan, type Tagger } from "./types.js";
import { featureFingerprint, gazetteerWords, wordInfo, type GazetteerWords, type WordInfo } from "./word.js";

export const MODEL_PATH = join(PROJECT_ROOT, "data", "models", "ner.bin");

const L = N_LABELS;
const W = WINDOW.length;
/** Distinct token texts whose weight sums are kept; past this the cache starts over. */
const WORD_CACHE_LIMIT = 50_000;
/** A lowercase token with no capitalised token this close is tagged O without scoring (see fastPath). */
const NEAR = 2;

class FeatureTable {
  private readonly mask: number;
  private readonly slots: Int32Array;
  constructor(
    keys: Uint32Array,
    private readonly weights: Int8Array,
  ) {
    let cap = 1;
    while (cap < keys.length * 1.5) cap <<= 1;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * 2);
    for (let r = 0; r < keys.length; r++) {
      let i = keys[r] & this.mask;
      while (this.slots[2 * i + 1] !== 0) i = (i + 1) & this.mask;
      this.slots[2 * i] = keys[r];
      this.slots[2 * i + 1] = r + 1;
    }
  }
  addTo(key: number, scale: number, out: Float64Array, at: number): void {
    const { slots, mask, weights } = this;
    let i = key & mask;
    for (;;) {
      const r = slots[2 * i + 1];
      if (r === 0) return;
      if (slots[2 * i] === key) {
        const base = (r - 1) * L;
        for (let y = 0; y < L; y++) out[at + y] += weights[base + y] * scale;
        return;
      }
      i = (i + 1) & mask;
    }
  }
}

/** A word's features and the summed weights of its window features at each position. */
interface CachedWord {
  info: WordInfo;
  /** W × N_LABELS: position d of the window → label scores. */
  sums: Float32Array;
}

export interface TaggerOptions {
  gazetteer?: Gazetteer;
  /** Skip scoring lowercase tokens far from any capitalised one (default true). */
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
  const gazetteer = options.gazetteer ?? loadGazetteer();
  const fastPath = options.fastPath ?? true;
  const gazWords: GazetteerWords = gazetteerWords(gazetteer);
  // The stored integers, not floats: a quarter of the memory, so more of it stays in the CPU caches.
  const { header, quantised } = data;
  if (!(quantised instanceof Int8Array)) throw new Error("the tagger reads 8-bit models only");
  const scale = header.scale;
  const table = new FeatureTable(data.keys, quantised);
  const trans = constrain(header.transitions);
  const { a, b } = header.calibration;

  const addRow = (key: number, out: Float64Array, at: number): void => table.addTo(key, scale, out, at);

  // Per-word sums are kept as 32-bit floats: half the memory to read per token, and the tagger
  // mostly runs with its data out of the CPU caches (the extractor's rules run between sentences).
  const scratch = new Float64Array(W * L);
  const sumsOf = (info: WordInfo): Float32Array => {
    scratch.fill(0);
    for (let d = 0; d < W; d++) {
      for (const h of info.core) addRow(mixOffset(d, h), scratch, d * L);
      if (WINDOW[d] === 0) for (const h of info.self) addRow(h, scratch, d * L);
    }
    return Float32Array.from(scratch);
  };
  const pads = { start: sumsOf(BOS), end: sumsOf(EOS) };
  const pos = posTables(addRow);
  const cache = new Map<string, CachedWord>();
  const cached = (text: string): CachedWord => {
    let c = cache.get(text);
    if (!c) {
      if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
      const info = wordInfo(text, gazWords);
      c = { info, sums: sumsOf(info) };
      cache.set(text, c);
    }
    return c;
  };

  // Scratch, reused from sentence to sentence.
  const view = emptyView();
  let words: WordInfo[] = [];
  let sums: Float32Array[] = [];
  let emit = new Float64Array(64 * L);
  let labels = new Uint8Array(64);
  let onlyO = new Uint8Array(64);
  let lat: Lattice = lattice(64);
  const feats = new Int32Array(MAX_FEATURES);
  const lex = new Uint8Array(MAX_FEATURES);

  const prepare = (texts: readonly string[], from: number, to: number, tags?: readonly string[]): number => {
    const n = to - from;
    if (words.length < n) {
      words = new Array<WordInfo>(n);
      sums = new Array<Float32Array>(n);
    }
    if (emit.length < n * L) {
      emit = new Float64Array(n * 2 * L);
      labels = new Uint8Array(n * 2);
      onlyO = new Uint8Array(n * 2);
    }
    lat = lattice(n, lat);
    for (let i = 0; i < n; i++) {
      const c = cached(texts[from + i]);
      words[i] = c.info;
      sums[i] = c.sums;
    }
    if (tags) fillView(view, words, tags, from, to);
    else fillView(view, words, posTags(texts.slice(from, to)), 0, n);
    return n;
  };

  const scoreToken = (i: number, n: number, flat: boolean): void => {
    const at = i * L;
    if (flat) {
      emit.fill(0, at, at + L);
      const k = contextFeatures(view, i, feats, lex, windowFeatures(view, i, feats, lex, 0));
      for (let f = 0; f < k; f++) addRow(feats[f], emit, at);
      return;
    }
    // The window's five cached sums and the two part-of-speech table rows, read once each.
    const w0 = i >= 2 ? sums[i - 2] : pads.start;
    const w1 = i >= 1 ? sums[i - 1] : pads.start;
    const w2 = sums[i];
    const w3 = i + 1 < n ? sums[i + 1] : pads.end;
    const w4 = i + 2 < n ? sums[i + 2] : pads.end;
    const p = view.pos[i];
    const before = ((i > 0 ? view.pos[i - 1] : POS_PAD) * N_POS + p) * L;
    const after = (p * N_POS + (i + 1 < n ? view.pos[i + 1] : POS_PAD)) * L;
    for (let y = 0; y < L; y++)
      emit[at + y] =
        w0[y] +
        w1[L + y] +
        w2[2 * L + y] +
        w3[3 * L + y] +
        w4[4 * L + y] +
        pos.before[before + y] +
        pos.after[after + y];
    const k = richFeatures(view, i, feats, lex, 0);
    for (let f = 0; f < k; f++) addRow(feats[f], emit, at);
  };

  const score = (n: number, flat: boolean): void => {
    for (let i = 0; i < n; i++) {
      onlyO[i] = fastPath && !flat && farFromCapitals(words, i, n) ? 1 : 0;
      if (onlyO[i] === 1) {
        emit.fill(FORBIDDEN, i * L, (i + 1) * L);
        emit[i * L] = 0;
      } else scoreToken(i, n, flat);
    }
  };

  const decode = (texts: readonly string[], from: number, to: number, tags?: readonly string[]): number => {
    const n = prepare(texts, from, to, tags);
    if (n <= 0) return 0;
    score(n, false);
    return viterbi(emit, n, trans, lat, labels, onlyO);
  };

  return {
    info: {
      version: `ner format ${header.format}, ${JSON.stringify(header.training)}`,
      features: header.rows,
      stale: header.fingerprint !== featureFingerprint(gazWords),
    },
    tagLabels(texts, from = 0, to = texts.length, tags) {
      const n = to - from;
      decode(texts, from, to, tags);
      const out = new Array<Label>(Math.max(0, n));
      for (let i = 0; i < n; i++) out[i] = LABELS[labels[i]];
      return out;
    },
    tagSpans(texts, from = 0, to = texts.length, tags) {
      const n = to - from;
      if (n <= 0) return [];
      const best = decode(texts, from, to, tags);
      const spans = spansOf(labels, n);
      if (spans.length === 0) return [];
      backward(emit, n, trans, lat, spans[0].start, onlyO);
      return spans.map((s): TagSpan => {
        const margin = spanMargin(labels, s.start, s.end, n, best, lat);
        return {
          start: from + s.start,
          end: from + s.end,
          label: NAME_TYPES[s.type],
          score: 1 / (1 + Math.exp(-(a * margin + b))),
          margin,
        };
      });
    },
    emissions(texts, from, to, flat, tags) {
      const n = prepare(texts, from, to, tags);
      score(n, flat);
      return emit.slice(0, n * L);
    },
  };
}

const mixOffset = (d: number, h: number): number => mix(OFFSET_SEEDS[d], h);

/**
 * The part-of-speech features' weights (posKey), summed once at load into two tables: `before`
 * [prev][tag] holds the tags at -1 and 0 and their pair, `after` [tag][next] the tag at +1 and the
 * pair (0, +1). Two additions per token instead of five lookups.
 */
function posTables(addRow: (key: number, out: Float64Array, at: number) => void): {
  before: Float32Array;
  after: Float32Array;
} {
  const before = new Float64Array(N_POS * N_POS * L);
  const after = new Float64Array(N_POS * N_POS * L);
  for (let a = 0; a < N_POS; a++) {
    for (let b = 0; b < N_POS; b++) {
      const at = (a * N_POS + b) * L;
      addRow(posKey(0, a), before, at);
      addRow(posKey(1, b), before, at);
      addRow(posKey(3, a, b), before, at);
      addRow(posKey(2, b), after, at);
      addRow(posKey(4, a, b), after, at);
    }
  }
  return { before: Float32Array.from(before), after: Float32Array.from(after) };
}

/** No capitalised token within NEAR of token i, and i itself lowercase or not a word. */
function farFromCapitals(words: readonly WordInfo[], i: number, n: number): boolean {
  const lo = Math.max(0, i - NEAR);
  const hi = Math.min(n - 1, i + NEAR);
  for (let j = lo; j <= hi; j++) if (words[j].upper) return false;
  return true;
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
