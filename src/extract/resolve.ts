// Resolution inside one article: mentions → entities. Gazetteer entries keep their ids; a surname
// or a spelling variant joins the full name introduced in the article; a capital or seat of
// government used as an actor stands for its state.
import type { Entity, EntityType } from "../types.js";
import type { Gazetteer, GazetteerEntry } from "./gazetteer/index.js";
import type { Analysed } from "./nlp.js";
import type { Mention } from "./mentions/index.js";
import { MEMO_LIMIT, type ExtractorState } from "./state.js";
import { PLACE_TAIL, PREPOSITIONS } from "./lexicon.js";
import { startsUpper } from "./char-class.js";
import { nameParts, normName, partVariant, sameNameVariant, slug } from "./text-similarity.js";

export interface ResolvedEntity extends Entity {
  /** Gazetteer-backed: never merged with another gazetteer entry. */
  known: boolean;
  mentions: number;
}

export interface Resolution {
  entities: Map<string, ResolvedEntity>;
  /** Mention index → entity id, for every resolved mention (pronouns included). */
  mentionEntity: (string | undefined)[];
}

/** Role words that fit any office holder of the state ("the Indian visitor"). */
const GENERIC_ROLES = new Set(["visitor", "guest", "counterpart", "official"]);

const VERBISH = new Set(["VERB", "AUX"]);

/** Is a place mention used as an actor ("Pyongyang's support", "Moscow denied", "the Kremlin said")? */
function usedAsActor(doc: Analysed, m: Mention): boolean {
  const { texts, lowers, tags } = doc;
  if (m.possessive) {
    const next = texts[m.tokEnd + 1];
    // "Moscow's Red Square" is still a place; "Moscow's support" is the state.
    return !(next !== undefined && startsUpper(next));
  }
  // Lowercase forms and tags of the tokens around the mention (undefined past the article's ends).
  const next = tags[m.tokEnd];
  const prev = lowers[m.spanStart - 1];
  const prevTag = tags[m.spanStart - 1];
  const prevPrev = lowers[m.spanStart - 2];
  const afterPrep =
    (prev !== undefined && PREPOSITIONS.has(prev)) ||
    (prev === "the" && prevPrev !== undefined && PREPOSITIONS.has(prevPrev));
  if (afterPrep) {
    // "… between Moscow and Pyongyang", "support for Moscow": relations between states, not locations.
    return ["between", "for", "with", "against", "toward", "towards"].includes(
      prev === "the" ? prevPrev : prev,
    );
  }
  if (next !== undefined && VERBISH.has(next)) return true;
  // The object of a verb ("supplied Moscow with shells", "accused Pyongyang of …").
  if (prevTag === "VERB") return true;
  // "… the special operation that Moscow has carried out"
  return (
    prev !== undefined &&
    ["that", "which", "what", "and"].includes(prev) &&
    next !== undefined &&
    VERBISH.has(next)
  );
}

export function resolveMentions(doc: Analysed, mentions: Mention[], state: ExtractorState): Resolution {
  const r = new ArticleResolver(mentions, state);
  // Pass 1: gazetteer names of two or more words, demonyms, and organisations/places/states.
  mentions.forEach((m, k) => r.known(doc, m, k));
  // Pass 2: unknown typed names, joined to a known name they are another form of.
  mentions.forEach((m, k) => r.typed(m, k));
  r.hyphenated();
  // Pass 3: single words — surnames, family names, a bare "Kim" — to the person the article names.
  mentions.forEach((m, k) => r.single(m, k));
  // Weak guesses that a later title or gazetteer name did not confirm are dropped when they are
  // a single mention of a name with no title: too often a headline fragment or a byline.
  return { entities: r.entities, mentionEntity: r.mentionEntity };
}

