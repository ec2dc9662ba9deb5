// Typing a capitalised run that no word of its own typed (no gazetteer entry, no organisation or place
// word): by the words around it, the learned tagger, or its look. The clues are read once into `Clues`;
// the rules below are tried in order and the first that speaks decides. A new clue is a new rule here,
// with its context test here or in a module of its own, not another branch inside a long function.
import type { EntityType } from "../../types.js";
import type { Analysed, Sentence } from "../nlp.js";
import type { TaggedType } from "../tagged-names.js";
import { NAME_PARTICLES, ORG_LEAD, ORG_TAIL, ROLE_HEADS } from "../lexicon.js";
import { acronymOf } from "./acronyms.js";
import {
  SPEAKER_VERBS,
  PLACE_PREPOSITIONS,
  VESSEL_NOUNS,
  adjectiveLike,
  bodyNoun,
  companyPossessive,
  holdingsBefore,
  knownPersonWords,
  officerAfter,
  orgAppositionAfter,
  outletContext,
  placeContext,
  tradedAfter,
  typeBefore,
  workplaceBefore,
} from "./context.js";
import type { Scan } from "./find.js";
import { isCap, isPossessiveAt, isWord, type Mention } from "./mention.js";
import {
  PLACE_QUALIFIERS,
  clubSentence,
  ownNameWords,
  placeEnding,
  placeOpening,
} from "./named-after-place.js";
import { matchResult, sideInFixture, sideInResult } from "./sport-results.js";
import { thingAfter } from "./thing-reference.js";
import { appositionAfter, titleBefore } from "./titles.js";

/** What is known of a run [start, end) before any rule types it. */
interface Clues {
  scan: Scan;
  doc: Analysed;
  s: Sentence;
  m: Mention;
  start: number;
  end: number;
  /** Name words, particles not counted. */
  nWords: number;
  titled: boolean;
  appos: boolean;
  /** Every word a proper noun or capitalised. */
  allProper: boolean;
  prevWord: string;
  acronym: boolean;
  /** All its words are parts of people the article has named. */
  known: boolean;
  /** The tagger's type, when sure enough to count (MIN_SCORE). */
  learned: TaggedType;
  /** The tagger is sure of its span (SURE_SCORE). */
  sure: boolean;
  /** Two to four proper words, not all capitals: a person's name by its look. */
  looksPerson: boolean;
  outlet: "noun" | "verb" | false;
  /** The type an apposition noun or "ROLE of" before it (or a trade noun after it) gives. */
  before: "Organization" | "Place" | undefined;
}

/** A rule's answer: a type (weak: a guess from context), or drop the run (no actor). */
type Verdict = { type: EntityType | undefined; weak?: boolean; expands?: number } | "drop";
type Rule = (c: Clues) => Verdict | undefined;

const guess = (type: EntityType): Verdict => ({ type, weak: true });
const notSurePerson = (c: Clues): boolean => !(c.learned === "Person" && c.sure);

/**
 * "the club Tomas Varga founded", "the regulator Dana Feroz chairs": a name that reads as a person's, doing
 * something in a relative clause after a body's noun — not the body's name, which would speak ("the
 * authority X said").
 */
const relativeSubject = (c: Clues): boolean => {
  const next = c.doc.texts[c.end] ?? "";
  return (
    bodyNoun(c.prevWord) &&
    (c.looksPerson || c.learned === "Person") &&
    /^\p{Ll}+$/u.test(next) &&
    !STATEMENT_VERBS.has(next) &&
    c.doc.tags[c.end] !== "ADP" &&
    c.doc.tags[c.end] !== "CCONJ"
  );
};

/** "Retired general X", "Jailed activist X": a participle opening the sentence describes the person. */
const participleOpening = (c: Clues): boolean =>
  c.nWords === 1 && c.start === c.s.tokStart && /^\p{Lu}\p{Ll}{2,}ed$/u.test(c.doc.texts[c.start]);

/** "Team captain X", "Party leader X": a body's common noun opening the sentence is no body's name. */
const genericOpening = (c: Clues): boolean => {
  const w = c.doc.lowers[c.start];
  return (
    c.nWords === 1 &&
    c.start === c.s.tokStart &&
    (ORG_TAIL.has(w) || ORG_LEAD.has(w) || bodyNoun(w) || GROUP_NOUNS.has(w))
  );
};
/** Groups' common nouns beside the organisation word lists: "Team", "Crew". */
const GROUP_NOUNS = new Set(["team", "teams", "crew", "side", "squad", "club", "band"]);

