// VISITED: the people on the side before a travel word went to the place or country right after it —
// "A and B arrived in X", "A was in X", "A's first visit to X since", "A arrived in X and met …", "A led a
// delegation to X"; a capital stands for its country.
import type { Analysed, Sentence } from "../nlp.js";
import { TITLE_WORDS } from "../lexicon.js";
import { isCap } from "../mentions/mention.js";
import { isPerson, type Item, type RuleContext } from "./context.js";
import { phraseStart, sideBeforePhrase, subjectSide, tokenAt, type Participant } from "./sides.js";

const VISIT =
  /\b(?:(?:led|leads|leading|headed|heads|heading)\s+(?:a|an|the|his|her|their)\s+(?:[a-z-]+\s+){0,3}?(?:delegation|mission)\s+to|visited|visits|visiting|visit(?:\s+(?:abroad|overseas))?\s+to|visit of|visit|arrived in|arrived at|arrives in|arriving in|arrival in|arrived|arrives|travell?ed to|travels to|travell?ing to|travel to|(?:trip|journey)(?:\s+(?:abroad|overseas))?\s+to|tour of|toured|tours|flew to|flown to|flies to|landed in|lands in|touched down in|touches down in|head(?:ed|s|ing)? to|(?:left|leaves|leaving|departed|departs|set off|sets off) for|stopover in|went to|came to|stayed in|stay in|(?:is|was|were|has been|had been) in)\b/g;
/** Words that may stand between a travel word and where to: "arrived in the Malian capital Bamako". */
const TO_GAP = /^(?:the|a|an|his|her|their|its|first|second|third|official|state|two-day|three-day|working)$/;
const MAX_TO_GAP = 3;

/** The place or country the travel word ending at token `at` goes to: the first one within a few words. */
function destination(doc: Analysed, items: readonly Item[], at: number): Item | undefined {
  for (const it of items) {
    if (it.from < at) continue;
    if (it.type !== "Country" && it.type !== "Place") return undefined;
    if (it.from - at > MAX_TO_GAP) return undefined;
    for (let k = at; k < it.from; k++)
      if (!TO_GAP.test(doc.lowers[k]) && doc.texts[k] !== "-") return undefined;
    // "to visiting India PM Modi": a state naming whose leader, not where anyone went.
    if (TITLE_WORDS.has(doc.lowers[it.to] ?? "")) return undefined;
    return it;
  }
  return undefined;
}

/**
 * Words of a visit phrase before its travel word: "paid a surprise visit to", "made a two-day state visit
 * to", "began an official visit to", "returned from a visit to" — the verb there is the phrase's own,
 * not another clause's. Not a gerund ("thanked B by making a visit": its subject is the sentence's) nor
 * "his", which names the visitor.
 */
const VISIT_LEAD =
  /^(?:paid|pays|pay|made|makes|make|returned|returns|returning|back|from|undertook|undertakes|undertake|began|begins|begin|started|starts|concluded|concludes|wrapped|ended|ends|a|an|the|surprise|state|working|official|rare|brief|landmark|historic|first|second|third|unannounced|unprecedented|day|week|long|-|one|two|three|four|five)$/;

/** The first token of the visit phrase that ends with the token before `at`, its verb and modifiers included. */
function visitStart(doc: Analysed, s: Sentence, at: number): number {
  let t = at;
  while (t > s.tokStart && VISIT_LEAD.test(doc.lowers[t - 1])) t--;
  return t;
}

/** What may join one destination to the next: "visited A, B as well as C and D". */
const LIST_JOINER = /^(?:,|, and|and|, then|then|as well as|and also)(?: the)?$/;

/**
 * The destination at `first` and those listed after it ("visited Gabon, Angola as well as Congo"): places
 * and countries joined only by commas, "and", "as well as", "then". One that opens a clause ends the list:
 * a possessive ("Peru and Chile's president"), a verb after it ("Peru, Bolivia said"), a title after it.
 */
function destinations(doc: Analysed, items: readonly Item[], first: Item): Item[] {
  const out = [first];
  let last = first;
  for (const it of items) {
    if (it.from < last.to) continue;
    if ((it.type !== "Country" && it.type !== "Place") || it.possessive) break;
    const next = doc.tags[it.to];
    if (next === "VERB" || next === "AUX" || TITLE_WORDS.has(doc.lowers[it.to] ?? "")) break;
    if (!LIST_JOINER.test(doc.lowers.slice(last.to, it.from).join(" "))) break;
    out.push(it);
    last = it;
  }
  return out;
}