/** One article's entities as its mentions are resolved, with the indexes the passes look them up by. */
class ArticleResolver {
  readonly entities = new Map<string, ResolvedEntity>();
  readonly mentionEntity: (string | undefined)[];
  // Type → normalised form → entity. Nested maps rather than "type|form" keys: no key string to
  // build and hash per mention.
  private readonly byForm = new Map<EntityType, Map<string, ResolvedEntity>>();
  // Name part → the people with that part in their name or an alias, and each person's rank (order
  // of introduction). Joining a name to a person then looks at the few people sharing a part with
  // it, not at every person of the article; sorting by rank keeps "first introduced wins".
  private readonly byPart = new Map<string, ResolvedEntity[]>();
  private readonly rank = new Map<ResolvedEntity, number>();
  // Initial of a first or last name part (of names of two parts or more) → those people: a
  // spelling variant of a part keeps its initial, so a lone word is compared with these only.
  private readonly byInitial = new Map<string, ResolvedEntity[]>();
  // Organisations the gazetteer does not know, in the order found: pass 3 looks for a leading word
  // among these only.
  private readonly unknownOrgs: { ent: ResolvedEntity; norm: string }[] = [];
  // Pass 3's answer per single word: "Kim" is the same Kim throughout the article.
  private readonly chosen = new Map<string, ResolvedEntity | undefined>();
  // Mentions of a hyphenated surname alone, resolved once pass 2 has met every full name.
  private readonly waiting: number[] = [];

  private readonly gaz: Gazetteer;

  constructor(
    private readonly mentions: Mention[],
    private readonly state: ExtractorState,
  ) {
    this.gaz = state.gaz;
    this.mentionEntity = new Array(mentions.length);
  }

  /** Pass 1: a gazetteer name (a capital or seat of government acting stands for its state). */
  known(doc: Analysed, m: Mention, k: number): void {
    if (m.kind !== "name" || !m.entry) return;
    if (m.tokEnd - m.tokStart === 1 && m.entry.type === "Person") return;
    if (m.entry.actorFor && m.entry.type === "Place" && usedAsActor(doc, m)) {
      const state = this.gaz.byId(m.entry.actorFor);
      if (state) return this.note(k, this.fromEntry(state));
    }
    this.note(k, this.fromEntry(m.entry), m.via === "demonym" ? undefined : m.surface);
  }

  /**
   * Pass 2: an unknown typed name — a spelled-out acronym, a form seen before, a variant, or new. A
   * hyphenated surname alone ("Okafor-Price") waits for `hyphenated`, after every full name is known.
   */
  typed(m: Mention, k: number, waited = false): void {
    if (m.kind !== "name" || m.entry || !m.type) return;
    // An acronym the article spelled out is that entity ("the Rapid Support Forces (RSF)").
    const spelled = m.expands !== undefined ? this.mentions[m.expands].entityId : undefined;
    const full = spelled !== undefined ? this.entities.get(spelled) : undefined;
    if (full) return this.note(k, full, m.surface);
    const parts = nameParts(m.surface);
    // One word: a surname, or the first word of an organisation named in full anywhere in the article
    // ("Calloway shares rose" after "Calloway Holdings Inc") — pass 3, once every full name is known.
    if ((m.type === "Person" || m.type === "Organization") && parts.length < 2) return;
    const same = this.byForm.get(m.type)?.get(normName(m.surface));
    if (same) return this.note(k, same, m.surface);
    // "Tala" after "Tala Shoal": the first word of a place the article named with its place word.
    const whole =
      m.type === "Place" && parts.length === 1 ? placeOfHead(this.entities.values(), parts[0]) : undefined;
    if (whole) return this.note(k, whole, m.surface);
    // "Torkham crossing" after "Torkham": the place named before, now with its place word.
    const head =
      m.type === "Place" && parts.length === 2 && PLACE_TAIL.has(parts[1])
        ? this.byForm.get("Place")?.get(parts[0])
        : undefined;
    if (head) return this.note(k, head, m.surface);
    if (m.type === "Person" && !waited && !m.surface.includes(" ")) {
      this.waiting.push(k);
      return;
    }
    const variant = m.type === "Person" ? this.personVariant(m.surface, parts) : undefined;
    this.note(k, variant ?? this.fresh(this.cleanName(m.surface), m.type), m.surface);
  }

  /** The person a full name is a spelling variant of: one of the article's, or a gazetteer entry. */
  private personVariant(surface: string, parts: string[]): ResolvedEntity | undefined {
    // A spelling variant differs in one part at most, so it shares another with the name.
    const cands: ResolvedEntity[] = [];
    for (const p of parts) for (const e of this.byPart.get(p) ?? []) if (!cands.includes(e)) cands.push(e);
    const variant = this.inOrder(cands).find((e) => anyName(e, (n) => sameNameVariant(n, surface)));
    if (variant) return variant;
    // A gazetteer entry spelled another way ("Sergei" for "Sergey") joins that entry.
    const cand = surnames(this.state).get(parts[parts.length - 1]);
    return cand && anyName(cand, (n) => sameNameVariant(n, surface)) ? this.fromEntry(cand) : undefined;
  }

