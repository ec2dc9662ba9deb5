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
}

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
  return { kinds, lists: byWord, minLength, maxLength };
}

/** A character \w matches (ASCII letters, digits, underscore): the runs \b delimits. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Every trigger of every list in `text`, in text order per list. */
export function scanTriggers<K extends string>(text: string, index: TriggerIndex<K>): Record<K, WordHit[]> {
  const out = {} as Record<K, WordHit[]>;
  for (const kind of index.kinds) out[kind] = [];
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
    const word = text.slice(from, k);
    const kinds = index.lists.get(word);
    if (kinds) for (const kind of kinds) out[kind].push({ index: from, 0: word });
  }
  return out;
}
