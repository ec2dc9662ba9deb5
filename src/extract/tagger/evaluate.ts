// Entity-level scoring: a predicted name counts only when its span and type both equal a gold name.
import { NAME_TYPES, isBegin, isInside, typeIndex, type NameType } from "./types.js";

export interface LabelSpan {
  start: number;
  end: number;
  type: number;
}

/** Names in a BIO label sequence. An I- that does not continue a name of its type opens one (conlleval). */
export function spansOf(labels: ArrayLike<number>, n: number = labels.length): LabelSpan[] {
  const out: LabelSpan[] = [];
  let open: LabelSpan | undefined;
  for (let i = 0; i < n; i++) {
    const y = labels[i];
    const continues = open !== undefined && isInside(y) && typeIndex(y) === open.type;
    if (continues && open) {
      open.end = i + 1;
      continue;
    }
    open = undefined;
    if (isBegin(y) || isInside(y)) {
      open = { start: i, end: i + 1, type: typeIndex(y) };
      out.push(open);
    }
  }
  return out;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score extends Counts {
  p: number;
  r: number;
  f1: number;
}

/** Per-type counts plus the overall ("ALL"). */
export type Tally = Record<NameType | "ALL", Counts>;

export function emptyTally(): Tally {
  const t = { ALL: { tp: 0, fp: 0, fn: 0 } } as Tally;
  for (const ty of NAME_TYPES) t[ty] = { tp: 0, fp: 0, fn: 0 };
  return t;
}

export function tallySentence(tally: Tally, gold: ArrayLike<number>, pred: ArrayLike<number>): void {
  const key = (s: LabelSpan): string => `${s.start}:${s.end}:${s.type}`;
  const g = spansOf(gold);
  const p = spansOf(pred);
  const goldKeys = new Set(g.map(key));
  const predKeys = new Set(p.map(key));
  for (const s of p) {
    const c = goldKeys.has(key(s)) ? "tp" : "fp";
    tally[NAME_TYPES[s.type]][c]++;
    tally.ALL[c]++;
  }
  for (const s of g) {
    if (predKeys.has(key(s))) continue;
    tally[NAME_TYPES[s.type]].fn++;
    tally.ALL.fn++;
  }
}

export function score(c: Counts): Score {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { ...c, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
