// Typing a run by the words around it: outlets, places, speakers.
import type { Analysed } from "../nlp.js";
import { ROLE_HEADS, TITLE_WORDS } from "../lexicon.js";
import { isPossessiveAt } from "./mention.js";

/** Nouns after a name that make it an outlet ("the Kessel Standard newspaper", "Vantor TV"). */
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
export function outletContext(doc: Analysed, start: number, end: number): "noun" | "verb" | false {
  const { lowers } = doc;
  const next = lowers[CLOSING_QUOTES.has(doc.texts[end]) ? end + 1 : end] ?? "";
  const prev = lowers[start - 1] ?? "";
  // "the Kessel Standard newspaper", "the pan-Arab daily Al Vantor".
  if (OUTLET_NEXT.has(next) || OUTLET_NEXT.has(prev)) return "noun";
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
export const SPEAKER_VERBS = new Set(
  `said says told tells added stated wrote spoke speaks noted insisted warned explained argued urged stressed
  met meets visited arrived travelled traveled flew replied answered declared vowed pledged`.split(/\s+/),
);

/** "Iberian", "Sahelian": one word with an adjective's ending names no place or organisation. */
export function adjectiveLike(texts: string[], start: number, nWords: number): boolean {
  return nWords === 1 && /(?:ian|ean|ese|ish|ic|an)$/.test(texts[start]);
}

/** Are all the run's words parts of people the article has named? */
export function knownPersonWords(
  lowers: string[],
  start: number,
  end: number,
  knownParts: ReadonlySet<string>,
): boolean {
  for (let q = start; q < end; q++) if (lowers[q].length > 2 && !knownParts.has(lowers[q])) return false;
  return true;
}

/** Prepositions before where things happen: "in X", "near X". */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
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
export function placeContext(doc: Analysed, start: number): boolean {
  const prev = doc.lowers[start - 1] ?? "";
  if (PLACE_PREPOSITIONS.has(prev)) return true;
  return prev === "of" && PLACE_NOUNS.has(doc.lowers[start - 2] ?? "");
}

/** Nouns right before a name that make it an organisation: "the technology company X", "rebel group X". */
const ORG_NOUNS_BEFORE = new Set(
  `company firm giant conglomerate manufacturer maker producer contractor airline bank lender insurer retailer
  startup group militia party movement drugmaker carmaker automaker chipmaker supermarket grocer brewer
  exchange bookseller studio label supplier utility authority agency regulator watchdog band squad outfit
  newspaper charity`.split(/\s+/),
);
/** Is `w` a common noun for a body ("company", "team", "band")? */
export const bodyNoun = (w: string): boolean => ORG_NOUNS_BEFORE.has(w);

/** Parts of a company one owns: "shares of X", "a shareholding in X". */
const HOLDINGS = new Set(["shares", "shareholding", "shareholdings"]);
/** Roles whose "of X" names an organisation ("the president of X", "a member of X"). */
const ROLES_OF_ORGS = new Set(
  `president chairman chairwoman chairperson ceo founder director head chief leader member members`.split(
    " ",
  ),
);
/** Roles whose "of X" names a place ("the governor of X"). */
const ROLES_OF_PLACES = new Set(
  `governor mayor prefect town towns village villages city cities district province region county municipality
  suburb suburbs commune port island islands outskirts`.split(/\s+/),
);

/** Reach of an apposition's head noun after its article: "X, the Swiss drugmaker, …". */
const APPOSITION_REACH = 3;

/** Is the name ending before `end` followed by an apposition that calls it a firm or group: ", the chipmaker"? */
export function orgAppositionAfter(doc: Analysed, end: number): boolean {
  const { lowers, texts } = doc;
  if (texts[end] !== "," || !ARTICLES.has(lowers[end + 1] ?? "")) return false;
  for (let k = end + 2; k < end + 2 + APPOSITION_REACH; k++) {
    const w = lowers[k] ?? "";
    // The noun must head the apposition: "X, the group's leader," is a person.
    if (ORG_NOUNS_BEFORE.has(w)) return APPOSITION_END.has(texts[k + 1] ?? "");
    if (!/^[a-z-]+$/.test(w)) return false;
  }
  return false;
}
/** The articles: what opens an apposition ("X, the chipmaker"). */
export const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);
/** What may follow an apposition's head noun. */
const APPOSITION_END = new Set([",", ".", ";", ")", "that", "which"]);

/** "shares of X", "a shareholding in X": words that make what follows them the company owned. */
export function holdingsBefore(doc: Analysed, start: number): boolean {
  const prev = doc.lowers[start - 1] ?? "";
  return (prev === "of" || prev === "in") && HOLDINGS.has(doc.lowers[start - 2] ?? "");
}

