// Support and arms worded around the recipient: "Iran-backed Houthis", "the militia, funded and armed
// by Iran", "rebels supported by Rwanda". Backing, funding and sponsoring are SUPPORTS; arming and
// equipping are SUPPLIED_ARMS_TO as well.
import type { RelationType } from "../../types.js";
import { SPONSOR_SUFFIX } from "../lexicon.js";
import { isActor, type Item, type RuleContext } from "./context.js";
import { tokenAt, verbBetween } from "./sides.js";

const BACKING = "backed|supported|funded|financed|sponsored|armed|equipped";
const BACKED_BY = new RegExp(
  `\\b(?:${BACKING})(?:(?:,\\s*|\\s+and\\s+|\\s+or\\s+)(?:${BACKING}))*\\s+by\\s+`,
  "g",
);
const BY = /\sby\s/;
const ARMING = /\b(?:armed|equipped)\b/;
const NON_MATERIAL = /^(?:armed|equipped)$/;
/** "Hezbollah, which is backed by Iran": a relative clause's copula is the backing's own verb. */
const RELATIVE_IS =
  /^\s*,?\s*(?:which|who|that)\s+(?:is|are|was|were|has been|have been|had been)\s+(?:(?:heavily|largely|reportedly|openly|long|also|widely)\s+)?$/;
/** Words that may stand between "Iran-backed" and what it backs: "Iran-backed Shiite rebels". */
const MAX_ADJECTIVES = 3;

function backing(ctx: RuleContext, source: string, target: string, words: string, clause: string): void {
  const types: RelationType[] = [];
  if (words.split(/\W+/).some((w) => w && !NON_MATERIAL.test(w))) types.push("SUPPORTS");
  if (ARMING.test(words)) types.push("SUPPLIED_ARMS_TO", "SUPPORTS");
  for (const t of new Set(types))
    ctx.push(t, ctx.asState(source) ?? source, ctx.asState(target) ?? target, clause);
}

/** "Iran-backed Houthis": the actor before the hyphenated word backs the next actor. */
function hyphenBacked(ctx: RuleContext, x: Item): void {
  const { doc } = ctx;
  if (doc.texts[x.to] !== "-" || !SPONSOR_SUFFIX.has(doc.lowers[x.to + 1] ?? "")) return;
  const y = ctx.items.find((it) => it.from > x.to + 1);
  if (!y || !isActor(y) || y.from - (x.to + 2) > MAX_ADJECTIVES || verbBetween(doc, x.to + 2, y.from)) return;
  backing(ctx, x.id, y.id, doc.lowers[x.to + 1], ctx.lower(ctx.startOf(x), ctx.endOf(y)));
}

/** "Hezbollah, a group funded and armed by Iran": the actor after "by" backs the one before the words. */
function passiveBacked(ctx: RuleContext): void {
  const { doc, s } = ctx;
  const lower = ctx.sentLower;
  // Most sentences have no "by": the pattern's alternation is tried at every word otherwise.
  if (!BY.test(lower)) return;
  BACKED_BY.lastIndex = 0;
  for (let m = BACKED_BY.exec(lower); m; m = BACKED_BY.exec(lower)) {
    const at = tokenAt(doc, s, s.start + m.index);
    const after = tokenAt(doc, s, s.start + m.index + m[0].length);
    const source = ctx.items.find(
      (it) => it.from === after || (it.from === after + 1 && doc.lowers[after] === "the"),
    );
    let target: Item | undefined;
    for (const it of ctx.items)
      if (it.to <= at && isActor(it) && !ctx.afterPrep(it) && !ctx.modifier(it)) target = it;
    if (!source || !isActor(source) || !target) continue;
    if (verbBetween(doc, target.to, at) && !RELATIVE_IS.test(ctx.lower(ctx.endOf(target), s.start + m.index)))
      continue;
    backing(ctx, source.id, target.id, m[0], ctx.lower(ctx.startOf(target), ctx.endOf(source)));
  }
}

export function backedBy(ctx: RuleContext): void {
  for (const x of ctx.items) hyphenBacked(ctx, x);
  passiveBacked(ctx);
}