/** The rules, in the order they are tried. */
const RULES: readonly Rule[] = [
  // A title before it or a role in apposition after it: a person.
  (c) => (c.titled || c.appos ? { type: "Person" } : undefined),
  // "Team captain X", "Party leaders met": a body's common noun opening the sentence names no body.
  (c) => (genericOpening(c) ? "drop" : undefined),
  // "the bulk carrier X": a vessel's name, no actor.
  (c) => (VESSEL_NOUNS.has(c.prevWord) ? "drop" : undefined),
  // "the technology company X", "the president of X", "the governor of X" — one word after "of" only
  // when the tagger agrees ("the head of Operations" is no organisation). A noun right before the name
  // ("the water authority X", "the band X") outranks even a sure tagger; "of" does not.
  (c) =>
    c.before &&
    !relativeSubject(c) &&
    (!c.sure || c.prevWord !== "of") &&
    (c.nWords >= 2 ||
      c.prevWord !== "of" ||
      c.before === "Place" ||
      c.learned === "Organization" ||
      // "shares of Quellin" — not of a ticker ("shares of XQZ"), which names no company.
      (holdingsBefore(c.doc, c.start) && !c.acronym))
      ? guess(c.before)
      : undefined,
  // "analysts at X", "Varnex chief executive Ilse Dorn", "Dorvane CEO X": where people work, whose
  // officer follows — a firm, unless the tagger is sure of a person.
  (c) =>
    c.allProper &&
    !c.known &&
    !c.m.possessive &&
    notSurePerson(c) &&
    // Not "Scottish striker X", nor a common noun capitalised to open a sentence ("Tournament director X").
    !adjectiveLike(c.doc.texts, c.start, c.nWords) &&
    (c.start !== c.s.tokStart || (c.doc.tags[c.start] === "PROPN" && !participleOpening(c))) &&
    (workplaceBefore(c.doc, c.start) || officerAfter(c.doc, c.end))
      ? guess("Organization")
      : undefined,
  // "won the first Test at Kesselgrove", "beat Dorvale 2-0 at the Varnodrome": where a match was played.
  (c) => (venue(c) ? guess("Place") : undefined),
  // "sources told Kessel24", "reported Vantor News", "the Kessel Standard newspaper": an outlet.
  (c) =>
    c.outlet === "noun" || (c.outlet === "verb" && c.learned !== "Person")
      ? guess("Organization")
      : undefined,
  // "Bayern Munich signed …", "Inter Milan beat …": a name completed by its city, in club sport —
  // whatever the tagger says (it reads "Bayern Munich" as a person's first and last name).
  (c) => (c.nWords >= 2 && !c.known && cityNamed(c) ? guess("Organization") : undefined),
  // "X shares rose", "X's quarterly revenue": what has shares, sales or a chief executive is a company.
  (c) =>
    c.allProper &&
    !c.acronym &&
    !c.known &&
    notSurePerson(c) &&
    (tradedAfter(c.doc, c.end) || companyPossessive(c.doc, c.end))
      ? guess("Organization")
      : undefined,
  // "X beat Y 3-1", "a 1-0 win over X", "host X" in club sport: sides in a match are teams.
  (c) =>
    c.allProper &&
    !c.known &&
    notSurePerson(c) &&
    (sideInResult(c.doc, c.s, c.start, c.end) ||
      (sideInFixture(c.doc, c.start) && clubSentence(c.doc, c.s.tokStart, c.s.tokEnd)))
      ? guess("Organization")
      : undefined,
  // "Vučić said", "Okafor met …": one unknown word the tagger reads as a person, doing what people
  // do — a person of its own (resolution keeps a lone weak guess out).
  (c) =>
    c.nWords === 1 &&
    !c.acronym &&
    SPEAKER_VERBS.has(c.doc.lowers[c.end] ?? "") &&
    c.scan.tagged?.over(c.s, c.start, c.end)?.label === "PER"
      ? { type: "Person" }
      : undefined,
  // A nationality, event or product the tagger recognises: no actor.
  (c) => (c.learned === "other" && !c.acronym ? "drop" : undefined),
  // "in Austin, Texas, …", "Tours, North Vesland.": the second part of a city's address is a region
  // (one word, or two after a compass word: "… in Dorvale, Ilse Varnow." is a person).
  (c) =>
    (c.nWords === 1 || (c.nWords === 2 && PLACE_QUALIFIERS.has(c.doc.lowers[c.start]))) &&
    c.allProper &&
    !c.m.possessive &&
    regionAfterPlace(c)
      ? guess("Place")
      : undefined,
  // "fighting in Dorvale Province", "the port city of Port Kessel": people are not where things happen.
  (c) =>
    c.nWords >= 2 && c.nWords <= 4 && c.allProper && !c.m.possessive && placeContext(c.doc, c.start)
      ? guess("Place")
      : undefined,
  // The tagger types what no rule did; over the "two to four proper words" guess only when sure, or
  // when its own span reads an organisation or place. "held talks with Lucia Santos", "Lucia Santos
  // said": places do not talk, so a name that looks like a person's, talking, stays one.
  (c) =>
    c.learned &&
    c.learned !== "other" &&
    (c.sure || !c.looksPerson || c.scan.tagged?.notPerson(c.s, c.start, c.end)) &&
    !adjectiveLike(c.doc.texts, c.start, c.nWords) &&
    !(c.learned === "Place" && c.looksPerson && !c.sure && talks(c.doc, c.start, c.end))
      ? guess(c.learned)
      : undefined,
  // "X, which …", "X said its …": referred to as a thing, so no person — a place if the tagger leans so;
  // not after "in": "shelling in X and its suburbs" is the place the rule further down reads.
  (c) =>
    (c.looksPerson || (c.nWords === 1 && c.allProper)) &&
    !c.known &&
    !PLACE_PREPOSITIONS.has(c.prevWord) &&
    c.prevWord !== "of" &&
    thingAfter(c.doc, c.end, c.s.tokEnd)
      ? guess(c.scan.tagged?.over(c.s, c.start, c.end)?.label === "LOC" ? "Place" : "Organization")
      : undefined,
  // "a Cincinnati-based maker": where a firm is based is a place ("Linux-based servers" are not firms).
  (c) =>
    c.allProper &&
    !c.known &&
    c.learned !== "Person" &&
    c.doc.texts[c.end] === "-" &&
    c.doc.lowers[c.end + 1] === "based" &&
    FIRM_NOUNS.has(c.doc.lowers[c.end + 2] ?? "")
      ? guess("Place")
      : undefined,
  // "in Rotterdam and Antwerp": joined to a city by "and", a name no rule typed is another place.
  (c) =>
    c.nWords <= 2 && c.allProper && !c.known && c.learned !== "Person" && afterPlaceAnd(c)
      ? guess("Place")
      : undefined,
  // "analysts at Goldman Sachs": people work at organisations, not at people.
  (c) => (c.nWords >= 2 && c.prevWord === "at" && c.allProper ? guess("Organization") : undefined),
  (c) => (c.looksPerson ? guess("Person") : undefined),
  acronymRule,
  // "in Kessel": one proper word where things happen — unless shares or stakes are held in it.
  (c) =>
    c.nWords === 1 &&
    ["in", "near", "outside"].includes(c.prevWord) &&
    c.doc.tags[c.start] === "PROPN" &&
    !/\b(?:shares|stake|stakes|invest\w*)$/.test(c.doc.lowers[c.start - 2] ?? "")
      ? guess("Place")
      : undefined,
];

