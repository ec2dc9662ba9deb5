// The gazetteer: curated, versioned knowledge (countries, capitals, places, people, organisations)
// that the extractor resolves surface forms against. Data lives in data/gazetteer/*.json.
import type { EntityType } from "../../types.js";
import { isAcronymForm, normalizeName, writtenInCapitals } from "./normalize.js";
import { loadGazetteerFiles } from "./load.js";

export { normalizeName } from "./normalize.js";
export { GazetteerError } from "./load.js";

export interface GazetteerRole {
  /** Generic function: "president", "prime minister", "foreign minister", "defence minister", "leader" … */
  role: string;
  /** Entity id of the state or organisation. */
  of: string;
  from?: string;
  to?: string;
  /** The local title when it differs from the generic role ("Secretary of State", "chancellor"). */
  title?: string;
}

export interface GazetteerEntry {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  wikidata?: string;
  /** Countries: "Russian", "North Korean". */
  demonyms?: string[];
  /** Countries: id of the capital Place entry. */
  capital?: string;
  /** Places / national organisations / people: the state's id. */
  country?: string;
  /** Places used as actors ("Pyongyang said", "the Kremlin said") → state id. */
  actorFor?: string;
  /** People. */
  roles?: GazetteerRole[];
}

export type MatchVia = "name" | "alias" | "demonym";

export interface GazetteerMatch {
  entry: GazetteerEntry;
  length: number;
  via: MatchVia;
}

export interface Gazetteer {
  version: string;
  entries: readonly GazetteerEntry[];
  byId(id: string): GazetteerEntry | undefined;
  /** Exact lookup of a surface form (name, alias, demonym) after normalisation (case, diacritics, apostrophes ’/', hyphens vs spaces, a leading "the", possessive 's). */
  lookup(surface: string): GazetteerEntry[];
  /** Does this surface match a demonym (returns the country) — "North Korean" → North Korea. */
  demonym(surface: string): GazetteerEntry | undefined;
  /** Longest gazetteer match starting at token i of a token array (for scanning text): returns the entry and how many tokens it spans. */
  matchAt(tokens: readonly string[], i: number, end?: number): GazetteerMatch | undefined;
  /** People whose role `of` this entity at `date` (YYYY-MM-DD, or any time when omitted). */
  holders(role: string, of: string, date?: string): GazetteerEntry[];
}

/** One data form under a normalised key. */
interface Form {
  entry: GazetteerEntry;
  via: MatchVia;
  /** The form as written in the data (its capitalisation decides acronym matching). */
  text: string;
  /** Written in capitals in the data: text matches it only in capitals (decided once, at load). */
  acronym: boolean;
}

