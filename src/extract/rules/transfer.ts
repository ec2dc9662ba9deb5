// Transfers to a recipient: SENT_TROOPS_TO ("A sent 500 troops to B", "North Korean troops were
// deployed to B") and SUPPLIED_ARMS_TO ("A supplied shells to B", "A supplied B with drones"), with
// aid given the same way as SUPPORTS. The source is the actor before the trigger, else the source of
// a transfer in the last two sentences ("… and also sent troops to C").
import { isActor, lastBefore, NO_HITS, type Item, type RuleContext } from "./context.js";
import type { RecipientRule } from "./recipients.js";
import { words, type WordHit } from "../trigger-words.js";
import { tokenAt } from "./sides.js";

export const SEND = words(`
  sent send sends sending dispatched dispatch dispatches dispatching deployed deploy deploys deploying
  stationed station stations stationing
`);
export const SUPPLY = words(`
  supplied supplies supply supplying provided provides provide providing delivered delivers deliver
  delivering shipped ships shipping sold sells sell selling transferred transfers transfer
  transferring gave given give gives giving sent send sends sending exported exports export exporting
`);
const TROOPS =
  /\b(?:troops|soldiers|forces|servicemen|personnel|fighters|units|battalions|brigades|contingents?|mercenaries|instructors|trainers|peacekeepers|military advisers|military advisors|police officers|police|paratroopers|marines|special forces)\b/;
const TROOP_COUNT = /(\d[\d,]*)\s+(?:[a-z-]+\s+){0,3}(?:troops|soldiers)/;
export const ARMS =
  /\b(?:arms|weapons?|weaponry|munitions|ammunition|shells|missiles?|artillery|rockets|drones|tanks|rifles|military equipment|military hardware|military technology|military technologies|military aid|warheads|launchers|(?:air|missile) defen[cs]e|fighter jets|warplanes|(?:military|combat|fighter|attack|combat-ready) (?:aircraft|helicopters)|(?<!\b(?:private|business|passenger|commercial|corporate|executive|jumbo)\s)jets|warships|howitzers|armou?red vehicles|air defen[cs]e systems|himars|atacms|(?:f-(?:15|16|18|22|35)|su-\d{2}|mig-\d{2}|t-(?:55|62|64|72|80|90)|s-(?:300|400|500)|mi-\d{1,2}|ka-\d{2}|tu-\d{2,3}|kh-\d{2,3}|b-52|a-10|c-130)s?)\b/;
export const AID = /\b(?:aid|assistance|support|help|backing|supplies)\b/;
const GIVING = /provid|gave|give|giv|offer|extend|sent|send/;
// "according to", "due to", "next to": a "to" that sends nothing anywhere.
const TO_END =
  /(?<!\b(?:according|due|thanks|prior|close|next|similar|compared|owing|contrary|addition|reference|response)\s)\b(?:to|into|toward|towards)\s+(?:support\s+|help\s+|aid\s+|assist\s+|bolster\s+|back\s+)?(?:the\s+)?$/;
/** Troops deployed or stationed "in" a state are there too: "deployed troops in Belarus". */
const IN_END = /\bin\s+(?:the\s+)?$/;
const DEPLOYED_IN = /^(?:deploy|station)/;
const BLANK = /^\s*$/;
/** Where the recipient's clause ends: a new clause, not a list going on ("…, including artillery shells"). */
const TAIL_END =
  /[;:]|,(?!\s+(?:as well as|including|and other|along with|plus)\b)|\s(?:but|while|whereas)\s/;
