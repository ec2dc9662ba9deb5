// Names completed by a city: "Bayern Munich", "Inter Milan" (clubs), "Denzel Washington" (a person). A
// run of proper words that ends in a city the gazetteer knows is one name, not a word and a city —
// unless its first words place the city ("North Kessel", "Greater Kessel"), which leaves it a place.
// Whose name it is, the sentence tells: among match words, a club's.
import type { Analysed, Sentence } from "../nlp.js";
import type { ExtractorState } from "../state.js";
import { NAME_OPENERS, PREPOSITIONS, listedWord } from "../lexicon.js";
import { knownNameAt } from "./gazetteer-scan.js";
import { isCap } from "./mention.js";
import { sideInFixture, sideInResult } from "./sport-results.js";

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
    const hit = knownNameAt(doc, state, q, end);
    if (hit && q + hit.length === end) return hit.entry.type === "Place" ? q : undefined;
  }
  return undefined;
}

/**
 * Are the words [from, to) beside a city a name of their own — proper words no list gives a meaning —
 * that the city completes or opens ("Bayern" Munich, Kessel "Rovers")?
 */
export function ownNameWords(doc: Analysed, from: number, to: number): boolean {
  const { lowers, tags } = doc;
  for (let q = from; q < to; q++) {
    const w = lowers[q];
    if (!isCap(doc, q) || tags[q] !== "PROPN" || PLACE_QUALIFIERS.has(w) || NAME_OPENERS.has(w)) return false;
    if (listedWord(w)) return false;
  }
  return to > from;
}

// Words of football and other club sport: a name completed by a city among them is a club's. Words of
// the game itself only: "victory", "defeat", "side", "beat", "manager", "season", "match", "cup",
// "fans", "loan" and "transfer" are as often war's, politics' or business's.
const CLUB_WORDS = new Set(
  `striker midfielder goalkeeper defender winger coach club league stadium squad fixture derby kick-off
  rebounds assists hat-trick touchdown touchdowns wickets quarterback playoffs all-rounder`.split(/\s+/),
);

/** Does the sentence [from, to) speak of club sport? */
export function clubSentence(doc: Analysed, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CLUB_WORDS.has(doc.lowers[k])) return true;
  return false;
}

/** A club's people and staff after its name: "Kessel manager X", "Kessel's new striker". */
const SIDE_ROLES = new Set(
  `manager coach striker midfielder goalkeeper defender winger forward captain boss keeper`.split(" "),
);
/** Words before a club in club sport: "joined X", "scored against X" ("left for X" is a trip). */
const CLUB_BEFORE = new Set(["joined", "joins", "against", "rejoined"]);

/**
 * Does a city (tokens [start, end)) stand for its club here? As a side in a match result ("Kessel beat
 * Dorvale 3-1") or a "who", or among club words as the other side of a fixture, before a club role ("Kessel
 * manager X", "Kessel's striker") or after "for"/"joined"/"against". "Fans in Kessel" stay in the city.
 */
export function cityAsClub(doc: Analysed, s: Sentence, start: number, end: number): boolean {
  const lowers = doc.lowers;
  // "Kessel, who had not lost in five games, …": a city is no "who"; its side is — unless the city is a
  // preposition's ("the mayor of Kessel, who …", "a resident of Kessel, who …": the "who" is the person).
  if (sideInResult(doc, s, start, end)) return true;
  if (doc.texts[end] === "," && lowers[end + 1] === "who" && !PREPOSITIONS.has(lowers[start - 1] ?? ""))
    return true;
  if (!clubSentence(doc, s.tokStart, s.tokEnd)) return false;
  const next = lowers[end] === "'s" || lowers[end] === "’s" ? end + 1 : end;
  return (
    sideInFixture(doc, start) ||
    SIDE_ROLES.has(lowers[next] ?? "") ||
    CLUB_BEFORE.has(lowers[lowers[start - 1] === "the" ? start - 2 : start - 1] ?? "")
  );
}

/**
 * Is [from, end) a club named by the city that opens it ("Kessel Rovers", "Dorvale Wanderers"): a
 * gazetteer place, then name words no list knows, in a match result or among club words?
 */
export function placeOpening(
  doc: Analysed,
  state: ExtractorState,
  s: Sentence,
  from: number,
  end: number,
): boolean {
  const hit = knownNameAt(doc, state, from, end);
  return (
    hit !== undefined && hit.entry.type === "Place" && clubAfterPlace(doc, s, from, from + hit.length, end)
  );
}

/** Is [from, end), a city [from, placeEnd) then more words, a club's name: the words its own, in club sport? */
export function clubAfterPlace(
  doc: Analysed,
  s: Sentence,
  from: number,
  placeEnd: number,
  end: number,
): boolean {
  return (
    placeEnd < end &&
    ownNameWords(doc, placeEnd, end) &&
    (sideInResult(doc, s, from, end) || clubSentence(doc, s.tokStart, s.tokEnd))
  );
}
