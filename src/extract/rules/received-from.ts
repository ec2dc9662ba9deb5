// The receiving side of a transfer: "A received military equipment from B", "A bought drones from B",
// "A took delivery of tanks from B" — SUPPLIED_ARMS_TO B → A, and aid received the same way SUPPORTS.
// The source follows "from"; the recipient is the verb's subject, right before it.
import { isActor, type Item, type RuleContext } from "./context.js";
import { words, type WordHit } from "../trigger-words.js";
import { tokenAt } from "./sides.js";
import { ARMS, AID } from "./transfer.js";

export const RECEIVE = words(`
  received receives receive receiving obtained obtains obtain acquired acquires acquire bought buys buy
  buying purchased purchases purchase purchasing procured procures procure imported imports import
  importing delivery
`);

/** Characters from the verb to "from" at most: "received a first batch of 12 tanks and two launchers from". */
const MAX_THEME = 90;
/**
 * What the verb received, up to "from": words and numbers only, the arms or aid noun its object — not
 * what a request, a warning or praise was about ("received a request for weapons from").
 */
const OBJECT = /^[a-z]+\s+(?:[a-z0-9$.-]+\s+){0,10}?$/;
const ABOUT = /\b(?:for|about|on|over|against|regarding|concerning|to|with|while|but)\s/;
/** Objects that are words about arms, not arms: "received a request …", "bought time …". */
const NOT_GOODS =
  /^[a-z]+\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[a-z-]+\s+)?(?:requests?|warnings?|calls?|letters?|messages?|offers?|promises?|reports?|praise|criticism|complaints?|questions?|invitations?|proposals?|assurances?|pledges?|news|word|time|support for)\b/;
/** Between the subject and the verb: auxiliaries, modals and adverbs ("has already received", "plans to buy"). */
const SUBJECT_GAP =
  /^(?:(?:has|have|had|was|were|is|are|also|recently|reportedly|already|now|finally|just|since|then|will|would|could|may|might|took|takes|accepted|accepts|(?:plans?|wants?|hopes?|intends?|agreed|is set|is expected|is to|are to)\s+to)\s+)*$/;
/** After a possessive subject, a body of the state first: "Kenya's army received", "Peru's air force bought". */
const BODY =
  /^(?:['’]s?\s+)?(?:army|military|armed forces|air force|navy|government|police|defen[cs]e ministry|ministry of defen[cs]e|coast guard|border guards?|national guard|forces|troops)\s+/;
/** "took delivery of tanks from": the only way "delivery" receives. */
const TOOK_DELIVERY = /\b(?:took|takes|take|taking|accepted|accepts)\s+$/;

export function receivedFrom(ctx: RuleContext): void {
  for (const w of ctx.triggers().receive) {
    const found = transferAt(ctx, w);
    if (!found) continue;
    const { source, recipient, arms } = found;
    const clause = ctx.clause(ctx.startOf(recipient), ctx.endOf(source), 0);
    ctx.push(
      arms ? "SUPPLIED_ARMS_TO" : "SUPPORTS",
      ctx.asState(source.id),
      ctx.asState(recipient.id),
      clause,
    );
  }
}

/** The source and recipient of the receiving verb `w`, if the sentence words a transfer around it. */
function transferAt(
  ctx: RuleContext,
  w: WordHit,
): { source: Item; recipient: Item; arms: boolean } | undefined {
  const { s, doc } = ctx;
  const lower = ctx.sentLower;
  const verbAt = s.start + w.index;
  const tok = tokenAt(doc, s, verbAt);
  // A verb, not "imports of weapons" or "the delivery of tanks from" as a noun's subject.
  if (w[0] === "delivery" ? !TOOK_DELIVERY.test(lower.slice(0, w.index)) : doc.tags[tok] !== "VERB") return;
  const after = lower.slice(w.index, w.index + MAX_THEME + w[0].length);
  const from = /\sfrom\s+(?:the\s+)?/.exec(after);
  if (!from) return;
  const theme = after.slice(0, from.index + 1);
  if (!OBJECT.test(theme) || ABOUT.test(theme.slice(w[0].length)) || NOT_GOODS.test(theme)) return;
  const arms = ARMS.test(theme);
  if (!arms && !AID.test(theme)) return;
  const fromAt = verbAt + from.index + from[0].length;
  // "from Somalia's al-Shabaab": the possessive's body, not the state, sent it.
  const source = ctx.items.find((it) => isActor(it) && ctx.startOf(it) === fromAt && !it.possessive);
  let recipient: Item | undefined;
  for (const it of ctx.items) if (isActor(it) && ctx.endOf(it) <= verbAt) recipient = it;
  if (!source || !recipient || recipient.id === source.id) return;
  let gap = ctx.lower(ctx.endOf(recipient), verbAt).trimStart();
  if (recipient.possessive) gap = gap.replace(BODY, "");
  if (!SUBJECT_GAP.test(gap)) return;
  return { source, recipient, arms };
}