  /** Pass 2b: "Okafor-Price", before or after "Vanessa Okafor-Price", is that person; else a name of its own. */
  hyphenated(): void {
    for (const k of this.waiting) {
      const m = this.mentions[k];
      const whole = this.personEndingIn(m.surface);
      if (whole) this.note(k, whole, m.surface);
      else this.typed(m, k, true);
    }
  }

  /** Pass 3: a single word left over — a surname, a name's first word, or a titled person of its own. */
  single(m: Mention, k: number): void {
    if (m.kind !== "name" || this.mentionEntity[k]) return;
    // "El Sisi": a particle and one name word are that one word.
    const parts = nameParts(m.surface);
    const word = parts.length === 1 ? parts[0] : normName(m.surface);
    if (!word) return;
    // Typed single-word places and organisations from context; an organisation's word may lead a
    // name the article gave in full.
    if (m.type && m.type !== "Person") {
      const full = m.type === "Organization" ? this.orgLedBy(word) : undefined;
      return this.note(k, full ?? this.fresh(this.cleanName(m.surface), m.type), m.surface);
    }
    if (this.chosen.has(word)) {
      const memo = this.chosen.get(word);
      return memo ? this.note(k, memo, m.surface) : undefined;
    }
    const person = this.personOfWord(word);
    if (person) {
      this.chosen.set(word, person);
      return this.note(k, person, m.surface);
    }
    // "Apple" after "Apple Inc.": the first word of an organisation the article named in full.
    const upper = startsUpper(m.surface);
    if (upper) {
      const org = this.orgLedBy(word);
      if (org) return this.note(k, org, m.surface);
    }
    if (m.entry) {
      const same = cachedLookup(this.state, m.surface).filter((e) => e.type === "Person");
      if (same.length === 1) return this.note(k, this.fromEntry(same[0]), m.surface);
    }
    // A bare surname of a well-known person the article never names in full ("Putin said").
    const bySurname = surnames(this.state).get(word);
    if (bySurname && upper) {
      this.chosen.set(word, this.fromEntry(bySurname));
      return this.note(k, this.fromEntry(bySurname), m.surface);
    }
    // A single name with a title or honorific ("Mr Okafor", "spokesperson Ostend") is a person of its own.
    if (m.type === "Person" && !m.weak && upper) {
      const ent = this.fresh(this.cleanName(m.surface), "Person");
      this.chosen.set(word, ent);
      return this.note(k, ent, m.surface);
    }
    // Nothing to attach to: remember, so the same word is not compared again.
    if (m.type !== "Person") this.chosen.set(word, undefined);
  }

  /** The article's person with this word as a name part (or a spelling variant of one), most mentioned. */
  private personOfWord(word: string): ResolvedEntity | undefined {
    const exact = this.inOrder(this.byPart.get(word) ?? []);
    const cands = exact.length
      ? exact
      : // Spelling variants only for words of four letters or more: shorter ones match no one.
        word.length < 4
        ? []
        : this.inOrder(this.byInitial.get(word[0]) ?? []).filter((e) =>
            anyName(e, (n) => {
              const parts = nameParts(n);
              return (
                parts.length >= 2 &&
                (partVariant(parts[0], word) || partVariant(parts[parts.length - 1], word))
              );
            }),
          );
    // The person the article is about: most mentioned, then first introduced.
    return cands.length ? cands.reduce((a, b) => (b.mentions > a.mentions ? b : a)) : undefined;
  }

  private note(k: number, ent: ResolvedEntity, surface?: string): void {
    this.mentionEntity[k] = ent.id;
    this.mentions[k].entityId = ent.id;
    ent.mentions++;
    if (!surface) return;
    const alias = addAlias(this.state, ent, surface);
    if (alias === undefined) return;
    this.index(ent, surface);
    if (ent.type === "Person") this.indexParts(ent, alias);
  }

  private fromEntry(e: GazetteerEntry): ResolvedEntity {
    let ent = this.entities.get(e.id);
    if (!ent) {
      // Every entity with the same fields in the same order (wikidata left undefined when unknown):
      // one object shape for the many reads of the later stages.
      ent = {
        id: e.id,
        name: e.name,
        type: e.type,
        aliases: [],
        wikidata: e.wikidata || undefined,
        known: true,
        mentions: 0,
      };
      this.register(ent);
    }
    return ent;
  }