/**
 * Is the run one unknown word "at" or "at the" in a sentence of club sport (its own words, or a match
 * result: a score after a result verb) — a venue? Not where someone works ("an analyst at X").
 */
function venue(c: Clues): boolean {
  const { doc, s, start } = c;
  if (c.nWords !== 1 || c.known || c.m.possessive || doc.tags[start] !== "PROPN" || c.acronym) return false;
  const at = c.prevWord === "the" ? start - 2 : start - 1;
  if (doc.lowers[at] !== "at" || workplaceBefore(doc, at + 1)) return false;
  return clubSentence(doc, s.tokStart, s.tokEnd) || matchResult(doc, s);
}

/** Nouns after "X-based" that make X where a firm is based: "a Cincinnati-based maker". */
const FIRM_NOUNS = new Set(
  `company companies firm firms maker makers manufacturer producer lender bank group startup retailer chain
  carrier insurer fund developer supplier operator business`.split(/\s+/),
);

/**
 * What a body says in a statement: "the QSB said", "the QSB warned". Narrower than SPEAKER_VERBS on
 * purpose: "the QSB met" is as often a ticker or a committee the article never names.
 */
const STATEMENT_VERBS = new Set(
  `said says told added stated warned announced confirmed denied urged reported`.split(" "),
);

