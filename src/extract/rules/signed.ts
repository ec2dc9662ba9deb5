// SIGNED_AGREEMENT between the states of the parties: "A and B signed a treaty", "a treaty between
// A and B", "A signed … with B", and "the two leaders signed …" after a sentence about a pair.
import { isActor, type Item, type RuleContext } from "./context.js";
import { words } from "../trigger-words.js";

export const SIGN = words(`
  signed sign signs signing formalised formalized formalise formalize concluded conclude inked ink struck
  clinched ratified
`);
export const AGREEMENT = words(`
  treaty treaties agreement agreements pact pacts accord accords deal deals memorandum memoranda protocol
  partnership charter declaration document documents communique contract contracts convention
`);
const SIGNED_WITH =
  /\b(?:signed|sign|signs|signing|concluded|inked|struck|formali[sz]ed)\b[^.]*?\bwith\s+(?:the\s+)?$/;
/**
 * "the two leaders signed", "both sides signed", "the two signed", "the leaders witnessed the signing of":
 * the pair as the signing's subject, right before it.
 */
const THE_TWO =
  /\b(?:(?:the two|both)(?: (?:leaders|sides|countries|nations|governments|ministers|presidents|men|women))?|the (?:leaders|presidents|ministers))\s+(?:(?:have|had|also|then|later|jointly|formally|personally)\s+)*(?:(?:oversaw|witnessed|attended|presided over)\s+the\s+)?$/;

export function signed(ctx: RuleContext): void {
  const found = ctx.triggers();
  if (!found.sign.length || !found.agreement.length) return;
  // "signed away their rights", "signed up for": no agreement signed ("signed off on a statement" is one).
  const sign = found.sign[0];
  if (/^\s+(?:away|up|out)\b/.test(ctx.sentLower.slice(sign.index + sign[0].length))) return;
  const actors = ctx.items.filter(isActor);
  let parties = coordinatedParties(ctx, actors, found.sign[0].index);
  if (parties.length < 2) parties = signedWith(ctx, actors);
  let partyIds = parties.map((p) => p.id);
  // "The two leaders signed …": the pair the previous sentence was about.
  if (partyIds.length === 0 && THE_TWO.test(ctx.sentLower.slice(0, found.sign[0].index))) {
    const pair = ctx.nearPair();
    if (pair) partyIds = pair.ids;
  }
  const states = [...new Set(partyIds.map((p) => ctx.asState(p)).filter((x): x is string => !!x))];
  for (let x = 0; x < states.length; x++)
    for (let y = x + 1; y < states.length; y++)
      ctx.push("SIGNED_AGREEMENT", states[x], states[y], ctx.sentLower);
}

/**
 * The coordinated group ("A and B", "A, B and C") naming two parties or more that signs: the last one
 * before the signing word ("The mediator, X, said that A and B signed …"), else the first one.
 */
function coordinatedParties(ctx: RuleContext, actors: Item[], signAt: number): Item[] {
  let parties: Item[] = [];
  for (let i = 0; i < actors.length; i++) {
    const group = [actors[i]];
    while (i + 1 < actors.length && ctx.coordinated(actors[i], actors[i + 1])) group.push(actors[++i]);
    const ids = new Set(group.map((g) => ctx.asState(g.id) ?? g.id));
    if (ids.size < 2) continue;
    const before = ctx.startOf(group[0]) - ctx.s.start < signAt;
    if (!parties.length || before) parties = group;
    if (!before) break;
  }
  return parties;
}

/** "A signed … with B": the first actor after "with", and the first actor before it not after a preposition. */
function signedWith(ctx: RuleContext, actors: Item[]): Item[] {
  const s = ctx.s;
  for (const b of actors) {
    if (SIGNED_WITH.test(ctx.lower(s.start, ctx.startOf(b)))) {
      const a = actors.find((x) => ctx.endOf(x) <= ctx.startOf(b) && !ctx.afterPrep(x));
      return a ? [a, b] : [];
    }
  }
  return [];
}
