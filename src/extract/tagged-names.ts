// What the learned tagger (tagger/) says of the names the rules cannot type: one tagging per sentence,
// made only when a rule asks. The gazetteer and the title/apposition/organisation-word rules decide
// first; the tagger types the unknown capitalised runs that remain, and its MISC (nationalities,
// events, products) keeps them out of the graph.
import type { EntityType } from "../types.js";
import type { Analysed, Sentence } from "./nlp.js";
import type { NameType, TagSpan, Tagger } from "./tagger/index.js";

/** Below this calibrated score a tagger span decides nothing (about 60% of such spans are exactly right). */
export const MIN_SCORE = 0.5;
/** A single word needs more: alone, a capitalised word is as often a sentence's first word or a label. */
export const MIN_SCORE_SINGLE = 0.75;

const TYPE_OF: Record<NameType, EntityType | undefined> = {
  PER: "Person",
  ORG: "Organization",
  LOC: "Place",
  MISC: undefined,
};

/** From this score on, the tagger's type outranks the rules' guess from the shape of a name. */
export const SURE_SCORE = 0.8;

/**
 * From this score on, an organisation or place the tagger finds outranks the guess that two to four
 * proper words are a person ("The Federal Reserve left rates unchanged"). On the NER corpus's dev and
 * test splits, of the 2–4-word capitalised spans it typed ORG or LOC at 0.6–0.8, 3 in 120 were people.
 */
export const SURE_NOT_PERSON_SCORE = 0.6;

/** The tagger's answer for a run: the entity type, or "other" for MISC (no actor), or nothing. */
export type TaggedType = EntityType | "other" | undefined;

/** Tokens of context either side of a run the tagger reads: its features look two tokens out. */
const WINDOW = 4;

export class TaggedNames {
  // The last run asked about and the tagger's span for it: typeOf and sure ask about the same run.
  private lastStart = -1;
  private lastEnd = -1;
  private lastSpan: TagSpan | undefined;

  constructor(
    private readonly doc: Analysed,
    private readonly tagger: Tagger,
  ) {}

  /**
   * The span overlapping tokens [start, end) the most, if it covers at least half of them. Only a
   * window around the run is tagged, not the whole sentence: most runs are typed by the rules, and
   * the tagger's answer for a run depends on a few tokens either side of it.
   */
  over(s: Sentence, start: number, end: number): TagSpan | undefined {
    if (start === this.lastStart && end === this.lastEnd) return this.lastSpan;
    const from = Math.max(s.tokStart, start - WINDOW);
    const to = Math.min(s.tokEnd, end + WINDOW);
    let best: TagSpan | undefined;
    let most = 0;
    for (const p of this.tagger.tagSpans(this.doc.texts, from, to, this.doc.tags)) {
      const overlap = Math.min(end, p.end) - Math.max(start, p.start);
      if (overlap > most) {
        most = overlap;
        best = p;
      }
    }
    this.lastStart = start;
    this.lastEnd = end;
    this.lastSpan = best && most * 2 >= end - start ? best : undefined;
    return this.lastSpan;
  }

  /** Is the tagger sure of its span over [start, end)? */
  sure(s: Sentence, start: number, end: number): boolean {
    const p = this.over(s, start, end);
    return p !== undefined && p.score >= SURE_SCORE;
  }

  /**
   * Is [start, end) exactly a span the tagger reads as an organisation or place, sure enough to beat a
   * name's shape? Exactly: a span that takes in a word before the run ("Norway Ilse Varnow") is
   * another reading of the words, not evidence about the run.
   */
  notPerson(s: Sentence, start: number, end: number): boolean {
    const p = this.over(s, start, end);
    return (
      p !== undefined &&
      p.start === start &&
      p.end === end &&
      (p.label === "ORG" || p.label === "LOC") &&
      p.score >= SURE_NOT_PERSON_SCORE
    );
  }

  /** Is [start, end) exactly a span the tagger is sure is one person's name? */
  surePerson(s: Sentence, start: number, end: number): boolean {
    const p = this.over(s, start, end);
    return (
      p !== undefined && p.label === "PER" && p.start === start && p.end === end && p.score >= SURE_SCORE
    );
  }

  /** Does the tagger read [start, end) as an organisation or place (at MIN_SCORE or more)? */
  orgOrPlace(s: Sentence, start: number, end: number): boolean {
    const p = this.over(s, start, end);
    return p !== undefined && (p.label === "ORG" || p.label === "LOC") && p.score >= MIN_SCORE;
  }

  /** How the tagger types the run [start, end) of `words` name words, when it is sure enough. */
  typeOf(s: Sentence, start: number, end: number, words: number): TaggedType {
    const p = this.over(s, start, end);
    if (!p || p.score < (words > 1 ? MIN_SCORE : MIN_SCORE_SINGLE)) return undefined;
    return TYPE_OF[p.label] ?? "other";
  }
}
