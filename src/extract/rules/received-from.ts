// The receiving side of a transfer: "A received military equipment from B", "A bought drones from B",
// "A took delivery of tanks from B" — SUPPLIED_ARMS_TO B → A, and aid received the same way SUPPORTS.
// The source follows "from"; the recipient is the actor before the verb.
import { isActor, type Item, type RuleContext } from "./context.js";
import { words } from "../trigger-words.js";
import { ARMS, AID } from "./transfer.js";

export const RECEIVE = words(`
  received receives receive receiving obtained obtains obtain acquired acquires acquire bought buys buy
  buying purchased purchases purchase purchasing procured procures procure imported imports import
  importing delivery
`);

/** Characters from the verb to "from" at most: "received a first batch of 12 tanks and two launchers from". */
const MAX_THEME = 90;

export function receivedFrom(ctx: RuleContext): void {
  const hits = ctx.triggers().receive;
  if (hits.length === 0) return;
  const { s } = ctx;
  const lower = ctx.sentLower;
  for (const w of hits) {
    const after = lower.slice(w.index, w.index + MAX_THEME + w[0].length);
    const from = /\bfrom\s+(?:the\s+)?/.exec(after);
    if (!from) continue;
    const theme = after.slice(0, from.index);
    // "A received a call from B" is no transfer; nor is another clause before "from".
    if (/[;:]|\b(?:and|but|while|after|before|which|who)\b\s+[a-z]+ed\b/.test(theme)) continue;
    const arms = ARMS.test(theme);
    if (!arms && !AID.test(theme)) continue;
    const fromAt = s.start + w.index + from.index + from[0].length;
    const source = ctx.items.find((it) => isActor(it) && ctx.startOf(it) === fromAt);
    const recipient = ctx.sourceBefore(s.start + w.index);
    if (!source || !recipient || recipient.id === source.id) continue;
    push(ctx, arms, source, recipient);
  }
}

function push(ctx: RuleContext, arms: boolean, source: Item, recipient: Item): void {
  const from = ctx.asState(source.id) ?? source.id;
  const to = ctx.asState(recipient.id) ?? recipient.id;
  const clause = ctx.lower(Math.max(ctx.s.start, ctx.startOf(recipient) - 40), ctx.endOf(source));
  ctx.push(arms ? "SUPPLIED_ARMS_TO" : "SUPPORTS", from, to, clause);
}
