// The tagger's vocabulary: BIO labels over four name types, and what decoding returns.

/** Name types, as the training corpus (UNER / wikigold, CoNLL conventions) marks them. */
export const NAME_TYPES = ["PER", "ORG", "LOC", "MISC"] as const;
export type NameType = (typeof NAME_TYPES)[number];

/**
 * BIO labels in model order: O, then B-/I- per type. Label y > 0 has type NAME_TYPES[(y - 1) >> 1]
 * and is a B- label when odd.
 */
export const LABELS = [
  "O",
  "B-PER",
  "I-PER",
  "B-ORG",
  "I-ORG",
  "B-LOC",
  "I-LOC",
  "B-MISC",
  "I-MISC",
] as const;
export type Label = (typeof LABELS)[number];
export const N_LABELS = LABELS.length;

export const isBegin = (y: number): boolean => (y & 1) === 1;
export const isInside = (y: number): boolean => y > 0 && (y & 1) === 0;
/** Index in NAME_TYPES of a non-O label. */
export const typeIndex = (y: number): number => (y - 1) >> 1;

/** A name found by the tagger: token indices into the caller's array, end exclusive. */
export interface TagSpan {
  start: number;
  end: number;
  label: NameType;
  /**
   * How sure the model is of this exact span and type, 0..1: the score margin (how much the best
   * tagging would lose if this span were tagged otherwise) mapped through a logistic fitted on the
   * dev split, so it reads roughly as "probability the span is exactly right".
   */
  score: number;
  /** The raw margin behind score, in model units (min over the span's tokens and its right edge). */
  margin: number;
}

export interface TaggerInfo {
  /** Model format and training settings, as stored in the model header. */
  version: string;
  features: number;
  /** True when the word lists or the gazetteer changed since training: retrain (npm run train:ner). */
  stale: boolean;
}

export interface Tagger {
  readonly info: TaggerInfo;
  /**
   * Names in texts[from, to) (one sentence), in order, never overlapping. `tags` are wink-nlp's
   * part-of-speech tags of the same token array (Analysed.tags); without them the tagger runs wink
   * over the sentence to get them, which costs more than the tagging itself.
   */
  tagSpans(texts: readonly string[], from?: number, to?: number, tags?: readonly string[]): TagSpan[];
  /** The BIO label of every token of texts[from, to). */
  tagLabels(texts: readonly string[], from?: number, to?: number, tags?: readonly string[]): Label[];
}