const VIA_RANK: Record<MatchVia, number> = { name: 0, alias: 1, demonym: 2 };
// When one form deliberately names entries of different types, the actor-like reading wins.
const TYPE_RANK: Record<EntityType, number> = { Country: 0, Organization: 1, Person: 2, Place: 3 };
/** Longest span matchAt tries; the longest names ("Democratic People's Republic of Korea") fit. */
const MAX_SPAN = 12;
// Tokens a match may not start or end on: punctuation and the possessive clitic.
const EDGE_JUNK = /^(?:[\p{P}\p{S}]+|['’]s)$/u;
// Tokens that break a span: sentence and clause punctuation (hyphens, dots and apostrophes may sit inside names).
const BREAKER = /^[,;:!?()[\]{}"“”]+$/u;

export function buildGazetteer(version: string, entries: readonly GazetteerEntry[]): Gazetteer {
  const ids = new Map<string, GazetteerEntry>();
  const forms = new Map<string, Form[]>();
  const add = (text: string, entry: GazetteerEntry, via: MatchVia): void => {
    const key = normalizeName(text);
    if (!key) return;
    const list = forms.get(key) ?? [];
    if (!list.some((f) => f.entry === entry && f.via === via && f.text === text))
      list.push({ entry, via, text, acronym: isAcronymForm(text) });
    forms.set(key, list);
  };
  for (const e of entries) {
    ids.set(e.id, e);
    add(e.name, e, "name");
    for (const a of e.aliases) add(a, e, "alias");
    for (const d of e.demonyms ?? []) add(d, e, "demonym");
  }
  // Every leading substring of every key, so matchAt can stop growing a span as soon as no form fits.
  const prefixes = new Set<string>();
  for (const key of forms.keys()) for (let n = 1; n <= key.length; n++) prefixes.add(key.slice(0, n));
  for (const list of forms.values()) {
    list.sort(
      (a, b) => VIA_RANK[a.via] - VIA_RANK[b.via] || TYPE_RANK[a.entry.type] - TYPE_RANK[b.entry.type],
    );
  }

  const formsFor = (key: string, surface: string): Form[] => {
    const list = forms.get(key);
    if (!list) return [];
    let caps: boolean | undefined;
    return list.filter((f) => !f.acronym || (caps ??= writtenInCapitals(surface)));
  };
  // The first form formsFor would give, without building the list: matchAt asks for every span.
  const firstFor = (key: string, surface: string): Form | undefined => {
    const list = forms.get(key);
    if (!list) return undefined;
    let caps: boolean | undefined;
    for (const f of list) if (!f.acronym || (caps ??= writtenInCapitals(surface))) return f;
    return undefined;
  };
  const find = (surface: string): Form[] => formsFor(normalizeName(surface), surface);
  // Text repeats its names; remembering recent keys saves most of matchAt's normalisation work.
  const keyCache = new Map<string, string>();
  const keyOf = (surface: string): string => {
    let key = keyCache.get(surface);
    if (key === undefined) {
      if (keyCache.size >= 20_000) keyCache.clear();
      key = normalizeName(surface);
      keyCache.set(surface, key);
    }
    return key;
  };

  const uniqueEntries = (fs: Form[]): GazetteerEntry[] => [...new Set(fs.map((f) => f.entry))];

  return {
    version,
    entries,
    byId: (id) => ids.get(id),
    lookup: (surface) => uniqueEntries(find(surface)),
    demonym: (surface) => find(surface).find((f) => f.via === "demonym")?.entry,
    // `end` bounds the span (tokens before it only): callers pass a window of the article's token
    // array rather than a copy of it.
    matchAt(tokens, i, end = tokens.length) {
      const first = tokens[i];
      // Gazetteer forms are proper nouns: a span starts on a capitalised token, never on "the" or punctuation.
      if (first === undefined || !/\p{Lu}/u.test(first) || EDGE_JUNK.test(first) || /^the$/i.test(first))
        return undefined;
      // Grow the span while its key can still become a form (a prefix of one); remember the longest hit.
      let best: GazetteerMatch | undefined;
      // tokens[i..j) joined by spaces, grown one token at a time rather than re-joined per span.
      let surface = "";
      const stop = Math.min(end, tokens.length);
      for (let j = i + 1; j <= stop && j - i <= MAX_SPAN; j++) {
        const last = tokens[j - 1];
        if (BREAKER.test(last)) break;
        surface = j === i + 1 ? last : `${surface} ${last}`;
        if (EDGE_JUNK.test(last)) continue;
        const key = keyOf(surface);
        if (!prefixes.has(key)) break;
        const hit = firstFor(key, surface);
        if (hit) best = { entry: hit.entry, length: j - i, via: hit.via };
      }
      return best;
    },
    holders(role, of, date) {
      const want = normalizeName(role);
      return entries.filter((e) =>
        (e.roles ?? []).some(
          (r) =>
            r.of === of &&
            (normalizeName(r.role) === want || (r.title !== undefined && normalizeName(r.title) === want)) &&
            (date === undefined || within(date, r.from, r.to)),
        ),
      );
    },
  };
}

/**
 * Is `date` inside [from, to]? Partial dates cover their whole period: from "2024" starts on 2024-01-01,
 * to "2024-05" ends on 2024-05-31. A missing bound is open.
 */
export function within(date: string, from?: string, to?: string): boolean {
  // A partial query date means a period; overlapping the role's period is enough.
  if (from !== undefined && lastDay(date) < firstDay(from)) return false;
  if (to !== undefined && firstDay(date) > lastDay(to)) return false;
  return true;
}

const firstDay = (d: string): string => d.padEnd(10, d.length === 4 ? "-01-01" : "-01");
const lastDay = (d: string): string => d.padEnd(10, d.length === 4 ? "-12-31" : "-31");

let cached: Gazetteer | undefined;

/** The project gazetteer, read once from data/gazetteer (synchronous, cached). */
export function loadGazetteer(): Gazetteer {
  if (!cached) {
    const { version, entries } = loadGazetteerFiles();
    cached = buildGazetteer(version, entries);
  }
  return cached;
}
