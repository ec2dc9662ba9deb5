// Sides of an event in a sentence: chains of people joined by commas, "and", role phrases and places,
// never across a verb (which starts another clause). Meetings pair two sides; visits take the side
// before the travel word.
import type { Analysed, Sentence } from "../nlp.js";
import { INITIAL_UPPER } from "../char-class.js";

/** A person mention as the meeting rule reads it: entity id and token range (title included). */
export interface Participant {
  id: string;
  from: number;
  to: number;
  /** "his", "her": a determiner ("her arrival") that counts only when no one else is on its side. */
  determiner?: boolean;
}

/** A side without its determiner pronouns, when it has someone else: "On her arrival, Khar was …". */
export function named(side: Participant[]): Participant[] {
  if (side.length < 2 || !side.some((p) => p.determiner)) return side;
  const rest = side.filter((p) => !p.determiner);
  return rest.length ? rest : side;
}

/** A word after an adverbial: its side before is the sentence's subject ("after holding talks with"). */
export const LEAD_ADVERBIAL =
  /\b(?:after|before|during|while|when|following|ahead of|on the sidelines of)\s+(?:[a-z-]+\s+){0,3}$/;
/** "… arrived in Kabul and met with": a second verb of the subject. */
export const LEAD_AND = /\band\s+(?:[a-z-]+\s+){0,2}$/;
/**
 * Verbs that may sit inside a side or a meeting phrase: "acting defence minister", "have already held
 * a meeting with", "officials, including …".
 */
const SIDE_VERBS = new Set([
  "acting",
  "accompanying",
  "designated",
  "appointed",
  "elected",
  "outgoing",
  "incoming",
  "including",
  "led",
  "headed",
]);
/** Words a meeting phrase may open with: "have already held a preliminary meeting with". */
const LIGHT = new Set([
  "have",
  "has",
  "had",
  "held",
  "hold",
  "holds",
  "holding",
  "will",
  "would",
  "also",
  "already",
]);
const LIGHT_TAGS = new Set(["DET", "ADJ", "ADV", "AUX", "NUM"]);
/** A person right after one of these is the object of another phrase, not part of a side before a verb. */
const OBJECT_OF = new Set(["with", "between", "by", "to", "from", "for", "of", "including"]);
const MAX_GAP = 110;

/** Is there a verb among tokens [from, to) — the end of one clause and the start of another? */
export function verbBetween(doc: Analysed, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = doc.tags[k];
    // A capitalised "verb" is a name's word wink mistook ("the Red Cross").
    if (
      (t === "VERB" || t === "AUX") &&
      !SIDE_VERBS.has(doc.lowers[k]) &&
      (doc.initials[k] & INITIAL_UPPER) === 0
    )
      return true;
    if (doc.texts[k] === ":" || doc.texts[k] === "“" || doc.texts[k] === '"') return true;
  }
  return false;
}

/** Token index of the first token starting at or after character `pos` within the sentence. */
export function tokenAt(doc: Analysed, s: Sentence, pos: number): number {
  let k = s.tokStart;
  while (k < s.tokEnd && doc.starts[k] < pos) k++;
  return k;
}

/** People chained backwards from the one nearest before token `at`, joined without a verb. */
export function sideBefore(doc: Analysed, people: Participant[], at: number): Participant[] {
  const side: Participant[] = [];
  let edge = at;
  for (let i = people.length - 1; i >= 0; i--) {
    const p = people[i];
    if (p.to > edge) continue;
    // "A, who met B and C (last year), flew to X": B and C are in a relative clause closed by a comma;
    // A is the side.
    const close = side.length === 0 ? clauseComma(doc, p.to, edge) : undefined;
    if (close !== undefined) {
      const subject = beforeRelativeClause(doc, people, i);
      if (subject !== undefined && !verbBetween(doc, close + 1, edge)) return [subject];
    }
    const gap = side.length ? edge : relativeClauseStart(doc, p.to, edge);
    if (doc.starts[edge] - doc.ends[p.to - 1] > MAX_GAP || verbBetween(doc, p.to, gap)) break;
    if (side.length && OBJECT_OF.has(doc.lowers[p.from - 1] ?? "")) break;
    side.unshift(p);
    edge = p.from;
  }
  return side;
}

const RELATIVE = new Set(["who", "which", "whose", "whom"]);
/** Words an adverbial may take after a relative clause's last person: "who met B last year,". */
const MAX_ADVERBIAL = 4;

/** The comma at or after token `from` (within a few words, no verb among them) and before `edge`. */
function clauseComma(doc: Analysed, from: number, edge: number): number | undefined {
  for (let k = from; k < edge && k <= from + MAX_ADVERBIAL; k++) {
    if (doc.texts[k] === ",") return k;
    if (doc.tags[k] === "VERB" || doc.tags[k] === "AUX") return undefined;
  }
  return undefined;
}

/**
 * The person before ", who …" whose relative clause holds people[i] (and maybe others before it, joined by
 * commas and "and": "who met B, C and D,"), or undefined.
 */
