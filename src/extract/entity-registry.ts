// Entities across articles: the same id, or the same person under a variant spelling, is one entity.
// `ingest` seeds it with what the store already holds; `extract` with nothing.
import {
  canonicalEnds,
  isAcronymName,
  type ArticleExtraction,
  type Entity,
  type Relation,
} from "../types.js";
import { loadGazetteer } from "./gazetteer/index.js";
import { relationId } from "./relation-id.js";
import { nameParts, normName, sameNameVariant } from "./text-similarity.js";

/** Gazetteer entities are canonical: two of them are never merged. */
const isGazetteerId = (id: string): boolean => loadGazetteer().byId(id) !== undefined;

export class EntityRegistry {
  private readonly byId = new Map<string, Entity>();
  // Where to look instead of every known entity: a registry seeded with a big store holds 10^5
  // entities, and each new person was compared with all of them. See NameIndex.
  private readonly index = new NameIndex();

  constructor(known: Entity[] = []) {
    for (const e of known) this.put({ ...e, aliases: [...e.aliases] });
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
      // Ends unchanged, the id is unchanged (it hashes the same key): most relations, no new hash.
      const id =
        source === r.source && target === r.target
          ? r.id
          : relationId(extraction.article.id, r.type, source, target, r.certainty, r.date);
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
    // The first known person, in the order they became known, that is the same name or a variant.
    const found = this.earliest(this.index.personCandidates(names), (k) => {
      if (k.type !== "Person" || (isGazetteerId(k.id) && isGazetteerId(e.id))) return false;
      const theirs = [k.name, ...k.aliases];
      const exact = theirs.some((a) => names.some((b) => normName(a) === normName(b) && b.includes(" ")));
      return exact || theirs.some((a) => names.some((b) => sameNameVariant(a, b)));
    });
    return found ?? this.bySurname(e);
  }

  /** Of the known entities with these ids, the earliest known that passes `test`. */
  private earliest(ids: Iterable<string>, test: (k: Entity) => boolean): Entity | undefined {
    let best: Entity | undefined;
    let bestSeq = Infinity;
    for (const id of ids) {
      const k = this.byId.get(id);
      const seq = this.index.seq(id);
      if (k && seq < bestSeq && test(k)) {
        best = k;
        bestSeq = seq;
      }
    }
    return best;
  }

  /**
   * A person named by one word only ("Okafor") is the known person of that surname — when there is
   * exactly one: two people sharing it stay apart rather than be guessed between.
   */
  private bySurname(e: Entity): Entity | undefined {
    if (e.name.includes(" ") || e.aliases.some((a) => a.includes(" "))) return undefined;
    const word = normName(e.name);
    let found: Entity | undefined;
    for (const k of this.known(this.index.withSurname(word))) {
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
    const bare = isAcronymName(e.name);
    const mine = bare ? [e.name] : e.aliases.filter(isAcronymName);
    if (!mine.length) return undefined;
    let found: Entity | undefined;
    for (const k of this.known(this.index.withAcronyms(mine))) {
      if (k.type !== e.type || (isGazetteerId(k.id) && isGazetteerId(e.id))) continue;
      const theirs = bare ? [k.name, ...k.aliases] : isAcronymName(k.name) ? [k.name] : [];
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
      this.put(replaced);
      return replaced;
    }
    // Only the new names give new keys: a country named in every article has its dozens re-keyed otherwise.
    this.index.addNames(into, this.addAliases(into, [e.name, ...e.aliases]));
    if (!into.wikidata && e.wikidata) into.wikidata = e.wikidata;
    // "TTP" alone first, "Tehreek-e-Taliban Pakistan (TTP)" later: the spelled-out name names it.
    if (isAcronymName(into.name) && !isAcronymName(e.name) && e.aliases.includes(into.name)) {
      into.aliases = [into.name, ...into.aliases.filter((a) => a !== e.name && a !== into.name)];
      into.name = e.name;
    }
    return into;
  }

  private add(e: Entity): Entity {
    const copy = { ...e, aliases: [...e.aliases] };
    this.put(copy);
    return copy;
  }

  /** Known from now on, after every entity known so far (the order `match` prefers). */
  private put(e: Entity): void {
    this.byId.set(e.id, e);
    this.index.add(e);
  }

  /** The entities these ids still name (an id replaced by a gazetteer entity names none). */
  private *known(ids: Iterable<string>): Generator<Entity> {
    for (const id of ids) {
      const k = this.byId.get(id);
      if (k) yield k;
    }
  }

  /** Adds the names `e` does not have yet as aliases; returns those. */
  private addAliases(e: Entity, names: string[]): string[] {
    const key = normName(e.name);
    const added: string[] = [];
    for (const n of names) {
      if (normName(n) === key || e.aliases.some((a) => a === n)) continue;
      e.aliases.push(n);
      added.push(n);
    }
    return added;
  }
}

/**
 * Known entities by the keys `match` can succeed on, so it compares a new entity with the few that
 * share one rather than with all (the answers are then checked with the same tests as before):
 * - a person's normalised names;
 * - for each name of two or more parts and each position, the parts with that one replaced by its
 *   initial: two names that differ in one part by a spelling variant (same initial, sameNameVariant)
 *   share that key;
 * - the surname (last part) of a person's name, for bySurname;
 * - every acronym among an entity's names, for byAcronym.
 * Keys only grow (aliases are only added); ids an entity no longer holds are skipped by the registry.
 */
class NameIndex {
  private readonly keys = new Map<string, Set<string>>();
  private readonly order = new Map<string, number>();
  private next = 0;

  /** A newly known entity, after all known so far. */
  add(e: Entity): void {
    this.order.set(e.id, this.next++);
    this.addNames(e, [e.name, ...e.aliases]);
    if (e.type === "Person") {
      const parts = normName(e.name).split(" ");
      if (parts.length >= 2) this.key(`s:${parts[parts.length - 1]}`, e.id);
    }
  }

  /** The keys of names a known entity is (now also) called by. */
  addNames(e: Entity, names: readonly string[]): void {
    for (const name of names) {
      if (isAcronymName(name)) this.key(`a:${name}`, e.id);
      if (e.type !== "Person") continue;
      this.key(`n:${normName(name)}`, e.id);
      for (const k of variantKeys(name)) this.key(k, e.id);
    }
  }

  /** When the entity became known: later ones lose ties. */
  seq(id: string): number {
    return this.order.get(id) ?? Infinity;
  }

  personCandidates(names: string[]): Set<string> {
    const out = new Set<string>();
    for (const name of names) {
      this.collect(`n:${normName(name)}`, out);
      for (const k of variantKeys(name)) this.collect(k, out);
    }
    return out;
  }

  withSurname(word: string): Iterable<string> {
    return this.keys.get(`s:${word}`) ?? [];
  }

  withAcronyms(acronyms: string[]): Set<string> {
    const out = new Set<string>();
    for (const a of acronyms) this.collect(`a:${a}`, out);
    return out;
  }

  private key(k: string, id: string): void {
    let ids = this.keys.get(k);
    if (!ids) this.keys.set(k, (ids = new Set()));
    ids.add(id);
  }

  private collect(k: string, out: Set<string>): void {
    for (const id of this.keys.get(k) ?? []) out.add(id);
  }
}

/** One key per part of a name of two or more parts: the parts, that one cut to its initial. */
function variantKeys(name: string): string[] {
  const parts = nameParts(name);
  if (parts.length < 2) return [];
  return parts.map((_, i) => `v:${parts.map((p, j) => (j === i ? p[0] : p)).join(" ")}`);
}
