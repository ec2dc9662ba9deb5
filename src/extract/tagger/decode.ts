// First-order Viterbi over BIO labels. Transitions into I-X from anything but B-X or I-X are
// forbidden (an impossible score), so every decoded sequence is valid BIO. Max-marginals (the best
// score of any tagging that gives token i label y) give each name its margin.
import { N_LABELS, isBegin, isInside, typeIndex } from "./types.js";

/** Row of the transition table used for the first token. */
export const START = N_LABELS;
/** Score of a forbidden transition; far below any reachable score, yet finite (no NaN from -Inf + Inf). */
export const FORBIDDEN = -1e9;

const L = N_LABELS;
// viterbi and backward spell the labels out: O, then B-/I- for each of the four types.
if (L !== 9) throw new Error("decode.ts expects nine BIO labels");

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
 *
 * The labels are written out, O then B-/I- for each type, with the transition scores in locals
 * (tPY: from label P to label Y), and only the best score into each label is kept; the way back is
 * worked out again along the best path alone. Ties go to the lower label, as a loop with `>` gives
 * them.
 */
export function viterbi(
  emit: ArrayLike<number>,
  n: number,
  trans: Float64Array,
  l: Lattice,
  out: Uint8Array,
  onlyO?: Uint8Array,
): number {
  const { delta } = l;
  const t00 = trans[0],
    t01 = trans[1],
    t03 = trans[3],
    t05 = trans[5],
    t07 = trans[7];
  const t10 = trans[9],
    t11 = trans[10],
    t12 = trans[11],
    t13 = trans[12],
    t15 = trans[14],
    t17 = trans[16];
  const t20 = trans[18],
    t21 = trans[19],
    t22 = trans[20],
    t23 = trans[21],
    t25 = trans[23],
    t27 = trans[25];
  const t30 = trans[27],
    t31 = trans[28],
    t33 = trans[30],
    t34 = trans[31],
    t35 = trans[32],
    t37 = trans[34];
  const t40 = trans[36],
    t41 = trans[37],
    t43 = trans[39],
    t44 = trans[40],
    t45 = trans[41],
    t47 = trans[43];
  const t50 = trans[45],
    t51 = trans[46],
    t53 = trans[48],
    t55 = trans[50],
    t56 = trans[51],
    t57 = trans[52];
  const t60 = trans[54],
    t61 = trans[55],
    t63 = trans[57],
    t65 = trans[59],
    t66 = trans[60],
    t67 = trans[61];
  const t70 = trans[63],
    t71 = trans[64],
    t73 = trans[66],
    t75 = trans[68],
    t77 = trans[70],
    t78 = trans[71];
  const t80 = trans[72],
    t81 = trans[73],
    t83 = trans[75],
    t85 = trans[77],
    t87 = trans[79],
    t88 = trans[80];
  let d0 = trans[81] + emit[0];
  let d1 = trans[82] + emit[1];
  let d2 = trans[83] + emit[2];
  let d3 = trans[84] + emit[3];
  let d4 = trans[85] + emit[4];
  let d5 = trans[86] + emit[5];
  let d6 = trans[87] + emit[6];
  let d7 = trans[88] + emit[7];
  let d8 = trans[89] + emit[8];
  delta[0] = d0;
  delta[1] = d1;
  delta[2] = d2;
  delta[3] = d3;
  delta[4] = d4;
  delta[5] = d5;
  delta[6] = d6;
  delta[7] = d7;
  delta[8] = d8;
  for (let i = 1; i < n; i++) {
    const at = i * L;
    let o = d0 + t00;
    if (d1 + t10 > o) o = d1 + t10;
    if (d2 + t20 > o) o = d2 + t20;
    if (d3 + t30 > o) o = d3 + t30;
    if (d4 + t40 > o) o = d4 + t40;
    if (d5 + t50 > o) o = d5 + t50;
    if (d6 + t60 > o) o = d6 + t60;
    if (d7 + t70 > o) o = d7 + t70;
    if (d8 + t80 > o) o = d8 + t80;
    if (onlyO !== undefined && onlyO[i] === 1) {
      d0 = o + emit[at];
      d1 = d2 = d3 = d4 = d5 = d6 = d7 = d8 = 2 * FORBIDDEN;
    } else {
      // Into B-PER: from any label.
      let b1 = d0 + t01;
      if (d1 + t11 > b1) b1 = d1 + t11;
      if (d2 + t21 > b1) b1 = d2 + t21;
      if (d3 + t31 > b1) b1 = d3 + t31;
      if (d4 + t41 > b1) b1 = d4 + t41;
      if (d5 + t51 > b1) b1 = d5 + t51;
      if (d6 + t61 > b1) b1 = d6 + t61;
      if (d7 + t71 > b1) b1 = d7 + t71;
      if (d8 + t81 > b1) b1 = d8 + t81;
      // Into B-ORG: from any label.
      let b3 = d0 + t03;
      if (d1 + t13 > b3) b3 = d1 + t13;
      if (d2 + t23 > b3) b3 = d2 + t23;
      if (d3 + t33 > b3) b3 = d3 + t33;
      if (d4 + t43 > b3) b3 = d4 + t43;
      if (d5 + t53 > b3) b3 = d5 + t53;
      if (d6 + t63 > b3) b3 = d6 + t63;
      if (d7 + t73 > b3) b3 = d7 + t73;
      if (d8 + t83 > b3) b3 = d8 + t83;
      // Into B-LOC: from any label.
      let b5 = d0 + t05;
      if (d1 + t15 > b5) b5 = d1 + t15;
      if (d2 + t25 > b5) b5 = d2 + t25;
      if (d3 + t35 > b5) b5 = d3 + t35;
      if (d4 + t45 > b5) b5 = d4 + t45;
      if (d5 + t55 > b5) b5 = d5 + t55;
      if (d6 + t65 > b5) b5 = d6 + t65;
      if (d7 + t75 > b5) b5 = d7 + t75;
      if (d8 + t85 > b5) b5 = d8 + t85;
      // Into B-MISC: from any label.
      let b7 = d0 + t07;
      if (d1 + t17 > b7) b7 = d1 + t17;
      if (d2 + t27 > b7) b7 = d2 + t27;
      if (d3 + t37 > b7) b7 = d3 + t37;
      if (d4 + t47 > b7) b7 = d4 + t47;
      if (d5 + t57 > b7) b7 = d5 + t57;
      if (d6 + t67 > b7) b7 = d6 + t67;
      if (d7 + t77 > b7) b7 = d7 + t77;
      if (d8 + t87 > b7) b7 = d8 + t87;
      // Into I-: from its own B- and I- only.
      const i2 = d2 + t22 > d1 + t12 ? d2 + t22 : d1 + t12;
      const i4 = d4 + t44 > d3 + t34 ? d4 + t44 : d3 + t34;
      const i6 = d6 + t66 > d5 + t56 ? d6 + t66 : d5 + t56;
      const i8 = d8 + t88 > d7 + t78 ? d8 + t88 : d7 + t78;
      d0 = o + emit[at];
      d1 = b1 + emit[at + 1];
      d2 = i2 + emit[at + 2];
      d3 = b3 + emit[at + 3];
      d4 = i4 + emit[at + 4];
      d5 = b5 + emit[at + 5];
      d6 = i6 + emit[at + 6];
      d7 = b7 + emit[at + 7];
      d8 = i8 + emit[at + 8];
    }
    delta[at] = d0;
    delta[at + 1] = d1;
    delta[at + 2] = d2;
    delta[at + 3] = d3;
    delta[at + 4] = d4;
    delta[at + 5] = d5;
    delta[at + 6] = d6;
    delta[at + 7] = d7;
    delta[at + 8] = d8;
  }
  let best = -Infinity;
  let y = 0;
  for (let k = 0; k < L; k++)
    if (delta[(n - 1) * L + k] > best) {
      best = delta[(n - 1) * L + k];
      y = k;
    }
  // Back along the best path: the label before each is the first best way into it.
  for (let i = n - 1; i > 0; i--) {
    out[i] = y;
    if (onlyO !== undefined && onlyO[i] === 1 && y !== 0) {
      y = 0;
      continue;
    }
    const prev = (i - 1) * L;
    switch (y) {
      case 0:
        y = cameFrom(delta, prev, t00, t10, t20, t30, t40, t50, t60, t70, t80);
        break;
      case 1:
        y = cameFrom(delta, prev, t01, t11, t21, t31, t41, t51, t61, t71, t81);
        break;
      case 2:
        y = delta[prev + 2] + t22 > delta[prev + 1] + t12 ? 2 : 1;
        break;
      case 3:
        y = cameFrom(delta, prev, t03, t13, t23, t33, t43, t53, t63, t73, t83);
        break;
      case 4:
        y = delta[prev + 4] + t44 > delta[prev + 3] + t34 ? 4 : 3;
        break;
      case 5:
        y = cameFrom(delta, prev, t05, t15, t25, t35, t45, t55, t65, t75, t85);
        break;
      case 6:
        y = delta[prev + 6] + t66 > delta[prev + 5] + t56 ? 6 : 5;
        break;
      case 7:
        y = cameFrom(delta, prev, t07, t17, t27, t37, t47, t57, t67, t77, t87);
        break;
      case 8:
        y = delta[prev + 8] + t88 > delta[prev + 7] + t78 ? 8 : 7;
        break;
    }
  }
  if (n > 0) out[0] = y;
  return best;
}

