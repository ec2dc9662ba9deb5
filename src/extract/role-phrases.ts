// Role phrases that tie a person to the state or organisation they serve, where the role and the
// actor come before the name: "the Prime Minister of Hungary, X", "Speaker of the House of
// Representatives X", "Brazil's ambassador to China, X", "Mali's new leader, Colonel X", "the forces,
// led by General X". Title words directly before the name (and "X, North Korea's foreign minister")
// are read by mentions.ts; this module reads the longer forms, token by token, from the name back.
import type { Analysed } from "./nlp.js";
import {
  ORG_TAIL,
  ROLE_FILLERS,
  ROLE_HEADS,
  ROLE_QUALIFIERS,
  SERVICE_WORDS,
  STATE_BODY,
  TITLE_WORDS,
} from "./lexicon.js";

/** Where a role phrase found before a name points: the actor mention's index and the role. */
export interface RoleLink {
  affiliation: number;
  role: string | undefined;
}

/** The mention list as role phrases see it, by token position and index. */
export interface MentionIndex {
  /** Index of the name mention (possessive included) ending at a token position, if any. */
  endingAt(pos: number): number | undefined;
  /** First token of mention k. */
  startOf(k: number): number;
  /** Is mention k a state or an organisation? */
  isActor(k: number): boolean;
  /** Is mention k written as an owner: a possessive ("Peru's") or a demonym ("Peruvian")? */
  owner(k: number): boolean;
  /** "the country's" ending before token `pos`: the mention of the state it stands for, if any. */
  stateReferredTo(pos: number): number | undefined;
}

const DETERMINERS = new Set(["the", "its", "his", "her", "their"]);
const LED_BY = new Set(["led", "headed", "commanded", "chaired", "run"]);
const COPULAS = new Set(["is", "are", "was", "were", "be", "been", "being"]);
const HYPHENS = new Set(["-", "‑", "–"]);

/** A service word inside a title, opening a rank after a role head: "Defence Minister Army General". */
export function rankService(lowers: readonly string[], q: number, floor: number): boolean {
  return (
    SERVICE_WORDS.has(lowers[q]) &&
    q > floor &&
    ROLE_HEADS.has(lowers[q - 1]) &&
    TITLE_WORDS.has(lowers[q + 1] ?? "")
  );
}

/**
 * Title words ending at token `end` (inclusive), read backwards: "Deputy Inspector General",
 * "Minister of Defense", "Vice-President", "Commander-in-Chief". Returns the first token and the role
 * (heads and qualifiers, fillers dropped), or undefined when no role head is among them.
 */
export function titleRunBack(
  doc: Analysed,
  end: number,
  floor: number,
): { from: number; role: string | undefined } | undefined {
  const { lowers } = doc;
  let j = end;
  let head = false;
  while (j >= floor) {
    const w = lowers[j];
    if (TITLE_WORDS.has(w)) {
      if (ROLE_HEADS.has(w)) head = true;
      j--;
    } else if (ROLE_QUALIFIERS.has(w) && head) j--;
    else if (HYPHENS.has(w) && j > floor && TITLE_WORDS.has(lowers[j - 1])) j--;
    else if (w === "in" && HYPHENS.has(lowers[j - 1] ?? "") && HYPHENS.has(lowers[j + 1] ?? "")) j--;
    else if (w === "of" && j > floor && TITLE_WORDS.has(lowers[j - 1]) && TITLE_WORDS.has(lowers[j + 1])) j--;
    else if (rankService(lowers, j, floor)) j--;
    else break;
  }
  if (!head || j === end) return undefined;
  const words: string[] = [];
  for (let q = j + 1; q <= end; q++) {
    const w = lowers[q];
    if (!ROLE_FILLERS.has(w) && (TITLE_WORDS.has(w) || SERVICE_WORDS.has(w))) words.push(w);
  }
  return { from: j + 1, role: words.join(" ") || undefined };
}

/** Skips a parenthesised acronym ending at p ("… Army (LNA)"): the token before its "(", else p. */
function skipParenthesis(doc: Analysed, p: number, floor: number): number {
  if (doc.texts[p] !== ")") return p;
  for (let q = p - 1; q >= Math.max(floor, p - 4); q--) if (doc.texts[q] === "(") return q - 1;
  return p;
}

