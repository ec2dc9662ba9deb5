// String similarity for names, with the guards that keep two different people apart.
import { normalizeName } from "./gazetteer/index.js";
import { NAME_PARTICLES } from "./lexicon.js";

// The DP row editDistance reuses; it only ever grows, to the longest name compared.
const row: number[] = [];

/** Levenshtein distance (small strings: names and name parts). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  // A plain counting loop over one row kept between calls: allocating a row per call (or Array.from
  // with a mapper) costs more than the distance itself on short names.
  const prev = row;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (ai === b.charCodeAt(j - 1) ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

// Memos of pure functions of a name, shared by the extractor, the entity registry and curate: an answer
// never depends on what was read before, only the time to give it does (unlike ExtractorState's).
const cache = new Map<string, string>();
const partsCache = new Map<string, string[]>();

/** normalizeName, memoised: resolution compares the same few names many times per article. */
export function normName(s: string): string {
  let n = cache.get(s);
  if (n === undefined) {
    if (cache.size > 200_000) cache.clear();
    n = normalizeName(s);
    cache.set(s, n);
  }
  return n;
}

export function nameParts(name: string): string[] {
  let p = partsCache.get(name);
  if (!p) {
    if (partsCache.size > 200_000) partsCache.clear();
    // Particles ("al", "el", "bin", "da") are spelled every way and carry no identity of their own.
    p = normName(name)
      .split(" ")
      .filter((w) => w && !NAME_PARTICLES.has(w));
    partsCache.set(name, p);
  }
  return p;
}

/**
 * Are two name parts spelling variants of one another ("sergey"/"sergei", "shoigu"/"shoygu",
 * "choe"/"chon")? Same initial, and at most one edit per four letters — "un" and "il" stay apart.
 */
export function partVariant(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0] || Math.min(a.length, b.length) < 3) return false;
  const allowed = Math.max(1, Math.floor(Math.min(a.length, b.length) / 4));
  if (Math.abs(a.length - b.length) > allowed) return false;
  return editDistance(a, b) <= allowed;
}

/**
 * Are two full person names the same person under a variant spelling? Same number of parts, all
 * equal but one, and that one a spelling variant. "Kim Jong Un" vs "Kim Jong Il" fails (u ≠ i);
 * "Kim Yo Jong" vs "Kim Jong Un" fails (two parts differ).
 */
export function sameNameVariant(a: string, b: string): boolean {
  const pa = nameParts(a);
  const pb = nameParts(b);
  if (pa.length < 2 || pa.length !== pb.length) return false;
  let diffs = 0;
  for (let i = 0; i < pa.length; i++) {
    if (pa[i] === pb[i]) continue;
    if (!partVariant(pa[i], pb[i])) return false;
    diffs++;
  }
  return diffs <= 1;
}

const slugCache = new Map<string, string>();

/** Id slug of a name, memoised: every mention of an unknown name asks for its entity id. */
export function slug(s: string): string {
  let out = slugCache.get(s);
  if (out === undefined) {
    if (slugCache.size > 200_000) slugCache.clear();
    out = normName(s)
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "");
    slugCache.set(s, out);
  }
  return out;
}
