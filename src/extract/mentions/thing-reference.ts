// A name the next words refer back to as a thing: "X, which …", "X said its …", "X and its …". People
// are "who", "his" and "her"; a firm, club or agency the tagger has never seen is "which" and "its".
import type { Analysed } from "../nlp.js";

/** Verbs after which "its" is the subject's own: "X said its profit fell", "X raised its forecast". */
const OWN_VERBS = new Set(
  `said says reported reports announced announces posted posts raised raises cut cuts lowered lowers
  expects expected doubled halved`.split(/\s+/),
);
/** Words a time phrase or "that" puts between the verb and "its" ("said on Monday that its …"). */
const BETWEEN = new Set(
  `on last this that in a statement monday tuesday wednesday thursday friday saturday sunday week month year`.split(
    " ",
  ),
);
/** At most this many of them: further on, "its" may be anything's. */
const MAX_BETWEEN = 3;

/**
 * Is the name ending before token `end` referred to as a thing right after it? Only the words that
 * follow it directly count: "said it would …" is not taken ("Smith said it was a mistake").
 */
export function thingAfter(doc: Analysed, end: number, sentenceEnd: number): boolean {
  const { lowers, texts } = doc;
  if (texts[end] === "," && lowers[end + 1] === "which") return true;
  const verb = lowers[end] ?? "";
  if (verb === "and") return lowers[end + 1] === "its";
  if (!OWN_VERBS.has(verb)) return false;
  let k = end + 1;
  const last = Math.min(sentenceEnd, k + MAX_BETWEEN);
  while (k < last && BETWEEN.has(lowers[k])) k++;
  return k < sentenceEnd && lowers[k] === "its";
}
