// Training-data augmentation: extra copies of the training sentences in which names are swapped
// for other names of the same type, and some people get a title in front. The copies teach the
// model the contexts of names rather than the names themselves, and that "Gen." or "Foreign
// Minister" before a person is not part of the name (geokg keeps titles outside names).
import { ROLE_HEADS, TITLE_WORDS } from "../lexicon.js";
import type { LabelledSentence } from "./corpus.js";
import { spansOf } from "./evaluate.js";

export interface AugmentOptions {
  /** Chance that a name in a copy is replaced by another name of its type. */
  replace: number;
  /** Chance that a person in a copy not already after a title gets one. */
  title: number;
}

const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** Title forms from lexicon.ts: role heads ("Minister"), qualifier + head ("Foreign Minister"), abbreviations ("Gen."). */
function titleForms(): { heads: string[]; qualifiers: string[]; abbreviations: string[] } {
  const all = [...TITLE_WORDS].sort();
  return {
    heads: [...ROLE_HEADS].sort().map(capitalise),
    qualifiers: all.filter((w) => !ROLE_HEADS.has(w) && !w.endsWith(".")).map(capitalise),
    abbreviations: all.filter((w) => w.endsWith(".")).map(capitalise),
  };
}

/** Every name in the sentences, by type, as token lists (duplicates kept: frequent names stay frequent). */
function namePools(sentences: readonly LabelledSentence[]): string[][][] {
  const pools: string[][][] = [[], [], [], []];
  for (const s of sentences)
    for (const n of spansOf(s.labels)) pools[n.type].push(s.tokens.slice(n.start, n.end));
  return pools;
}

export function augment(
  sentences: readonly LabelledSentence[],
  rand: () => number,
  o: AugmentOptions,
): LabelledSentence[] {
  const pools = namePools(sentences);
  const titles = titleForms();
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const title = (): string[] => {
    const r = rand();
    if (r < 0.3) return [pick(titles.abbreviations)];
    if (r < 0.6) return [pick(titles.qualifiers), pick(titles.heads)];
    return [pick(titles.heads)];
  };
  const out: LabelledSentence[] = [];
  for (const s of sentences) {
    const names = spansOf(s.labels);
    if (names.length === 0) continue;
    const tokens: string[] = [];
    const labels: number[] = [];
    let at = 0;
    for (const n of names) {
      for (; at < n.start; at++) {
        tokens.push(s.tokens[at]);
        labels.push(s.labels[at]);
      }
      const prev = s.tokens[n.start - 1]?.toLowerCase().replace(/\.$/, "");
      if (n.type === 0 && rand() < o.title && (prev === undefined || !TITLE_WORDS.has(prev)))
        for (const t of title()) {
          tokens.push(t);
          labels.push(0);
        }
      const name = rand() < o.replace ? pick(pools[n.type]) : s.tokens.slice(n.start, n.end);
      name.forEach((t, k) => {
        tokens.push(t);
        labels.push(k === 0 ? 1 + 2 * n.type : 2 + 2 * n.type);
      });
      at = n.end;
    }
    for (; at < s.tokens.length; at++) {
      tokens.push(s.tokens[at]);
      labels.push(s.labels[at]);
    }
    out.push({ tokens, labels });
  }
  return out;
}
