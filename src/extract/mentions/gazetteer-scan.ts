// Looking names up in the gazetteer cheaply: which words may start a form, how far a form may reach.
import {
  normalizeName,
  type Gazetteer,
  type GazetteerEntry,
  type GazetteerMatch,
} from "../gazetteer/index.js";
import { STATE_BODY } from "../lexicon.js";
import type { Analysed } from "../nlp.js";
import { MEMO_LIMIT, type ExtractorState } from "../state.js";
import { isCap, isLow } from "./mention.js";

/**
 * The gazetteer form starting at the capitalised token q and ending by `end`, if any: the cheap
 * mayStart test first, matchAt only when a form may start there.
 */
export function knownNameAt(
  doc: Analysed,
  state: ExtractorState,
  q: number,
  end: number,
): GazetteerMatch | undefined {
  return isCap(doc, q) && mayStart(state, doc.texts[q], doc.lowers[q])
    ? state.gaz.matchAt(doc.texts, q, end)
    : undefined;
}

/** The first token in [from, to] where a gazetteer form starts, if any. */
export function gazetteerWithin(
  doc: Analysed,
  state: ExtractorState,
  from: number,
  to: number,
  end: number,
): number | undefined {
  for (let q = from; q <= to; q++) {
    if (knownNameAt(doc, state, q, windowEnd(doc, q, end))) return q;
  }
  return undefined;
}

/**
 * Can a gazetteer form start with this word? One set lookup instead of matchAt's normalising of every
 * span: most capitalised words in news are not the start of any gazetteer form.
 */
export function mayStart(state: ExtractorState, text: string, lower: string): boolean {
  const memo = state.mayStart;
  // Keyed by the token's text, not its lowercase form: wink gives every occurrence of a word the
  // same string, whose hash is then already known; the lowercase form is a new string per token.
  let answer = memo.get(text);
  if (answer === undefined) {
    answer = computeMayStart(state, lower);
    if (memo.size > MEMO_LIMIT) memo.clear();
    memo.set(text, answer);
  }
  return answer;
}

function computeMayStart(state: ExtractorState, lower: string): boolean {
  const set = state.gaz.firstWords;
  const w = normalizeName(lower);
  // "People 's Liberation Army" is tokenised before its "'s": "people" starts "peoples liberation army".
  if (set.has(w) || set.has(w + "s")) return true;
  const sp = w.indexOf(" ");
  return sp > 0 && set.has(w.slice(0, sp));
}

const JOINERS = new Set(["of", "the", "and", "for", "de", "al", "-", "'", "’", "'s", "’s", "."]);

/**
 * The end of the tokens a gazetteer form starting at i can span: up to the end of the sentence and
 * at most one lowercase word ("Tass agency"). Keeps matchAt from normalising long tails.
 */
export function windowEnd(doc: Analysed, i: number, end: number): number {
  const lowers = doc.lowers;
  let k = i + 1;
  let lower = 0;
  while (k < end && k - i < 10) {
    if (isLow(doc, k) && !JOINERS.has(lowers[k])) {
      if (++lower > 1) break;
    } else if (!JOINERS.has(lowers[k])) lower = 0;
    k++;
  }
  return k;
}

/** Length of a state name or demonym that starts a longer organisation/place match, else 0. */
export function statePrefix(texts: string[], gaz: Gazetteer, i: number, end: number): number {
  for (let p = end - i - 1; p >= 1; p--) {
    const sub = gaz.matchAt(texts, i, i + p);
    if (!sub || sub.length !== p || sub.entry.type !== "Country") continue;
    // "British Airways", "Qatar Airways": a state's name or demonym opening a gazetteer name other than a
    // state body's is part of that name. Not a possessive: "South Korea's Joint Chiefs" are the state's.
    const possessive = /^['’]s$/.test(texts[i + p] ?? "");
    if (!possessive && !texts.slice(i + p, end).some((t) => STATE_BODY.has(t.toLowerCase()))) return 0;
    return p;
  }
  return 0;
}

/** The lowercase words of a gazetteer person's name (split at spaces and hyphens), once per entry. */
export function entryParts(state: ExtractorState, e: GazetteerEntry): string[] {
  let parts = state.entryParts.get(e);
  if (!parts) {
    parts = e.name.toLowerCase().split(/[\s-]+/);
    state.entryParts.set(e, parts);
  }
  return parts;
}