/** Capitalised abbreviations that name no body: media, measures, jobs. */
const NOT_BODIES = new Set(
  `tv pr ai gdp gnp ceo cfo coo cto pm mp mps ipo cpi ppi vat etf esg ev evs suv suvs dna hiv aids covid icu pcr
  ngo ngos uav uavs icbm icbms irbm slbm atgm manpads apc apcs ifv ied ieds rpg rpgs gps sms vip vips lng lpg
  usd eur gbp jpy cny phd hr it var mri ct atm atms pin otp`.split(/\s+/),
);

/**
 * Unknown acronyms are too often outlets, tickers and page furniture to keep — unless the article
 * spelled them out ("the Rapid Support Forces (RSF)", then "the RSF"), they have chiefs ("the KSB Chief
 * X"), or they speak or are traded ("the QSB said", "QSB said" opening a clause, "QSB shares fell").
 */
function acronymRule(c: Clues): Verdict | undefined {
  if (!c.acronym) return undefined;
  const { doc, scan } = c;
  const expanded = acronymOf(doc, scan.mentions, scan.acronyms, c.start);
  if (expanded !== undefined) return { type: scan.mentions[expanded].type, expands: expanded };
  if (NOT_BODIES.has(doc.lowers[c.start])) return "drop";
  if (ROLE_HEADS.has(doc.lowers[c.end] ?? "") && isCap(doc, c.end)) return guess("Organization");
  const next = doc.lowers[c.end] ?? "";
  // Speaking or traded: "the QSB warned", "KSB shares fell", and bare at a clause's start ("QSB said").
  // A credit line or ticker stands bare with no verb after it; "state TV said", "its PR said" are media.
  const opens = c.prevWord === "the" || !isWord(doc, c.start - 1);
  if (opens && (STATEMENT_VERBS.has(next) || tradedAfter(doc, c.end))) return guess("Organization");
  // "KLF fighters", "the KLF's leaders": members and fighters belong to a body.
  const after = isPossessiveAt(doc, c.end) ? c.end + 1 : c.end;
  if (MEMBER_NOUNS.has(doc.lowers[after] ?? "")) return guess("Organization");
  // "the KLF rejected the deal", "the KLF has seized": a body acting (no ticker takes "the").
  if (c.prevWord === "the" && actsAfter(doc, c.end)) return guess("Organization");
  return "drop";
}

/** Lowercase nouns for a body's people: "KLF fighters", "the KLF's leaders". */
const MEMBER_NOUNS = new Set(
  `fighters militants rebels members leaders leader officials spokesman spokeswoman spokesperson forces troops
  commanders commander militia militiamen supporters delegation negotiators chief chairman`.split(/\s+/),
);

/** Verbs of a market's moves: "the DAX closed higher" is an index, not a body acting. */
const MARKET_VERBS = new Set(
  `rose fell closed opened gained dropped jumped slipped slid climbed surged tumbled plunged rallied dipped
  eased edged`.split(/\s+/),
);

/** Does a finite verb follow at `k` ("rejected", "has seized", "will not"), not a market's move? */
function actsAfter(doc: Analysed, k: number): boolean {
  const tag = doc.tags[k];
  if (MARKET_VERBS.has(doc.lowers[k])) return false;
  if (tag === "AUX") return doc.tags[k + 1] === "VERB" || doc.tags[k + 2] === "VERB";
  return tag === "VERB" && /(?:ed|s)$/.test(doc.lowers[k]);
}

/**
 * Types a run no word of its own typed, or says to drop it (false): an unknown acronym, a nationality
 * or product. A run no rule speaks for stays untyped (resolution may still join it to a name).
 */
export function typeUnknown(scan: Scan, s: Sentence, m: Mention, nWords: number): boolean {
  const c = cluesOf(scan, s, m, nWords);
  for (const rule of RULES) {
    const v = rule(c);
    if (v === undefined) continue;
    if (v === "drop") return false;
    if (v.type) m.type = v.type;
    if (v.weak) m.weak = true;
    if (v.expands !== undefined) m.expands = v.expands;
    return true;
  }
  return true;
}