const WITH_AFTER = /^\s*(?:['’]s\s+[a-z-]+\s+)?with\b/;

const sendAt = (ctx: RuleContext): readonly WordHit[] => (ctx.anyRecipient ? ctx.triggers().send : NO_HITS);
const supplyAt = (ctx: RuleContext): readonly WordHit[] =>
  ctx.anyRecipient ? ctx.triggers().supply : NO_HITS;

export const transfer: RecipientRule = {
  triggered: (ctx) => sendAt(ctx).length > 0 || supplyAt(ctx).length > 0,
  apply(ctx, b, pre) {
    if (b.type === "Person") return;
    sentTroops(ctx, b, pre);
    supplied(ctx, b, pre);
  },
};

/** SENT_TROOPS_TO: a sending verb, a troop noun near it, and "to" right before the recipient. */
function sentTroops(ctx: RuleContext, b: Item, pre: string): void {
  const v = lastBefore(sendAt(ctx), pre.length);
  if (!v || pre.length - v.index >= 90) return;
  const into = !TO_END.test(pre);
  if (into && !(DEPLOYED_IN.test(v[0]) && IN_END.test(pre))) return;
  const s = ctx.s;
  const preStart = s.start;
  const spanFrom = Math.max(0, v.index - 50);
  const span = pre.slice(spanFrom);
  const troop = TROOPS.exec(span);
  if (!troop) return;
  const verbAt = preStart + v.index;
  const troopAt = preStart + spanFrom + troop.index;
  const src =
    ctx.sourceFrom(verbAt, b) ?? ctx.sourceBefore(verbAt, troopAt) ?? ctx.sourceBefore(troopAt, troopAt);
  const qty = TROOP_COUNT.exec(span);
  const from = src ? ctx.asState(src.id) : ctx.nearTopic();
  if (!from || (src && ctx.startOf(src) >= verbAt && troopAt >= verbAt)) return;
  const to = stateOfPlace(ctx, b, from);
  // Deployed "in" a place: only a state, or a place in another state — at home, troops are just there —
  // and only by the verb's subject or the troops' owner: "Kenya said peacekeepers stationed in X were
  // attacked" tells who they are not.
  if (
    into &&
    (to === from || ctx.gaz.byId(to)?.type !== "Country" || !src || !ownsTroops(ctx, src, verbAt, troopAt))
  )
    return;
  ctx.push(
    "SENT_TROOPS_TO",
    from,
    to,
    ctx.lower(Math.max(s.start, verbAt - 60), ctx.endOf(b)),
    qty ? { quantity: Number(qty[1].replace(/,/g, "")) } : {},
  );
  ctx.topicSource = { id: from, sentence: s.index };
  ctx.troopsTo = { id: to, sentence: s.index };
}

/** Between a sender and its verb: auxiliaries and adverbs ("Chile has already deployed"). */
const SUBJECT_GAP =
  /^\s*(?:(?:has|have|had|will|would|is|are|was|were|been|also|now|already|recently|reportedly)\s+)*$/;
/** Verbs of keeping troops somewhere: "France has 1,500 troops stationed in X". */
const HAS = new Set(["has", "have", "had", "keeps", "kept", "maintains"]);
/** Words between an owner and its troops: "Chile's", "Kenyan", "500 more elite". */
const OWNER_TAGS = new Set(["PART", "ADJ", "NUM", "NOUN", "DET", "PUNCT"]);

/** Is `src` the subject of the deploying verb at `verbAt`, or the owner of the troops at `troopAt`? */
function ownsTroops(ctx: RuleContext, src: Item, verbAt: number, troopAt: number): boolean {
  const end = ctx.endOf(src);
  if (end <= verbAt && SUBJECT_GAP.test(ctx.lower(end, verbAt))) return true;
  if (end > troopAt) return false;
  const { doc, s } = ctx;
  let k = src.to;
  if (HAS.has(doc.lowers[k])) k++;
  for (const last = tokenAt(doc, s, troopAt); k < last; k++) if (!OWNER_TAGS.has(doc.tags[k])) return false;
  return true;
}

/**
 * Where troops or arms went, as a state: troops sent to a province abroad went to the state the gazetteer
 * puts the province in, when that is another state than the sender's.
 */
function stateOfPlace(ctx: RuleContext, b: Item, from: string): string {
  const id = ctx.asState(b.id) ?? b.id;
  if (b.type !== "Place") return id;
  const country = ctx.gaz.byId(id)?.country;
  return country && country !== from && ctx.gaz.byId(country)?.type === "Country" ? country : id;
}

/** SUPPLIED_ARMS_TO and aid: "A supplied arms to B", "A supplied B with shells", passives. */
function supplied(ctx: RuleContext, b: Item, pre: string): void {
  const w = lastBefore(supplyAt(ctx), pre.length);
  if (!w || pre.length - w.index >= 120 || !isActor(b)) return;
  const s = ctx.s;
  // What was supplied may follow the recipient ("supplied B with shells"), within its clause.
  const tail = ctx.lower(ctx.endOf(b), s.end).split(TAIL_END, 1)[0];
  const direct = BLANK.test(pre.slice(w.index + w[0].length)) && WITH_AFTER.test(tail);
  if (!TO_END.test(pre) && !direct) return;
  const theme = pre.slice(Math.max(0, w.index - 60)) + " " + tail;
  const verbAt = s.start + w.index;
  const src = ctx.sourceFrom(verbAt, b) ?? ctx.sourceBefore(verbAt);
  const from = src ? ctx.asState(src.id) : ctx.nearTopic();
  // Modality sits before the verb ("plans to supply"); what follows the recipient is a consequence.
  const clause = ctx.lower(Math.max(s.start, verbAt - 60), ctx.endOf(b));
  if (from && ARMS.test(theme)) {
    ctx.push("SUPPLIED_ARMS_TO", from, stateOfPlace(ctx, b, from), clause);
    ctx.topicSource = { id: from, sentence: s.index };
  }
  if (from && AID.test(theme) && GIVING.test(w[0]))
    ctx.push("SUPPORTS", from, ctx.asState(b.id) ?? b.id, clause);
}

const MORE_TROOPS =
  /\b(?:sent|deployed|dispatched|contributed|followed with|followed suit with|added)\s+(?:[a-z\d,-]+\s+){0,4}?(?:troops|soldiers|contingent|personnel|police officers|peacekeepers)\b/g;

/**
 * "Chile sent troops to Haiti. Peru followed with a contingent of 120 and Bolivia deployed 300
 * soldiers": troops sent with no recipient named go where the last ones went.
 */
export function troopsFollow(ctx: RuleContext): void {
  const to = ctx.nearTroopsTo();
  if (!to) return;
  const s = ctx.s;
  const lower = ctx.sentLower;
  MORE_TROOPS.lastIndex = 0;
  for (let m = MORE_TROOPS.exec(lower); m; m = MORE_TROOPS.exec(lower)) {
    const after = lower.slice(m.index + m[0].length);
    if (/^\s*(?:[a-z\d,-]+\s+){0,3}?(?:to|into|in)\s/.test(after)) continue;
    const verbAt = s.start + m.index;
    const src = ctx.sourceBefore(verbAt);
    if (!src || ctx.lower(ctx.endOf(src), verbAt).trim().length > 12) continue;
    const from = ctx.asState(src.id);
    if (from && from !== to)
      ctx.push("SENT_TROOPS_TO", from, to, ctx.lower(Math.max(s.start, verbAt - 60), verbAt + m[0].length));
  }
}
