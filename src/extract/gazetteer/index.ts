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
  /** The entries whose words the tagger's features read (load.ts NOT_TAGGER_FEATURES). */
  featureEntries: readonly GazetteerEntry[];
  byId(id: string): GazetteerEntry | undefined;
  /** Exact lookup of a surface form (name, alias, demonym) after normalisation (case, diacritics, apostrophes ’/', hyphens vs spaces, a leading "the", possessive 's). */
  lookup(surface: string): GazetteerEntry[];
  /** Does this surface match a demonym (returns the country) — "North Korean" → North Korea. */
  demonym(surface: string): GazetteerEntry | undefined;
  /** Longest gazetteer match starting at token i of a token array (for scanning text): returns the entry and how many tokens it spans. */
  matchAt(tokens: readonly string[], i: number, end?: number): GazetteerMatch | undefined;
  /** People whose role `of` this entity at `date` (YYYY-MM-DD, or any time when omitted). */
  holders(role: string, of: string, date?: string): GazetteerEntry[];
  /** The first word of every form (name, alias, demonym), normalised: the words a form can start with. */
  readonly firstWords: ReadonlySet<string>;
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

/** What a span of tokens tells matchAt: stop growing it, or go on (with the form it matches, if any). */
interface SpanStep {
  stop: boolean;
  hit?: Form;
  /** The spans one token longer, by that token. */
  next?: Map<string, SpanStep>;
}
// Shared: only steps that go on get a `next`, so each of those is an object of its own.
const STOP: SpanStep = Object.freeze({ stop: true });

/** SpanSteps by token path, computed once per path; bounded, cleared when full (a memo, never an answer). */
class SpanMemo {
  roots = new Map<string, SpanStep>();
  private size = 0;
  constructor(private readonly compute: (tokens: readonly string[], i: number, j: number) => SpanStep) {}

  /** The step for tokens [i, j), found under `level` (the steps of [i, j - 1)). */
  step(level: Map<string, SpanStep>, tokens: readonly string[], i: number, j: number): SpanStep {
    const token = tokens[j - 1];
    let step = level.get(token);
    if (step === undefined) {
      if (++this.size > SPAN_MEMO_LIMIT) {
        this.roots = new Map();
        this.size = 1;
        level = j === i + 1 ? this.roots : new Map();
      }
      step = this.compute(tokens, i, j);
      level.set(token, step);
    }
    return step;
  }
}
const SPAN_MEMO_LIMIT = 100_000;

export function buildGazetteer(
  version: string,
  entries: readonly GazetteerEntry[],
  featureEntries: readonly GazetteerEntry[] = entries,
): Gazetteer {
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
  // The keys in order, so matchAt can stop growing a span as soon as no form fits (isPrefix). A set of
  // every leading substring of every key did the same at ~15 more ms of every process's start-up.
  const sortedKeys = [...forms.keys()].sort();
  const firstWords = new Set<string>();
  for (const key of sortedKeys) firstWords.add(key.split(" ")[0]);
  /** Does some key start with p? The keys that do come right where p would be inserted in order. */
  const isPrefix = (p: string): boolean => {
    let lo = 0;
    let hi = sortedKeys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sortedKeys[mid] < p) lo = mid + 1;
      else hi = mid;
    }
    return p !== "" && lo < sortedKeys.length && sortedKeys[lo].startsWith(p);
  };
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
  // What matchAt learns of a span, remembered by the span's tokens: text repeats its names, and wink
  // gives every occurrence of a word the same string, so walking this tree costs one hashed lookup
  // per token where joining and normalising the span cost a new string and its hash each time.
  const spans = new SpanMemo((tokens, i, j) => {
    const last = tokens[j - 1];
    if (BREAKER.test(last)) return STOP;
    const surface = tokens.slice(i, j).join(" ");
    if (j === i + 1 && (!/\p{Lu}/u.test(last) || /^the$/i.test(last))) return STOP;
    if (EDGE_JUNK.test(last)) return j === i + 1 ? STOP : { stop: false };
    const key = normalizeName(surface);
    if (!isPrefix(key)) return STOP;
    const hit = firstFor(key, surface);
    return hit ? { stop: false, hit } : { stop: false };
  });

  const uniqueEntries = (fs: Form[]): GazetteerEntry[] => [...new Set(fs.map((f) => f.entry))];

  return {
    version,
    entries,
    featureEntries,
    firstWords,
    byId: (id) => ids.get(id),
    lookup: (surface) => uniqueEntries(find(surface)),
    demonym: (surface) => find(surface).find((f) => f.via === "demonym")?.entry,
    // `end` bounds the span (tokens before it only): callers pass a window of the article's token
    // array rather than a copy of it.
    matchAt(tokens, i, end = tokens.length) {
      // Grow the span while it can still become a form (its key a prefix of one); remember the longest
      // hit. A form starts on a capitalised token, never on "the" or punctuation (the memo's STOP).
      let best: GazetteerMatch | undefined;
      const stop = Math.min(end, tokens.length);
      let level = spans.roots;
      for (let j = i + 1; j <= stop && j - i <= MAX_SPAN; j++) {
        const span = spans.step(level, tokens, i, j);
        if (span.stop) break;
        if (span.hit) best = { entry: span.hit.entry, length: j - i, via: span.hit.via };
        level = span.next ??= new Map();
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
    const { version, entries, featureEntries } = loadGazetteerFiles();
    cached = buildGazetteer(version, entries, featureEntries);
  }
  return cached;
}
