// SUPPORTS for a recipient: "A's support for B", "A backed B", "an ally of B", "sent troops to
// support B". A person's material support (arms, troops, money) is their state's; words of support
// ("expressed support for") stay the person's own.
import { isActor, isPerson, lastBefore, NO_HITS, type Item, type RuleContext } from "./context.js";
import type { RecipientRule } from "./recipients.js";
import { tokenAt, verbBetween } from "./sides.js";
import { words, type WordHit } from "../trigger-words.js";

export const SUPPORT = words(`
  support supports supported supporting backing backed backs back ally allies assistance aid help
  helped helps solidarity endorse endorses endorsed endorsing sided siding weight
`);
const SUPPORT_FILLER_BAD =
  /\b(?:in|against|with|on|at|from|amid|amidst|by|over|than|war|conflict|and|or|but|to)\b/;
const MATERIAL =
  /\b(?:military|troops?|economic|financial|material|providing|provided|provide|provides|contribut\w*|sending|sent|send|arms|weapons|supply\w*|aid)\b/;
const VERBAL =
  /\b(?:expressed|expresses|express|voiced|voices|reaffirmed|reaffirms|reiterated|reiterates|pledged|pledges|declared|declares|showing|showed|shows|stated|states|thanked|praised)\b/;
/** What may stand between the trigger and the recipient: "for", "of", "to" and up to four words. */
const OBJECT_GAP = /^\s*(?:for|of|to)?\s*((?:[\w’'-]+\s+){0,4})$/;
/** Triggers with a preposition of their own: "sided with X", "threw its weight behind X". */
const WITH_GAP = /^\s*with\s+((?:[\w’'-]+\s+){0,2})$/;
const OWN_GAP: Record<string, RegExp> = {
  sided: WITH_GAP,
  siding: WITH_GAP,
  weight: /^\s*behind\s+((?:[\w’'-]+\s+){0,2})$/,
};
/** "weight" supports only when thrown: "threw its full weight behind X". */
const THROWN = /\bthr(?:ew|ow|ows|own|owing)\s+(?:its|their|his|her|our)\s+(?:full\s+|political\s+)?$/;
const POSSESSOR_GAP = /^\s*(?:[a-z-]+\s+){0,2}$/;
const THEIR = /\b(?:their|its|our|your)\s+(?:[a-z-]+\s+){0,2}$/;
/**
 * Verbs that make a support noun the subject's own: "Kenya sent aid to X", "pledged its support for X".
 * Without one right before the noun it may be anyone's: "Kenya criticised aid to X", "raised concerns
 * about aid to X", "tried to use the issue of aid to X as leverage".
 */
const GIVING_VERB =
  /^(?:give[sn]?|gave|giving|provid\w*|offer\w*|send\w*|sent|deliver\w*|pledg\w*|express\w*|voic\w*|reaffirm\w*|reiterat\w*|extend\w*|announc\w*|approv\w*|grant\w*|promis\w*|show\w*|declar\w*|lend\w*|lent|increas\w*|boost\w*|continu\w*|step(?:s|ped|ping)?|rais\w*|channel\w*|ship\w*|dispatch\w*|airlift\w*|contribut\w*|throw\w*|threw)$/;
/** What may stand between the giving verb and the noun: "sent (more) (humanitarian) aid", "stepped up its aid". */
const BETWEEN_GIVING = new Set(["DET", "ADJ", "NUM", "ADV", "PRON", "NOUN", "ADP"]);
const MAX_BETWEEN_GIVING = 4;
/** Nouns that turn the recipient into a target: "sided with X's opponents", "backed the suspension of X". */
const AGAINST =
  /\b(?:opponents?|rivals?|enemies|enemy|critics?|adversar\w+|foes?|suspension|expulsion|removal|isolation|ouster|sanctions?|sanctioning|condemnation|criticism|arrest|exclusion|boycott|invasion|attacks?)\b/;
/** ", where leaders reaffirmed their support": another clause, whose subject is not the one before it. */
const CLAUSE_BREAK = /,\s*(?:where|which|who|whom|whose|when)\b|;/;
const ALLY = /\b(?:ally|allies)\b/;

const supportAt = (ctx: RuleContext): readonly WordHit[] =>
  ctx.items.length ? ctx.triggers().support : NO_HITS;

export const support: RecipientRule = {
  triggered: (ctx) => supportAt(ctx).length > 0,
  apply(ctx, b, pre) {
    const t = lastBefore(supportAt(ctx), pre.length);
    // "Iran-backed": read by backed-by.ts, whose backer is the word before the hyphen.
    if (!t || !isActor(b) || pre[t.index - 1] === "-") return;
    if (t[0] === "weight" && !THROWN.test(pre.slice(0, t.index))) return;
    const gap = (OWN_GAP[t[0]] ?? OBJECT_GAP).exec(pre.slice(t.index + t[0].length));
    const trigAt = ctx.s.start + t.index;
    if (!gap || SUPPORT_FILLER_BAD.test(gap[1]) || AGAINST.test(gap[1])) return;
    // "sided with X's opponents": someone of X's, against X.
    if (b.possessive && AGAINST.test(ctx.lower(ctx.endOf(b), Math.min(ctx.s.end, ctx.endOf(b) + 16)))) return;
    // Another end between the trigger and the recipient: the trigger is not about the recipient.
    if (ctx.items.some((x) => ctx.startOf(x) >= trigAt && ctx.endOf(x) <= ctx.startOf(b))) return;
    // "support to stop the Turkish intervention": a verb after the trigger starts a purpose, not a recipient.
    if (verbBetween(ctx.doc, tokenAt(ctx.doc, ctx.s, trigAt + t[0].length), b.from)) return;
    const src = supporter(ctx, pre, t.index, trigAt);
    if (!src) return;
    // A support noun ("aid to X", "support for X") is the subject's only when a verb gives it.
    const trigTok = tokenAt(ctx.doc, ctx.s, trigAt);
    if (!src.possessor && !ALLY.test(t[0]) && ctx.doc.tags[trigTok] !== "VERB") {
      if (!givenBySubject(ctx, trigTok) || CLAUSE_BREAK.test(ctx.lower(ctx.endOf(src.item), trigAt))) return;
    }
    const s = ctx.s;
    const context = ctx.lower(Math.max(s.start, trigAt - 40), trigAt + t[0].length);
    const material =
      MATERIAL.test(context) && !VERBAL.test(ctx.lower(Math.max(s.start, trigAt - 40), trigAt));
    const from = isPerson(src.item) && material && !ALLY.test(t[0]) ? ctx.asState(src.item.id) : src.item.id;
    ctx.push("SUPPORTS", from, b.id, ctx.lower(Math.max(s.start, trigAt - 60), ctx.endOf(b)));
  },
};

/**
 * Is the support noun at token `trig` given by its clause's verb: "sent humanitarian aid", "stepped up
 * its support", "in support of"? Only determiners, adjectives, numbers, possessives and nouns between.
 */
function givenBySubject(ctx: RuleContext, trig: number): boolean {
  const { lowers, tags } = ctx.doc;
  if (lowers[trig - 1] === "in" && lowers[trig] === "support" && lowers[trig + 1] === "of") return true;
  let k = trig - 1;
  for (let n = 0; n < MAX_BETWEEN_GIVING && k > ctx.s.tokStart; n++, k--) {
    if (GIVING_VERB.test(lowers[k])) return true;
    // "stepped up aid": the verb's particle.
    if (lowers[k] === "up" && GIVING_VERB.test(lowers[k - 1] ?? "")) return true;
    if (!BETWEEN_GIVING.has(tags[k]) || (tags[k] === "ADP" && lowers[k] !== "of")) return false;
  }
  return GIVING_VERB.test(lowers[k]);
}

/**
 * The supporter: a possessor right before the trigger, else the clause subject (never a bare pronoun);
 * `possessor` when it is the former.
 */
function supporter(
  ctx: RuleContext,
  pre: string,
  at: number,
  trigAt: number,
): { item: Item; possessor: boolean } | undefined {
  const head = pre.slice(Math.max(0, at - 40), at);
  const poss = ctx.items.find(
    (x) =>
      ctx.endOf(x) <= trigAt &&
      (x.possessive || x.pronoun) &&
      POSSESSOR_GAP.test(ctx.lower(ctx.endOf(x), trigAt)),
  );
  if (poss) return { item: poss, possessor: true };
  // "… and their support for X": someone else's; "X pledged its support for Y": X's own.
  if (THEIR.test(head) && !givenBySubject(ctx, tokenAt(ctx.doc, ctx.s, trigAt))) return undefined;
  const src = ctx.sourceBefore(trigAt);
  return src && !src.pronoun ? { item: src, possessor: false } : undefined;
}
