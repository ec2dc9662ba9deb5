// MET between two people of the sentence: "A met B", "A held talks with B", "A and B met", "a
// meeting between A and B", "after talks with A, B …". Every pair of a coordinated group meets.
import { isPerson, type RuleContext } from "./context.js";

const MET =
  /\b(?:met|meets|meet|meeting|held talks|holds talks|hold talks|holding talks|talks with|talked with|talked to|spoke with|spoke to|speaks with|received|receives|receiving|greeted|greets|greeting|hosted|hosts|hosting|welcomed|welcomes|engaged in (?:[a-z-]+ )*?(?:discussions|talks|dialogue) with|had (?:[a-z-]+ )*?(?:discussions|talks|a meeting|a call|a phone call|a conversation) with|discussions with|conferred with|shook hands with|sat down with|phone call with|summit with|encounter with)\b/;
const MET_AFTER =
  /^\s*(?:had |have |has |also |then |finally |recently |first |will |would |later |are to |to )*(?:met|meet|meets|meeting|held talks|hold talks|holding talks|talked|spoke|shook hands|sat down|had talks|had a meeting|are meeting|were meeting|conferred)\b/;
const MET_BEFORE =
  /\b(?:meeting|meetings|talks|summit|encounter|discussions|conversation|call|handshake)\s+(?:between|of)\s+(?:the\s+)?$/;
const MET_LEAD =
  /\b(?:before|after|during|while|when|since)\s+(?:his |her |their )?(?:meeting|talks|meetings)\s+with\s+$/;
const MET_G = new RegExp(MET.source, "g");
const OBJECT_PHRASE = /^[^,;:()]{0,45}$/;

/** A meeting trigger whose object is the next mention: nothing but a short phrase after it ("a delegation led by"). */
function metTrigger(between: string): boolean {
  // The last match, without collecting them all.
  let last: RegExpExecArray | null = null;
  MET_G.lastIndex = 0;
  for (let m = MET_G.exec(between); m; m = MET_G.exec(between)) last = m;
  if (!last) return false;
  const rest = between.slice(last.index + last[0].length);
  return OBJECT_PHRASE.test(rest);
}

export function met(ctx: RuleContext): void {
  const items = ctx.items;
  for (let j = 0; j < items.length; j++) {
    if (!isPerson(items[j])) continue;
    // gs: the first of the people coordinated with items[j] ("A, B and C").
    let gs = j;
    while (gs > 0 && isPerson(items[gs - 1]) && ctx.coordinated(items[gs - 1], items[gs])) gs--;
    metBefore(ctx, gs, j);
    if (gs < j) metAmong(ctx, gs, j);
  }
}

/** "A met B", "A met B and C", "after talks with A, B …": a person before the group of items[j]. */
function metBefore(ctx: RuleContext, gs: number, j: number): void {
  const items = ctx.items;
  const b = items[j];
  const s = ctx.s;
  for (let i = 0; i < gs; i++) {
    const a = items[i];
    if (!isPerson(a) || a.id === b.id) continue;
    const others = items.slice(i + 1, gs).some((x) => isPerson(x) && x.id !== a.id && x.id !== b.id);
    const btw = ctx.between(a, items[gs]);
    if (!others && btw.length < 160 && metTrigger(btw)) ctx.push("MET", a.id, b.id, ctx.clauseAround(a, b));
    if (
      btw.trim() === "," &&
      MET_LEAD.test(ctx.lower(Math.max(s.start, ctx.startOf(a) - 40), ctx.startOf(a)))
    )
      ctx.push("MET", a.id, b.id, ctx.clauseAround(a, b));
  }
}

/** "A and B met", "meeting between A and B": the group items[gs..j] among themselves. */
function metAmong(ctx: RuleContext, gs: number, j: number): void {
  const items = ctx.items;
  const b = items[j];
  const s = ctx.s;
  const after = ctx.lower(ctx.endOf(b), s.end);
  const first = ctx.startOf(items[gs]);
  const before = ctx.lower(Math.max(s.start, first - 40), first);
  if (!MET_AFTER.test(after) && !MET_BEFORE.test(before)) return;
  const group = items.slice(gs, j + 1).filter(isPerson);
  const clause = before + ctx.lower(first, Math.min(s.end, ctx.endOf(b) + 30));
  for (let x = 0; x < group.length; x++)
    for (let y = x + 1; y < group.length; y++) ctx.push("MET", group[x].id, group[y].id, clause);
}
