// First-order Viterbi over BIO labels. Transitions into I-X from anything but B-X or I-X are
// forbidden (an impossible score), so every decoded sequence is valid BIO. Max-marginals (the best
// score of any tagging that gives token i label y) give each name its margin.
import { N_LABELS, isBegin, isInside, typeIndex } from "./types.js";

/** Row of the transition table used for the first token. */
export const START = N_LABELS;
/** Score of a forbidden transition; far below any reachable score, yet finite (no NaN from -Inf + Inf). */
export const FORBIDDEN = -1e9;

/** May label y follow label p (p = START before the first token)? */
export function allowed(p: number, y: number): boolean {
  if (!isInside(y)) return true;
  return p !== START && p !== 0 && typeIndex(p) === typeIndex(y);
}

/** Transition scores with forbidden moves set to FORBIDDEN: (N_LABELS + 1) rows × N_LABELS. */
export function constrain(trans: ArrayLike<number>): Float64Array {
  const t = new Float64Array((N_LABELS + 1) * N_LABELS);
  for (let p = 0; p <= N_LABELS; p++)
    for (let y = 0; y < N_LABELS; y++)
      t[p * N_LABELS + y] = allowed(p, y) ? trans[p * N_LABELS + y] : FORBIDDEN;
  return t;
}

/** Scratch arrays for decoding, grown as sentences get longer. */
export interface Lattice {
  delta: Float64Array;
  beta: Float64Array;
  back: Uint8Array;
}

export function lattice(n: number, l?: Lattice): Lattice {
  if (l && l.back.length >= n * N_LABELS) return l;
  const size = Math.max(n, 64) * N_LABELS;
  return { delta: new Float64Array(size), beta: new Float64Array(size), back: new Uint8Array(size) };
}

/**
 * Best label sequence for emissions emit[i * N_LABELS + y]; writes it to out and returns its score.
 * Tokens with onlyO[i] = 1 can only be O (their other emissions are FORBIDDEN): only O is scored there.
 */
export function viterbi(
  emit: ArrayLike<number>,
  n: number,
  trans: Float64Array,
  l: Lattice,
  out: Uint8Array,
  onlyO?: Uint8Array,
): number {
  const L = N_LABELS;
  const { delta, back } = l;
  for (let y = 0; y < L; y++) delta[y] = trans[START * L + y] + emit[y];
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    const labels = onlyO !== undefined && onlyO[i] === 1 ? 1 : L;
    for (let y = labels; y < L; y++) {
      delta[i * L + y] = 2 * FORBIDDEN;
      back[i * L + y] = 0;
    }
    for (let y = 0; y < labels; y++) {
      let best = -Infinity;
      let arg = 0;
      // I-X follows only B-X (y - 1) or I-X (y); every other way in is forbidden.
      for (let p = isInside(y) ? y - 1 : 0, last = isInside(y) ? y : L - 1; p <= last; p++) {
        const s = delta[prev + p] + trans[p * L + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      delta[i * L + y] = best + emit[i * L + y];
      back[i * L + y] = arg;
    }
  }
  let best = -Infinity;
  let y = 0;
  for (let k = 0; k < L; k++)
    if (delta[(n - 1) * L + k] > best) {
      best = delta[(n - 1) * L + k];
      y = k;
    }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = y;
    y = back[i * L + y];
  }
  return best;
}

/**
 * beta[i][y]: the best score of the tokens after i given label y at i, for i from `first` on (after
 * viterbi on the same input; margins need it from the first name on only). A next token that can
 * only be O (onlyO) leaves one way on.
 */
export function backward(
  emit: ArrayLike<number>,
  n: number,
  trans: Float64Array,
  l: Lattice,
  first = 0,
  onlyO?: Uint8Array,
): void {
  const L = N_LABELS;
  const { beta } = l;
  beta.fill(0, (n - 1) * L, n * L);
  for (let i = n - 2; i >= first; i--) {
    const next = (i + 1) * L;
    const labels = onlyO !== undefined && onlyO[i + 1] === 1 ? 1 : L;
    for (let y = 0; y < L; y++) {
      // After y come O, any B-, and the I- of y's own type; the rest is forbidden.
      let best = trans[y * L] + emit[next] + beta[next];
      for (let z = 1; z < labels; z += 2) {
        const s = trans[y * L + z] + emit[next + z] + beta[next + z];
        if (s > best) best = s;
      }
      const inside = y === 0 ? 0 : isBegin(y) ? y + 1 : y;
      if (inside > 0 && labels > 1) {
        const s = trans[y * L + inside] + emit[next + inside] + beta[next + inside];
        if (s > best) best = s;
      }
      beta[i * L + y] = best;
    }
  }
}

/**
 * How much the best score would drop if the name [s, e) of label sequence `labels` were tagged any
 * other way: any of its tokens labelled otherwise, or the token after it continuing it.
 */
export function spanMargin(
  labels: Uint8Array,
  s: number,
  e: number,
  n: number,
  best: number,
  l: Lattice,
): number {
  const L = N_LABELS;
  const { delta, beta } = l;
  let margin = Infinity;
  for (let i = s; i < e; i++) {
    for (let y = 0; y < L; y++) {
      if (y === labels[i]) continue;
      const m = best - (delta[i * L + y] + beta[i * L + y]);
      if (m < margin) margin = m;
    }
  }
  if (e < n) {
    const inside = isBegin(labels[s]) ? labels[s] + 1 : labels[s];
    const m = best - (delta[e * L + inside] + beta[e * L + inside]);
    if (m < margin) margin = m;
  }
  return Math.max(0, margin);
}
