// The pure half of dom.ts: which URLs may become links, and where names fall in a sentence. Kept
// free of the DOM so the rules are unit-tested in Node.

/** Only http(s) URLs become links: a `javascript:` or `data:` URL in stored data must never be clickable. */
export function isSafeUrl(url: string | null | undefined): url is string {
  return typeof url === "string" && /^https?:\/\//i.test(url);
}

/** A regular expression source matching `text` literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export interface Segment {
  text: string;
  /** True for an occurrence of one of the names. */
  mark: boolean;
}

/**
 * The sentence cut into plain and marked pieces, marking every whole-word occurrence of the names.
 * Matching is case-insensitive; longer names win so a full name beats its surname alone.
 */
export function markSegments(sentence: string, names: string[]): Segment[] {
  const wanted = [...new Set(names.filter((n) => n && n.length > 1))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return sentence ? [{ text: sentence, mark: false }] : [];
  // Whole words only: a country name should not be marked inside its demonym.
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])(${wanted.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`,
    "giu",
  );
  const out: Segment[] = [];
  let last = 0;
  for (const m of sentence.matchAll(re)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ text: sentence.slice(last, at), mark: false });
    out.push({ text: m[0], mark: true });
    last = at + m[0].length;
  }
  if (last < sentence.length) out.push({ text: sentence.slice(last), mark: false });
  return out;
}
