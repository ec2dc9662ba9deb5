// The extractor: one article in, its entities and relations (with evidence, date, certainty) out.
// Pure and synchronous; the wink-nlp model and the gazetteer are loaded once and shared.
import {
  CAMEO,
  canonicalEnds,
  type Article,
  type ArticleExtraction,
  type ArticleMeta,
  type Entity,
  type Relation,
} from "../types.js";
import { loadGazetteer, type Gazetteer } from "./gazetteer/index.js";
import { getNlp, placeTokens, tokenise, type Analysed, type WinkTokens } from "./nlp.js";
import { findMentions, type Mention } from "./mentions/index.js";
import { ExtractorState } from "./state.js";
import { TaggedNames } from "./tagged-names.js";
import { loadTagger } from "./tagger/index.js";
import { resolveMentions, resolvePronouns, type Resolution } from "./resolve.js";
import { certaintyOf, findRelations, type RawRelation } from "./relations.js";
import { sentenceMarks, type SentenceMarks } from "./certainty.js";
import { eventDate } from "./event-date.js";
import { relationIdOf, relationKey } from "./relation-id.js";

/** One article's extraction, or why it failed (a failure never touches the other articles). */
export type ExtractOutcome = { ok: true; extraction: ArticleExtraction } | { ok: false; error: string };

export interface Extractor {
  extract(article: Article): ArticleExtraction;
  /**
   * The same as extract for each article, in order; faster on several (see EXTRACT_GROUP). `tokens[i]`,
   * when given, is what tokenise(articles[i].text) gives, worked out on another thread.
   */
  extractMany(articles: readonly Article[], tokens?: readonly (WinkTokens | undefined)[]): ExtractOutcome[];
}

export interface ExtractorOptions {
  /**
   * The articles' tokens come with them (tokenise-ahead.ts): wink-nlp's model is loaded only if one
   * comes without. By default it is loaded at once, as the extractor is made.
   */
  tokensGiven?: boolean;
}

export { EntityRegistry } from "./entity-registry.js";

/**
 * extractMany runs wink-nlp over a group of this many articles, then the rules over each: alternating
 * the two per article slowed wink by about a tenth (the rules evict its code and data from the CPU
 * caches), while a small group keeps what wink returns for them small. Callers reading a stream hand
 * it groups of this size.
 */
export const EXTRACT_GROUP = 8;

const failure = (err: unknown): ExtractOutcome => ({
  ok: false,
  error: err instanceof Error ? err.message : String(err),
});

export function createExtractor(
  gazetteer: Gazetteer = loadGazetteer(),
  { tokensGiven = false }: ExtractorOptions = {},
): Extractor {
  if (!tokensGiven) getNlp();
  loadTagger();
  // What this extractor works out once and reuses from article to article.
  const state = new ExtractorState(gazetteer);
  return {
    extract: (article) => extractArticle(article, state),
    extractMany: (articles, given) => {
      const out: ExtractOutcome[] = [];
      for (let k = 0; k < articles.length; k += EXTRACT_GROUP) {
        const group = articles.slice(k, k + EXTRACT_GROUP);
        const tokens = group.map((a, i) => {
          const t = given?.[k + i];
          if (t) return t;
          try {
            return tokenise(a.text);
          } catch (err) {
            return failure(err);
          }
        });
        group.forEach((article, i) => {
          const t = tokens[i];
          if ("ok" in t) out.push(t);
          else
            try {
              out.push({ ok: true, extraction: extractTokens(article, t, state) });
            } catch (err) {
              out.push(failure(err));
            }
        });
      }
      return out;
    },
  };
}

function meta(article: Article): ArticleMeta {
  const { text: _text, ...rest } = article;
  void _text;
  return rest;
}

/** One article's extraction, with the state of the extractor it runs in (see state.ts). */
export function extractArticle(article: Article, state: ExtractorState): ArticleExtraction {
  return extractTokens(article, tokenise(article.text), state);
}

function extractTokens(article: Article, tokens: WinkTokens, state: ExtractorState): ArticleExtraction {
  const gaz = state.gaz;
  const doc = placeTokens(article.text, tokens.values, tokens.tags, tokens.spans, tokens.read);
  const mentions = findMentions(doc, state, new TaggedNames(doc, loadTagger()));
  const res = resolveMentions(doc, mentions, state);
  resolvePronouns(doc, mentions, res);
  const raw = findRelations(doc, article, mentions, res, gaz);
  return assemble(article, doc, mentions, res, raw, gaz);
}

