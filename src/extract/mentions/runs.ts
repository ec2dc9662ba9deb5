// Capitalised runs: where a name starts and ends — hyphens, particles, possessives and the "of"/"and"
// inside organisation names join it; a person or a state inside it cuts it.
import type { ExtractorState } from "../state.js";
import type { Analysed, Sentence } from "../nlp.js";
import type { TaggedNames } from "../tagged-names.js";
import type { GazetteerMatch } from "../gazetteer/index.js";
import {
  ADJ_SUFFIX,
  COLLECTIVE_NOUNS,
  NAME_PARTICLES,
  NOT_NAME,
  ORG_LEAD,
  ORG_TAIL,
  PLACE_TAIL,
  ROLE_HEADS,
  SERVICE_WORDS,
  TITLE_WORDS,
  listedWord,
  NAME_OPENERS,
} from "../lexicon.js";
import { classify, orgWord } from "./classify.js";
import { clubSentence, ownNameWords } from "./named-after-place.js";
import { knownNameAt } from "./gazetteer-scan.js";
import { oneWordName, personContext } from "./place-named-person.js";
import { POSSESSIVE, adjacent, isCap, isWord } from "./mention.js";

/** Months that are also given names or surnames ("Jan Horst", "Theresa May", "April Kessel"). */
const NAME_MONTHS = new Set(["jan", "may", "june", "april", "august"]);
/** Words before a month that make it the month: "in May", "since June", "last August". */
const MONTH_BEFORE = new Set(
  `in on since until till by from through throughout during between to and or last next early late mid of
  this that each every before after`.split(/\s+/),
);

/**
 * Is the month word at j a name here? Beside a name word, with no number or time word by it: "Jan
 * Horst said", "Theresa May said" — not "in May", "May 5" ("Jan.", one token, is never a name).
 */
export function monthAsName(doc: Analysed, j: number): boolean {
  const lowers = doc.lowers;
  if (!NAME_MONTHS.has(lowers[j]) || !isCap(doc, j)) return false;
  const next = doc.texts[j + 1] ?? "";
  if (/^\d/.test(next) || MONTH_BEFORE.has(lowers[j - 1] ?? "")) return false;
  const nameWord = (k: number): boolean => isCap(doc, k) && !NOT_NAME.has(lowers[k]);
  return nameWord(j - 1) || nameWord(j + 1);
}

/** Capitalised run starting at i: name words joined by hyphens, apostrophes and "of" inside organisation names. */
export function capRun(doc: Analysed, i: number, end: number): number {
  const { texts, lowers } = doc;
  let j = i;
  while (j < end) {
    const t = texts[j];
    if (isCap(doc, j) && (!NOT_NAME.has(lowers[j]) || monthAsName(doc, j) || openerAfterJoiner(doc, i, j))) {
      j++;
      continue;
    }
    const next = texts[j + 1];
    if (
      j > i &&
      next !== undefined &&
      (t === "-" || t === "‑") &&
      adjacent(doc, j - 1) &&
      adjacent(doc, j) &&
      isWord(doc, j + 1)
    ) {
      if (isCap(doc, j + 1) || (next.length <= 3 && !ADJ_SUFFIX.has(lowers[j + 1]))) {
        j += 2;
        continue;
      }
      break;
    }
    if (
      j > i &&
      next !== undefined &&
      POSSESSIVE.test(t) &&
      t.length === 1 &&
      lowers[j - 1].endsWith("s") &&
      isCap(doc, j + 1)
    ) {
      j++;
      continue;
    }
    // "Mohamed 'Hemedti' Dagalo": a nickname in quotes between name words.
    if (j > i && QUOTES.has(t) && isCap(doc, j + 1) && QUOTES.has(texts[j + 2] ?? "") && isCap(doc, j + 3)) {
      j += 3;
      continue;
    }
    // "People's Liberation Army": a collective noun's possessive inside an organisation name.
    if (j > i && (t === "'s" || t === "’s") && COLLECTIVE_NOUNS.has(lowers[j - 1]) && isCap(doc, j + 1)) {
      j++;
      continue;
    }
    // "Abdel Fattah al-Sisi", "Lula da Silva": a particle between name words.
    if (j > i && NAME_PARTICLES.has(t) && particleJoins(doc, j)) {
      j += doc.texts[j + 1] === "-" ? 2 : 1;
      continue;
    }
    // "Procter & Gamble", "Fenwick & Dale": an ampersand between capitalised words joins one name, a firm's.
    if (j > i && t === "&" && isCap(doc, j + 1) && !NOT_NAME.has(lowers[j + 1])) {
      j++;
      continue;
    }
    if (j > i && ORG_JOINERS.has(lowers[j]) && orgJoin(doc, i, j)) {
      j++;
      if (lowers[j] === "the") j++;
      continue;
    }
    break;
  }
  // Never end on a joiner ("… of the" where a sentence was cut short).
  return withoutTrailingJoiners(doc, i, j);
}

