// Rules anchored on the receiving end of a relation (troops, arms, aid, support): each recipient of
// the sentence in turn, every such rule on it before the next recipient, so their relations come
// out in that order.
import type { Item, RuleContext, SentenceRule } from "./context.js";

export interface RecipientRule {
  /** Whether the sentence holds one of the rule's trigger words: every rule here starts from one. */
  triggered(ctx: RuleContext): boolean;
  /** `pre`: the sentence up to the recipient, lowercased; it starts at ctx.s.start. */
  apply(ctx: RuleContext, recipient: Item, pre: string): void;
}

/** The rules as one sentence rule; a sentence with none of their triggers is passed over whole. */
export function byRecipient(rules: readonly RecipientRule[]): SentenceRule {
  return (ctx) => {
    let triggered = false;
    for (let r = 0; r < rules.length && !triggered; r++) triggered = rules[r].triggered(ctx);
    if (!triggered) return;
    const items = ctx.items;
    for (let j = 0; j < items.length; j++) {
      const b = asRecipient(ctx, items[j]);
      const pre = ctx.lower(ctx.s.start, ctx.startOf(b));
      for (let r = 0; r < rules.length; r++) rules[r].apply(ctx, b, pre);
    }
  };
}

/** "… to Pyongyang": a capital receiving troops, arms or support stands for its state. */
function asRecipient(ctx: RuleContext, it: Item): Item {
  const capitalState = it.type === "Place" ? ctx.gaz.byId(it.id)?.actorFor : undefined;
  return capitalState ? { ...it, id: capitalState, type: "Country" } : it;
}
