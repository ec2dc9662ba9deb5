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

/** The tagger's answer for a run: the entity type, or "other" for MISC (no actor), or nothing. */
export type TaggedType = EntityType | "other" | undefined;

export class TaggedNames {
  private readonly spans = new Map<number, TagSpan[]>();

  constructor(
    private readonly doc: Analysed,
    private readonly tagger: Tagger,
  ) {}

  /** The tagger's spans in a sentence, tagged once. */
  of(s: Sentence): TagSpan[] {
    let spans = this.spans.get(s.index);
    if (!spans) {
      spans = this.tagger.tagSpans(this.doc.texts, s.tokStart, s.tokEnd, this.doc.tags);
      this.spans.set(s.index, spans);
    }
    return spans;
  }

  /** The span overlapping tokens [start, end) the most, if it covers at least half of them. */
  over(s: Sentence, start: number, end: number): TagSpan | undefined {
    let best: TagSpan | undefined;
    let most = 0;
    for (const p of this.of(s)) {
      const overlap = Math.min(end, p.end) - Math.max(start, p.start);
      if (overlap > most) {
        most = overlap;
        best = p;
      }
    }
    return best && most * 2 >= end - start ? best : undefined;
  }

  /** Is the tagger sure of its span over [start, end)? */
  sure(s: Sentence, start: number, end: number): boolean {
    const p = this.over(s, start, end);
    return p !== undefined && p.score >= SURE_SCORE;
  }

  /** How the tagger types the run [start, end) of `words` name words, when it is sure enough. */
  typeOf(s: Sentence, start: number, end: number, words: number): TaggedType {
    const p = this.over(s, start, end);
    if (!p || p.score < (words > 1 ? MIN_SCORE : MIN_SCORE_SINGLE)) return undefined;
    return TYPE_OF[p.label] ?? "other";
  }
}
