// MET: every named participant on one side of a meeting word with every one on the other, and the
// members of a group that met (meeting-groups.ts reads the sides).
import { isPerson, type RuleContext } from "./context.js";
import { meetingPairs, type Participant } from "./meeting-groups.js";

export function met(ctx: RuleContext): void {
  const people: Participant[] = [];
  for (const it of ctx.items)
    if (isPerson(it))
      people.push({ id: it.id, from: it.from, to: it.to, determiner: it.pronoun && it.possessive });
  if (people.length < 2) return;
  const s = ctx.s;
  for (const p of meetingPairs(ctx.doc, s, ctx.sentLower, people))
    ctx.push("MET", p.a, p.b, ctx.clause(p.start, p.end));
}