/** The end of [from, end) without the joiners and marks it ends on ("League of" before a person cut off). */
export function withoutTrailingJoiners(doc: Analysed, from: number, end: number): number {
  const lowers = doc.lowers;
  let j = end;
  while (j > from && (!isWord(doc, j - 1) || ORG_JOINERS.has(lowers[j - 1]) || lowers[j - 1] === "the")) j--;
  return j;
}

/**
 * "External Affairs Minister Subrahmanyam Jaishankar": a role head inside a capitalised run, with at
 * least two name words after it, ends the title part. One word after it stays ("General Dynamics").
 */
export function afterLastRoleHead(doc: Analysed, start: number, end: number): number {
  for (let q = end - 3; q >= start; q--) {
    if (ROLE_HEADS.has(doc.lowers[q])) {
      let words = 0;
      for (let r = q + 1; r < end; r++) if (isCap(doc, r) && !TITLE_WORDS.has(doc.lowers[r])) words++;
      return words >= 2 ? q + 1 : start;
    }
  }
  return start;
}

/** "al-" right before the capitalised word at i, joined by a hyphen with no spaces. */
export function particleOpens(doc: Analysed, i: number): boolean {
  return (
    doc.texts[i - 1] === "-" &&
    NAME_PARTICLES.has(doc.texts[i - 2] ?? "") &&
    adjacent(doc, i - 2) &&
    adjacent(doc, i - 1)
  );
}

/** Below this score a person the tagger finds inside a longer run does not split it. */
const SPLIT_SCORE = 0.6;

/**
 * Where a capitalised run should end because another name starts inside it: a person the tagger is
 * sure of that ends the run ("… of Representatives Aqeela Saleh"), or a state, place or organisation
 * the gazetteer knows, when the run is no organisation or place name of its own ("Support Ukraine").
 */
export function innerName(
  doc: Analysed,
  state: ExtractorState,
  tagged: TaggedNames | undefined,
  s: Sentence,
  from: number,
  end: number,
): number | undefined {
  if (end - from < 2) return undefined;
  const kind = classify(doc, from, end);
  // "Rivals Kessel Bank said …": a sentence's capitalised first word before a known body's whole name.
  if ((kind === "Organization" || kind === "Place") && openerBeforeName(doc, state, s, from, end))
    return from + 1;
  if (kind !== "Organization" && kind !== "Place") {
    for (let q = from + 1; q < end; q++) {
      const hit = knownNameAt(doc, state, q, end);
      if (
        hit &&
        hit.entry.type !== "Person" &&
        q + hit.length === end &&
        !personEndingInKnownWord(doc, tagged, s, from, end, hit)
      )
        // "Bayern Munich signed …": among club words, a name the city completes stays whole (and
        // unknown-names.ts types it a club); elsewhere the city is a place of its own.
        return hit.entry.type === "Place" &&
          ownNameWords(doc, from, q) &&
          clubSentence(doc, s.tokStart, s.tokEnd)
          ? undefined
          : q;
    }
  }
  const at: Where = { doc, tagged, s };
  const afterTail =
    kind === "Organization" ? personAfterPluralTail(at, from, end) : personAfterOrgWord(at, from, end);
  if (afterTail !== undefined) return afterTail;
  // Only a run with organisation words, or a title after other words ("ISI Chief"), may split: the
  // tagger is asked about no other ("Ubaid ur-Rehman Nizamani" is one name, "President X Y" a title).
  if (!splittable(doc, from, end)) return undefined;
  const p = tagged?.over(s, end - 1, end);
  if (
    !p ||
    p.label !== "PER" ||
    p.end !== end ||
    p.start <= from ||
    p.end - p.start < 2 ||
    p.score < SPLIT_SCORE
  )
    return undefined;
  for (let q = p.start; q < p.end; q++)
    if (TITLE_WORDS.has(doc.lowers[q]) || ORG_TAIL.has(doc.lowers[q]) || ORG_LEAD.has(doc.lowers[q]))
      return undefined;
  // Only a run of organisation or title words splits off: "Ubaid ur-Rehman Nizamani" is one name.
  let orgOrTitle = false;
  for (let q = from; q < p.start && !orgOrTitle; q++) {
    const w = doc.lowers[q];
    orgOrTitle = ORG_TAIL.has(w) || ORG_LEAD.has(w) || ROLE_HEADS.has(w);
  }
  if (!orgOrTitle || NAME_PARTICLES.has(doc.texts[p.start - 1]) || doc.texts[p.start - 1] === "-")
    return undefined;
  // "the ISI Chief Nadim Anjum": a role head before the person is the person's title, not the run's.
  let q = p.start;
  while (q - 1 > from && ROLE_HEADS.has(doc.lowers[q - 1])) q--;
  // "the Defence Minister Army General Ivo Dran": a service word between two titles is a rank's.
  if (q - 2 >= from && SERVICE_WORDS.has(doc.lowers[q - 1]) && ROLE_HEADS.has(doc.lowers[q - 2])) q--;
  return q;
}

