// Names completed by a city: "Bayern Munich", "Inter Milan" (clubs), "Denzel Washington" (a person). A
// run of proper words that ends in a city the gazetteer knows is one name, not a word and a city —
// unless its first words place the city ("North Kessel", "Greater Kessel"), which leaves it a place.
// Whose name it is, the sentence tells: among match words, a club's.
import type { Analysed } from "../nlp.js";
import type { ExtractorState } from "../state.js";
import { NAME_OPENERS, NOT_NAME, ORG_LEAD, ORG_TAIL, PLACE_TAIL, TITLE_WORDS } from "../lexicon.js";
import { mayStart } from "./gazetteer-scan.js";
import { isCap } from "./mention.js";

/** First words that make a city's name a part of it or a district, not another name's tail. */
export const PLACE_QUALIFIERS = new Set(
  `north south east west northern southern eastern western central upper lower greater inner outer old new
  metro metropolitan downtown occupied free`.split(/\s+/),
);

/** Where a gazetteer place (not a state) that ends the run [from, end) starts, if one does. */
export function placeEnding(
  doc: Analysed,
  state: ExtractorState,
  from: number,
  end: number,
): number | undefined {
  for (let q = from + 1; q < end; q++) {
    if (!isCap(doc, q) || !mayStart(state, doc.texts[q], doc.lowers[q])) continue;
    const hit = state.gaz.matchAt(doc.texts, q, end);
    if (hit && q + hit.length === end) return hit.entry.type === "Place" ? q : undefined;
  }
  return undefined;
}

/** Are the words [from, to) before a city a name of their own that the city completes ("Bayern")? */
export function namedBeforePlace(doc: Analysed, from: number, to: number): boolean {
  const { lowers, tags } = doc;
  for (let q = from; q < to; q++) {
    const w = lowers[q];
    if (!isCap(doc, q) || tags[q] !== "PROPN" || NOT_NAME.has(w) || PLACE_QUALIFIERS.has(w)) return false;
    if (NAME_OPENERS.has(w) || TITLE_WORDS.has(w) || ORG_LEAD.has(w) || ORG_TAIL.has(w) || PLACE_TAIL.has(w))
      return false;
  }
  return to > from;
}

// Words of football and other club sport: a name completed by a city among them is a club's. Words of
// the game itself only: "victory", "defeat", "side", "beat", "manager", "season", "match", "cup",
// "fans", "loan" and "transfer" are as often war's, politics' or business's.
const CLUB_WORDS = new Set(
  `striker midfielder goalkeeper defender winger coach club league stadium squad fixture derby kick-off`.split(
    " ",
  ),
);

/** Does the sentence [from, to) speak of club sport? */
export function clubSentence(doc: Analysed, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CLUB_WORDS.has(doc.lowers[k])) return true;
  return false;
}
