// VISITED: "A visited X", "A arrived in X", "A's trip to X", the nearest person before the place or
// country with nobody else between; a capital stands for its country.
import { isPerson, type RuleContext } from "./context.js";

const VISIT =
  /\b(?:visited|visits|visiting|visit to|visit of|arrived in|arrives in|arriving in|arrival in|travell?ed to|travels to|travell?ing to|travel to|trip to|journey to|tour of|toured|flew to|flown to|landed in|went to|came to|stay in|visit)\s+(?:the\s+)?$/;

export function visited(ctx: RuleContext): void {
  const items = ctx.items;
  for (let j = 0; j < items.length; j++) {
    const b = items[j];
    if (b.type !== "Country" && b.type !== "Place") continue;
    for (let i = j - 1; i >= 0; i--) {
      const a = items[i];
      if (!isPerson(a)) continue;
      const btw = ctx.between(a, b);
      if (btw.length < 120 && VISIT.test(btw) && !items.slice(i + 1, j).some(isPerson))
        ctx.push("VISITED", a.id, ctx.visitTarget(b.id), ctx.clauseAround(a, b));
      break;
    }
  }
}