/** The first label p with the best delta[prev + p] + cP (cP: the transition score from p). */
function cameFrom(
  delta: Float64Array,
  prev: number,
  c0: number,
  c1: number,
  c2: number,
  c3: number,
  c4: number,
  c5: number,
  c6: number,
  c7: number,
  c8: number,
): number {
  let best = delta[prev] + c0;
  let arg = 0;
  if (delta[prev + 1] + c1 > best) {
    best = delta[prev + 1] + c1;
    arg = 1;
  }
  if (delta[prev + 2] + c2 > best) {
    best = delta[prev + 2] + c2;
    arg = 2;
  }
  if (delta[prev + 3] + c3 > best) {
    best = delta[prev + 3] + c3;
    arg = 3;
  }
  if (delta[prev + 4] + c4 > best) {
    best = delta[prev + 4] + c4;
    arg = 4;
  }
  if (delta[prev + 5] + c5 > best) {
    best = delta[prev + 5] + c5;
    arg = 5;
  }
  if (delta[prev + 6] + c6 > best) {
    best = delta[prev + 6] + c6;
    arg = 6;
  }
  if (delta[prev + 7] + c7 > best) {
    best = delta[prev + 7] + c7;
    arg = 7;
  }
  return delta[prev + 8] + c8 > best ? 8 : arg;
}

