// Meetings as news words them: every named participant on one side of a meeting word met every named
// participant on the other ("A and the head of X, B, met with C, D and E along with F"), and the members
// of a group that met ("A and B met", "talks between A and B"). Sides are chains of people joined by
// commas, "and", role phrases and places — never across a verb, which starts another clause.
import type { Analysed, Sentence } from "../nlp.js";

/** A person mention as the meeting rule reads it: entity id and token range (title included). */
export interface Participant {
  id: string;
  from: number;
  to: number;
}

/** Meeting words whose other side follows them ("met with", "held talks with", "hosted"). */
const MEETING =
  /\b(?:engaged in (?:[a-z-]+ )?(?:discussions|talks|dialogue)|met|meets|meet|meeting|meetings|held talks|holds talks|hold talks|holding talks|had talks|talks|talked|spoke|speaks|received|receives|receiving|hosted|hosts|hosting|welcomed|welcomes|greeted|greets|sat down|conferred|shook hands|summit|discussions|phone call|conversation|encounter)\b(?:\s+(?:with|to|between|of))?/g;
/** Meeting words after which the side before met among itself ("A and B met"). */
const GROUP_VERB =
  /^(?:met|meet|meets|held talks|hold talks|holds talks|had talks|sat down|conferred|shook hands|discussed)\b/;
/** "talks between A and B", "a meeting took place in Minsk between A and B": the side after met among itself. */
const BETWEEN = /^(?:[^.;]{0,40}?\s)?between\s/;
/** A meeting word after an adverbial: its side before is the sentence's subject ("after holding talks with"). */
const LEAD_ADVERBIAL =
  /\b(?:after|before|during|while|when|following|ahead of|on the sidelines of)\s+(?:[a-z-]+\s+){0,3}$/;
/** "… arrived in Kabul and met with": a second verb of the subject. */
const LEAD_AND = /\band\s+(?:[a-z-]+\s+){0,2}$/;
/** Words that put the one after them on a third side, meeting everyone ("in Moscow along with C"). */
const JOINT = /\b(?:along with|together with|alongside|as well as)\b/;
/** Verbs whose object is the other side, directly: "received a letter" is no meeting. */
const DIRECT = /^(?:receiv|host|welcom|greet)/;
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

export interface MeetingPair {
  a: string;
  b: string;
  /** Character range of the clause the pair was read from (for certainty and evidence). */
  start: number;
  end: number;
}

/** Is there a verb among tokens [from, to) — the end of one clause and the start of another? */
function verbBetween(doc: Analysed, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = doc.tags[k];
    if ((t === "VERB" || t === "AUX") && !SIDE_VERBS.has(doc.lowers[k])) return true;
    if (doc.texts[k] === ":" || doc.texts[k] === "“" || doc.texts[k] === '"') return true;
  }
  return false;
}

/** Token index of the first token starting at or after character `pos` within the sentence. */
function tokenAt(doc: Analysed, s: Sentence, pos: number): number {
  let k = s.tokStart;
  while (k < s.tokEnd && doc.starts[k] < pos) k++;
  return k;
}

/** People chained backwards from the one nearest before token `at`, joined without a verb. */
function sideBefore(doc: Analysed, people: Participant[], at: number): Participant[] {
  const side: Participant[] = [];
  let edge = at;
  for (let i = people.length - 1; i >= 0; i--) {
    const p = people[i];
    if (p.to > edge) continue;
    const gap = side.length ? edge : relativeClauseStart(doc, p.to, edge);
    if (doc.starts[edge] - doc.ends[p.to - 1] > MAX_GAP || verbBetween(doc, p.to, gap)) break;
    if (side.length && OBJECT_OF.has(doc.lowers[p.from - 1] ?? "")) break;
    side.unshift(p);
    edge = p.from;
  }
  return side;
}

const RELATIVE = new Set(["who", "which", "whose", "whom"]);

/**
 * "A, who came to power in 2020, greeted B": a relative clause between a subject and its verb is read
 * over. Returns where the gap's verb check should stop: before the clause, or at `edge` when there is none.
 */
function relativeClauseStart(doc: Analysed, from: number, edge: number): number {
  if (doc.texts[from] !== "," || !RELATIVE.has(doc.lowers[from + 1] ?? "") || doc.texts[edge - 1] !== ",")
    return edge;
  return from;
}

