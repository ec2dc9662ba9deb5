// wink-nlp, loaded once per process: the model takes far longer to load than an article to read,
// and extraction is the hot path of ingest.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { isBlank, startsLetter, startsLower } from "./char-class.js";

/** One token with its character span in the article text. */
export interface Tok {
  text: string;
  lower: string;
  pos: string;
  start: number;
  end: number;
}

/** A sentence as token and character ranges (end exclusive). */
export interface Sentence {
  index: number;
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  /** Title-case or unpunctuated lines: headlines, labels, furniture. Names only from the gazetteer there. */
  headline: boolean;
}

export interface Analysed {
  tokens: Tok[];
  /** The tokens' texts, as an array of its own: gazetteer matching takes string arrays. */
  texts: string[];
  sentences: Sentence[];
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

export function getNlp(): Nlp {
  nlp ??= winkNLP(model, ["sbd", "pos"]);
  return nlp;
}

const TERMINAL = /[.!?"”’)]$/;

/** Is this line a headline or label rather than running text? */
// Words Title Case leaves in lower case.
const TITLE_CASE_SMALL = new Set([
  "a",
  "an",
  "the",
  "and",
  "or",
  "nor",
  "but",
  "of",
  "in",
  "on",
  "at",
  "to",
  "for",
  "by",
  "with",
  "from",
  "as",
  "vs",
  "via",
  "into",
  "amid",
  "over",
]);

function isHeadline(tokens: Tok[], from: number, to: number): boolean {
  const last = tokens[to - 1];
  if (!last || !TERMINAL.test(last.text)) return true;
  // Title Case: no lowercase word beyond the small ones. Running text, however name-dense, has some.
  let words = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!startsLetter(t.text)) continue;
    words++;
    if (startsLower(t.text) && !TITLE_CASE_SMALL.has(t.lower) && !t.text.startsWith("'")) return false;
  }
  return words >= 3;
}

/**
 * v.toLowerCase(), skipping the call for what most tokens are — ASCII with no capital, already
 * their own lowercase form.
 */
function lowerCase(v: string): string {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90)) return v.toLowerCase();
  }
  return v;
}

/** Is there a line break in text[from, to)? Without slicing: this runs between every two tokens. */
function newlineIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * Tokens with character offsets, and sentences split by wink-nlp and, further, at line breaks:
 * news pages put headlines, bullets and labels on lines of their own without a full stop.
 */
export function analyse(text: string): Analysed {
  const n = getNlp();
  const its = n.its;
  const doc = n.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const tokens: Tok[] = [];
  // Tokens i with a line break between token i-1 and token i, or inside token i, in order — known
  // while placing the tokens, so the sentence split below need not look at the text again.
  const breaks: number[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    let at = text.indexOf(v, cursor);
    // wink may normalise a token's form; then place it at the cursor rather than lose the sentence.
    if (at < 0 || at - cursor > 200) at = cursor;
    tokens.push({
      text: v,
      lower: lowerCase(v),
      pos: tags[i],
      start: at,
      end: Math.min(text.length, at + v.length),
    });
    if (i > 0 && (newlineIn(text, tokens[i - 1].end, at) || newlineIn(v, 0, v.length))) breaks.push(i);
    cursor = at + v.length;
  }
  // One call for all spans: a sentence item per sentence (each()) costs more than reading its span.
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const sentences: Sentence[] = [];
  const blank = (i: number): boolean => isBlank(tokens[i].text);
  const push = (from: number, to: number): void => {
    // wink keeps line breaks as tokens; a sentence starts and ends on text.
    while (from < to && blank(from)) from++;
    while (to > from && blank(to - 1)) to--;
    if (to <= from) return;
    sentences.push({
      index: sentences.length,
      tokStart: from,
      tokEnd: to,
      start: tokens[from].start,
      end: tokens[to - 1].end,
      headline: isHeadline(tokens, from, to),
    });
  };
  let next = 0;
  for (const [a, last] of spans) {
    const b = last + 1;
    // The first break after a (spans come in order; start over should one not).
    if (next > 0 && breaks[next - 1] > a) next = 0;
    while (next < breaks.length && breaks[next] <= a) next++;
    let from = a;
    for (; next < breaks.length && breaks[next] < b; next++) {
      push(from, breaks[next]);
      from = breaks[next];
    }
    push(from, b);
  }
  return { tokens, texts: values, sentences };
}