/**
 * The article's extraction from the rules' output: relations merged, with evidence, date and
 * certainty, and the entities that the mentions and relations name.
 */
export function assemble(
  article: Article,
  doc: Analysed,
  mentions: Mention[],
  res: Resolution,
  raw: RawRelation[],
  gaz: Gazetteer,
): ArticleExtraction {
  // Keyed by what the id hashes: a relation found again (an affiliation at every titled mention)
  // merges before its id is computed, so each relation is hashed once.
  const relations = new Map<string, Relation>();
  // What each sentence says of its facts, read once per sentence. Affiliations carry no date or
  // certainty: no patterns run for them.
  const marks = new Map<number, { date: string | undefined; marks: SentenceMarks }>();
  const sentenceFacts = (index: number, sentence: string) => {
    let m = marks.get(index);
    if (!m)
      marks.set(
        index,
        (m = { date: eventDate(sentence, article.published), marks: sentenceMarks(sentence) }),
      );
    return m;
  };
  for (const r of raw) {
    const s = doc.sentences[r.sentence];
    const sentence = article.text.slice(s.start, s.end);
    const affiliation = r.type === "AFFILIATED_WITH";
    const facts = affiliation ? undefined : sentenceFacts(s.index, sentence);
    const certainty = facts ? certaintyOf(r.clause, facts.marks) : "asserted";
    const date = facts?.date;
    const [source, target] = canonicalEnds(r.type, r.source, r.target);
    const key = relationKey(article.id, r.type, source, target, certainty, date);
    const evidence = { articleId: article.id, sentence, start: s.start, end: s.end };
    const have = relations.get(key);
    if (have) {
      if (!have.evidence.some((e) => e.start === evidence.start)) have.evidence.push(evidence);
      if (!have.role && r.role) have.role = r.role;
      continue;
    }
    const rel: Relation = {
      id: relationIdOf(key),
      type: r.type,
      source,
      target,
      certainty,
      cameo: CAMEO[r.type],
      evidence: [evidence],
    };
    if (date) rel.date = date;
    if (r.role) rel.role = r.role;
    if (r.quantity !== undefined) rel.quantity = r.quantity;
    relations.set(key, rel);
  }

  // A Map while counting: entity ids as keys of a plain object push V8 into slow dictionary mode.
  const tally = new Map<string, number>();
  for (const m of mentions)
    if (m.entityId && m.kind === "name") tally.set(m.entityId, (tally.get(m.entityId) ?? 0) + 1);
  const entities: Entity[] = [];
  const used = new Set<string>();
  for (const e of res.entities.values()) {
    if (!tally.get(e.id)) continue;
    const ent: Entity = { id: e.id, name: e.name, type: e.type, aliases: [...e.aliases] };
    if (e.wikidata) ent.wikidata = e.wikidata;
    entities.push(ent);
    used.add(e.id);
  }
  // A relation may end on a state no mention named ("arrived in Cairo" → Egypt): add it.
  for (const r of relations.values()) {
    for (const id of [r.source, r.target]) {
      if (used.has(id)) continue;
      const e = res.entities.get(id) ?? gaz.byId(id);
      if (!e) continue;
      const ent: Entity = { id, name: e.name, type: e.type, aliases: [] };
      if (e.wikidata) ent.wikidata = e.wikidata;
      entities.push(ent);
      used.add(id);
    }
  }
  const counts = countsObject(tally);
  const kept: Relation[] = [];
  for (const r of relations.values()) if (used.has(r.source) && used.has(r.target)) kept.push(r);
  return { article: meta(article), entities, mentions: counts, relations: kept };
}

/** The mention counts as a plain object, kept in dictionary mode (why: bench/README.md, "countsObject"). */
function countsObject(tally: Map<string, number>): Record<string, number> {
  const counts = Object.create(null) as Record<string, number>;
  for (const [id, n] of tally) counts[id] = n;
  return Object.setPrototypeOf(counts, Object.prototype) as Record<string, number>;
}
