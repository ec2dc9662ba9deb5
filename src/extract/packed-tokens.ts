// What wink-nlp tells of an article (WinkTokens), packed to cross between threads: the token texts as
// one string, the tags as bytes and the sentence spans as one Int32Array. Cloned as arrays, each of an
// article's few hundred tokens was a string of its own to copy out and in again; packed, an article is
// one string and two buffers, and unpacking is one split. The reader thread tokenises ahead of the
// extracting one with it (tokenise-ahead.ts).
import { winkReadable, type WinkTokens } from "./nlp.js";
import { POS_TAGS, posIndex } from "./tagger/features.js";

export interface PackedTokens {
  /** The token texts joined by SEPARATOR. */
  values: string;
  /** Each token's tag as its index in the tagger's POS_TAGS. */
  tags: Uint8Array;
  /** Sentence spans, flattened: first and last token of each. */
  spans: Int32Array;
  /** wink read a copy of the text with its extended Latin letters replaced (WinkTokens.read). */
  copied: boolean;
}

/** Never in an article's text (pack declines a text holding it), so never inside a token. */
const SEPARATOR = "\u0000";

/**
 * The tokens packed, or undefined when they cannot be (a text holding the separator, a tag outside
 * POS_TAGS): the extracting thread then tokenises the article itself, with the same result.
 */
export function packTokens(text: string, t: WinkTokens): PackedTokens | undefined {
  if (text.includes(SEPARATOR)) return undefined;
  const tags = new Uint8Array(t.tags.length);
  for (let i = 0; i < tags.length; i++) {
    // The tagger's own tag list; a tag outside it would come back as X.
    const k = posIndex(t.tags[i]);
    if (POS_TAGS[k] !== t.tags[i]) return undefined;
    tags[i] = k;
  }
  const spans = new Int32Array(t.spans.length * 2);
  t.spans.forEach(([first, last], i) => {
    spans[2 * i] = first;
    spans[2 * i + 1] = last;
  });
  return { values: t.values.join(SEPARATOR), tags, spans, copied: t.read !== undefined };
}

/**
 * The tokens of `text` from their packed form. The copy wink read (`read`) is made again here rather than
 * sent: it is the article's text once more, and making it is one scan — of the articles that need it.
 */
export function unpackTokens(p: PackedTokens, text: string): WinkTokens {
  const values = p.tags.length ? p.values.split(SEPARATOR) : [];
  const tags = new Array<string>(p.tags.length);
  for (let i = 0; i < tags.length; i++) tags[i] = POS_TAGS[p.tags[i]];
  const spans: [number, number][] = [];
  for (let i = 0; i < p.spans.length; i += 2) spans.push([p.spans[i], p.spans[i + 1]]);
  const read = p.copied ? winkReadable(text) : undefined;
  return read === undefined ? { values, tags, spans } : { values, tags, spans, read };
}
