// AFFILIATED_WITH, before any sentence rule: the affiliations findMentions read from titles and
// appositions ("Foreign Minister X", "X, a secretary of …"), with the role. They also give each
// person the state they act for (RuleContext.stateOf), which state-level rules map the person onto.
import type { Mention } from "../mentions/index.js";
import type { RuleContext } from "./context.js";

export function affiliations(ctx: RuleContext): void {
  const mentions = ctx.mentions;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (!m.entityId || ctx.typeOf(m.entityId) !== "Person" || m.kind !== "name") continue;
    if (m.affiliation !== undefined) affiliate(ctx, m, m.entityId, m.affiliation, m.role);
    else if (m.role) titledRole(ctx, m, m.entityId, m.role);
    if (m.extra) affiliate(ctx, m, m.entityId, m.extra.affiliation, m.extra.role);
  }
  statesFromGazetteer(ctx);
}

/**
 * "Prime Minister Narendra Modi" with no state in the phrase: a title the gazetteer knows this person
 * to hold (or have held) names the state of that role.
 */
function titledRole(ctx: RuleContext, m: Mention, source: string, title: string): void {
  const roles = ctx.gaz.byId(source)?.roles;
  if (!roles) return;
  const role = roles.find((r) => title === r.role || title.endsWith(` ${r.role}`));
  if (!role || ctx.gaz.byId(role.of)?.type !== "Country") return;
  const doc = ctx.doc;
  ctx.out.push({
    type: "AFFILIATED_WITH",
    source,
    target: role.of,
    sentence: m.sentence,
    clause: ctx.text.slice(doc.starts[m.spanStart], doc.ends[m.tokEnd - 1]),
    role: title,
  });
  if (!ctx.stateOf.has(source)) ctx.stateOf.set(source, role.of);
}

/** One affiliation of the person `source` named by `m`: `aff` is the index of the affiliated mention. */
function affiliate(
  ctx: RuleContext,
  m: Mention,
  source: string,
  aff: number,
  role: string | undefined,
): void {
  const target = ctx.mentions[aff]?.entityId;
  if (!target || target === source) return;
  const doc = ctx.doc;
  ctx.out.push({
    type: "AFFILIATED_WITH",
    source,
    target,
    sentence: m.sentence,
    clause: ctx.text.slice(doc.starts[m.spanStart], doc.ends[m.tokEnd - 1]),
    role,
  });
  if (ctx.typeOf(target) === "Country" && !ctx.stateOf.has(source)) ctx.stateOf.set(source, target);
}

/** People the article ties to no state: the state of their gazetteer role, else their country. */
function statesFromGazetteer(ctx: RuleContext): void {
  const gaz = ctx.gaz;
  for (const [id] of ctx.res.entities) {
    if (ctx.typeOf(id) !== "Person" || ctx.stateOf.has(id)) continue;
    const e = gaz.byId(id);
    const of = e?.roles?.find((r) => gaz.byId(r.of)?.type === "Country")?.of ?? e?.country;
    if (of) ctx.stateOf.set(id, of);
  }
}