/**
 * A role phrase before the name (or its title) starting at `nameFrom`: "ROLE of [the] ACTOR[ (ACR)][,]",
 * "ACTOR's ROLE to STATE,", "ACTOR's ROLE, Title", "ACTOR, led by". `isActor` says which mention
 * indexes are states or organisations.
 */
export function roleBefore(
  doc: Analysed,
  nameFrom: number,
  floor: number,
  ix: MentionIndex,
): RoleLink | undefined {
  const { texts, lowers } = doc;
  let p = nameFrom - 1;
  const comma = texts[p] === ",";
  if (comma) p--;
  p = skipParenthesis(doc, p, floor);
  if (p < floor) return undefined;
  // "… led by General X": the organisation before "led by".
  if (lowers[p] === "by" && LED_BY.has(lowers[p - 1] ?? "")) return ledBy(doc, p - 2, floor, ix);
  const k = ix.endingAt(p + 1);
  if (k !== undefined && ix.isActor(k)) return roleOfActor(doc, k, floor, ix);
  // "the commander of Peru's navy, Admiral X": a state's body named in lowercase after its possessive.
  const owner = ownerOverDomainWords(doc, p + 1, floor, ix);
  if (owner !== undefined) {
    const j = ix.startOf(owner) - 1;
    const run = lowers[j] === "of" ? titleRunBack(doc, j - 1, floor) : undefined;
    if (run) return { affiliation: owner, role: run.role };
  }
  // "the Coastal Front and its leader X": the actor the possessive stands for.
  if (lowers[p] === "its" || lowers[p] === "their") return itsActor(doc, p - 1, floor, ix);
  // "Mali's new military leader, Colonel X": a title group, a comma, the name's own title.
  if (comma && TITLE_WORDS.has(lowers[p])) {
    const run = titleRunBack(doc, p, floor);
    const owner =
      run &&
      (ix.endingAt(run.from) ??
        ownerOverDomainWords(doc, run.from, floor, ix) ??
        ix.stateReferredTo(run.from));
    if (run && owner !== undefined && ix.isActor(owner)) return { affiliation: owner, role: run.role };
  }
  return undefined;
}

const NOT_THE_STATES = new Set(
  `rebel rebels opposition insurgent insurgents separatist separatists militant militants paramilitary
  jihadist jihadists exiled exile dissident dissidents underground breakaway`.split(/\s+/),
);

/** Lowercase words naming a role's domain between its owner and its title: "army", "foreign policy". */
const MAX_DOMAIN_WORDS = 3;
const DOMAIN_TAGS = new Set(["NOUN", "ADJ"]);

/**
 * Is token j a lowercase word naming a role's domain ("army", "foreign", "policy")? Not a body of its own
 * ("the Kenyan football federation president" is the federation's), unless a state's ("army", "police").
 */
function isDomainWord(doc: Analysed, j: number): boolean {
  const w = doc.lowers[j];
  return (
    DOMAIN_TAGS.has(doc.tags[j]) &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(doc.texts[j]) &&
    (!ORG_TAIL.has(w) || STATE_BODY.has(w))
  );
}

/**
 * "Peru's army chief", "the EU's foreign policy chief", "the Malian junta leader": the state or
 * organisation (as possessive or demonym) before a title's lowercase domain words, which end at `from`.
 */
export function ownerOverDomainWords(
  doc: Analysed,
  from: number,
  floor: number,
  ix: MentionIndex,
): number | undefined {
  let j = from - 1;
  while (j >= floor && from - 1 - j < MAX_DOMAIN_WORDS && isDomainWord(doc, j)) j--;
  if (j === from - 1) return undefined;
  // "Ethiopia's rebel forces", "Sudan's paramilitary": bodies against or beside the state, not its own.
  for (let q = j + 1; q < from; q++) if (NOT_THE_STATES.has(doc.lowers[q])) return undefined;
  const k = ix.endingAt(j + 1);
  return k !== undefined && ix.owner(k) && ix.isActor(k) ? k : ix.stateReferredTo(j + 1);
}

/**
 * After an owner ending at `from` ("Jordan's", "Jordanian"), past the lowercase words naming a role's
 * domain ("army", "foreign policy"): the token where the role's title words should start, or
 * undefined when a domain word makes the role one against or beside the state ("rebel leader").
 */
export function domainWordsAfter(doc: Analysed, from: number, end: number): number | undefined {
  let j = from;
  while (j < end && j - from < MAX_DOMAIN_WORDS && !TITLE_WORDS.has(doc.lowers[j]) && isDomainWord(doc, j)) {
    if (NOT_THE_STATES.has(doc.lowers[j])) return undefined;
    j++;
  }
  return j;
}

