// Reading the NER training corpus (CoNLL-style TSV: TOKEN<TAB>TAG, blank line between sentences)
// and bringing its tokens to the way wink-nlp cuts text, so training sees what decoding will see.
// Used by scripts/train-ner.ts only; the corpus itself never enters the project.
import { readFileSync } from "node:fs";
import { tokenise } from "../nlp.js";
import { posTags } from "./pos.js";
import { LABELS, isBegin, type Label } from "./types.js";

export interface LabelledSentence {
  tokens: string[];
  /** Label indices (LABELS order). */
  labels: number[];
  /** Part-of-speech tags, when worked out (withTags). */
  tags?: string[];
}

const LABEL_INDEX = new Map<string, number>(LABELS.map((l, i) => [l, i]));

export function readConll(path: string): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  let cur: LabelledSentence = { tokens: [], labels: [] };
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line.trim() === "") {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], labels: [] };
      continue;
    }
    const tab = line.lastIndexOf("\t");
    const tag = line.slice(tab + 1).trim();
    const y = LABEL_INDEX.get(tag as Label);
    if (tab <= 0 || y === undefined) throw new Error(`${path}: bad line ${JSON.stringify(line)}`);
    cur.tokens.push(line.slice(0, tab));
    cur.labels.push(y);
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

/**
 * How wink-nlp cuts one corpus token, when it cuts it into pieces that spell the token exactly:
 * wink splits "All-American" and "Liberal-Labour" at the hyphen (as UD already does with "al-Ani")
 * but keeps "e-mail" and "pro-Beijing"; it splits "Miller's". Only tokens with inner punctuation
 * are asked, and each distinct token once.
 */
export function winkSplitter(): (token: string) => string[] | undefined {
  const cache = new Map<string, string[] | undefined>();
  return (token) => {
    if (!/[\p{L}\p{N}][^\p{L}\p{N}]+[\p{L}\p{N}]/u.test(token)) return undefined;
    if (cache.has(token)) return cache.get(token);
    // tokenise reads extended Latin letters as base letters at the same offsets, as analyse does:
    // cut the token itself at the lengths of wink's pieces.
    const { values, read } = tokenise(token);
    const pieces: string[] = [];
    let at = 0;
    for (const v of values) {
      pieces.push(token.slice(at, at + v.length));
      at += v.length;
    }
    const split = pieces.length > 1 && values.join("") === (read ?? token) ? pieces : undefined;
    cache.set(token, split);
    return split;
  };
}

/** The sentence with tokens cut as wink cuts them; a name's label spreads over its pieces. */
export function retokenise(
  s: LabelledSentence,
  split: (token: string) => string[] | undefined,
): LabelledSentence {
  const tokens: string[] = [];
  const labels: number[] = [];
  s.tokens.forEach((t, i) => {
    const y = s.labels[i];
    const pieces = split(t) ?? [t];
    pieces.forEach((p, k) => {
      tokens.push(p);
      labels.push(k > 0 && isBegin(y) ? y + 1 : y);
    });
  });
  return { tokens, labels };
}

/**
 * wink keeps some possessives on their word ("Kim's brother") and splits others ("Russia 's"); the
 * corpus always splits them. Glue a share of them back, chosen by `pick`, so the model meets both.
 */
export function glueSomePossessives(s: LabelledSentence, pick: () => boolean): LabelledSentence {
  const tokens: string[] = [];
  const labels: number[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i];
    const prev = tokens.length - 1;
    if ((t === "'s" || t === "’s") && prev >= 0 && /\p{L}$/u.test(tokens[prev]) && pick()) {
      tokens[prev] += t;
      continue;
    }
    tokens.push(t);
    labels.push(s.labels[i]);
  }
  return { tokens, labels };
}

/** The sentence with wink-nlp's part-of-speech tags for its tokens. */
export const withTags = (s: LabelledSentence): LabelledSentence => ({ ...s, tags: posTags(s.tokens) });