/** The type the words right before an untyped name give it: an apposition noun or "ROLE of". */
export function typeBefore(doc: Analysed, start: number): "Organization" | "Place" | undefined {
  const prev = doc.lowers[start - 1] ?? "";
  if (ORG_NOUNS_BEFORE.has(prev)) return "Organization";
  const role = doc.lowers[start - 2] ?? "";
  // "shares of X", "shares in X": what is owned in shares is a company. Not "a stake in X": a state
  // or region has stakes in Idlib, and Tigray a stake in its own future.
  if (holdingsBefore(doc, start)) return "Organization";
  if (prev !== "of") return undefined;
  return ROLES_OF_ORGS.has(role) ? "Organization" : ROLES_OF_PLACES.has(role) ? "Place" : undefined;
}

/** Nouns after a company's name that say it is traded: "X shares rose", "X's stock fell". */
const TRADED = new Set(["shares", "stock", "stocks"]);

/**
 * Is the name ending before `end` a company whose shares move: "X shares rose", "X's stock fell"? The
 * word after them must be a verb: "Kessel shares a border with …" is a town doing something else.
 */
export function tradedAfter(doc: Analysed, end: number): boolean {
  const { lowers, tags } = doc;
  // "X's shares fell", but not "X's stock rose" (a person's standing).
  const possessive = isPossessiveAt(doc, end);
  const k = possessive ? end + 1 : end;
  if (!TRADED.has(lowers[k] ?? "") || (possessive && lowers[k] !== "shares")) return false;
  const next = tags[k + 1];
  return next === "VERB" || next === "AUX";
}

/** What a company has and a person or place does not: "X's quarterly revenue", "X's shareholders". */
const COMPANY_HOLDINGS = new Set(
  `revenue revenues profit profits sales earnings turnover shareholders customers subsidiary subsidiaries
  brand brands products stores outlets factory factories headquarters ceo chairman board dividend`.split(
    /\s+/,
  ),
);
/** Words that may stand between the possessive and what the company has: "X's quarterly net profit". */
const HOLDING_QUALIFIERS = new Set(
  `quarterly annual first-quarter second-quarter third-quarter fourth-quarter full-year net operating core
  online biggest largest main new former chief executive`.split(/\s+/),
);

/** Is the name ending before `end` a company by what it has: "X's quarterly revenue rose", "X's CEO"? */
export function companyPossessive(doc: Analysed, end: number): boolean {
  if (!isPossessiveAt(doc, end)) return false;
  for (let k = end + 1; k < end + 4; k++) {
    const w = doc.lowers[k] ?? "";
    if (COMPANY_HOLDINGS.has(w)) return true;
    // "chief executive" ends the title: "X's chief executive said" — a firm's officer.
    if (w === "executive" && doc.lowers[k - 1] === "chief") return true;
    if (!HOLDING_QUALIFIERS.has(w)) return false;
  }
  return false;
}

/** Nouns right before a name that make it a vessel's name ("the bulk carrier X"): no actor. */
export const VESSEL_NOUNS = new Set(
  `ship vessel tanker carrier freighter frigate destroyer warship submarine cruiser corvette boat yacht ferry`.split(
    " ",
  ),
);

/** People who work at an organisation: "analysts at X", "an economist at X". */
const WORKERS = new Set(
  `analyst analysts economist economists strategist strategists researcher researchers scientist scientists
  engineer engineers trader traders banker bankers employee employees worker workers staff executive
  executives professor professors partner partners lawyer lawyers`.split(/\s+/),
);

/** Is the name at `start` where people work: "analysts at X", "a senior economist at X"? */
export function workplaceBefore(doc: Analysed, start: number): boolean {
  return doc.lowers[start - 1] === "at" && WORKERS.has(doc.lowers[start - 2] ?? "");
}

/** Roles a place or state gives, not a company: "Dorvale mayor X" is no firm's. */
const PUBLIC_ROLES = new Set(
  `mayor governor premier prefect minister senator councillor councilor lawmaker mp president prime ambassador
  envoy commissioner judge speaker`.split(/\s+/),
);
/** How many lowercase title words may stand between a firm's name and its person: "chief executive officer". */
const TITLE_REACH = 3;

/**
 * Is the name ending before `end` a firm whose officer follows: "Varnex chief executive Ilse Dorn",
 * "Dorvane CEO Jon Mattis"? Lowercase or acronym title words ending in a role head, then a capitalised
 * name; a public role ("Dorvale mayor X") names a place's office instead.
 */
export function officerAfter(doc: Analysed, end: number): boolean {
  const { lowers, texts } = doc;
  let k = end;
  let head = false;
  while (k < end + TITLE_REACH && TITLE_WORDS.has(lowers[k] ?? "") && !/^\p{Lu}\p{Ll}/u.test(texts[k])) {
    if (PUBLIC_ROLES.has(lowers[k])) return false;
    if (ROLE_HEADS.has(lowers[k])) head = true;
    k++;
  }
  return head && k > end && /^\p{Lu}\p{Ll}/u.test(texts[k] ?? "") && !TITLE_WORDS.has(lowers[k]);
}
