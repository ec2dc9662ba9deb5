// Applies the corrections to one resolved article extraction before it is written: entity ids through
// merges and splits, name/type/alias/QID overrides, and the marks its claims carry (the ends they had
// before correction, verdicts). Claim ids stay the ids of the extraction as resolved (raw), so a
// verdict on a claim finds it again when the article is re-ingested, whatever was merged since.
import type { ArticleExtraction, Entity, Relation } from "../types.js";
import { verdictProps, type CorrectionPlan } from "./plan.js";

export interface ClaimMark {
  id: string;
  props: Record<string, string | boolean>;
}

export interface Curated {
  extractions: ArticleExtraction[];
  /** Properties to set on written claims. */
  marks: ClaimMark[];
  /** Claims stored but left out of aggregates: rejected ones, and those a merge turned into a self-loop. */
  excluded: Set<string>;
}

function unite(into: Entity, other: Entity): void {
  for (const n of [other.name, ...other.aliases])
    if (n !== into.name && !into.aliases.includes(n)) into.aliases.push(n);
  if (!into.wikidata && other.wikidata) into.wikidata = other.wikidata;
}

function correctOne(plan: CorrectionPlan, x: ArticleExtraction, out: Curated): ArticleExtraction {
  const entities = new Map<string, Entity>();
  const entityFor = (id: string, raw?: Entity): void => {
    const have = entities.get(id);
    const base = raw && raw.id === id ? { ...raw, aliases: [...raw.aliases] } : plan.knownEntity(id);
    if (!have) {
      const e = base ?? (raw ? { ...raw, id, aliases: [...raw.aliases] } : undefined);
      if (!e)
        throw new Error(
          `correction names entity ${id}, which neither the article nor the corrections describe`,
        );
      entities.set(id, e);
      if (raw && raw.id !== id) unite(e, raw);
    } else if (raw) unite(have, raw);
  };
  for (const e of x.entities) entityFor(plan.resolve(e.id), e);

  const mentions: Record<string, number> = {};
  for (const [id, n] of Object.entries(x.mentions)) {
    const to = plan.resolve(id);
    mentions[to] = (mentions[to] ?? 0) + n;
  }

  const relations: Relation[] = x.relations.map((r) => {
    const [source, target] = plan.ends(r, r.source, r.target);
    const props: Record<string, string | boolean> = {};
    if (source !== r.source || target !== r.target) {
      props.rawSource = r.source;
      props.rawTarget = r.target;
      for (const id of [source, target]) entityFor(id);
    }
    const verdict = plan.verdict(r.id);
    if (verdict) Object.assign(props, verdictProps(verdict));
    if (Object.keys(props).length) out.marks.push({ id: r.id, props });
    if (source === target || verdict?.op === "reject") out.excluded.add(r.id);
    return source === r.source && target === r.target ? r : { ...r, source, target };
  });

  return {
    article: x.article,
    entities: [...entities.values()].map((e) => plan.apply(e)),
    mentions,
    relations,
  };
}

/** The extractions as the corrections say they are (unchanged when there are none). */
export function correctExtractions(plan: CorrectionPlan, xs: ArticleExtraction[]): Curated {
  const out: Curated = { extractions: [], marks: [], excluded: new Set() };
  out.extractions = plan.empty ? xs : xs.map((x) => correctOne(plan, x, out));
  return out;
}