  /** The first person introduced whose longer name ends in this one (one word, maybe hyphenated). */
  private personEndingIn(surface: string): ResolvedEntity | undefined {
    const norm = normName(surface);
    const tail = ` ${norm}`;
    const parts = nameParts(surface);
    const cands = this.byPart.get(parts[parts.length - 1]) ?? [];
    return this.inOrder(cands).find((e) => e.type === "Person" && normName(e.name).endsWith(tail));
  }

  /** The first organisation the gazetteer does not know whose name starts with this word. */
  private orgLedBy(word: string): ResolvedEntity | undefined {
    const lead = `${word} `;
    return this.unknownOrgs.find(({ norm }) => norm.startsWith(lead))?.ent;
  }

  private fresh(name: string, type: EntityType): ResolvedEntity {
    const id = entityId(this.state, type, name);
    let ent = this.entities.get(id);
    if (!ent) {
      ent = { id, name, type, aliases: [], wikidata: undefined, known: false, mentions: 0 };
      this.register(ent);
    }
    return ent;
  }

  private register(ent: ResolvedEntity): void {
    this.entities.set(ent.id, ent);
    this.index(ent, ent.name);
    if (ent.type === "Organization" && !ent.known) this.unknownOrgs.push({ ent, norm: normName(ent.name) });
    if (ent.type === "Person") {
      this.rank.set(ent, this.rank.size);
      this.indexParts(ent, ent.name);
    }
  }

  private index(ent: ResolvedEntity, form: string): void {
    let forms = this.byForm.get(ent.type);
    if (!forms) this.byForm.set(ent.type, (forms = new Map()));
    const key = normName(form);
    if (!forms.has(key)) forms.set(key, ent);
  }

  private indexParts(ent: ResolvedEntity, name: string): void {
    const parts = nameParts(name);
    for (const p of parts) addTo(this.byPart, p, ent);
    if (parts.length >= 2) {
      addTo(this.byInitial, parts[0][0], ent);
      addTo(this.byInitial, parts[parts.length - 1][0], ent);
    }
  }

  private cleanName(surface: string): string {
    return cleanName(this.state, surface);
  }

  /** Lists mostly grow in rank order already: sort (a copy) only when they did not. */
  private inOrder(list: ResolvedEntity[]): ResolvedEntity[] {
    const rank = this.rank;
    for (let i = 1; i < list.length; i++)
      if (rank.get(list[i - 1])! > rank.get(list[i])!)
        return [...list].sort((a, b) => rank.get(a)! - rank.get(b)!);
    return list;
  }
}

function addTo(map: Map<string, ResolvedEntity[]>, key: string, ent: ResolvedEntity): void {
  const list = map.get(key);
  if (!list) map.set(key, [ent]);
  else if (!list.includes(ent)) list.push(ent);
}

/** gaz.lookup, memoised: the gazetteer does not change while the extractor lives. */
function cachedLookup(state: ExtractorState, surface: string): GazetteerEntry[] {
  const m = state.lookups;
  let hit = m.get(surface);
  if (!hit) {
    if (m.size > MEMO_LIMIT) m.clear();
    hit = state.gaz.lookup(surface);
    m.set(surface, hit);
  }
  return hit;
}

/** Last name part → the one gazetteer person with it (ambiguous surnames are left out). */
function surnames(state: ExtractorState): Map<string, GazetteerEntry> {
  if (state.surnames) return state.surnames;
  const seen = new Map<string, GazetteerEntry | null>();
  for (const e of state.gaz.entries) {
    if (e.type !== "Person") continue;
    const parts = nameParts(e.name);
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1];
    seen.set(last, seen.has(last) && seen.get(last) !== e ? null : e);
  }
  state.surnames = new Map([...seen].filter((kv): kv is [string, GazetteerEntry] => kv[1] !== null));
  return state.surnames;
}

/** Id of an entity the gazetteer does not know, memoised: one string object per id (bench/README.md). */
function entityId(state: ExtractorState, type: EntityType, name: string): string {
  let ids = state.ids.get(type);
  if (!ids) state.ids.set(type, (ids = new Map()));
  let id = ids.get(name);
  if (id === undefined) {
    if (ids.size >= MEMO_LIMIT) ids.clear();
    id = `${type.toLowerCase()}:${slug(name)}`;
    ids.set(name, id);
  }
  return id;
}