function cluesOf(scan: Scan, s: Sentence, m: Mention, nWords: number): Clues {
  const { doc, tagged, knownParts } = scan;
  const { texts, lowers, tags } = doc;
  const start = m.tokStart;
  const end = m.tokEnd;
  const titled = titleBefore(doc, start, s.tokStart) !== undefined;
  const appos = appositionAfter(doc, end, s.tokEnd) !== undefined;
  let allProper = true;
  for (let q = start; q < end && allProper; q++) {
    if (isWord(doc, q) && !NAME_PARTICLES.has(texts[q])) allProper = tags[q] === "PROPN" || isCap(doc, q);
  }
  const acronym = nWords === 1 && /^\p{Lu}{2,6}$/u.test(texts[start]);
  const known = knownPersonWords(lowers, start, end, knownParts);
  // The tagger types unknown names; a known person's name words stay the person's.
  const learned = titled || appos || acronym || known ? undefined : tagged?.typeOf(s, start, end, nWords);
  const sure = learned && learned !== "other" ? (tagged?.sure(s, start, end) ?? false) : false;
  // "shares of Ivo Dran's company": the company is the possessive's, not the name.
  const before =
    titled || appos || known || (m.possessive && holdingsBefore(doc, start))
      ? undefined
      : (typeBefore(doc, start) ?? (orgAppositionAfter(doc, end) ? "Organization" : undefined));
  return {
    scan,
    doc,
    s,
    m,
    start,
    end,
    nWords,
    titled,
    appos,
    allProper,
    prevWord: lowers[start - 1] ?? "",
    acronym,
    known,
    learned,
    sure,
    looksPerson:
      nWords >= 2 &&
      nWords <= 4 &&
      allProper &&
      !/^\p{Lu}+$/u.test(texts[start]) &&
      !oneCompound(doc, start, end),
    outlet: known ? false : outletContext(doc, start, end),
    before,
  };
}

/**
 * Is the run one word of parts written together ("Val-Sorbier", "Kessel-Dorvale": tokens with no space
 * between)? A person's name written whole has a space in it; alone, such a compound names a place or a
 * team more often than a person.
 */
function oneCompound(doc: Analysed, start: number, end: number): boolean {
  for (let k = start; k < end - 1; k++) if (doc.ends[k] !== doc.starts[k + 1]) return false;
  return end - start >= 3;
}

/** Does a gazetteer city open or end the run, making it a club's name in club sport? */
function cityNamed({ doc, scan, s, start, end }: Clues): boolean {
  if (placeOpening(doc, scan.state, s, start, end)) return true;
  const q = placeEnding(doc, scan.state, start, end);
  return q !== undefined && ownNameWords(doc, start, q) && clubSentence(doc, s.tokStart, s.tokEnd);
}

/** Nouns and verbs of meeting before "with": "talks with X", "met with X". */
const MEETING_WITH = new Set(`talks talk met meets meeting meetings spoke speaks call`.split(" "));
/** Verbs whose object talks back: "met X", "told X", "thanked X". */
const TALKED_TO = new Set(`met meets told thanked urged phoned called congratulated received`.split(" "));

/** Is the name [start, end) talking or talked to: "X said", "talks with X", "met X"? */
export function talks(doc: Analysed, start: number, end: number): boolean {
  const { lowers } = doc;
  const prev = lowers[start - 1] ?? "";
  return (
    SPEAKER_VERBS.has(lowers[end] ?? "") ||
    TALKED_TO.has(prev) ||
    (prev === "with" && MEETING_WITH.has(lowers[start - 2] ?? ""))
  );
}

/** Is the run the second of two names joined by "and"/"or", the first a city (not a state)? */
function afterPlaceAnd({ doc, scan, start }: Clues): boolean {
  const w = doc.lowers[start - 1];
  if (w !== "and" && w !== "or") return false;
  const prev = scan.mentions[scan.mentions.length - 1];
  // A gazetteer city, not a guess: "Tottenham Hotspur and Borussia Dortmund" must not pass one on.
  return prev !== undefined && prev.tokEnd === start - 1 && prev.type === "Place" && prev.entry !== undefined;
}

/** Tokens that may close an address ("Austin, Texas, and …", "… in Austin, Texas."). */
const ADDRESS_END = new Set([",", ".", ";", ")", ":"]);

/**
 * Is the run the region in "City, Region": right after a city and a comma, and closed by punctuation
 * or the sentence's end ("In Kessel, Varnow said" is a speaker, not a region)?
 */
function regionAfterPlace({ doc, scan, start, end }: Clues): boolean {
  if (doc.texts[start - 1] !== ",") return false;
  const prev = scan.mentions[scan.mentions.length - 1];
  // After a city, not a state: "the ambassador to Brazil, Ana Lima, said" names a person.
  if (!prev || prev.tokEnd !== start - 1 || prev.type !== "Place") return false;
  const next = doc.texts[end];
  return next === undefined || ADDRESS_END.has(next);
}
