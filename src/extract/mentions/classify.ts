// Typing a run by its own words: organisation, place and event heads, and "the Government of X".
import type { EntityType } from "../../types.js";
import { type Gazetteer, type GazetteerMatch } from "../gazetteer/index.js";
import type { Analysed } from "../nlp.js";
import {
  EVENT_TAIL,
  ORG_LEAD,
  ORG_TAIL,
  PLACE_LEAD,
  PLACE_NEXT,
  PLACE_TAIL,
  TITLE_WORDS,
} from "../lexicon.js";
import { isWord } from "./mention.js";

const GOVERNMENT = new Set(["government", "republic", "kingdom", "state"]);

/** "Government of [the] X" where X is a state the gazetteer knows, to the end of the run. */
export function governmentOf(
  doc: Analysed,
  gaz: Gazetteer,
  start: number,
  end: number,
): GazetteerMatch | undefined {
  if (!GOVERNMENT.has(doc.lowers[start]) || doc.lowers[start + 1] !== "of") return undefined;
  const at = doc.lowers[start + 2] === "the" ? start + 3 : start + 2;
  const hit = gaz.matchAt(doc.texts, at, end);
  return hit && hit.entry.type === "Country" && at + hit.length === end ? hit : undefined;
}

/** A state's legislature named by its generic word alone is still that state's organ ("Parliament"). */
export const isParliament = (w: string): boolean => w === "parliament" || w === "congress" || w === "senate";

const NUMERAL = /^(?:[ivx]+|\d+)$/;
/** First words of broadcasters' names. */
const OUTLET_LEAD = new Set(["radio", "tv", "television"]);
/** Lowercase nouns after a name that make it an organisation's. */
/** "team mate", "band member": a person's place in a group, after the group's noun. */
const MEMBERS = new Set(["mate", "mates", "member", "members", "leader", "captain"]);
const ORG_NEXT = new Set(
  `movement militia faction party group coalition alliance squad team band outfit`.split(" "),
);

/**
 * Place leads that are articles of the place's own language ("Las Vegas", "San Diego"): a third word makes
 * the name a team's or a firm's ("Las Vegas Sands", "San Diego Padres"), not a place's.
 */
const ARTICLE_LEADS = new Set(["las", "los", "san", "santa", "são", "sao"]);

/**
 * Lowercase landform nouns after a name: "the Durance river", "the Kessel valley". Beside PLACE_NEXT
 * rather than in it, because the tagger's features read PLACE_NEXT and this needs no retraining.
 */
const NATURAL_NEXT = new Set(
  `river valley delta basin lake mountains plain reservoir glacier strait gorge canal desert plateau highlands
  island islands reef lagoon estuary wetlands`.split(/\s+/),
);

/**
 * Last words of landform names beside PLACE_TAIL ("the Kessel Delta", "the Varno Basin"), kept here for the
 * same reason as NATURAL_NEXT: the tagger's features read PLACE_TAIL. Not "Park" or "Dam": surnames too.
 */
const LANDFORM_TAIL = new Set([...NATURAL_NEXT, "plains", "lagoon", "glacier"]);
/**
 * Venue words of other languages that close a name ("Kessel Stadion"; "Stadio", "Estadio" and "Stade"
 * open one, as PLACE_LEAD has them), beside PLACE_TAIL for the same reason.
 */
const VENUE_TAIL = new Set(["stadion", "center", "centre"]);

/** Does this word close a place's name ("Stadium", "Arena", "Tower", "Stadion")? */
const placeTail = (w: string): boolean => PLACE_TAIL.has(w) || VENUE_TAIL.has(w);

/**
 * First words of organisations' names in the languages such names keep in English news ("Banco
 * Central", "Instituto Nacional", "Deutsche Bahn"), beside ORG_LEAD, which the tagger's features read.
 */
const FOREIGN_ORG_LEAD = new Set(
  `instituto institut istituto universidad universidade université università universität banco banca
  banque fundación fundação fondation fondazione stiftung museo musée ministerio ministério ministère
  partido parti partito consejo conseil consiglio comisión comissão agencia agência agence grupo groupe
  gruppo sociedad société compañía compagnie empresa deutsche deutscher deutsches`
    .split(/\s+/)
    // Copied text often loses the accents: "Fundacion", "Ministerio".
    .flatMap((w) => [w, w.normalize("NFD").replace(/\p{M}/gu, "")]),
);

