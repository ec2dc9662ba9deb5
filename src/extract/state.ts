// What one extractor keeps from article to article: its gazetteer and the answers it has worked out from it
// (which words may start a gazetteer form, surnames, lookups), ids and clean names it has made, and the
// scratch arrays the title pass reuses. createExtractor owns one; nothing here is module-level.
// Every entry is a memo of a pure function of the gazetteer and its key, or scratch emptied after each
// article: an extraction is the same whatever the extractor read before, so whichever worker thread
// extracts an article (src/extract/pool.ts) gives the same result. Keep it so.
import type { EntityType } from "../types.js";
import type { Gazetteer, GazetteerEntry } from "./gazetteer/index.js";

/** Past this many entries a memo starts over: a long-running ingest must not grow without bound. */
export const MEMO_LIMIT = 100_000;

export class ExtractorState {
  /** Answers of mayStart per token text (mentions/gazetteer-scan.ts). */
  readonly mayStart = new Map<string, boolean>();
  /** A gazetteer person's lowercase name words, per entry. */
  readonly entryParts = new Map<GazetteerEntry, string[]>();
  /** Token position → mention index, for the title pass (mentions/titles.ts); emptied after each article. */
  readonly endAt: (number | undefined)[] = [];
  readonly startAt: (number | undefined)[] = [];
  /** gaz.lookup per surface (resolve.ts). */
  readonly lookups = new Map<string, GazetteerEntry[]>();
  /** Last name part → the one gazetteer person with it, built on first use. */
  surnames: Map<string, GazetteerEntry> | undefined;
  /** Ids of entities the gazetteer does not know, per type and name (one string per id). */
  readonly ids = new Map<EntityType, Map<string, string>>();
  /** Surfaces without a trailing possessive or a leading "the". */
  readonly cleanNames = new Map<string, string>();

  constructor(readonly gaz: Gazetteer) {}
}
