// Entities across articles: the same id, or the same person under a variant spelling, is one entity.
// `ingest` seeds it with what the store already holds; `extract` with nothing.
import { canonicalEnds, type ArticleExtraction, type Entity, type Relation } from "../types.js";
import { loadGazetteer } from "./gazetteer/index.js";
import { relationId } from "./relation-id.js";
import { normName, sameNameVariant } from "./text-similarity.js";

/** "RSF", "CARICOM": a name of capitals only, two to ten letters. */
const isAcronym = (name: string): boolean => /^\p{Lu}[\p{Lu}\d&-]{1,9}$/u.test(name);

/** Gazetteer entities are canonical: two of them are never merged. */
const isGazetteerId = (id: string): boolean => loadGazetteer().byId(id) !== undefined;

export class EntityRegistry {
  private readonly byId = new Map<string, Entity>();

  constructor(known: Entity[] = []) {
    for (const e of known) this.byId.set(e.id, { ...e, aliases: [...e.aliases] });
  }

  /** Map the article's entity ids onto known ones, add the new ones, union aliases; returns the remapped extraction. */
  resolve(extraction: ArticleExtraction): ArticleExtraction {
    const remap = new Map<string, string>();
    const entities: Entity[] = [];
    for (const e of extraction.entities) {
      const target = this.match(e);
      const merged = target ? this.merge(target, e) : this.add(e);
      remap.set(e.id, merged.id);
      if (!entities.some((x) => x.id === merged.id))
        entities.push({ ...merged, aliases: [...merged.aliases] });
    }
    const to = (id: string): string => remap.get(id) ?? id;
    const mentions: Record<string, number> = {};
    for (const [id, n] of Object.entries(extraction.mentions)) mentions[to(id)] = (mentions[to(id)] ?? 0) + n;
    const relations = new Map<string, Relation>();
    for (const r of extraction.relations) {
      const [source, target] = canonicalEnds(r.type, to(r.source), to(r.target));
      if (source === target) continue;
      const id = relationId(extraction.article.id, r.type, source, target, r.certainty, r.date);
      const have = relations.get(id);
      if (have) {
        for (const ev of r.evidence)
          if (!have.evidence.some((x) => x.start === ev.start)) have.evidence.push(ev);
        continue;
      }
      relations.set(id, { ...r, id, source, target, evidence: [...r.evidence] });
    }
    return { article: extraction.article, entities, mentions, relations: [...relations.values()] };
  }

  entities(): Entity[] {
    return [...this.byId.values()].map((e) => ({ ...e, aliases: [...e.aliases] }));
  }

  private match(e: Entity): Entity | undefined {
    const same = this.byId.get(e.id);
    if (same) return same;
    if (e.type !== "Person") return this.byAcronym(e);
    const names = [e.name, ...e.aliases];
    for (const k of this.byId.values()) {
      if (k.type !== "Person" || (isGazetteerId(k.id) && isGazetteerId(e.id))) continue;
      const theirs = [k.name, ...k.aliases];
      const exact = theirs.some((a) => names.some((b) => normName(a) === normName(b) && b.includes(" ")));
      if (exact || theirs.some((a) => names.some((b) => sameNameVariant(a, b)))) return k;
    }
    return this.bySurname(e);
  }

  /**
   * A person named by one word only ("Okafor") is the known person of that surname — when there is
   * exactly one: two people sharing it stay apart rather than be guessed between.
   */
  private bySurname(e: Entity): Entity | undefined {
    if (e.name.includes(" ") || e.aliases.some((a) => a.includes(" "))) return undefined;
    const word = normName(e.name);
    let found: Entity | undefined;
    for (const k of this.byId.values()) {
      if (k.type !== "Person" || k.id === e.id) continue;
      const parts = normName(k.name).split(" ");
      if (parts.length < 2 || parts[parts.length - 1] !== word) continue;
      if (found) return undefined;
      found = k;
    }
    return found;
  }

  /**
   * An organisation or place one article names by an acronym ("the KSB") and another spells out
   * ("the Kavor Security Bureau (KSB)") is one entity, either way round — when one known entity
   * carries that acronym, never a guess between two.
   */
  private byAcronym(e: Entity): Entity | undefined {
    // One side is named by the bare acronym; two full names that share one stay apart.
    const bare = isAcronym(e.name);
    const mine = bare ? [e.name] : e.aliases.filter(isAcronym);
    if (!mine.length) return undefined;
    let found: Entity | undefined;
    for (const k of this.byId.values()) {
      if (k.type !== e.type || (isGazetteerId(k.id) && isGazetteerId(e.id))) continue;
      const theirs = bare ? [k.name, ...k.aliases] : isAcronym(k.name) ? [k.name] : [];
      if (!mine.some((a) => theirs.includes(a))) continue;
      if (found) return undefined;
      found = k;
    }
    return found;
  }

  private merge(into: Entity, e: Entity): Entity {
    // A gazetteer entity wins over an extractor-made one: its id and name are canonical.
    if (!isGazetteerId(into.id) && isGazetteerId(e.id)) {
      this.byId.delete(into.id);
      const replaced: Entity = { ...e, aliases: [...e.aliases] };
      this.addAliases(replaced, [into.name, ...into.aliases]);
      this.byId.set(replaced.id, replaced);
      return replaced;
    }
    this.addAliases(into, [e.name, ...e.aliases]);
    if (!into.wikidata && e.wikidata) into.wikidata = e.wikidata;
    return into;
  }

  private add(e: Entity): Entity {
    const copy = { ...e, aliases: [...e.aliases] };
    this.byId.set(copy.id, copy);
    return copy;
  }

  private addAliases(e: Entity, names: string[]): void {
    const key = normName(e.name);
    for (const n of names) {
      if (normName(n) === key || e.aliases.some((a) => a === n)) continue;
      e.aliases.push(n);
    }
  }
}
