// "Jordan Kessel said", "Chad Varnow, a lawyer, …", "Ilse Lima told reporters", "coach Dorvale Kessel":
// a state, city or one-word organisation the gazetteer knows as a person's given name or surname. The
// words around tell: a title before, a role after, talk around, or the tagger sure of one person make the
// whole run the person's name, and the state, city or organisation is not mentioned.
import type { GazetteerMatch } from "../gazetteer/index.js";
import { listedWord } from "../lexicon.js";
import type { Analysed, Sentence } from "../nlp.js";
import type { TaggedNames } from "../tagged-names.js";
import { PLACE_PREPOSITIONS } from "./context.js";
import type { Scan } from "./find.js";
import { mayStart } from "./gazetteer-scan.js";
import { isCap } from "./mention.js";
import { appositionAfter, titleBefore } from "./titles.js";
import { talks } from "./unknown-names.js";

/** Words before a state or city that make it the place the sentence is about ("envoy for Peru"). */
const BEFORE_PLACE = new Set(["of", "for", "to", "from", "at"]);

/**
 * States whose names are also given names. Any other state opening a run names its body ("Nigeria
 * Customs said"), not a person.
 */
const GIVEN_NAME_STATES = new Set(["georgia", "chad", "jordan", "israel", "kenya", "india"]);

/**
 * Is [i, i + 2) — a one-word gazetteer state, city or organisation at i, then one unknown word — a
 * person? States only when they are also given names; never after a preposition that makes it the place.
 * An organisation only on the strict clues (personContext `strict`): "Kessel Rotem said" is as often
 * the company's subsidiary.
 */
export function personOpenedByKnownWord(
  scan: Scan,
  s: Sentence,
  i: number,
  run: number,
  type: "Country" | "Place" | "Organization",
): boolean {
  const { doc } = scan;
  if (run - i !== 2) return false;
  if (type === "Country" && !GIVEN_NAME_STATES.has(doc.lowers[i])) return false;
  const prev = doc.lowers[i - 1] ?? "";
  if (PLACE_PREPOSITIONS.has(prev) || BEFORE_PLACE.has(prev)) return false;
  return unknownNameWord(scan, i + 1) && personContext(doc, scan.tagged, s, i, run, type === "Organization");
}

/**
 * A one-word gazetteer name written in lower-case letters too ("Kessel", not "KSB"): what a person's
 * given name or surname may also be.
 */
export function oneWordName(doc: Analysed, hit: GazetteerMatch, i: number): boolean {
  return hit.length === 1 && /\p{Ll}/u.test(doc.texts[i]);
}

/** A capitalised word no list gives a meaning of its own: no title, organisation or place word, no gazetteer name. */
export function unknownNameWord({ doc, state }: Scan, q: number): boolean {
  const w = doc.lowers[q];
  if (!isCap(doc, q) || !/^\p{Lu}\p{Ll}/u.test(doc.texts[q])) return false;
  if (listedWord(w)) return false;
  return !mayStart(state, doc.texts[q], w) || state.gaz.matchAt(doc.texts, q, q + 1) === undefined;
}

/**
 * Do the words around read [from, end) as a person's name: a title before or a role after; else the
 * tagger sure of one person, or — unless `strict` — talk around with the tagger not reading an
 * organisation or place there.
 */
export function personContext(
  doc: Analysed,
  tagged: TaggedNames | undefined,
  s: Sentence,
  from: number,
  end: number,
  strict = false,
): boolean {
  // A title before or a person's role after says so outright ("lawyer Georgia Kessel", "Georgia
  // Kessel, a lawyer,"): no tagger reading overrules it. Talk alone is weaker: places "say" too.
  if (
    titleBefore(doc, from, s.tokStart) !== undefined ||
    appositionAfter(doc, end, s.tokEnd) !== undefined ||
    personNounAfter(doc, end, s.tokEnd)
  )
    return true;
  if (tagged?.surePerson(s, from, end)) return true;
  if (strict || tagged?.orgOrPlace(s, from, end)) return false;
  return talks(doc, from, end);
}

/** ", a lawyer,", ", an economist at …", ", a retired teacher": a person's noun in apposition after `end`. */
function personNounAfter(doc: Analysed, end: number, sentenceEnd: number): boolean {
  if (doc.texts[end] !== "," || !ARTICLES.has(doc.lowers[end + 1] ?? "")) return false;
  // The noun, or the noun after one qualifying word ("a retired teacher").
  for (let j = end + 2; j < Math.min(end + 4, sentenceEnd); j++)
    if (PERSON_NOUNS.has(doc.lowers[j])) return true;
  return false;
}
const ARTICLES = new Set(["a", "an"]);
/**
 * Nouns only a person is ("a lawyer", "a retired teacher"). Not "partner", "distributor" or "supplier":
 * companies are those too ("Kessel Helicopters, a partner of the ministry,").
 */
const PERSON_NOUNS = new Set(
  `lawyer attorney doctor physician surgeon nurse teacher student pupil farmer engineer economist analyst
  professor lecturer researcher scientist journalist reporter activist campaigner resident mother father
  grandmother grandfather widow widower veteran pensioner retiree driver author novelist poet actor actress
  singer musician artist painter prosecutor detective banker trader entrepreneur businessman businesswoman
  accountant pastor priest imam rabbi monk nun shopkeeper fisherman soldier mechanic architect diplomat
  historian sociologist psychologist lawmaker politician`.split(/\s+/),
);
