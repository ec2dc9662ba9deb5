// A mention: a span of text that names (or points to) an actor, and the token tests every
// mention rule reads.
import type { EntityType } from "../../types.js";
import { type GazetteerEntry, type MatchVia } from "../gazetteer/index.js";
import type { Analysed } from "../nlp.js";
import { INITIAL_LETTER, INITIAL_LOWER, INITIAL_UPPER } from "../char-class.js";

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

/** A mention with every field, in one order: one object shape on the hot paths (bench/README.md). */
export function mention(
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

/** A name mention of tokens [start, end) of sentence `sentence`, with no title before it (yet). */
export function nameMention(
  sentence: number,
  start: number,
  end: number,
  surface: string,
  rest: Pick<Mention, "possessive"> & Partial<Mention>,
): Mention {
  // Assigned onto the full shape rather than spread into a literal: `{ ...rest, … }` handed to
  // mention() cost about 10 µs a call in V8 (a sixth of all extraction time on real news).
  return Object.assign(
    mention({
      sentence,
      tokStart: start,
      tokEnd: end,
      spanStart: start,
      surface,
      kind: "name",
      possessive: false,
    }),
    rest,
  );
}

/** A mention of the one token at `i` of sentence `sentence` (a pronoun, or a name the article has used). */
export function tokenMention(
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
export const isCap = (doc: Analysed, i: number): boolean => (doc.initials[i] & INITIAL_UPPER) !== 0;
export const isLow = (doc: Analysed, i: number): boolean => (doc.initials[i] & INITIAL_LOWER) !== 0;
export const isWord = (doc: Analysed, i: number): boolean => (doc.initials[i] & INITIAL_LETTER) !== 0;
/** No gap between token a and the token after it. */
export const adjacent = (doc: Analysed, a: number): boolean => doc.ends[a] === doc.starts[a + 1];
export const POSSESSIVE = /^['’]s?$/;

export function isPossessiveAt(doc: Analysed, k: number): boolean {
  const lower = doc.lowers[k];
  if (lower === undefined) return false;
  return (
    lower === "'s" ||
    lower === "’s" ||
    (POSSESSIVE.test(doc.texts[k]) && k > 0 && doc.lowers[k - 1].endsWith("s"))
  );
}

/** The tokens' text, one space wherever the article has a gap between two tokens. */
export function text(doc: Analysed, from: number, to: number): string {
  const { texts, starts, ends } = doc;
  let out = "";
  for (let k = from; k < to; k++) {
    if (k > from && ends[k - 1] < starts[k]) out += " ";
    out += texts[k];
  }
  return out;
}