/** "ROLE of [the] ACTOR" / "ACTOR's ROLE to STATE", where k is the actor's mention. */
function roleOfActor(doc: Analysed, k: number, floor: number, ix: MentionIndex): RoleLink | undefined {
  const lowers = doc.lowers;
  let j = ix.startOf(k) - 1;
  // "the Libyan National Army": a state named right before the organisation is part of the phrase.
  const prefix = ix.endingAt(j + 1);
  if (prefix !== undefined && prefix !== k) j = ix.startOf(prefix) - 1;
  if (DETERMINERS.has(lowers[j])) j--;
  if (j <= floor) return undefined;
  const link = lowers[j];
  if (link !== "of" && link !== "to" && link !== "for") return undefined;
  const run = titleRunBack(doc, j - 1, floor);
  if (!run) return undefined;
  const owner0 = ix.endingAt(run.from);
  // "U.S. Special Representative for Afghanistan": a role for a place serves the state before it.
  if (link === "for" && owner0 !== undefined && ix.isActor(owner0))
    return { affiliation: owner0, role: run.role };
  if (link !== "to") return { affiliation: k, role: run.role };
  // "Brazil's ambassador to China": the sender, not the host.
  const owner = ix.endingAt(run.from);
  return owner !== undefined && ix.isActor(owner) ? { affiliation: owner, role: run.role } : undefined;
}

/** "The Rapid Support Forces, led by …", "the party is headed by …": the actor ending at or before p. */
function ledBy(doc: Analysed, p: number, floor: number, ix: MentionIndex): RoleLink | undefined {
  let q = p;
  if (doc.texts[q] === ",") q--;
  while (q >= floor && COPULAS.has(doc.lowers[q])) q--;
  if (doc.texts[q] === ",") q--;
  q = skipParenthesis(doc, q, floor);
  const k = ix.endingAt(q + 1);
  return k !== undefined && ix.isActor(k) ? { affiliation: k, role: "leader" } : undefined;
}

/** "ACTOR[ (ACR)][,] and its …": the actor ending at or before p. */
function itsActor(doc: Analysed, p: number, floor: number, ix: MentionIndex): RoleLink | undefined {
  let q = p;
  if (doc.lowers[q] === "and") q--;
  if (doc.texts[q] === ",") q--;
  q = skipParenthesis(doc, q, floor);
  const k = q >= floor ? ix.endingAt(q + 1) : undefined;
  return k !== undefined && ix.isActor(k) ? { affiliation: k, role: undefined } : undefined;
}

/** A coordinated role before two names: each name's actor and their shared role. */
export interface PairedRoles {
  first: number;
  second: number;
  role: string | undefined;
}

/**
 * "the presidents of Brazil and Peru, A and B": at `nameFrom` (A's first token) a plural role of two
 * actors joined by "and", then a comma. A serves the first actor; the name after "and" the second.
 */
export function pairedRolesBefore(
  doc: Analysed,
  nameFrom: number,
  floor: number,
  ix: MentionIndex,
): PairedRoles | undefined {
  const { texts, lowers } = doc;
  if (texts[nameFrom - 1] !== ",") return undefined;
  const second = ix.endingAt(nameFrom - 1);
  if (second === undefined || !ix.isActor(second)) return undefined;
  let j = ix.startOf(second) - 1;
  if (lowers[j] === "the") j--;
  if (lowers[j] !== "and") return undefined;
  const first = ix.endingAt(j);
  if (first === undefined || !ix.isActor(first)) return undefined;
  j = ix.startOf(first) - 1;
  if (lowers[j] === "the") j--;
  if (lowers[j] !== "of" || j - 1 < floor) return undefined;
  // The role of one of them: "presidents" → "president", "foreign ministers" → "foreign minister".
  const plural = lowers[j - 1];
  const one = plural.endsWith("ies") ? `${plural.slice(0, -3)}y` : plural.replace(/s$/, "");
  if (one === plural || !ROLE_HEADS.has(one)) return undefined;
  const words = [one];
  for (let q = j - 2; q >= floor && TITLE_WORDS.has(lowers[q]) && !ROLE_HEADS.has(lowers[q]); q--)
    words.unshift(lowers[q]);
  return { first, second, role: words.join(" ") };
}
