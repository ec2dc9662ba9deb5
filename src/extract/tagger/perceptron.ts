// Training: an averaged structured perceptron over the same features and Viterbi decoding the
// runtime uses. Deterministic: a seeded generator orders the sentences and drops words, nothing
// reads the clock.
import type { LabelledSentence } from "./corpus.js";
import { constrain, lattice, START, viterbi } from "./decode.js";
import { emptyTally, tallySentence, type Tally } from "./evaluate.js";
import { contextFeatures, emptyView, fillView, MAX_FEATURES, windowFeatures } from "./features.js";
import { posTags } from "./pos.js";
import { N_LABELS } from "./types.js";
import { wordInfo, type GazetteerWords, type WordInfo } from "./word.js";

const L = N_LABELS;
const T_SIZE = (N_LABELS + 1) * N_LABELS;

/** mulberry32: a small seeded generator, the same numbers on every machine. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Feature keys seen in training, numbered in order of first sight, with how often each was seen. */
export class FeatureIndex {
  readonly rows = new Map<number, number>();
  readonly keys: number[] = [];
  readonly counts: number[] = [];

  rowOf(key: number, grow: boolean): number {
    let r = this.rows.get(key);
    if (r === undefined && grow) {
      r = this.keys.length;
      this.rows.set(key, r);
      this.keys.push(key);
      this.counts.push(0);
    }
    if (r !== undefined && grow) this.counts[r]++;
    return r ?? -1;
  }

  /** The keys seen at least `min` times, in the same order (a feature seen once teaches little). */
  frequent(min: number): FeatureIndex {
    const out = new FeatureIndex();
    this.keys.forEach((k, r) => {
      if (this.counts[r] >= min) out.rowOf(k, true);
    });
    return out;
  }
}

/** A corpus as feature rows: token t's rows are feats[featStart[t] .. featStart[t+1]). */
export interface FeaturizedCorpus {
  sentStart: Int32Array;
  featStart: Int32Array;
  /** Row numbers; a word-identity feature (droppable) is stored as ~row. */
  feats: Int32Array;
  gold: Uint8Array;
}