/** A surface without a trailing possessive or a leading "the", memoised (and so one string per name). */
function cleanName(state: ExtractorState, s: string): string {
  let clean = state.cleanNames.get(s);
  if (clean === undefined) {
    if (state.cleanNames.size >= MEMO_LIMIT) state.cleanNames.clear();
    clean = s
      .replace(/\s*['’]s?$/, "")
      .replace(/^the\s+/i, "")
      .trim();
    state.cleanNames.set(s, clean);
  }
  return clean;
}

/** The place named "<word> <place word>" ("Tala Shoal" for "Tala"), by name or alias. */
function placeOfHead(entities: Iterable<ResolvedEntity>, word: string): ResolvedEntity | undefined {
  for (const e of entities) {
    if (e.type !== "Place") continue;
    const hit = anyName(e, (n) => {
      const parts = nameParts(n);
      return parts.length === 2 && parts[0] === word && PLACE_TAIL.has(parts[1]);
    });
    if (hit) return e;
  }
  return undefined;
}

/** Does the test hold for the entity's name or one of its aliases? (No spread array per call.) */
function anyName(e: { name: string; aliases: string[] }, test: (name: string) => boolean): boolean {
  if (test(e.name)) return true;
  for (const a of e.aliases) if (test(a)) return true;
  return false;
}

/** Adds a surface form as an alias; returns the alias when it is new. */
function addAlias(state: ExtractorState, ent: ResolvedEntity, surface: string): string | undefined {
  const clean = cleanName(state, surface);
  if (!clean || ent.aliases.includes(clean) || normName(clean) === normName(ent.name)) return undefined;
  ent.aliases.push(clean);
  return clean;
}

/** Persons' pronouns and possessives → the person they most likely refer to. */
export function resolvePronouns(doc: Analysed, mentions: Mention[], res: Resolution): void {
  // Mentions come in document order (findMentions reads the sentences in turn), so sentence s's
  // mentions are [first[s], first[s + 1]): no list per sentence to build.
  const nSentences = doc.sentences.length;
  const first = new Array<number>(nSentences + 1);
  for (let s = 0, k = 0; s <= nSentences; s++) {
    while (k < mentions.length && mentions[k].sentence < s) k++;
    first[s] = k;
  }
  const isPerson = (k: number): boolean => {
    const id = res.mentionEntity[k];
    return !!id && mentions[k].kind === "name" && res.entities.get(id)?.type === "Person";
  };
  // The sentence's first person not after a preposition, else its first person.
  const subjectOf = (sentence: number): number | undefined => {
    let firstPerson: number | undefined;
    for (let k = first[sentence]; k < first[sentence + 1]; k++) {
      if (!isPerson(k)) continue;
      if (!PREPOSITIONS.has(doc.lowers[mentions[k].spanStart - 1] ?? "")) return k;
      firstPerson ??= k;
    }
    return firstPerson;
  };
  // Who holds which role for which state, from the article's own titles.
  const roleHolders: { person: string; state?: string; role?: string }[] = [];
  mentions.forEach((m) => {
    if (m.kind !== "name" || !m.entityId || m.affiliation === undefined) return;
    roleHolders.push({ person: m.entityId, state: mentions[m.affiliation]?.entityId, role: m.role });
  });
  mentions.forEach((m, k) => {
    if (m.kind !== "pronoun") return;
    if (m.roleRef) {
      const { state, role } = m.roleRef;
      const fits = roleHolders.filter(
        (h) =>
          (!state || h.state === state) &&
          (!h.role ||
            GENERIC_ROLES.has(role) ||
            h.role.includes(role) ||
            role.includes(h.role) ||
            (role === "leader" && /president|leader|premier|chairman/.test(h.role))),
      );
      const people = [...new Set(fits.map((h) => h.person))];
      if (people.length === 1) {
        res.mentionEntity[k] = people[0];
        m.entityId = people[0];
      }
      return;
    }
    // The last person named before the pronoun in its own sentence.
    let ante: number | undefined;
    for (let j = k - 1; ante === undefined && j >= first[m.sentence]; j--) if (isPerson(j)) ante = j;
    for (let s = m.sentence - 1; ante === undefined && s >= Math.max(0, m.sentence - 3); s--) {
      if (doc.sentences[s].headline) continue;
      ante = subjectOf(s);
    }
    if (ante !== undefined) {
      res.mentionEntity[k] = res.mentionEntity[ante];
      m.entityId = res.mentionEntity[ante];
    }
  });
}
