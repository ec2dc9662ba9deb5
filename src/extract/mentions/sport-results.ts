// Sides in a match result: "X beat Y 3-1", "a 1-0 win over X", "drew 2-2 with X", "lost 2–0 to X". A
// name there is a team (an organisation) — unless it is a person, which the caller checks: in tennis
// and boxing people beat people, but then the sentence gives one score per set.
import type { Analysed, Sentence } from "../nlp.js";

const RESULT_VERBS = new Set(
  `beat beats beating defeated defeats defeating edged edges thrashed thrashes routed trounced overcame
  drew draws lost loses stunned crushed hammered thumped swept upset eliminated`.split(/\s+/),
);
/** Words before a side after a score: "a 1-0 win over X", "lost 2-0 to X", "a 2-2 draw with X". */
const RESULT_PREPOSITIONS = new Set(["over", "to", "with"]);
/** How far before "over"/"to" … the score may stand ("a 3-1 home win over X"). */
const SCORE_REACH = 5;
/** How far after a result verb's subject the score may stand: "X beat the visiting Y 3-1". */
const OBJECT_REACH = 6;
/** Words of votes, courts and elections: their tallies ("52-48", "ruled 6-3") are no match results. */
const TALLY_WORDS = new Set(
  `vote votes voted ballot ballots runoff election elections poll polls court ruled ruling jury seat seats
  senate parliament referendum`.split(/\s+/),
);
/** After a result verb these make it no match: "lost his seat", "beat their rivals to it". */
const POSSESSIVES = new Set(["his", "her", "its", "their", "my", "our", "your"]);
// Up to three digits a side: basketball ends 118-109.
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;
const DIGITS = /^\d{1,3}$/;

/** Does a score ("3-1", or "2 – 2" as three tokens) end at or start at token k? The tokens it spans. */
function scoreAt(doc: Analysed, k: number): number {
  const t = doc.texts;
  if (SCORE.test(t[k] ?? "")) return 1;
  return DIGITS.test(t[k] ?? "") && (t[k + 1] === "-" || t[k + 1] === "–") && DIGITS.test(t[k + 2] ?? "")
    ? 3
    : 0;
}

/** Where the sentence's only score starts, or -1 for none, several (set scores: "6-4, 6-2") or a tally. */
function onlyScore(doc: Analysed, s: Sentence): number {
  let at = -1;
  for (let k = s.tokStart; k < s.tokEnd; k++) {
    if (TALLY_WORDS.has(doc.lowers[k])) return -1;
    const n = scoreAt(doc, k);
    if (n === 0) continue;
    if (at >= 0) return -1;
    at = k;
    k += n - 1;
  }
  return at;
}

/**
 * Is the name [start, end) a side in the sentence's match result? The score must stand where a result
 * puts it: after the subject's verb and object ("X beat Y 3-1", "X lost 2-0 to Y"), right after the
 * object ("… beat the Y 118-109"), or before "over"/"to"/"with" ("a 1-0 win over Y").
 */
export function sideInResult(doc: Analysed, s: Sentence, start: number, end: number): boolean {
  const lowers = doc.lowers;
  // "beat the Denver Nuggets 118-109": the article before a team's name.
  const verbAt = lowers[start - 1] === "the" ? start - 2 : start - 1;
  const before = lowers[verbAt] ?? "";
  const after = lowers[end] ?? "";
  const subject = RESULT_VERBS.has(after) && !POSSESSIVES.has(lowers[end + 1] ?? "");
  const object = RESULT_VERBS.has(before);
  if (!subject && !object && !RESULT_PREPOSITIONS.has(before)) return false;
  const score = onlyScore(doc, s);
  if (score < 0) return false;
  if (subject && score > end && score - end <= OBJECT_REACH) return true;
  if (object) return score === end || score === end + 1;
  // "over X", "to X": only right after the score's phrase, else "talks with X" in a sentence with a score.
  return RESULT_PREPOSITIONS.has(before) && score < start && start - score <= SCORE_REACH + 1;
}

/** "won" ends a match as "beat" does, though it names no side after it ("X won 3-1"). */
const WON = new Set(["won", "wins"]);

/** Does the sentence state a match result: a score a few words after a result verb ("beat X 2-0")? */
export function matchResult(doc: Analysed, s: Sentence): boolean {
  for (let k = s.tokStart; k < s.tokEnd; k++) {
    const n = scoreAt(doc, k);
    // Not a range of figures: "rose 2-3%".
    if (n === 0 || doc.texts[k + n] === "%") continue;
    for (let q = Math.max(s.tokStart, k - SCORE_REACH); q < k; q++)
      if (RESULT_VERBS.has(doc.lowers[q]) || WON.has(doc.lowers[q])) return true;
  }
  return false;
}

/** Words before the other side of a fixture: "face X", "host X". */
const FIXTURE_WORDS = new Set(["face", "faces", "facing", "host", "hosts", "hosting"]);

/**
 * Is the name at `start` the other side of a fixture ("… trip to face X", "host X on Wednesday")? Only in a
 * sentence about club sport, which the caller checks: "Ukraine faces X" is a struggle, not a match.
 */
export function sideInFixture(doc: Analysed, start: number): boolean {
  const lowers = doc.lowers;
  return FIXTURE_WORDS.has(lowers[lowers[start - 1] === "the" ? start - 2 : start - 1] ?? "");
}
