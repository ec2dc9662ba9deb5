// Looking names up in the gazetteer cheaply: which words may start a form, how far a form may reach.
import { normalizeName, type Gazetteer, type GazetteerEntry } from "../gazetteer/index.js";
import type { Analysed } from "../nlp.js";
import { isCap, isLow } from "./mention.js";

/** The first token in [from, to] where a gazetteer form starts, if any. */
export function gazetteerWithin(
  doc: Analysed,
  gaz: Gazetteer,
  from: number,
  to: number,
  end: number,
): number | undefined {
  for (let q = from; q <= to; q++) {
    if (
      isCap(doc, q) &&
      mayStart(gaz, doc.texts[q], doc.lowers[q]) &&
      gaz.matchAt(doc.texts, q, windowEnd(doc, q, end))
    )
      return q;
  }
  return undefined;
}

const firstWords = new WeakMap<Gazetteer, Set<string>>();
// Answers per gazetteer and lowercased word: the same capitalised words recur across articles.
const mayStartMemo = new WeakMap<Gazetteer, Map<string, boolean>>();

/**
 * Can a gazetteer form start with this word? One set lookup instead of matchAt's normalising of every
 * span: most capitalised words in news are not the start of any gazetteer form.
 */
// The last gazetteer asked about and its memo: one process extracts with one gazetteer, and a
// WeakMap lookup per capitalised word costs more than the memo lookup itself.
let lastGaz: Gazetteer | undefined;
let lastMemo: Map<string, boolean> | undefined;

export function mayStart(gaz: Gazetteer, text: string, lower: string): boolean {
  let memo = gaz === lastGaz ? lastMemo : mayStartMemo.get(gaz);
  if (!memo) {
    memo = new Map();
    mayStartMemo.set(gaz, memo);
  }
  lastGaz = gaz;
  lastMemo = memo;
  // Keyed by the token's text, not its lowercase form: wink gives every occurrence of a word the
  // same string, whose hash is then already known; the lowercase form is a new string per token.
  let answer = memo.get(text);
  if (answer === undefined) {
    answer = computeMayStart(gaz, lower);
    if (memo.size > 100_000) memo.clear();
    memo.set(text, answer);
  }
  return answer;
}

function computeMayStart(gaz: Gazetteer, lower: string): boolean {
  let set = firstWords.get(gaz);
  if (!set) {
    set = new Set();
    for (const e of gaz.entries) {
      for (const f of [e.name, ...e.aliases, ...(e.demonyms ?? [])]) {
        const w = normalizeName(f).split(" ")[0];
        if (w) set.add(w);
      }
    }
    firstWords.set(gaz, set);
  }
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
    if (sub && sub.length === p && sub.entry.type === "Country") return p;
  }
  return 0;
}

const entryPartsMemo = new WeakMap<GazetteerEntry, string[]>();

/** The lowercase words of a gazetteer person's name (split at spaces and hyphens), once per entry. */
export function entryParts(e: GazetteerEntry): string[] {
  let parts = entryPartsMemo.get(e);
  if (!parts) {
    parts = e.name.toLowerCase().split(/[\s-]+/);
    entryPartsMemo.set(e, parts);
  }
  return parts;
}
