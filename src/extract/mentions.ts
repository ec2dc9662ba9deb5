// Mentions: spans of text that name (or point to) an actor. Gazetteer forms first, then capitalised
// runs typed by their context (titles, honorifics, organisation and place words), then pronouns.
import type { EntityType } from "../types.js";
import {
  normalizeName,
  type Gazetteer,
  type GazetteerEntry,
  type GazetteerMatch,
  type MatchVia,
} from "./gazetteer/index.js";
import type { Analysed, Sentence } from "./nlp.js";
import { roleBefore, type MentionIndex } from "./role-phrases.js";
import type { TaggedNames } from "./tagged-names.js";
import {
  ADJ_SUFFIX,
  COLLECTIVE_NOUNS,
  SPONSOR_SUFFIX,
  EVENT_TAIL,
  HONORIFICS,
  NAME_OPENERS,
  NAME_PARTICLES,
  NOT_NAME,
  ORG_LEAD,
  ORG_TAIL,
  PLACE_NEXT,
  PLACE_TAIL,
  PRONOUNS_PERSON,
  ROLE_FILLERS,
  ROLE_HEADS,
  TITLE_WORDS,
} from "./lexicon.js";
import { INITIAL_LETTER, INITIAL_LOWER, INITIAL_UPPER, isSpaceCode, startsLower } from "./char-class.js";

export type MentionKind = "name" | "pronoun";

export interface Mention {
  sentence: number;
  /** Name tokens [tokStart, tokEnd). */
  tokStart: number;
  tokEnd: number;
  /** Start of the mention with its title prefix ("Russian President Vladimir Putin"). */
  spanStart: number;
  surface: string;
  kind: MentionKind;
  entry?: GazetteerEntry;
  via?: MatchVia;
  /** Type from the gazetteer or from context; undefined = a bare capitalised word, typed by resolution. */
  type?: EntityType;
  /** A bare run guessed to be a person only because it looks like one (no title, no gazetteer). */
  weak?: boolean;
  /** Title or apposition role ("president", "foreign minister", "secretary"). */
  role?: string;
  /** Index (in the mention list) of the state or organisation the role belongs to. */
  affiliation?: number;
  /** A second role from an apposition when a title already gave one. */
  extra?: { role: string; affiliation: number };
  /** "the North Korean leader", "the top diplomat": a person named elsewhere by role (kind "pronoun"). */
  roleRef?: { state?: string; role: string };
  /** An acronym: index of the mention that spelled it out in the article ("… Forces (RSF)"). */
  expands?: number;
  /** Followed by the possessive 's. */
  possessive: boolean;
  /** Resolved entity id (set by resolution). */
  entityId?: string;
}

/**
 * A mention with every field, in one order. Resolution and the relation rules read mentions on
 * their hot paths; objects of one shape keep those reads monomorphic, where six literal shapes
 * plus fields added later made them megamorphic.
 */
function mention(
  init: Pick<Mention, "sentence" | "tokStart" | "tokEnd" | "spanStart" | "surface" | "kind" | "possessive"> &
    Partial<Mention>,
): Mention {
  return {
    sentence: init.sentence,
    tokStart: init.tokStart,
    tokEnd: init.tokEnd,
    spanStart: init.spanStart,
    surface: init.surface,
    kind: init.kind,
    entry: init.entry,
    via: init.via,
    type: init.type,
    weak: init.weak,
    role: init.role,
    affiliation: init.affiliation,
    extra: init.extra,
    roleRef: init.roleRef,
    expands: init.expands,
    possessive: init.possessive,
    entityId: init.entityId,
  };
}

/** A mention of the one token at `i` of sentence `sentence` (a pronoun, or a name the article has used). */
function tokenMention(
  sentence: number,
  i: number,
  surface: string,
  kind: Mention["kind"],
  possessive: boolean,
  type?: Mention["type"],
): Mention {
  return mention({
    sentence,
    tokStart: i,
    tokEnd: i + 1,
    spanStart: i,
    surface,
    kind,
    type,
    possessive,
  });
}

