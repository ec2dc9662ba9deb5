// Meetings as news words them: every named participant on one side of a meeting word met every named
// participant on the other ("A and the head of X, B, met with C, D and E along with F"), and the members
// of a group that met ("A and B met", "talks between A and B"). Sides are chains of people joined by
// commas, "and", role phrases and places — never across a verb, which starts another clause.
import type { Analysed, Sentence } from "../nlp.js";
import {
  named,
  phraseStart,
  sideAfter,
  sideBefore,
  sideBeforePhrase,
  tokenAt,
  type Participant,
} from "./sides.js";

export type { Participant } from "./sides.js";

/** Meeting words whose other side follows them ("met with", "held talks with", "hosted"). */
const MEETING =
  /\b(?:engaged in (?:[a-z-]+ )?(?:discussions|talks|dialogue)|met|meets|meet|meeting|meetings|held talks|holds talks|hold talks|holding talks|had talks|talks|talked|spoke|speaks|received|receives|receiving|hosted|hosts|hosting|welcomed|welcomes|greeted|greets|sat down|conferred|shook hands|summit|discussions|discussed|phone call|conversation|encounter|joined|joins|joining)\b(?:\s+(?:with|to|between|of)\b)?/g;
/** Meeting words after which the side before met among itself ("A and B met"). */
const GROUP_VERB =
  /^(?:met|meet|meets|held talks|hold talks|holds talks|had talks|sat down|conferred|shook hands|discussed)\b/;
/** A group's own meeting: "A and B held a trilateral summit", "had a meeting" (not "had the meeting postponed"). */
const HELD_NOUN =
  /^(?:held|holds|holding|had)\s+(?:a|an|the|their)\s+(?:[a-z-]+\s+){0,2}(?:summit|meeting|talks|discussions)$/;
/**
 * "A and B agreed … during a meeting in X", "… after meeting in X", "… following their talks": a meeting
 * noun in an adverbial after the group's verb. After "after" only their own: "after the meeting" may be
 * anyone's.
 */
const DURING_NOUN =
  /^(?:(?:during|at)\s+(?:a|an|the|their)\s+(?:[a-z-]+\s+){0,2}(?:meeting|talks)|(?:after|following)\s+(?:their\s+(?:[a-z-]+\s+)?)?(?:meeting|talks))$/;
/** What may follow the noun: the meeting took place ("held a meeting in Lima"), not "… scheduled", "… ended". */
const NOUN_AFTER =
  /^(?:[.,;]|\s+(?:in|on|at|with|between|behind|last|this|early|late|that|which|where|and|to|after|before|during|$))/;
/** "… were discussed during the talks": a passive's subject is a thing, not a group that met. */
const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\s+$/;
/** "talks between A and B", "a meeting took place in Minsk between A and B": the side after met among itself. */
const BETWEEN = /^(?:[^.;]{0,40}?\s)?between\s/;
/** Words that put the one after them on a third side, meeting everyone ("in Moscow along with C"). */
const JOINT = /\b(?:along with|together with|alongside|as well as)\b/;
/** A meeting phrase fronted at the sentence's start: "In talks with A, B said …", "During a call with A, B …". */
const FRONTED = /^(?:in|during|at)\s+(?:[a-z-]+\s+){0,3}$/;
/** Verbs whose object is the other side, directly: "received a letter" is no meeting. */
const DIRECT = /^(?:receiv|host|welcom|greet|join)/;
/** "joined B for talks": joining someone is a meeting only for one ("joined B in calling for" is not). */
const joins = (word: string): boolean => word.startsWith("join");
const JOINED_FOR =
  /^\s*(?:for|in)\s+(?:talks|a meeting|meetings|discussions|a summit|dinner|lunch|a working lunch)\b/;