/**
 * Heads of organisation names that take "for" or "of" besides ORG_LEAD's ("Centre for Kessel Studies",
 * "Forum for Dorvale Dialogue"), beside it for the same reason as NATURAL_NEXT: the tagger reads ORG_LEAD.
 */
const MORE_ORG_HEADS = new Set(["centre", "center", "forum", "initiative", "observatory", "trust"]);

/** Last words of organisation names beside ORG_TAIL, kept out of it for the same reason ("the Varnow Trust"). */
const MORE_ORG_TAIL = new Set(["trust"]);

/** A word that makes the run it is in an organisation's name when "of", "for" or "on" follows it. */
export const orgWord = (w: string): boolean => ORG_LEAD.has(w) || ORG_TAIL.has(w) || MORE_ORG_HEADS.has(w);

export function classify(doc: Analysed, from: number, to: number): EntityType | "event" | undefined {
  const lowers = doc.lowers;
  // One pass over the run's words, no word array: this runs for every capitalised run.
  let count = 0;
  let first = "";
  let last = "";
  let beforeLast = "";
  let beforeOf: string | undefined; // the word before the first "of" that is not the first word
  let seenOf = false;
  // "World War II", "Summit 2024": an event word followed only by numbers. True while the last
  // event word seen has had only numerals after it.
  let event = false;
  // "Procter & Gamble": people's names have no ampersand; firms' do.
  let ampersand = false;
  for (let k = from; k < to; k++) {
    if (!isWord(doc, k)) {
      if (doc.texts[k] === "&") ampersand = true;
      continue;
    }
    const w = lowers[k];
    const of = w === "of" || w === "for" || w === "on";
    if (count === 0) first = w;
    else if (of && !seenOf) beforeOf = last;
    if (of) seenOf = true;
    if (event && !NUMERAL.test(w)) event = false;
    if (EVENT_TAIL.has(w)) event = true;
    beforeLast = last;
    last = w;
    count++;
  }
  if (!count) return undefined;
  // "Radio Dabanga"-like outlets: a broadcaster's word opens the name.
  if (count >= 2 && OUTLET_LEAD.has(first)) return "Organization";
  // "Government of National Accord": an organisation's head word outranks an event word in its tail.
  const orgOf =
    beforeOf !== undefined && (ORG_LEAD.has(first) || MORE_ORG_HEADS.has(first) || orgWord(beforeOf));
  if (event && !orgOf) return "event";
  if (ORG_TAIL.has(last) || (count >= 2 && MORE_ORG_TAIL.has(last)) || orgOf || (ampersand && count >= 2))
    return "Organization";
  if (count >= 2 && FOREIGN_ORG_LEAD.has(first)) return "Organization";
  // "the Amal Shiite movement", "the Wagner group": a lowercase organisation noun after the name — not a
  // person's role in one ("named X team captain").
  if (
    ORG_NEXT.has(lowers[to] ?? "") &&
    !/(?:ean|ese|ish|ian)$/.test(last) &&
    !TITLE_WORDS.has(lowers[to + 1] ?? "") &&
    !MEMBERS.has(lowers[to + 1] ?? "")
  )
    return "Organization";
  if (
    (placeTail(last) ||
      LANDFORM_TAIL.has(last) ||
      (PLACE_LEAD.has(first) && (count === 2 || !ARTICLE_LEADS.has(first))) ||
      (beforeOf !== undefined && PLACE_TAIL.has(beforeOf))) &&
    count >= 2
  )
    // "Eastern Military District": a command, not a territory.
    return beforeLast === "military" ? "Organization" : "Place";
  // "the Kursk region" is a place; "the Korean peninsula", "the Baltic island of X" are adjectives; the
  // first half of a compound ("island-hopping") is no place word.
  const next = doc.texts[to + 1] === "-" ? "" : (lowers[to] ?? "");
  if (
    (PLACE_NEXT.has(next) || NATURAL_NEXT.has(next)) &&
    !(count === 1 && /(?:ean|ese|ish|ian|ic)$/.test(last))
  )
    return "Place";
  return undefined;
}
