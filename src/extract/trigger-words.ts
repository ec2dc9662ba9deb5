// Single-word triggers found in one pass over a sentence. A pattern like /\b(?:sent|send|…)\b/g can
// only match a whole run of word characters (every alternative is letters, with \b on both sides),
// so cutting the sentence into such runs and looking each up in a table finds exactly the matches
// matchAll would — for several word lists at once, instead of one regex scan per list.

/** A trigger in the text: where it starts and the word (`[0]`, as in a RegExp match). */
export interface WordHit {
  index: number;
  0: string;
}

/** A word list written one word after another, white space between. */
export function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/** Word → the lists it is on; built once per set of lists. */
export interface TriggerIndex<K extends string> {
  kinds: readonly K[];
  lists: Map<string, K[]>;
  minLength: number;
  maxLength: number;
  /**
   * The first two characters of some trigger, as a flag per pair of \w character codes: a word
   * starting any other way is passed over without cutting it out of the text and looking it up,
   * which is most words.
   */
  openings: Uint8Array;
}

const pairIndex = (a: number, b: number): number => (a << 7) | b;

export function triggerIndex<K extends string>(lists: Record<K, ReadonlySet<string>>): TriggerIndex<K> {
  const kinds = Object.keys(lists) as K[];
  const byWord = new Map<string, K[]>();
  let minLength = Infinity;
  let maxLength = 0;
  for (const kind of kinds) {
    for (const w of lists[kind]) {
      if (!/^\w+$/.test(w)) throw new Error(`trigger "${w}" is not a single word`);
      const on = byWord.get(w) ?? [];
      on.push(kind);
      byWord.set(w, on);
      minLength = Math.min(minLength, w.length);
      maxLength = Math.max(maxLength, w.length);
    }
  }
  const openings = new Uint8Array(128 * 128);
  for (const w of byWord.keys()) openings[pairIndex(w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : 0)] = 1;
  return { kinds, lists: byWord, minLength, maxLength, openings };
}

/** A character \w matches (ASCII letters, digits, underscore): the runs \b delimits. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

// What a list without hits answers: most sentences hold no trigger of most lists, and one shared
// empty list spares making one per list and sentence. Never pushed to (see below).
const NONE: WordHit[] = [];

/** Every trigger of every list in `text`, in text order per list. The lists are the caller's to read, not to change. */
export function scanTriggers<K extends string>(
  text: string,
  index: TriggerIndex<K>,
): Record<K, readonly WordHit[]> {
  const out = {} as Record<K, WordHit[]>;
  for (const kind of index.kinds) out[kind] = NONE;
  const n = text.length;
  let k = 0;
  while (k < n) {
    if (!isWordCode(text.charCodeAt(k))) {
      k++;
      continue;
    }
    const from = k;
    while (k < n && isWordCode(text.charCodeAt(k))) k++;
    const len = k - from;
    if (len < index.minLength || len > index.maxLength) continue;
    // Every \w code is below 128, so the pair indexes the table; a one-letter word pairs with 0.
    if (!index.openings[pairIndex(text.charCodeAt(from), len > 1 ? text.charCodeAt(from + 1) : 0)]) continue;
    const word = text.slice(from, k);
    const kinds = index.lists.get(word);
    if (kinds)
      for (const kind of kinds) {
        if (out[kind] === NONE) out[kind] = [];
        out[kind].push({ index: from, 0: word });
      }
  }
  return out;
}