class IntList {
  data = new Int32Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

export function featurize(
  sentences: readonly LabelledSentence[],
  gazWords: GazetteerWords,
  index: FeatureIndex,
  grow: boolean,
): FeaturizedCorpus {
  const infos = new Map<string, WordInfo>();
  const info = (t: string): WordInfo => {
    let w = infos.get(t);
    if (!w) infos.set(t, (w = wordInfo(t, gazWords)));
    return w;
  };
  const view = emptyView();
  const buf = new Int32Array(MAX_FEATURES);
  const lex = new Uint8Array(MAX_FEATURES);
  const sentStart = new IntList();
  const featStart = new IntList();
  const feats = new IntList();
  const gold: number[] = [];
  for (const s of sentences) {
    sentStart.push(gold.length);
    fillView(view, s.tokens.map(info), s.tags ?? posTags(s.tokens), 0, s.tokens.length);
    for (let i = 0; i < s.tokens.length; i++) {
      featStart.push(feats.length);
      gold.push(s.labels[i]);
      const k = contextFeatures(view, i, buf, lex, windowFeatures(view, i, buf, lex, 0));
      for (let f = 0; f < k; f++) {
        const r = index.rowOf(buf[f], grow);
        if (r >= 0) feats.push(lex[f] ? ~r : r);
      }
    }
  }
  sentStart.push(gold.length);
  featStart.push(feats.length);
  return {
    sentStart: sentStart.done(),
    featStart: featStart.done(),
    feats: feats.done(),
    gold: Uint8Array.from(gold),
  };
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Share of tokens whose word-identity features are left out, drawn anew each epoch. */
  dropout: number;
  /** Called after each epoch with the averaged weights so far. */
  onEpoch?: (epoch: number, weights: Weights) => void;
}

export interface Weights {
  /** rows × N_LABELS. */
  emission: Float32Array;
  /** (N_LABELS + 1) × N_LABELS, the last row from the sentence start. */
  transitions: Float64Array;
}

/** Emission scores of tokens [a, b) into emit, leaving out the word-identity features of dropped tokens. */
function emissions(
  c: FeaturizedCorpus,
  w: ArrayLike<number>,
  a: number,
  b: number,
  drop: Uint8Array,
  emit: Float64Array,
): void {
  for (let t = a; t < b; t++) {
    const at = (t - a) * L;
    emit.fill(0, at, at + L);
    for (let f = c.featStart[t]; f < c.featStart[t + 1]; f++) {
      let r = c.feats[f];
      if (r < 0) {
        if (drop[t - a]) continue;
        r = ~r;
      }
      const base = r * L;
      for (let y = 0; y < L; y++) emit[at + y] += w[base + y];
    }
  }
}

/** Scratch of one training or scoring pass, sized for the longest sentence. */
function scratch(c: FeaturizedCorpus): { emit: Float64Array; drop: Uint8Array; pred: Uint8Array } {
  let longest = 1;
  for (let s = 0; s + 1 < c.sentStart.length; s++)
    longest = Math.max(longest, c.sentStart[s + 1] - c.sentStart[s]);
  return {
    emit: new Float64Array(longest * L),
    drop: new Uint8Array(longest),
    pred: new Uint8Array(longest),
  };
}

/** Averaged weights: the mean of the weights after every sentence, without keeping them all. */
class Averaged {
  readonly w: Float64Array;
  readonly u: Float64Array;
  constructor(size: number) {
    this.w = new Float64Array(size);
    this.u = new Float64Array(size);
  }
  add(k: number, delta: number, step: number): void {
    this.w[k] += delta;
    this.u[k] += delta * step;
  }
  mean(step: number): Float64Array {
    const out = new Float64Array(this.w.length);
    for (let k = 0; k < out.length; k++) out[k] = this.w[k] - this.u[k] / step;
    return out;
  }
}

function shuffle(order: Int32Array, rand: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
}

export function train(c: FeaturizedCorpus, rows: number, o: TrainOptions): Weights {
  const em = new Averaged(rows * L);
  const tr = new Averaged(T_SIZE);
  const rand = seededRandom(o.seed);
  const order = Int32Array.from({ length: c.sentStart.length - 1 }, (_, i) => i);
  const { emit, drop, pred } = scratch(c);
  let lat = lattice(1);
  let step = 1;
  const averaged = (): Weights => ({
    emission: Float32Array.from(em.mean(step)),
    transitions: tr.mean(step),
  });
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    shuffle(order, rand);
    for (const s of order) {
      const a = c.sentStart[s];
      const n = c.sentStart[s + 1] - a;
      for (let t = 0; t < n; t++) drop[t] = rand() < o.dropout ? 1 : 0;
      emissions(c, em.w, a, a + n, drop, emit);
      lat = lattice(n, lat);
      viterbi(emit, n, constrain(tr.w), lat, pred);
      update(c, a, n, pred, drop, em, tr, step);
      step++;
    }
    o.onEpoch?.(epoch, averaged());
  }
  return averaged();
}

/** The perceptron step: towards the gold labels, away from the predicted ones, where they differ. */
function update(
  c: FeaturizedCorpus,
  a: number,
  n: number,
  pred: Uint8Array,
  drop: Uint8Array,
  em: Averaged,
  tr: Averaged,
  step: number,
): void {
  for (let t = 0; t < n; t++) {
    const g = c.gold[a + t];
    const p = pred[t];
    const pg = t === 0 ? START : c.gold[a + t - 1];
    const pp = t === 0 ? START : pred[t - 1];
    if (pg !== pp || g !== p) {
      tr.add(pg * L + g, 1, step);
      tr.add(pp * L + p, -1, step);
    }
    if (g === p) continue;
    for (let f = c.featStart[a + t]; f < c.featStart[a + t + 1]; f++) {
      let r = c.feats[f];
      if (r < 0) {
        if (drop[t]) continue;
        r = ~r;
      }
      em.add(r * L + g, 1, step);
      em.add(r * L + p, -1, step);
    }
  }
}

/** Entity-level counts of decoding a featurized corpus with the given weights (no dropout). */
export function evaluateFlat(c: FeaturizedCorpus, w: Weights): Tally {
  const tally = emptyTally();
  const { emit, drop, pred } = scratch(c);
  drop.fill(0);
  const trans = constrain(w.transitions);
  let lat = lattice(1);
  for (let s = 0; s + 1 < c.sentStart.length; s++) {
    const a = c.sentStart[s];
    const n = c.sentStart[s + 1] - a;
    emissions(c, w.emission, a, a + n, drop, emit);
    lat = lattice(n, lat);
    viterbi(emit, n, trans, lat, pred);
    tallySentence(tally, c.gold.subarray(a, a + n), pred.subarray(0, n));
  }
  return tally;
}