export interface MeetingPair {
  a: string;
  b: string;
  /** Character range of the clause the pair was read from (for certainty and evidence). */
  start: number;
  end: number;
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

/** Every pair of participants who met, as the sentence states it (certainty is judged by the caller). */
export function meetingPairs(
  doc: Analysed,
  s: Sentence,
  lower: string,
  people: Participant[],
): MeetingPair[] {
  if (people.length < 2) return [];
  const out: MeetingPair[] = [];
  // `lower` is the sentence lowercased; offsets must hold (they do for all but a few scripts).
  if (lower.length !== s.end - s.start) return out;
  // The meeting phrase being read: its character range belongs to every pair's clause.
  let clauseFrom = 0;
  let clauseTo = 0;
  const add = (x: Participant[], y: Participant[], cross: boolean): void => {
    for (let i = 0; i < x.length; i++)
      for (let j = cross ? 0 : i + 1; j < y.length; j++)
        if (x[i].id !== y[j].id)
          out.push({
            a: x[i].id,
            b: y[j].id,
            start: Math.min(doc.starts[x[i].from], doc.starts[y[j].from], clauseFrom),
            end: Math.max(doc.ends[x[i].to - 1], doc.ends[y[j].to - 1], clauseTo),
          });
  };
  MEETING.lastIndex = 0;
  for (let m = MEETING.exec(lower); m; m = MEETING.exec(lower)) {
    // The phrase's own verbs and modifiers belong to it, not to a clause of their own.
    const tStart = phraseStart(doc, s, tokenAt(doc, s, s.start + m.index));
    const tEnd = tokenAt(doc, s, s.start + m.index + m[0].length);
    clauseFrom = doc.starts[tStart];
    clauseTo = s.start + m.index + m[0].length;
    const head = lower.slice(0, m.index);
    const tail = lower.slice(m.index + m[0].length);
    const before = named(sideBeforePhrase(doc, s, people, tStart, head));
    const between = / between$/.test(m[0]) || (!m[0].endsWith(" with") && BETWEEN.test(tail));
    const from =
      between && !m[0].endsWith("between")
        ? tokenAt(doc, s, s.start + m.index + m[0].length + tail.indexOf("between"))
        : tEnd;
    let after = named(sideAfter(doc, people, from, s.tokEnd));
    // "discussed preparations for a visit by B": what was discussed, not with whom ("discussed … with B").
    if (m[0] === "discussed" && after.length && !doc.lowers.slice(tEnd, after[0].from).includes("with"))
      after = [];
    // "received a letter from": the one received must follow the verb directly.
    if (DIRECT.test(m[0]) && after.length && !directObject(doc, tEnd, after[0].from)) continue;
    if (
      joins(m[0]) &&
      !(after.length && JOINED_FOR.test(lower.slice(doc.ends[after[after.length - 1].to - 1] - s.start)))
    )
      continue;
    // Only a phrase with "with" is fronted so: "In a letter received by A, B asked …" is no meeting.
    const fronted = before.length === 0 && m[0].endsWith(" with") && !DIRECT.test(m[0]) && FRONTED.test(head);
    const subject = fronted ? frontedSubject(doc, after) : undefined;
    if (between) add(after, after, false);
    else if (subject) add(after.slice(0, -1), [subject], true);
    else if (after.length) {
      add(before, after, true);
      if (JOINT.test(lower.slice(m.index, doc.starts[after[after.length - 1].from] - s.start)))
        add(after, after, false);
    } else if (GROUP_VERB.test(m[0])) add(before, before, false);
    else if (groupNoun(doc, s, lower, tStart, m.index + m[0].length, out.length)) {
      const group = withObjectOrSubject(doc, s, lower, people, before, tStart);
      add(group, group, false);
    }
  }
  return out;
}

/** Verbs said to someone present: "A thanked B during their meeting" means both were there. */
const ADDRESSED =
  /^(?:told|tells|thanked|thanks|assured|assures|reassured|briefed|briefs|urged|urges|asked|asks|congratulated|informed|promised|handed|gave|presented)$/;

/**
 * A verb's subject and object both took part in the meeting an adverbial names: "A thanked B during
 * their meeting" (the side read is A, the subject, after "during"), "A told B at the meeting" (it is B).
 * Only for a verb said to someone present, or a meeting called "their": being criticised or quoted at a
 * meeting is no presence. Any other side as it is.
 */
function withObjectOrSubject(
  doc: Analysed,
  s: Sentence,
  lower: string,
  people: Participant[],
  side: Participant[],
  phrase: number,
): Participant[] {
  if (side.length === 0) return side;
  const theirs = doc.lowers[phrase - 1] === "their" || doc.lowers[phrase] === "their";
  const said = (verb: number): boolean =>
    doc.tags[verb] === "VERB" && (theirs || ADDRESSED.test(doc.lowers[verb]));
  const object = sideBefore(doc, people, phrase);
  const last = side[side.length - 1];
  if (object.length && object[0].from >= last.to) {
    // The side is the subject: its verb, then the object, right after it.
    const verb = object[0].from - 1;
    if (!said(verb)) return side;
    for (let k = last.to; k < verb; k++) if (doc.tags[k] !== "ADV" && doc.tags[k] !== "AUX") return side;
    return [...side, ...object];
  }
  // The side is the object: the subject before its verb.
  const verb = side[0].from - 1;
  if (verb <= s.tokStart || !said(verb)) return side;
  const subject = named(sideBeforePhrase(doc, s, people, verb, lower.slice(0, doc.starts[verb] - s.start)));
  return subject.length ? [...subject, ...side] : side;
}

/**
 * "In talks with A, B said …": after a fronted meeting phrase, the last of the side read after it is the
 * sentence's subject when a comma sets it off and a verb follows it — the one who met the others.
 */
function frontedSubject(doc: Analysed, after: Participant[]): Participant | undefined {
  if (after.length < 2) return undefined;
  const last = after[after.length - 1];
  const verb = doc.tags[last.to] === "VERB" || doc.tags[last.to] === "AUX";
  return doc.texts[last.from - 1] === "," && verb ? last : undefined;
}

/**
 * Is the meeting phrase from token `tStart` to character `end` a group's meeting noun: held (HELD_NOUN),
 * or in an adverbial (DURING_NOUN) when the sentence has no pair yet — after "A met B and C", "at the
 * summit" tells where, not that B and C met?
 */
function groupNoun(
  doc: Analysed,
  s: Sentence,
  lower: string,
  tStart: number,
  end: number,
  pairs: number,
): boolean {
  // A few characters are enough for NOUN_AFTER's words: the rest of the sentence is not copied.
  if (!NOUN_AFTER.test(lower.slice(end, end + 12)) && end < lower.length) return false;
  const from = doc.starts[tStart] - s.start;
  if (HELD_NOUN.test(lower.slice(from, end))) return true;
  // The adverbial's preposition is no light word of the phrase: take it in.
  const prep = /\b(?:during|at|after|following)\s+(?:their\s+(?:[a-z-]+\s+)?)?$/.exec(lower.slice(0, from));
  return (
    pairs === 0 &&
    prep !== null &&
    DURING_NOUN.test(lower.slice(prep.index, end)) &&
    !PASSIVE_BEFORE.test(lower.slice(0, prep.index))
  );
}