function beforeRelativeClause(doc: Analysed, people: Participant[], i: number): Participant | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const q = people[j];
    if (doc.texts[q.to] === "," && RELATIVE.has(doc.lowers[q.to + 1] ?? "")) return q;
    // Only a list of people may stand between: "B, C and D".
    const gap = doc.lowers.slice(q.to, people[j + 1].from).join(" ");
    if (!/^(?:,|and|, and)$/.test(gap)) return undefined;
  }
  return undefined;
}

/**
 * "A, who came to power in 2020, greeted B": a relative clause between a subject and its verb is read
 * over. Returns where the gap's verb check should stop: before the clause, or at `edge` when there is none.
 */
function relativeClauseStart(doc: Analysed, from: number, edge: number): number {
  if (doc.texts[from] !== "," || !RELATIVE.has(doc.lowers[from + 1] ?? "") || doc.texts[edge - 1] !== ",")
    return edge;
  return from;
}

/** People chained forwards from token `at`, joined without a verb. */
export function sideAfter(doc: Analysed, people: Participant[], at: number, end: number): Participant[] {
  const side: Participant[] = [];
  let edge = at;
  for (const p of people) {
    if (p.from < edge) continue;
    if (p.from >= end) break;
    if (doc.starts[p.from] - doc.ends[edge - 1] > MAX_GAP || verbBetween(doc, edge, p.from)) break;
    side.push(p);
    edge = p.to;
  }
  return side;
}

/**
 * The sentence's subject side: people chained from the first one, when no verb comes before it. Stands
 * in for the side before a meeting word reached over a clause ("A arrived in Kabul and met with B").
 */
export function subjectSide(doc: Analysed, s: Sentence, people: Participant[]): Participant[] {
  // "Before meeting with A, B held talks": A is an object, B the subject.
  let f = 0;
  while (f < people.length && OBJECT_OF.has(doc.lowers[people[f].from - 1] ?? "")) f++;
  const first = people[f];
  if (!first || verbBetween(doc, afterOpeningQuote(doc, s), first.from)) return [];
  const side = [first];
  for (let i = f + 1; i < people.length; i++) {
    // "A with B during his visit": B is with the subject, not part of it.
    if (OBJECT_OF.has(doc.lowers[people[i].from - 1] ?? "")) break;
    if (verbBetween(doc, side[side.length - 1].to, people[i].from)) break;
    side.push(people[i]);
  }
  return side;
}

const OPENING_QUOTE = new Set(["“", '"', "‘"]);
const CLOSING_QUOTE = new Set(["”", '"', "’"]);

/**
 * Where the reporting clause starts in a sentence that opens with a quotation ("“…,” A said during a
 * visit to X"): after the closing quote. The quotation is someone's words, not the sentence's subject.
 */
export function afterOpeningQuote(doc: Analysed, s: Sentence): number {
  if (!OPENING_QUOTE.has(doc.texts[s.tokStart])) return s.tokStart;
  for (let k = s.tokStart + 1; k < s.tokEnd; k++) if (CLOSING_QUOTE.has(doc.texts[k])) return k + 1;
  return s.tokStart;
}

/** The first token of a phrase found at `tok`, its own verbs and modifiers included ("have already held a meeting"). */
export function phraseStart(doc: Analysed, s: Sentence, tok: number): number {
  let t = tok;
  while (t > s.tokStart && (LIGHT.has(doc.lowers[t - 1]) || LIGHT_TAGS.has(doc.tags[t - 1]))) t--;
  return t;
}

/** Does the side hold someone named (not just "his") after character `at` of the sentence? */
function namedAfter(doc: Analysed, s: Sentence, side: Participant[], at: number): boolean {
  return side.length > 0 && !side.every((p) => p.determiner) && doc.starts[side[0].from] >= s.start + at;
}

/** Is the person starting at token `from` a verb's or a preposition's object? */
function objectOf(doc: Analysed, from: number): boolean {
  return doc.tags[from - 1] === "VERB" || OBJECT_OF.has(doc.lowers[from - 1] ?? "");
}

/** The side before a phrase at token `at`: the chain before it, or the subject over an adverbial or "and". */
export function sideBeforePhrase(
  doc: Analysed,
  s: Sentence,
  people: Participant[],
  at: number,
  head: string,
): Participant[] {
  const before = sideBefore(doc, people, at);
  const lead = LEAD_ADVERBIAL.exec(head);
  // "… when Sisi visited": people named after the adverbial are the side; else the sentence's subject.
  if (lead && !namedAfter(doc, s, before, lead.index)) {
    const subject = subjectSide(doc, s, people);
    return subject.length ? subject : before;
  }
  if (!LEAD_AND.test(head)) return before;
  // "A met B and visited X": the side before "and" is the first verb's object; its subject did both.
  if (before.length === 0 || objectOf(doc, before[0].from)) {
    const subject = subjectSide(doc, s, people);
    return subject.length || before.length === 0 ? subject : before;
  }
  return before;
}
