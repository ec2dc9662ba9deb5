// Titles of works in quotation marks: "The Salt Orchard" (a film), "Study of an Old Man in a Fur Cap"
// (a painting). Their capitalised words name no person, organisation or place of the story.
import type { Gazetteer } from "../gazetteer/index.js";
import { TITLE_CASE_SMALL, type Analysed, type Sentence } from "../nlp.js";
import { classify } from "./classify.js";
import { outletContext, typeBefore } from "./context.js";
import { isCap, isWord } from "./mention.js";

const OPENING = new Set(["“", '"', "‘"]);
const CLOSING = new Set(["”", '"', "’"]);
/** Longest title looked for, in tokens. */
const MAX_TITLE = 14;

/**
 * If token i stands inside a quoted title — quotation marks around two or more words, all capitalised
 * but the small words Title Case leaves lower ("of", "a", "in" …) — the token after the closing mark.
 * Quoted speech has lowercase words; one-word quotes are left alone, and so are quoted names that
 * their own words or the noun before or after them type ('the group "Kessel Front"', "the ‘Kessel
 * Standard’ newspaper").
 */
export function quotedTitleEnd(doc: Analysed, gaz: Gazetteer, s: Sentence, i: number): number | undefined {
  const { texts, lowers } = doc;
  let open = i - 1;
  while (open >= s.tokStart && open > i - MAX_TITLE && !OPENING.has(texts[open])) {
    if (!titleWord(doc, open, lowers[open])) return undefined;
    open--;
  }
  if (open < s.tokStart || !OPENING.has(texts[open])) return undefined;
  let close = i;
  while (close < s.tokEnd && close < open + MAX_TITLE && !CLOSING.has(texts[close])) {
    if (!titleWord(doc, close, lowers[close])) return undefined;
    close++;
  }
  if (close >= s.tokEnd || !CLOSING.has(texts[close])) return undefined;
  let words = 0;
  for (let k = open + 1; k < close; k++) if (isWord(doc, k)) words++;
  if (words < 2) return undefined;
  // 'the group "Kessel Front"', '"Kessel Front"': a quoted name of an organisation or place stays one.
  const kind = classify(doc, open + 1, close);
  if (kind === "Organization" || kind === "Place" || typeBefore(doc, open)) return undefined;
  // '"Glory to Ukraine"', '"Free Imran Khan"': a slogan's state or person is still named.
  for (let k = open + 1; k < close; k++)
    if (isCap(doc, k) && gaz.matchAt(doc.texts, k, close)) return undefined;
  // "the ‘Kessel Standard’ newspaper": a quoted outlet.
  return outletContext(doc, open + 1, close) === "noun" ? undefined : close + 1;
}

/** A word a title may hold: capitalised, or a small word; any other token ends the search. */
function titleWord(doc: Analysed, k: number, lower: string): boolean {
  if (!isWord(doc, k)) return /^[-–:,'’]$/.test(doc.texts[k]);
  return isCap(doc, k) || TITLE_CASE_SMALL.has(lower);
}