// Token tests by position, from the first-letter classes analyse worked out once per token (false
// past either end of the article, where the class reads as undefined).
const isCap = (doc: Analysed, i: number): boolean => (doc.initials[i] & INITIAL_UPPER) !== 0;
const isLow = (doc: Analysed, i: number): boolean => (doc.initials[i] & INITIAL_LOWER) !== 0;
const isWord = (doc: Analysed, i: number): boolean => (doc.initials[i] & INITIAL_LETTER) !== 0;
/** No gap between token a and the token after it. */
const adjacent = (doc: Analysed, a: number): boolean => doc.ends[a] === doc.starts[a + 1];
const POSSESSIVE = /^['’]s?$/;

// Initials and longest length of the person pronouns: a test on two numbers spares hashing the
// lowercase form of every token, most of which are not pronouns and are never looked up again.
const PRONOUN_INITIALS = new Set([...PRONOUNS_PERSON].map((p) => p.charCodeAt(0)));
const PRONOUN_MAX = Math.max(...[...PRONOUNS_PERSON].map((p) => p.length));
const mayBePronoun = (lower: string): boolean =>
  lower.length <= PRONOUN_MAX && PRONOUN_INITIALS.has(lower.charCodeAt(0));

// Every person pronoun starts with a lowercase letter, so a token starting with anything else is
// never one (checked here rather than assumed, should the list change).
const PRONOUNS_START_LOWER = [...PRONOUNS_PERSON].every((p) => startsLower(p));

/**
 * Does no rule of findMentions take the token at i? True for most tokens — lowercase words that are
 * not a pronoun, "the" or a name part the article has used, and punctuation and numbers — on the
 * very tests those rules would fail on, asked once and in the cheapest order.
 */
function passOver(
  doc: Analysed,
  i: number,
  t: string,
  lower: string,
  knownParts: ReadonlySet<string>,
): boolean {
  const cls = doc.initials[i];
  if ((cls & (INITIAL_UPPER | INITIAL_LOWER)) === 0) return PRONOUNS_START_LOWER;
  if ((cls & INITIAL_LOWER) === 0) return false;
  if (mayBePronoun(lower) || lower === "the") return false;
  // A careless lowercase demonym or name needs four letters and a capital after it or a known part.
  return t.length <= 3 || (!isCap(doc, i + 1) && !knownParts.has(lower));
}

function isPossessiveAt(doc: Analysed, k: number): boolean {
  const lower = doc.lowers[k];
  if (lower === undefined) return false;
  return (
    lower === "'s" ||
    lower === "’s" ||
    (POSSESSIVE.test(doc.texts[k]) && k > 0 && doc.lowers[k - 1].endsWith("s"))
  );
}

/** Capitalised run starting at i: name words joined by hyphens, apostrophes and "of" inside organisation names. */
function capRun(doc: Analysed, i: number, end: number): number {
  const { texts, lowers } = doc;
  let j = i;
  while (j < end) {
    const t = texts[j];
    if (isCap(doc, j) && !NOT_NAME.has(lowers[j])) {
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
    if (j > i && ORG_JOINERS.has(lowers[j]) && orgJoin(doc, i, j)) {
      j++;
      if (lowers[j] === "the") j++;
      continue;
    }
    break;
  }
  // Never end on a joiner.
  while (j > i && !isWord(doc, j - 1)) j--;
  return j;
}

/**
 * "External Affairs Minister Subrahmanyam Jaishankar": a role head inside a capitalised run, with at
 * least two name words after it, ends the title part. One word after it stays ("General Dynamics").
 */
function afterLastRoleHead(doc: Analysed, start: number, end: number): number {
  for (let q = end - 3; q >= start; q--) {
    if (ROLE_HEADS.has(doc.lowers[q])) {
      let words = 0;
      for (let r = q + 1; r < end; r++) if (isCap(doc, r) && !TITLE_WORDS.has(doc.lowers[r])) words++;
      return words >= 2 ? q + 1 : start;
    }
  }
  return start;
}

/**
 * The mention an acronym at token i stands for: the name right before "(ACRONYM)", remembered for the
 * rest of the article, or the one remembered. Only organisations and places take acronyms here.
 */
function acronymOf(
  doc: Analysed,
  mentions: Mention[],
  acronyms: Map<string, number>,
  i: number,
): number | undefined {
  const t = doc.texts[i];
  const known = acronyms.get(t);
  if (known !== undefined) return known;
  const k = mentions.length - 1;
  const prev = mentions[k];
  const right =
    doc.texts[i - 1] === "(" &&
    doc.texts[i + 1] === ")" &&
    prev?.kind === "name" &&
    (prev.possessive ? prev.tokEnd + 1 : prev.tokEnd) === i - 1 &&
    (prev.type === "Organization" || prev.type === "Place");
  // "the Libyan National Army … the LNA": the initials of a name the article gave, when not in brackets.
  const found = right ? k : byInitials(mentions, t);
  if (found !== undefined) acronyms.set(t, found);
  return found;
}

/** Nouns after a name that make it an outlet ("the Addis Standard newspaper", "Al-Arabiya TV"). */
const OUTLET_NEXT = new Set(
  `newspaper daily agency broadcaster tv t.v. channel outlet website magazine radio television weekly paper`.split(
    " ",
  ),
);
/** Verbs of reporting around an outlet: "X reported", "reported X", "reported by X", "quoted by X". */
const REPORTING = new Set(["reported", "reports", "quoted", "cited", "broadcast", "published", "aired"]);
const CLOSING_QUOTES = new Set(["'", "’", '"', "”"]);

/**
 * Is the run [start, end) where news outlets are named, as the source of a report? "noun" when an outlet
 * noun follows ("the X newspaper": sure), "verb" when only a reporting verb or "told"/"according to" frames it
 * (people are quoted there too, so the tagger's person wins).
 */
function outletContext(doc: Analysed, start: number, end: number): "noun" | "verb" | false {
  const { lowers } = doc;
  const next = lowers[CLOSING_QUOTES.has(doc.texts[end]) ? end + 1 : end] ?? "";
  if (OUTLET_NEXT.has(next)) return "noun";
  const prev = lowers[start - 1] ?? "";
  const before = lowers[start - 2] ?? "";
  const verb =
    REPORTING.has(next) ||
    prev === "told" ||
    REPORTING.has(prev) ||
    (prev === "to" && before === "according") ||
    (prev === "by" && REPORTING.has(before));
  return verb ? "verb" : false;
}

/** Verbs right after a lone name that make it someone: speaking, meeting, travelling. */
const SPEAKER_VERBS = new Set(
  `said says told tells added stated wrote spoke speaks noted insisted warned explained argued urged stressed
  met meets visited arrived travelled traveled flew replied answered declared vowed pledged`.split(/\s+/),
);

/** "Iberian", "Sahelian": one word with an adjective's ending names no place or organisation. */
function adjectiveLike(texts: string[], start: number, nWords: number): boolean {
  return nWords === 1 && /(?:ian|ean|ese|ish|ic|an)$/.test(texts[start]);
}

/** Are all the run's words parts of people the article has named? */
function knownPersonWords(
  lowers: string[],
  start: number,
  end: number,
  knownParts: ReadonlySet<string>,
): boolean {
  for (let q = start; q < end; q++) if (lowers[q].length > 2 && !knownParts.has(lowers[q])) return false;
  return true;
}

const INITIALS_SKIP = new Set(["of", "the", "and", "for", "on", "&", "-", "'s", "’s", "'", "’"]);

/** The organisation mention (latest first) whose words' initials spell the acronym `t`. */
function byInitials(mentions: Mention[], t: string): number | undefined {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    if (m.kind !== "name" || m.type !== "Organization") continue;
    let initials = "";
    for (const w of m.surface.split(/[\s-]+/)) if (w && !INITIALS_SKIP.has(w.toLowerCase())) initials += w[0];
    if (initials.length >= 2 && initials.toUpperCase() === t) return k;
  }
  return undefined;
}

const PLACE_PREPOSITIONS = new Set([
  "in",
  "near",
  "outside",
  "across",
  "into",
  "throughout",
  "toward",
  "towards",
  "around",
]);
const PLACE_NOUNS = new Set([
  "province",
  "region",
  "city",
  "town",
  "village",
  "port",
  "district",
  "county",
  "state",
  "capital",
  "island",
  "governorate",
  "oblast",
]);

/** Is the name at `start` where places stand: after "in", "near" …, or "the province/town of"? */
function placeContext(doc: Analysed, start: number): boolean {
  const prev = doc.lowers[start - 1] ?? "";
  if (PLACE_PREPOSITIONS.has(prev)) return true;
  return prev === "of" && PLACE_NOUNS.has(doc.lowers[start - 2] ?? "");
}

const GOVERNMENT = new Set(["government", "republic", "kingdom", "state"]);

/** "Government of [the] X" where X is a state the gazetteer knows, to the end of the run. */
function governmentOf(doc: Analysed, gaz: Gazetteer, start: number, end: number): GazetteerMatch | undefined {
  if (!GOVERNMENT.has(doc.lowers[start]) || doc.lowers[start + 1] !== "of") return undefined;
  const at = doc.lowers[start + 2] === "the" ? start + 3 : start + 2;
  const hit = gaz.matchAt(doc.texts, at, end);
  return hit && hit.entry.type === "Country" && at + hit.length === end ? hit : undefined;
}

/** A state's legislature named by its generic word alone is still that state's organ ("Parliament"). */
const isParliament = (w: string): boolean => w === "parliament" || w === "congress" || w === "senate";

/** "al-" right before the capitalised word at i, joined by a hyphen with no spaces. */
function particleOpens(doc: Analysed, i: number): boolean {
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
function innerName(
  doc: Analysed,
  gaz: Gazetteer,
  tagged: TaggedNames | undefined,
  s: Sentence,
  from: number,
  end: number,
): number | undefined {
  if (end - from < 2) return undefined;
  const kind = classify(doc, from, end);
  if (kind !== "Organization" && kind !== "Place") {
    for (let q = from + 1; q < end; q++) {
      if (!isCap(doc, q) || !mayStart(gaz, doc.texts[q], doc.lowers[q])) continue;
      const hit = gaz.matchAt(doc.texts, q, end);
      if (hit && hit.entry.type !== "Person" && q + hit.length === end) return q;
    }
  }
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

/** The first token in [from, to] where a gazetteer form starts, if any. */
function gazetteerWithin(
  doc: Analysed,
  gaz: Gazetteer,
  from: number,
  to: number,
  end: number,
): number | undefined {
  for (let q = from; q <= to; q++) {
    if (
      isCap(doc, q) &&
      mayStart(gaz, doc.texts[q], doc.lowers[q]) &&
      gaz.matchAt(doc.texts, q, windowEnd(doc, q, end))
    )
      return q;
  }
  return undefined;
}

const QUOTES = new Set(["'", "‘", "’", '"', "“", "”"]);

/** Words that join an organisation name's head to its tail ("Authority on Development"). */
const ORG_JOINERS = new Set(["of", "for", "on", "and", "&"]);

/** Is the particle at j followed by a name word, directly or over a hyphen ("al-Sisi")? */
function particleJoins(doc: Analysed, j: number): boolean {
  if (doc.texts[j + 1] === "-") return adjacent(doc, j) && adjacent(doc, j + 1) && isCap(doc, j + 2);
  return isCap(doc, j + 1) && !NOT_NAME.has(doc.lowers[j + 1]);
}

/**
 * May the joiner at j carry the run on? "of"/"for"/"on" after an organisation word ("Ministry of Defence",
 * "Committee of the Red Cross"); "and" only inside such a tail ("Ministry of Foreign Affairs and Trade"),
 * never between two whole names.
 */
function orgJoin(doc: Analysed, i: number, j: number): boolean {
  const lowers = doc.lowers;
  const at = lowers[j + 1] === "the" ? j + 2 : j + 1;
  if (!isCap(doc, at) || NOT_NAME.has(lowers[at])) return false;
  const w = lowers[j];
  // "Great Pyramid of Giza", "Gulf of Aden": a place word takes "of" too.
  if (w === "of" && PLACE_TAIL.has(lowers[j - 1])) return true;
  let orgWord = false;
  let tail = false;
  for (let q = i; q < j; q++) {
    if (ORG_LEAD.has(lowers[q]) || ORG_TAIL.has(lowers[q])) orgWord = true;
    if (orgWord && (lowers[q] === "of" || lowers[q] === "for" || lowers[q] === "on")) tail = true;
  }
  if (w !== "and" && w !== "&") return orgWord;
  if (!tail || lowers[j + 1] === "the") return false;
  // One more word ("… Relations and Cooperation"), or words that end the organisation's name; a run of
  // name words after "and" is the next name ("… on Development and Mohammed bin Salman").
  let k = at;
  while (isCap(doc, k) || (NAME_PARTICLES.has(doc.texts[k]) && particleJoins(doc, k))) k++;
  return k - at === 1 || ORG_TAIL.has(lowers[k - 1]);
}

const NUMERAL = /^(?:[ivx]+|\d+)$/;

function classify(doc: Analysed, from: number, to: number): EntityType | "event" | undefined {
  const lowers = doc.lowers;
  // One pass over the run's words, no word array: this runs for every capitalised run.
  let count = 0;
  let first = "";
  let last = "";
  let beforeOf: string | undefined; // the word before the first "of" that is not the first word
  let seenOf = false;
  // "World War II", "Summit 2024": an event word followed only by numbers. True while the last
  // event word seen has had only numerals after it.
  let event = false;
  for (let k = from; k < to; k++) {
    if (!isWord(doc, k)) continue;
    const w = lowers[k];
    const of = w === "of" || w === "for" || w === "on";
    if (count === 0) first = w;
    else if (of && !seenOf) beforeOf = last;
    if (of) seenOf = true;
    if (event && !NUMERAL.test(w)) event = false;
    if (EVENT_TAIL.has(w)) event = true;
    last = w;
    count++;
  }
  if (!count) return undefined;
  // "Government of National Accord": an organisation's head word outranks an event word in its tail.
  const orgOf =
    beforeOf !== undefined && (ORG_LEAD.has(first) || ORG_TAIL.has(beforeOf) || ORG_LEAD.has(beforeOf));
  if (event && !orgOf) return "event";
  if (ORG_TAIL.has(last) || orgOf) return "Organization";
  if ((PLACE_TAIL.has(last) || (beforeOf !== undefined && PLACE_TAIL.has(beforeOf))) && count >= 2)
    return "Place";
  // "the Kursk region" is a place; "the Korean peninsula" is an adjective.
  if (PLACE_NEXT.has(lowers[to] ?? "") && !(count === 1 && /(?:ean|ese|ish|ian)$/.test(last))) return "Place";
  return undefined;
}

/**
 * Title words directly before token i (over an optional comma): where the title starts and the role
 * it gives; undefined for the many names that have none (no object made for them).
 */
function titleBefore(
  doc: Analysed,
  i: number,
  floor: number,
): { from: number; role: string | undefined } | undefined {
  const lowers = doc.lowers;
  let j = i - 1;
  if (doc.texts[j] === ",") j--;
  // Most names have no title: answer before building anything.
  if (j < floor || !TITLE_WORDS.has(lowers[j])) return undefined;
  // The title words are tokens (j, last]; read in place rather than gathered into arrays.
  const last = j;
  let honorific = false;
  let head = false;
  while (j >= floor && TITLE_WORDS.has(lowers[j])) {
    const w = lowers[j];
    if (HONORIFICS.has(w)) honorific = true;
    if (ROLE_HEADS.has(w)) head = true;
    j--;
  }
  if (!head && !honorific) return undefined;
  // The role: the title words but fillers and honorifics, in text order.
  let role = "";
  for (let q = j + 1; q <= last; q++) {
    const w = lowers[q];
    if (ROLE_FILLERS.has(w) || HONORIFICS.has(w)) continue;
    role = role ? `${role} ${w}` : w;
  }
  if (lowers[j] === "his" || lowers[j] === "her") j--;
  return { from: j + 1, role: role || undefined };
}

const ARTICLES = new Set(["a", "an", "the"]);
const ROLE_LINKS = new Set(["of", "from", "at", "in", "for", "to"]);

/** ", a prominent secretary of …" after a name: returns the role and the token after the role phrase. */
function appositionAfter(
  doc: Analysed,
  k: number,
  end: number,
  afterPossessive = false,
): [string, number] | undefined {
  const lowers = doc.lowers;
  if (!afterPossessive && doc.texts[k] !== ",") return undefined;
  // After "North Korea": skip its "'s"; after a comma: skip the comma.
  let j = k + 1;
  if (ARTICLES.has(lowers[j] ?? "")) j++;
  // No title word after the comma (the usual case): no role, and no word list to build.
  if (!(j < end && (TITLE_WORDS.has(lowers[j]) || ROLE_FILLERS.has(lowers[j])))) return undefined;
  const words: string[] = [];
  while (j < end && words.length < 5 && (TITLE_WORDS.has(lowers[j]) || ROLE_FILLERS.has(lowers[j]))) {
    words.push(lowers[j]);
    j++;
  }
  const role = words.filter((w) => !ROLE_FILLERS.has(w)).join(" ");
  if (!words.some((w) => ROLE_HEADS.has(w)) || !role) return undefined;
  if (ROLE_LINKS.has(lowers[j] ?? "")) j++;
  if (lowers[j] === "the") j++;
  return [role, j];
}

/** Mentions in document order. `seenPeople` lets lowercase names ("lavrov") count once the person is known. */
export function findMentions(doc: Analysed, gaz: Gazetteer, tagged?: TaggedNames): Mention[] {
  const { sentences, texts, lowers, tags } = doc;
  let capTexts: string[] | undefined;
  // Built only if the article has a careless lowercase name or demonym to look up.
  const caps = (): string[] =>
    (capTexts ??= texts.map((t) => (startsLower(t) ? t[0].toUpperCase() + t.slice(1) : t)));
  const mentions: Mention[] = [];
  const knownParts = new Set<string>();
  const partsOf = new Set<string>();
  // Acronym → the mention it was spelled out by ("Rapid Support Forces (RSF)").
  const acronyms = new Map<string, number>();

  for (const s of sentences) {
    if (s.dateline) continue;
    let i = s.tokStart;
    while (i < s.tokEnd) {
      const t = texts[i];
      const lower = lowers[i];
      if (passOver(doc, i, t, lower, knownParts)) {
        i++;
        continue;
      }
      if (mayBePronoun(lower) && PRONOUNS_PERSON.has(lower) && !s.headline) {
        mentions.push(tokenMention(s.index, i, t, "pronoun", false, "Person"));
        i++;
        continue;
      }
      if (lower === "the" && !s.headline) {
        const ref = roleReference(doc, gaz, i, s.tokEnd);
        if (ref) {
          mentions.push(
            mention({
              sentence: s.index,
              tokStart: i,
              tokEnd: ref.end,
              spanStart: i,
              surface: text(doc, i, ref.end),
              kind: "pronoun",
              type: "Person",
              possessive: isPossessiveAt(doc, ref.end),
              roleRef: { state: ref.state, role: ref.role },
            }),
          );
          i = ref.end;
          continue;
        }
      }
      let hit =
        isCap(doc, i) && mayStart(gaz, t, lower)
          ? gaz.matchAt(texts, i, windowEnd(doc, i, s.tokEnd))
          : undefined;
      if (
        !hit &&
        isLow(doc, i) &&
        t.length > 3 &&
        (isCap(doc, i + 1) || knownParts.has(lower)) &&
        mayStart(gaz, t, lower)
      ) {
        // Careless lowercase ("russian Foreign Minister", "lavrov said"): only demonyms before a
        // capitalised title, or people the article has already named.
        const h = gaz.matchAt(caps(), i, windowEnd(doc, i, s.tokEnd));
        if (h && h.length === 1 && ((h.via === "demonym" && isCap(doc, i + 1)) || knownParts.has(lower)))
          hit = h;
      }
      if (!hit && isLow(doc, i) && knownParts.has(lower) && t.length > 3 && tags[i] !== "VERB") {
        mentions.push(tokenMention(s.index, i, t, "name", isPossessiveAt(doc, i + 1)));
        i++;
        continue;
      }
      if (hit) {
        const end = i + hit.length;
        // "Soviet-era", "Russian-made": an adjective, not a mention of the state. "Iran-backed" still
        // names its backer (the support rules read it).
        if (
          texts[end] === "-" &&
          adjacent(doc, end - 1) &&
          ADJ_SUFFIX.has(lowers[end + 1] ?? "") &&
          !SPONSOR_SUFFIX.has(lowers[end + 1])
        ) {
          i = end + 2;
          continue;
        }
        // A gazetteer word that is only the start of a longer unknown name stays out ("Jordan Peterson").
        const longer =
          hit.entry.type !== "Person" &&
          hit.via !== "demonym" &&
          isCap(doc, end) &&
          !NOT_NAME.has(lowers[end]) &&
          adjacent(doc, end - 1) === false &&
          !s.headline
            ? classify(doc, i, capRun(doc, i, s.tokEnd))
            : undefined;
        if (longer === "Organization" || longer === "Place") {
          // fall through to the capitalised run below
        } else {
          const prefix =
            hit.entry.type === "Organization" || hit.entry.type === "Place"
              ? statePrefix(texts, gaz, i, end)
              : 0;
          if (prefix) {
            // "South Korea's Joint Chiefs of Staff": the state is mentioned too.
            const possessive = isPossessiveAt(doc, i + prefix);
            const state = gaz.matchAt(texts, i, i + prefix)!;
            mentions.push(
              mention({
                sentence: s.index,
                tokStart: i,
                tokEnd: i + prefix,
                spanStart: i,
                surface: text(doc, i, i + prefix),
                kind: "name",
                entry: state.entry,
                via: state.via,
                type: "Country",
                possessive,
              }),
            );
          }
          // The entry's own span starts after a state prefix ("South Korea's") when there is one.
          const start = prefix ? i + prefix + (isPossessiveAt(doc, i + prefix) ? 1 : 0) : i;
          if (hit.entry.type === "Person") for (const p of entryParts(hit.entry)) knownParts.add(p);
          mentions.push(
            mention({
              sentence: s.index,
              tokStart: start,
              tokEnd: end,
              spanStart: start,
              surface: text(doc, i, end),
              kind: "name",
              entry: hit.entry,
              via: hit.via,
              type: hit.entry.type,
              possessive: isPossessiveAt(doc, end),
            }),
          );
          i = end;
          continue;
        }
      }
      // "European Central Bank": a region adjective opening an organisation or place name.
      const opener = isCap(doc, i) && NAME_OPENERS.has(lower) && isCap(doc, i + 1) && !s.headline;
      if (opener) {
        const k = classify(doc, i + 1, capRun(doc, i + 1, s.tokEnd));
        if (k !== "Organization" && k !== "Place") {
          i++;
          continue;
        }
      } else if (!isCap(doc, i) || NOT_NAME.has(lower) || s.headline) {
        i++;
        continue;
      }
      let start = i;
      let runEnd = opener ? capRun(doc, i + 1, s.tokEnd) : capRun(doc, i, s.tokEnd);
      // "Defence Council Secretary Harald Vik": an organisation, then a title and a name.
      for (let p = i + 1; p < runEnd - 1; p++) {
        if (ORG_TAIL.has(lowers[p]) && TITLE_WORDS.has(lowers[p + 1]) && ROLE_HEADS.has(lowers[p + 1])) {
          runEnd = p + 1;
          break;
        }
      }
      // "… House of Representatives Aqeela Saleh", "Support Ukraine": a run that runs on into a person the
      // tagger is sure of, or into a state the gazetteer knows, ends where they start.
      const cut = innerName(doc, gaz, tagged, s, i, runEnd);
      if (cut !== undefined) runEnd = cut;
      // Sentence-initial capitals and leading titles are not part of the name.
      while (start < runEnd && start === s.tokStart && tags[start] !== "PROPN") start++;
      // "al-Qaeda", "al-Shabaab": a lowercase particle joined to the name by a hyphen opens it.
      if (start === i && particleOpens(doc, i)) start -= 2;
      // Titles are stripped from people, not from organisations ("National Security Council").
      const wholeFrom = start;
      const whole = classify(doc, start, runEnd);
      if (whole !== "Organization" && whole !== "Place") {
        while (start < runEnd && TITLE_WORDS.has(lowers[start])) start++;
        start = afterLastRoleHead(doc, start, runEnd);
      }
      if (start >= runEnd) {
        i = runEnd > i ? runEnd : i + 1;
        continue;
      }
      if (start > i) {
        // Stripping a title may reveal a gazetteer name ("President Vladimir Putin", "Former Chilean
        // Vice-President …"): read on from the first one.
        const q = gazetteerWithin(doc, gaz, i + 1, start, s.tokEnd);
        if (q !== undefined) {
          i = q;
          continue;
        }
      }
      // A label ("Troop Deployment:") is not a name.
      if (texts[runEnd] === ":") {
        i = runEnd + 1;
        continue;
      }
      // classify is pure: reuse its answer when no title was stripped.
      const kind = start === wholeFrom ? whole : classify(doc, start, runEnd);
      // "the Government of Chile" is the state itself: a mention of it.
      const state = kind === "Organization" ? governmentOf(doc, gaz, start, runEnd) : undefined;
      if (state) {
        const m = mention({
          sentence: s.index,
          tokStart: start,
          tokEnd: runEnd,
          spanStart: start,
          surface: text(doc, start, runEnd),
          kind: "name",
          entry: state.entry,
          via: "alias",
          type: "Country",
          possessive: isPossessiveAt(doc, runEnd),
        });
        mentions.push(m);
        i = runEnd;
        continue;
      }
      let nWords = 0;
      // Particles ("al", "bin", "da") do not make a name longer.
      for (let q = start; q < runEnd; q++) if (isWord(doc, q) && !NAME_PARTICLES.has(texts[q])) nWords++;
      const surface = text(doc, start, runEnd);
      const m = mention({
        sentence: s.index,
        tokStart: start,
        tokEnd: runEnd,
        spanStart: start,
        surface,
        kind: "name",
        possessive: isPossessiveAt(doc, runEnd),
      });
      // "the Government", "the Army": one generic organisation word names no organisation in particular.
      const prevMention = mentions[mentions.length - 1];
      const demonymBefore =
        prevMention !== undefined && prevMention.via === "demonym" && prevMention.tokEnd === start;
      if (
        kind === "event" ||
        (kind === "Organization" && nWords === 1 && !demonymBefore && !isParliament(lowers[start]))
      ) {
        i = runEnd;
        continue;
      }
      if (kind) {
        m.type = kind;
        // "Norwegian Defence Council": a demonym right before an unknown organisation is part of its name.
        const prev = mentions[mentions.length - 1];
        if (kind === "Organization" && prev && prev.via === "demonym" && prev.tokEnd === start)
          m.surface = text(doc, prev.tokStart, runEnd);
      } else {
        const titled = titleBefore(doc, start, s.tokStart) !== undefined;
        const appos = appositionAfter(doc, runEnd, s.tokEnd);
        let allProper = true;
        for (let q = start; q < runEnd && allProper; q++) {
          if (isWord(doc, q) && !NAME_PARTICLES.has(texts[q]))
            allProper = tags[q] === "PROPN" || isCap(doc, q);
        }
        const prevWord = lowers[start - 1] ?? "";
        const acronym = nWords === 1 && /^\p{Lu}{2,6}$/u.test(texts[start]);
        // The tagger types unknown names; a known person's name words stay the person's.
        const learned =
          titled || appos || acronym || knownPersonWords(lowers, start, runEnd, knownParts)
            ? undefined
            : tagged?.typeOf(s, start, runEnd, nWords);
        const sure = learned && learned !== "other" ? tagged?.sure(s, start, runEnd) : false;
        const looksPerson = nWords >= 2 && nWords <= 4 && allProper && !/^\p{Lu}+$/u.test(texts[start]);
        const outlet = knownPersonWords(lowers, start, runEnd, knownParts)
          ? false
          : outletContext(doc, start, runEnd);
        if (titled || appos) m.type = "Person";
        else if (outlet === "noun" || (outlet === "verb" && learned !== "Person")) {
          // "sources told Youm7", "reported Tolo News", "the Addis Standard newspaper": an outlet.
          m.type = "Organization";
          m.weak = true;
        } else if (
          nWords === 1 &&
          !acronym &&
          SPEAKER_VERBS.has(lowers[runEnd] ?? "") &&
          tagged?.over(s, start, runEnd)?.label === "PER"
        ) {
          // "Vučić said", "Okafor met …": one unknown word the tagger reads as a person, doing what people
          // do — a person of its own (resolution keeps a lone weak guess out).
          m.type = "Person";
        } else if (learned === "other" && !acronym) {
          // A nationality, event or product the tagger recognises: no actor.
          i = runEnd;
          continue;
        } else if (nWords >= 2 && nWords <= 4 && allProper && !m.possessive && placeContext(doc, start)) {
          // "fighting in Cabo Delgado", "the port city of Port Sudan": people are not where things happen.
          m.type = "Place";
          m.weak = true;
        } else if (
          learned &&
          learned !== "other" &&
          (sure || !looksPerson) &&
          !adjectiveLike(texts, start, nWords)
        ) {
          // The tagger types what no rule did; over the "two to four proper words" guess only when sure.
          m.type = learned;
          m.weak = true;
        } else if (nWords >= 2 && prevWord === "at" && allProper) {
          // "analysts at Goldman Sachs": people work at organisations, not at people.
          m.type = "Organization";
          m.weak = true;
        } else if (looksPerson) {
          m.type = "Person";
          m.weak = true;
        } else if (acronym) {
          // Unknown acronyms are too often outlets, tickers and page furniture to keep — unless the
          // article spelled them out: "the Rapid Support Forces (RSF)", then "the RSF".
          const expanded = acronymOf(doc, mentions, acronyms, start);
          if (expanded === undefined) {
            i = runEnd;
            continue;
          }
          m.type = mentions[expanded].type;
          m.expands = expanded;
        } else if (
          nWords === 1 &&
          ["in", "near", "outside"].includes(prevWord) &&
          tags[start] === "PROPN" &&
          !/\b(?:shares|stake|stakes|invest\w*)$/.test(lowers[start - 2] ?? "")
        ) {
          m.type = "Place";
          m.weak = true;
        }
      }
      // A name's parts once per article: the same person is named again and again.
      if (m.type === "Person" && !partsOf.has(surface)) {
        partsOf.add(surface);
        addParts(knownParts, surface.toLowerCase(), 3);
      }
      mentions.push(m);
      i = runEnd;
    }
  }
  attachTitles(doc, mentions);
  return mentions;
}

const firstWords = new WeakMap<Gazetteer, Set<string>>();
// Answers per gazetteer and lowercased word: the same capitalised words recur across articles.
const mayStartMemo = new WeakMap<Gazetteer, Map<string, boolean>>();

/**
 * Can a gazetteer form start with this word? One set lookup instead of matchAt's normalising of every
 * span: most capitalised words in news are not the start of any gazetteer form.
 */
// The last gazetteer asked about and its memo: one process extracts with one gazetteer, and a
// WeakMap lookup per capitalised word costs more than the memo lookup itself.
let lastGaz: Gazetteer | undefined;
let lastMemo: Map<string, boolean> | undefined;

function mayStart(gaz: Gazetteer, text: string, lower: string): boolean {
  let memo = gaz === lastGaz ? lastMemo : mayStartMemo.get(gaz);
  if (!memo) {
    memo = new Map();
    mayStartMemo.set(gaz, memo);
  }
  lastGaz = gaz;
  lastMemo = memo;
  // Keyed by the token's text, not its lowercase form: wink gives every occurrence of a word the
  // same string, whose hash is then already known; the lowercase form is a new string per token.
  let answer = memo.get(text);
  if (answer === undefined) {
    answer = computeMayStart(gaz, lower);
    if (memo.size > 100_000) memo.clear();
    memo.set(text, answer);
  }
  return answer;
}

function computeMayStart(gaz: Gazetteer, lower: string): boolean {
  let set = firstWords.get(gaz);
  if (!set) {
    set = new Set();
    for (const e of gaz.entries) {
      for (const f of [e.name, ...e.aliases, ...(e.demonyms ?? [])]) {
        const w = normalizeName(f).split(" ")[0];
        if (w) set.add(w);
      }
    }
    firstWords.set(gaz, set);
  }
  const w = normalizeName(lower);
  // "People 's Liberation Army" is tokenised before its "'s": "people" starts "peoples liberation army".
  if (set.has(w) || set.has(w + "s")) return true;
  const sp = w.indexOf(" ");
  return sp > 0 && set.has(w.slice(0, sp));
}

const JOINERS = new Set(["of", "the", "and", "for", "de", "al", "-", "'", "’", "'s", "’s", "."]);

/**
 * The end of the tokens a gazetteer form starting at i can span: up to the end of the sentence and
 * at most one lowercase word ("Tass agency"). Keeps matchAt from normalising long tails.
 */
function windowEnd(doc: Analysed, i: number, end: number): number {
  const lowers = doc.lowers;
  let k = i + 1;
  let lower = 0;
  while (k < end && k - i < 10) {
    if (isLow(doc, k) && !JOINERS.has(lowers[k])) {
      if (++lower > 1) break;
    } else if (!JOINERS.has(lowers[k])) lower = 0;
    k++;
  }
  return k;
}

const REF_ROLES = [
  "foreign minister",
  "defence minister",
  "defense minister",
  "prime minister",
  "top diplomat",
  "leader",
  "president",
  "premier",
  "chancellor",
  "official",
  "diplomat",
  "envoy",
  "minister",
  "spokesperson",
  "spokesman",
  "visitor",
  "guest",
  "counterpart",
];

const REF_ROLE_WORDS = REF_ROLES.map((r) => ({ role: r, words: r.split(" ") }));
const REF_FIRST = new Set(REF_ROLE_WORDS.map((r) => r.words[0]));

/**
 * "the North Korean leader", "the Russian president", "the top diplomat" — a role standing for a
 * person, when no name follows. Returns the state (if given), the role and the token after it.
 */
function roleReference(
  doc: Analysed,
  gaz: Gazetteer,
  i: number,
  end: number,
): { state?: string; role: string; end: number } | undefined {
  const { texts, lowers } = doc;
  let j = i + 1;
  let state: string | undefined;
  if (isCap(doc, j)) {
    if (!mayStart(gaz, texts[j], lowers[j])) return undefined;
    const m = gaz.matchAt(texts, j, Math.min(end, j + 4));
    if (!m || m.entry.type !== "Country") return undefined;
    state = m.entry.id;
    j += m.length;
    if (isPossessiveAt(doc, j)) j++;
  }
  if (!REF_FIRST.has(lowers[j] ?? "")) return undefined;
  const rest = [lowers[j], lowers[j + 1]];
  for (const { role: r, words } of REF_ROLE_WORDS) {
    if (words.every((w, k) => rest[k] === w)) {
      const after = j + words.length;
      // A name after the role makes it a title, handled elsewhere.
      if (isCap(doc, after) || (!state && r !== "top diplomat")) return undefined;
      return { state, role: r === "top diplomat" ? "foreign minister" : r, end: after };
    }
  }
  return undefined;
}

/** Length of a state name or demonym that starts a longer organisation/place match, else 0. */
function statePrefix(texts: string[], gaz: Gazetteer, i: number, end: number): number {
  for (let p = end - i - 1; p >= 1; p--) {
    const sub = gaz.matchAt(texts, i, i + p);
    if (sub && sub.length === p && sub.entry.type === "Country") return p;
  }
  return 0;
}

/** The tokens' text, one space wherever the article has a gap between two tokens. */
function text(doc: Analysed, from: number, to: number): string {
  const { texts, starts, ends } = doc;
  let out = "";
  for (let k = from; k < to; k++) {
    if (k > from && ends[k - 1] < starts[k]) out += " ";
    out += texts[k];
  }
  return out;
}

/**
 * Titles and appositions: "Russian President X", "North Korea's foreign minister, X", "his Russian
 * counterpart X", "X, a prominent secretary of the Workers' Party". Sets role, affiliation and span.
 */
function attachTitles(doc: Analysed, mentions: Mention[]): void {
  // Token position → index of the name mention ending (possessive included) or starting there,
  // in the shared position arrays, emptied again however this ends.
  const endAt = END_AT;
  const startAt = START_AT;
  // Filled with undefined up to the article's length, so the arrays stay plain (a store far past
  // the end of an empty array would turn it into a dictionary).
  while (endAt.length < doc.texts.length + 2) {
    endAt.push(undefined);
    startAt.push(undefined);
  }
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.kind !== "name") continue;
    endAt[m.possessive ? m.tokEnd + 1 : m.tokEnd] = k;
    startAt[m.tokStart] = k;
  }
  try {
    titlesAndAppositions(doc, mentions, endAt, startAt);
  } finally {
    for (const m of mentions) {
      endAt[m.tokEnd + 1] = endAt[m.tokEnd] = startAt[m.tokStart] = undefined;
    }
    // An outsized article does not keep outsized arrays.
    if (endAt.length > 50_000) endAt.length = startAt.length = 0;
  }
}

// Positions → mention indexes for attachTitles, shared by every article: arrays over an article's
// tokens made anew for each article were a good share of what extraction allocated, yet only a
// few dozen positions of them were ever set. Reading past what an article set gives undefined.
const END_AT: (number | undefined)[] = [];
const START_AT: (number | undefined)[] = [];

function titlesAndAppositions(
  doc: Analysed,
  mentions: Mention[],
  endAt: readonly (number | undefined)[],
  startAt: readonly (number | undefined)[],
): void {
  const { texts, lowers, sentences } = doc;
  const endingAt = { get: (pos: number): number | undefined => endAt[pos] };
  const startingAt = { get: (pos: number): number | undefined => startAt[pos] };
  const actorType = (m: Mention | undefined): boolean =>
    !!m && (m.type === "Country" || m.type === "Organization");
  const index: MentionIndex = {
    endingAt: (pos) => endAt[pos],
    startOf: (k) => mentions[k].tokStart,
    isActor: (k) => actorType(mentions[k]),
  };
  mentions.forEach((m, idx) => {
    if (m.kind !== "name" || (m.type && m.type !== "Person")) return;
    const s = sentences[m.sentence];
    // The title scan stops at an organisation ending right before it ("Russian Security Council
    // Secretary X": the council is the affiliation, not part of the role).
    let floor = s.tokStart;
    for (let q = idx - 1; q >= 0 && mentions[q].sentence === m.sentence; q--) {
      const o = mentions[q];
      if (o.kind === "name" && o.type === "Organization" && o.tokEnd <= m.tokStart && o.tokEnd > floor)
        floor = o.tokEnd;
    }
    const title = titleBefore(doc, m.tokStart, floor);
    if (title) {
      const { from, role } = title;
      if (m.type === undefined || m.weak) {
        m.type = "Person";
        m.weak = false;
      }
      m.role = role;
      m.spanStart = from;
      const j = from - 1;
      // "Russian President …": a demonym right before the title; "North Korea's foreign minister …".
      const k = endingAt.get(j + 1);
      if (k !== undefined && actorType(mentions[k])) {
        m.affiliation = k;
        m.spanStart = mentions[k].spanStart;
        // "his Russian counterpart X": the possessive belongs to the title too.
        if (["his", "her"].includes(lowers[m.spanStart - 1] ?? "")) m.spanStart--;
      } else if (lowers[j] === "his" || lowers[j] === "her") {
        m.spanStart = j;
      }
    }
    // "the Prime Minister of Hungary, X", "Brazil's ambassador to China, X", "… led by General X".
    if (m.affiliation === undefined) {
      const link = roleBefore(doc, title ? title.from : m.tokStart, s.tokStart, index);
      if (link) {
        m.affiliation = link.affiliation;
        m.role ??= link.role;
        if (m.type === undefined || m.weak) {
          m.type = "Person";
          m.weak = false;
        }
      }
    }
    // ", North Korea's foreign minister": a state's possessive then the role.
    if (texts[m.tokEnd] === "," && m.affiliation === undefined) {
      const k = startingAt.get(m.tokEnd + 1);
      const st = k !== undefined ? mentions[k] : undefined;
      if (st && st.type === "Country" && st.possessive) {
        const r = appositionAfter(doc, st.tokEnd, s.tokEnd, true);
        if (r) {
          m.affiliation = k;
          m.role = r[0];
          if (m.type === undefined || m.weak) {
            m.type = "Person";
            m.weak = false;
          }
        }
      }
    }
    const appos = appositionAfter(doc, m.tokEnd, s.tokEnd);
    if (appos) {
      const [arole, at] = appos;
      // "Deputy Minister of Economy and Trade of Ukraine": the actor may come after the role's own words.
      let k = startingAt.get(at) ?? actorAhead(doc, at, s.tokEnd, (pos) => startingAt.get(pos), mentions);
      // "North Korea's Workers' Party": the organisation, not its state, is what the person belongs to.
      while (
        k !== undefined &&
        mentions[k].possessive &&
        startingAt.get(mentions[k].tokEnd + 1) !== undefined
      ) {
        k = startingAt.get(mentions[k].tokEnd + 1);
      }
      if (k !== undefined && actorType(mentions[k])) {
        if (m.affiliation === undefined) {
          m.affiliation = k;
          m.role = arole;
        } else {
          // Both a title and an apposition: keep the title's state and record the apposition separately.
          m.extra = { role: arole, affiliation: k };
        }
        if (m.type === undefined || m.weak) {
          m.type = "Person";
          m.weak = false;
        }
        // "…, head of X and commander of Y": a second role of the same apposition.
        const second = m.extra === undefined ? secondRole(doc, mentions[k], s.tokEnd) : undefined;
        const k2 = second && actorAhead(doc, second[1], s.tokEnd, (pos) => startingAt.get(pos), mentions);
        if (second && k2 !== undefined && k2 !== k && actorType(mentions[k2]))
          m.extra = { role: second[0], affiliation: k2 };
      }
    }
  });
}

/**
 * The first state or organisation mention starting within a few words from `at`, before any comma,
 * semicolon or verb: "… of Economy and Trade of Ukraine", "… at the UK's University of Manchester".
 */
function actorAhead(
  doc: Analysed,
  at: number,
  end: number,
  startingAt: (pos: number) => number | undefined,
  mentions: Mention[],
): number | undefined {
  for (let q = at; q < end && q < at + 10; q++) {
    let k = startingAt(q);
    while (k !== undefined && mentions[k].possessive && startingAt(mentions[k].tokEnd + 1) !== undefined)
      k = startingAt(mentions[k].tokEnd + 1);
    if (k !== undefined && (mentions[k].type === "Country" || mentions[k].type === "Organization")) return k;
    const t = doc.texts[q];
    if (t === "," || t === ";" || t === ":" || doc.tags[q] === "VERB" || doc.tags[q] === "AUX")
      return undefined;
  }
  return undefined;
}

/** After the actor of a first role: "and [the] ROLE of|at …" — the role and the token after its link. */
function secondRole(doc: Analysed, first: Mention, end: number): [string, number] | undefined {
  let j = first.possessive ? first.tokEnd + 1 : first.tokEnd;
  if (doc.texts[j] === "(" && doc.texts[j + 2] === ")") j += 3;
  if (doc.lowers[j] !== "and") return undefined;
  return appositionAfter(doc, j, end, true);
}

const entryPartsMemo = new WeakMap<GazetteerEntry, string[]>();

/** The lowercase words of a gazetteer person's name (split at spaces and hyphens), once per entry. */
function entryParts(e: GazetteerEntry): string[] {
  let parts = entryPartsMemo.get(e);
  if (!parts) {
    parts = e.name.toLowerCase().split(/[\s-]+/);
    entryPartsMemo.set(e, parts);
  }
  return parts;
}

/**
 * Adds the words of `s` — cut at white space and hyphens, as `s.split(/[\s-]+/)` would — that are at
 * least `minLength` long. A character loop: this runs for every person mention.
 */
function addParts(set: Set<string>, s: string, minLength: number): void {
  let from = 0;
  for (let k = 0; k <= s.length; k++) {
    const c = k < s.length ? s.charCodeAt(k) : 32;
    if (c !== 45 && !isSpaceCode(c)) continue;
    if (k - from >= minLength) set.add(s.slice(from, k));
    from = k + 1;
  }
}