/**
 * beta[i][y]: the best score of the tokens after i given label y at i, for i from `first` on (after
 * viterbi on the same input; margins need it from the first name on only). A next token that can
 * only be O (onlyO) leaves one way on. After y come O, any B-, and the I- of y's own type; the
 * rest is forbidden. Transition scores in locals, as in viterbi.
 */
export function backward(
  emit: ArrayLike<number>,
  n: number,
  trans: Float64Array,
  l: Lattice,
  first = 0,
  onlyO?: Uint8Array,
): void {
  const { beta } = l;
  const t00 = trans[0],
    t01 = trans[1],
    t03 = trans[3],
    t05 = trans[5],
    t07 = trans[7];
  const t10 = trans[9],
    t11 = trans[10],
    t12 = trans[11],
    t13 = trans[12],
    t15 = trans[14],
    t17 = trans[16];
  const t20 = trans[18],
    t21 = trans[19],
    t22 = trans[20],
    t23 = trans[21],
    t25 = trans[23],
    t27 = trans[25];
  const t30 = trans[27],
    t31 = trans[28],
    t33 = trans[30],
    t34 = trans[31],
    t35 = trans[32],
    t37 = trans[34];
  const t40 = trans[36],
    t41 = trans[37],
    t43 = trans[39],
    t44 = trans[40],
    t45 = trans[41],
    t47 = trans[43];
  const t50 = trans[45],
    t51 = trans[46],
    t53 = trans[48],
    t55 = trans[50],
    t56 = trans[51],
    t57 = trans[52];
  const t60 = trans[54],
    t61 = trans[55],
    t63 = trans[57],
    t65 = trans[59],
    t66 = trans[60],
    t67 = trans[61];
  const t70 = trans[63],
    t71 = trans[64],
    t73 = trans[66],
    t75 = trans[68],
    t77 = trans[70],
    t78 = trans[71];
  const t80 = trans[72],
    t81 = trans[73],
    t83 = trans[75],
    t85 = trans[77],
    t87 = trans[79],
    t88 = trans[80];
  for (let y = 0; y < L; y++) beta[(n - 1) * L + y] = 0;
  for (let i = n - 2; i >= first; i--) {
    const next = (i + 1) * L;
    const at = i * L;
    // The scores of each way on, from the next token: its emission, then the best after it.
    const e0 = emit[next];
    const b0 = beta[next];
    if (onlyO !== undefined && onlyO[i + 1] === 1) {
      beta[at] = t00 + e0 + b0;
      beta[at + 1] = t10 + e0 + b0;
      beta[at + 2] = t20 + e0 + b0;
      beta[at + 3] = t30 + e0 + b0;
      beta[at + 4] = t40 + e0 + b0;
      beta[at + 5] = t50 + e0 + b0;
      beta[at + 6] = t60 + e0 + b0;
      beta[at + 7] = t70 + e0 + b0;
      beta[at + 8] = t80 + e0 + b0;
      continue;
    }
    const e1 = emit[next + 1];
    const b1 = beta[next + 1];
    const e2 = emit[next + 2];
    const b2 = beta[next + 2];
    const e3 = emit[next + 3];
    const b3 = beta[next + 3];
    const e4 = emit[next + 4];
    const b4 = beta[next + 4];
    const e5 = emit[next + 5];
    const b5 = beta[next + 5];
    const e6 = emit[next + 6];
    const b6 = beta[next + 6];
    const e7 = emit[next + 7];
    const b7 = beta[next + 7];
    const e8 = emit[next + 8];
    const b8 = beta[next + 8];
    let s0 = t00 + e0 + b0;
    if (t01 + e1 + b1 > s0) s0 = t01 + e1 + b1;
    if (t03 + e3 + b3 > s0) s0 = t03 + e3 + b3;
    if (t05 + e5 + b5 > s0) s0 = t05 + e5 + b5;
    if (t07 + e7 + b7 > s0) s0 = t07 + e7 + b7;
    beta[at] = s0;
    let s1 = t10 + e0 + b0;
    if (t11 + e1 + b1 > s1) s1 = t11 + e1 + b1;
    if (t13 + e3 + b3 > s1) s1 = t13 + e3 + b3;
    if (t15 + e5 + b5 > s1) s1 = t15 + e5 + b5;
    if (t17 + e7 + b7 > s1) s1 = t17 + e7 + b7;
    if (t12 + e2 + b2 > s1) s1 = t12 + e2 + b2;
    beta[at + 1] = s1;
    let s2 = t20 + e0 + b0;
    if (t21 + e1 + b1 > s2) s2 = t21 + e1 + b1;
    if (t23 + e3 + b3 > s2) s2 = t23 + e3 + b3;
    if (t25 + e5 + b5 > s2) s2 = t25 + e5 + b5;
    if (t27 + e7 + b7 > s2) s2 = t27 + e7 + b7;
    if (t22 + e2 + b2 > s2) s2 = t22 + e2 + b2;
    beta[at + 2] = s2;
    let s3 = t30 + e0 + b0;
    if (t31 + e1 + b1 > s3) s3 = t31 + e1 + b1;
    if (t33 + e3 + b3 > s3) s3 = t33 + e3 + b3;
    if (t35 + e5 + b5 > s3) s3 = t35 + e5 + b5;
    if (t37 + e7 + b7 > s3) s3 = t37 + e7 + b7;
    if (t34 + e4 + b4 > s3) s3 = t34 + e4 + b4;
    beta[at + 3] = s3;
    let s4 = t40 + e0 + b0;
    if (t41 + e1 + b1 > s4) s4 = t41 + e1 + b1;
    if (t43 + e3 + b3 > s4) s4 = t43 + e3 + b3;
    if (t45 + e5 + b5 > s4) s4 = t45 + e5 + b5;
    if (t47 + e7 + b7 > s4) s4 = t47 + e7 + b7;
    if (t44 + e4 + b4 > s4) s4 = t44 + e4 + b4;
    beta[at + 4] = s4;
    let s5 = t50 + e0 + b0;
    if (t51 + e1 + b1 > s5) s5 = t51 + e1 + b1;
    if (t53 + e3 + b3 > s5) s5 = t53 + e3 + b3;
    if (t55 + e5 + b5 > s5) s5 = t55 + e5 + b5;
    if (t57 + e7 + b7 > s5) s5 = t57 + e7 + b7;
    if (t56 + e6 + b6 > s5) s5 = t56 + e6 + b6;
    beta[at + 5] = s5;
    let s6 = t60 + e0 + b0;
    if (t61 + e1 + b1 > s6) s6 = t61 + e1 + b1;
    if (t63 + e3 + b3 > s6) s6 = t63 + e3 + b3;
    if (t65 + e5 + b5 > s6) s6 = t65 + e5 + b5;
    if (t67 + e7 + b7 > s6) s6 = t67 + e7 + b7;
    if (t66 + e6 + b6 > s6) s6 = t66 + e6 + b6;
    beta[at + 6] = s6;
    let s7 = t70 + e0 + b0;
    if (t71 + e1 + b1 > s7) s7 = t71 + e1 + b1;
    if (t73 + e3 + b3 > s7) s7 = t73 + e3 + b3;
    if (t75 + e5 + b5 > s7) s7 = t75 + e5 + b5;
    if (t77 + e7 + b7 > s7) s7 = t77 + e7 + b7;
    if (t78 + e8 + b8 > s7) s7 = t78 + e8 + b8;
    beta[at + 7] = s7;
    let s8 = t80 + e0 + b0;
    if (t81 + e1 + b1 > s8) s8 = t81 + e1 + b1;
    if (t83 + e3 + b3 > s8) s8 = t83 + e3 + b3;
    if (t85 + e5 + b5 > s8) s8 = t85 + e5 + b5;
    if (t87 + e7 + b7 > s8) s8 = t87 + e7 + b7;
    if (t88 + e8 + b8 > s8) s8 = t88 + e8 + b8;
    beta[at + 8] = s8;
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