/** May the one received, hosted or greeted come this far after the verb ("greeted 34-year-old B")? */
function directObject(doc: Analysed, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (doc.lowers[k] === "by") return true;
  for (let k = from; k < to; k++) {
    const t = doc.tags[k];
    // Words of a hyphenated adjective ("34-year-old") are part of it, whatever their tag.
    const hyphened = doc.texts[k] === "-" || doc.texts[k - 1] === "-" || doc.texts[k + 1] === "-";
    if (t !== "DET" && t !== "ADJ" && t !== "NUM" && t !== "PROPN" && !hyphened) return false;
  }
  return true;
}

/** People chained forwards from token `at`, joined without a verb. */
function sideAfter(doc: Analysed, people: Participant[], at: number, end: number): Participant[] {
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
function subjectSide(doc: Analysed, s: Sentence, people: Participant[]): Participant[] {
  // "Before meeting with A, B held talks": A is an object, B the subject.
  let f = 0;
  while (f < people.length && OBJECT_OF.has(doc.lowers[people[f].from - 1] ?? "")) f++;
  const first = people[f];
  if (!first || verbBetween(doc, s.tokStart, first.from)) return [];
  const side = [first];
  for (let i = f + 1; i < people.length; i++) {
    if (verbBetween(doc, side[side.length - 1].to, people[i].from)) break;
    side.push(people[i]);
  }
  return side;
}

/** Every pair of participants who met, as the sentence states it (certainty is judged by the caller). */
export function meetingPairs(doc: Analysed, s: Sentence, text: string, people: Participant[]): MeetingPair[] {
  if (people.length < 2) return [];
  const out: MeetingPair[] = [];
  const lower = text.slice(s.start, s.end).toLowerCase();
  if (lower.length !== s.end - s.start) return out;
  // The meeting phrase being read: its character range belongs to every pair's clause.
  let phraseStart = 0;
  let phraseEnd = 0;
  const add = (x: Participant[], y: Participant[], cross: boolean): void => {
    for (let i = 0; i < x.length; i++)
      for (let j = cross ? 0 : i + 1; j < y.length; j++)
        if (x[i].id !== y[j].id)
          out.push({
            a: x[i].id,
            b: y[j].id,
            start: Math.min(doc.starts[x[i].from], doc.starts[y[j].from], phraseStart),
            end: Math.max(doc.ends[x[i].to - 1], doc.ends[y[j].to - 1], phraseEnd),
          });
  };
  MEETING.lastIndex = 0;
  for (let m = MEETING.exec(lower); m; m = MEETING.exec(lower)) {
    let tStart = tokenAt(doc, s, s.start + m.index);
    // The phrase's own verbs and modifiers belong to it, not to a clause of their own.
    while (tStart > s.tokStart && (LIGHT.has(doc.lowers[tStart - 1]) || LIGHT_TAGS.has(doc.tags[tStart - 1])))
      tStart--;
    const tEnd = tokenAt(doc, s, s.start + m.index + m[0].length);
    phraseStart = doc.starts[tStart];
    phraseEnd = s.start + m.index + m[0].length;
    const head = lower.slice(0, m.index);
    const tail = lower.slice(m.index + m[0].length);
    let before = LEAD_ADVERBIAL.test(head) ? subjectSide(doc, s, people) : sideBefore(doc, people, tStart);
    if (before.length === 0 && LEAD_AND.test(head)) before = subjectSide(doc, s, people);
    const between = / between$/.test(m[0]) || (!m[0].endsWith(" with") && BETWEEN.test(tail));
    const from =
      between && !m[0].endsWith("between")
        ? tokenAt(doc, s, s.start + m.index + m[0].length + tail.indexOf("between"))
        : tEnd;
    const after = sideAfter(doc, people, from, s.tokEnd);
    // "received a letter from": the one received must follow the verb directly.
    if (DIRECT.test(m[0]) && after.length && !directObject(doc, tEnd, after[0].from)) continue;
    if (between) add(after, after, false);
    else if (after.length) {
      add(before, after, true);
      if (JOINT.test(lower.slice(m.index, doc.starts[after[after.length - 1].from] - s.start)))
        add(after, after, false);
    } else if (GROUP_VERB.test(m[0])) add(before, before, false);
  }
  return out;
}