/** Does [from, end - 2) hold an organisation word, or a role head after a word that is no title? */
function splittable(doc: Analysed, from: number, end: number): boolean {
  const lowers = doc.lowers;
  for (let q = from; q < end - 2; q++) {
    const w = lowers[q];
    if (ORG_TAIL.has(w) || ORG_LEAD.has(w)) return true;
    if (q > from && ROLE_HEADS.has(w) && !TITLE_WORDS.has(lowers[q - 1])) return true;
  }
  return false;
}

const QUOTES = new Set(["'", "‘", "’", '"', "“", "”"]);

/** Words that join an organisation name's head to its tail ("Authority on Development"). */
const ORG_JOINERS = new Set(["of", "for", "on", "and", "&"]);

/** Is the particle at j followed by a name word, directly or over a hyphen ("al-Sisi")? */
function particleJoins(doc: Analysed, j: number): boolean {
  if (doc.texts[j + 1] === "-") return adjacent(doc, j) && adjacent(doc, j + 1) && isCap(doc, j + 2);
  // "von der Leyen", "de la Cruz": particles in a row, then the name word.
  let k = j + 1;
  while (k < j + 3 && NAME_PARTICLES.has(doc.texts[k])) k++;
  return isCap(doc, k) && !NOT_NAME.has(doc.lowers[k]);
}

/**
 * May the joiner at j carry the run on? "of"/"for"/"on" after an organisation word ("Ministry of Defence",
 * "Committee of the Red Cross"); "and" only inside such a tail ("Ministry of Foreign Affairs and Trade"),
 * never between two whole names.
 */
function orgJoin(doc: Analysed, i: number, j: number): boolean {
  const lowers = doc.lowers;
  const at = lowers[j + 1] === "the" ? j + 2 : j + 1;
  if (!isCap(doc, at) || (NOT_NAME.has(lowers[at]) && !openerAfterJoiner(doc, i, at))) return false;
  const w = lowers[j];
  // "Great Pyramid of Giza", "Gulf of Aden": a place word takes "of" too.
  if (w === "of" && PLACE_TAIL.has(lowers[j - 1])) return true;
  let head = false;
  let tail = false;
  for (let q = i; q < j; q++) {
    if (orgWord(lowers[q])) head = true;
    if (head && (lowers[q] === "of" || lowers[q] === "for" || lowers[q] === "on")) tail = true;
  }
  // ("&" between capitalised words is joined before this is asked: capRun's ampersand rule.)
  // "Kessel Bank on Main Street": where it stands, not a subject it is about ("Commission on Trade").
  if (w === "on") return head && !capsEndIn(doc, at, PLACE_TAIL);
  if (w !== "and") return head;
  // "… Relief and Works Agency for …": two or more words before "and" that are no whole name yet (no
  // organisation word ends them) and words after it that end in one — both halves of one name. Not one
  // word ("Trinidad and Tobago Police Service": a state's name with "and", then its body).
  if (
    !tail &&
    j - i >= 2 &&
    !ORG_TAIL.has(lowers[j - 1]) &&
    lowers[j + 1] !== "the" &&
    capsEndIn(doc, at, ORG_TAIL)
  )
    return true;
  // "… of Representatives X and Commander-in-Chief of …": a title after "and" starts someone else's role.
  if (!tail || lowers[j + 1] === "the" || ROLE_HEADS.has(lowers[at])) return false;
  // One more word ("… Relations and Cooperation"), or words that end the organisation's name; a run of
  // name words after "and" is the next name ("… on Development and Mohammed bin Salman").
  let k = at;
  while (isCap(doc, k) || (NAME_PARTICLES.has(doc.texts[k]) && particleJoins(doc, k))) k++;
  return k - at === 1 || ORG_TAIL.has(lowers[k - 1]);
}

/** Do the capitalised words from `at` end in a word of `tails` ("Works Agency", "Main Street")? */
function capsEndIn(doc: Analysed, at: number, tails: ReadonlySet<string>): boolean {
  let k = at;
  while (isCap(doc, k) && !NOT_NAME.has(doc.lowers[k])) k++;
  return k > at && tails.has(doc.lowers[k - 1]);
}