export function visited(ctx: RuleContext): void {
  const { doc, s } = ctx;
  const people: Participant[] = [];
  for (const it of ctx.items)
    if (isPerson(it) && !ownerOfOthers(ctx, it))
      people.push({ id: it.id, from: it.from, to: it.to, determiner: it.pronoun && it.possessive });
  if (people.length === 0) return;
  onAVisit(ctx, people);
  const lower = ctx.sentLower;
  VISIT.lastIndex = 0;
  for (let m = VISIT.exec(lower); m; m = VISIT.exec(lower)) {
    const first = destination(doc, ctx.items, tokenAt(doc, s, s.start + m.index + m[0].length));
    // "the first visit to China by a US leader": the agent after "by" made it, not anyone before
    // ("arrived in Kyiv by train" is the subject's).
    if (!first || byAgent(doc, first.to)) continue;
    if (DEPARTURE.test(m[0]) && movedFor(ctx, first)) continue;
    const at = visitStart(doc, s, phraseStart(doc, s, tokenAt(doc, s, s.start + m.index)));
    const head = lower.slice(0, m.index);
    let side = sideBeforePhrase(doc, s, people, at, head);
    // "On his first visit to X, A said": the visit leads the sentence; its subject made it.
    if (side.length === 0 && ON_LEAD.test(head)) side = subjectSide(doc, s, people);
    for (const to of destinations(doc, ctx.items, first))
      for (const p of side)
        ctx.push(
          "VISITED",
          p.id,
          ctx.visitTarget(to.id),
          ctx.clause(doc.starts[p.from], doc.ends[to.to - 1] + 20),
        );
  }
}

/** Words of leaving or heading somewhere: a trip, unless the sentence tells of a move (movedFor). */
const DEPARTURE = /^(?:left|leaves|leaving|departed|departs|set off|sets off|head)/;
/** What makes leaving a move rather than a trip: fleeing, settling, a post, a year. */
const MOVED =
  /\b(?:fle(?:e|es|d|eing)|exile|emigrat\w*|settl\w*|for good|to (?:study|work|live|take up|join|start)|in (?:1[89]|20)\d\d)\b/;

/** "left for Canada in 2005, fleeing …", "heads to Brazil's central bank": a move or a post, not a trip. */
function movedFor(ctx: RuleContext, to: Item): boolean {
  if (to.possessive) return true;
  const end = ctx.endOf(to);
  return MOVED.test(ctx.lower(end, Math.min(ctx.s.end, end + 60)));
}

/** "on a … visit to", "during her … trip to" opening the sentence. */
const ON_LEAD = /^(?:on|during)\s+(?:a|an|his|her|their)\s+(?:[a-z-]+\s+){0,3}$/;

/** People a named person's possessive may own: "A's aides made a visit" is not A's visit. */
const OTHERS =
  /^(?:aides?|spokes(?:man|woman|person)|envoys?|officials?|delegation|delegates|team|staff|advisers?|advisors?|ministers?|deputy|deputies|wife|husband|son|daughter|family|troops|forces|soldiers|representatives?|diplomats?|negotiators?|allies|supporters|critics|rivals|opponents)$/;

function ownerOfOthers(ctx: RuleContext, it: Item): boolean {
  return it.possessive && !it.pronoun && OTHERS.test(ctx.doc.lowers[it.to] ?? "");
}

/** Is "by" at token k followed by who did it ("by a US leader", "by Putin"), not by how ("by train")? */
function byAgent(doc: Analysed, k: number): boolean {
  if (doc.lowers[k] !== "by") return false;
  const next = doc.lowers[k + 1] ?? "";
  return /^(?:a|an|the|his|her|their)$/.test(next) || isCap(doc, k + 1);
}

/** "… met X in Cairo on Sunday on a rare visit": a visit whose destination the sentence gave with "in". */
const ON_A_VISIT =
  /\b(?:on|during)\s+(?:a|an|his|her|their|the)\s+(?:[a-z-]+\s+){0,3}?(?:visit|trip|tour)\b(?!\s+(?:to|of)\b)/;

/** The visit of "on a visit": the subject went to the place the sentence put them "in". */
export function onAVisit(ctx: RuleContext, people: Participant[]): void {
  const m = ON_A_VISIT.exec(ctx.sentLower);
  if (!m) return;
  const { doc, s } = ctx;
  const at = s.start + m.index;
  let where: Item | undefined;
  for (const it of ctx.items)
    if (
      (it.type === "Country" || it.type === "Place") &&
      ctx.endOf(it) <= at &&
      doc.lowers[it.from - 1] === "in"
    )
      where = it;
  if (!where) return;
  for (const p of subjectSide(doc, s, people))
    ctx.push(
      "VISITED",
      p.id,
      ctx.visitTarget(where.id),
      ctx.clause(doc.starts[p.from], at + m[0].length + 20),
    );
}
