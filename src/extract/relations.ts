// Relation rules over the mentions of each sentence. Each rule looks at the words between two
// mentions (or before one) for a trigger, picks the ends, and takes certainty and date from the
// clause. Pronouns count as the person they refer to; capitals used as actors as their state.
// The rules are in rules/, one family per file, over a context shared by the sentences of an
// article (rules/context.ts); rules/index.ts lists them in the order they run.
import type { Article, RelationType } from "../types.js";
import type { Gazetteer } from "./gazetteer/index.js";
import type { Analysed } from "./nlp.js";
import type { Mention } from "./mentions/index.js";
import type { Resolution } from "./resolve.js";
import { affiliations, RuleContext, SENTENCE_RULES, TRIGGERS } from "./rules/index.js";

export { certaintyOf } from "./certainty.js";

export interface RawRelation {
  type: RelationType;
  source: string;
  target: string;
  sentence: number;
  /** Text the certainty is judged on. */
  clause: string;
  role?: string;
  quantity?: number;
}

export function findRelations(
  doc: Analysed,
  article: Article,
  mentions: Mention[],
  res: Resolution,
  gaz: Gazetteer,
): RawRelation[] {
  // One context for the article, moved on sentence by sentence (see rules/context.ts for why).
  const ctx = new RuleContext(doc, article.text, mentions, res, gaz, TRIGGERS);
  // Affiliations first: state-level rules map a person acting for a state onto it.
  affiliations(ctx);
  for (const sentence of doc.sentences) {
    if (!ctx.enter(sentence)) continue;
    for (let r = 0; r < SENTENCE_RULES.length; r++) SENTENCE_RULES[r](ctx);
  }
  return ctx.out;
}