/**
 * "Institute of European Affairs": a region adjective after "of", "for" or "on" inside a run, before
 * another capitalised word, is a word of the name (it may open none: NOT_NAME).
 */
function openerAfterJoiner(doc: Analysed, i: number, j: number): boolean {
  const prev = doc.lowers[j - 1] === "the" ? j - 2 : j - 1;
  return (
    j > i &&
    NAME_OPENERS.has(doc.lowers[j]) &&
    (doc.lowers[prev] === "of" || doc.lowers[prev] === "for" || doc.lowers[prev] === "on") &&
    isCap(doc, j + 1)
  );
}

/** The article, its tagger and the sentence a run is in. */
interface Where {
  doc: Analysed;
  tagged: TaggedNames | undefined;
  s: Sentence;
}

/**
 * "… House of Representatives Dana Feroz": an organisation's "of" tail ending in a plural noun
 * (Representatives, Affairs, States), then two or three name words — the person the organisation's
 * officer is, unless the tagger is sure they are another organisation or place. Where they start.
 */
function personAfterPluralTail(at: Where, from: number, end: number): number | undefined {
  const { doc } = at;
  const lowers = doc.lowers;
  let q = from + 1;
  while (q < end && !(lowers[q] === "of" && (ORG_LEAD.has(lowers[q - 1]) || ORG_TAIL.has(lowers[q - 1]))))
    q++;
  for (q++; q < end - 2; q++) {
    const w = lowers[q];
    if (w.length <= 3 || !w.endsWith("s") || !isCap(doc, q)) continue;
    return end - q - 1 <= 3 ? personAfter(at, q, end, SURE_OTHER) : undefined;
  }
  return undefined;
}

/**
 * "… General of Border Police Dana Feroz": an organisation word (not the run's first) and then two or three
 * name words, in a run no word of its own typed — the person starts after it, unless the tagger reads those
 * words as an organisation or place at all.
 */
function personAfterOrgWord(at: Where, from: number, end: number): number | undefined {
  for (let q = end - 3; q > from && q >= end - 4; q--)
    if (ORG_TAIL.has(at.doc.lowers[q]) && isCap(at.doc, q)) return personAfter(at, q, end, 0);
  return undefined;
}

/** From this score the tagger's organisation or place over the name words keeps them out of a person. */
const SURE_OTHER = 0.8;

/**
 * The name words (q, end) — two or three, capitalised, none an organisation, place or title word — as a
 * person: where the person starts, unless the tagger reads them as something else with `vetoScore`.
 */
function personAfter(
  { doc, tagged, s }: Where,
  q: number,
  end: number,
  vetoScore: number,
): number | undefined {
  if (end - q - 1 < 2) return undefined;
  for (let k = q + 1; k < end; k++) if (!isCap(doc, k) || listedWord(doc.lowers[k])) return undefined;
  const p = tagged?.over(s, q + 1, end);
  return p && p.label !== "PER" && p.start > q && p.score >= vetoScore ? undefined : q + 1;
}

/**
 * "Ilse Montgomery told reporters", "Ana Lima, a lawyer,", "coach Ilse Kessel": a place's or
 * organisation's one-word name ending a run the words around read as one person's name. States never
 * are ("Support Ukraine").
 */
function personEndingInKnownWord(
  doc: Analysed,
  tagged: TaggedNames | undefined,
  s: Sentence,
  from: number,
  end: number,
  hit: GazetteerMatch,
): boolean {
  const type = hit.entry.type;
  if (type !== "Place" && !(type === "Organization" && oneWordName(doc, hit, end - 1))) return false;
  if (hit.length !== 1) return false;
  // The run may open with the person's title ("Defender Jon Guerrero"): the name starts after it.
  let first = from;
  while (first < end - 1 && TITLE_WORDS.has(doc.lowers[first])) first++;
  // An organisation's name ending a run only on the strict clues: "Dorvale Kessel said" may be its unit.
  return (
    end - first >= 2 && end - first <= 3 && personContext(doc, tagged, s, first, end, type === "Organization")
  );
}

/**
 * Is [from, end) a sentence's first word, no name word of any list, followed by exactly one gazetteer
 * body or place ("Rivals Kessel Bank", "Regulator Kessel Authority")? The first word is then the
 * sentence's, capitalised only for its place, and no part of the name.
 */
function openerBeforeName(
  doc: Analysed,
  state: ExtractorState,
  s: Sentence,
  from: number,
  end: number,
): boolean {
  if (from !== s.tokStart || listedWord(doc.lowers[from])) return false;
  if (knownNameAt(doc, state, from, end)) return false;
  const hit = knownNameAt(doc, state, from + 1, end);
  return hit !== undefined && hit.entry.type !== "Person" && from + 1 + hit.length === end;
}
