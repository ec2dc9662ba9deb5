// "Jordan Kessel said", "Chad Varnow, a lawyer, …", "Florence Okafor scored": a first name that is also
// a state or city the gazetteer knows. The gazetteer word opens a longer capitalised run; when the
// words around read that run as a person, the run is the name and the state or city is not mentioned.
import { NOT_NAME, ORG_LEAD, ORG_TAIL, PLACE_TAIL, TITLE_WORDS } from "../lexicon.js";
import type { Analysed, Sentence } from "../nlp.js";
import { SURE_SCORE } from "../tagged-names.js";
import { PLACE_PREPOSITIONS } from "./context.js";
import type { Scan } from "./find.js";
import { mayStart } from "./gazetteer-scan.js";
import { isCap } from "./mention.js";
import { appositionAfter, titleBefore } from "./titles.js";
import { talks } from "./unknown-names.js";

/** Words before a state or city that make it the place the sentence is about ("envoy for Peru"). */
const BEFORE_PLACE = new Set(["of", "for", "to", "from", "at"]);

/** Is [i, run) — a one-word gazetteer state or city at i, then one unknown word — a person? */
export function personOpenedByPlace(scan: Scan, s: Sentence, i: number, run: number): boolean {
  const { doc } = scan;
  if (run - i !== 2) return false;
  // "in Chad Basin", "the envoy for Peru Dana Feroz": the state is where or whom the words are about.
  const prev = doc.lowers[i - 1] ?? "";
  if (PLACE_PREPOSITIONS.has(prev) || BEFORE_PLACE.has(prev)) return false;
  return unknownNameWord(scan, i + 1) && personContext(scan, s, i, run);
}

/** A capitalised word no list gives a meaning of its own: no title, organisation or place word, no gazetteer name. */
function unknownNameWord({ doc, state }: Scan, q: number): boolean {
  const w = doc.lowers[q];
  if (!isCap(doc, q) || !/^\p{Lu}\p{Ll}/u.test(doc.texts[q])) return false;
  if (NOT_NAME.has(w) || TITLE_WORDS.has(w) || ORG_TAIL.has(w) || ORG_LEAD.has(w) || PLACE_TAIL.has(w))
    return false;
  return !mayStart(state, doc.texts[q], w) || state.gaz.matchAt(doc.texts, q, q + 1) === undefined;
}

/** A title before, a role after, talk around, or the tagger sure the words are one person. */
function personContext(scan: Scan, s: Sentence, i: number, run: number): boolean {
  const doc: Analysed = scan.doc;
  if (titleBefore(doc, i, s.tokStart) !== undefined) return true;
  if (appositionAfter(doc, run, s.tokEnd) !== undefined) return true;
  if (talks(doc, i, run)) return true;
  const p = scan.tagged?.over(s, i, run);
  return p !== undefined && p.label === "PER" && p.start === i && p.end === run && p.score >= SURE_SCORE;
}
