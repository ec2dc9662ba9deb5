// A seeded, streaming corpus of invented news for benchmarks: many invented actors (people with
// titles, countries, organisations, cities) joined by the relation verbs geokg extracts (met, visited,
// signed a treaty with, sent troops to, supplied shells to, backed …), plus denied and planned forms
// and neutral filler. Articles are generated one at a time from the seed, so N = 20,000 needs no
// more memory than N = 10, and the same seed always gives the same corpus.
import { sha256 } from "../src/read/article-id.js";
import type { Article } from "../src/types.js";

/** mulberry32: a tiny 32-bit PRNG, good enough for test data and identical on every platform. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const capital = (s: string) => s[0].toUpperCase() + s.slice(1);

const ONSETS = [
  "b",
  "d",
  "f",
  "g",
  "k",
  "l",
  "m",
  "n",
  "p",
  "r",
  "s",
  "t",
  "v",
  "z",
  "br",
  "dr",
  "kr",
  "st",
  "tr",
  "vel",
  "mar",
  "sol",
  "kor",
  "ost",
];
const VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ou"];
const CODAS = ["", "", "n", "r", "s", "l", "m", "k"];
const COUNTRY_ENDINGS = ["ia", "land", "stan", "ova", "aria", "onia", "ica"];
const CITY_ENDINGS = ["grad", "burg", "port", "polis", "ovo", "ham", "ville", "a"];
const ORG_KINDS = [
  "Defence Council",
  "Trade Union",
  "Security Pact",
  "Workers' Party",
  "National Front",
  "Energy Agency",
  "Maritime Authority",
];
const ROLES = [
  "President",
  "Prime Minister",
  "Foreign Minister",
  "Defence Minister",
  "Security Council Secretary",
  "Ambassador",
  "Trade Minister",
];
const OUTLETS = [
  "Northern Wire",
  "Harbour Post",
  "Eastern Ledger",
  "Capital Courier",
  "Daily Meridian",
  "Coastal Times",
  "Steppe Herald",
  "Island Review",
];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const TOPICS = [
  "fisheries",
  "energy cooperation",
  "border security",
  "mutual defence",
  "trade",
  "grain exports",
  "space research",
];
const WEAPONS = ["artillery shells", "ballistic missiles", "drones", "rocket launchers", "ammunition"];

function word(rng: Rng, syllables: number): string {
  let w = "";
  for (let i = 0; i < syllables; i++)
    w += pick(rng, ONSETS) + pick(rng, VOWELS) + (i === syllables - 1 ? pick(rng, CODAS) : "");
  return w;
}

interface Country {
  name: string;
  demonym: string;
  capital: string;
}
interface Person {
  name: string;
  role: string;
  country: Country;
}
export interface SyntheticWorld {
  countries: Country[];
  people: Person[];
  organisations: string[];
}

/** The invented actors: built once from the seed; small (hundreds of entries) whatever N is. */
export function syntheticWorld(
  seed: number,
  size = { countries: 60, people: 600, organisations: 40 },
): SyntheticWorld {
  const rng = mulberry32(seed ^ 0x9e3779b9);
  const used = new Set<string>();
  const unique = (make: () => string) => {
    for (;;) {
      const s = make();
      if (!used.has(s)) {
        used.add(s);
        return s;
      }
    }
  };
  const countries: Country[] = [];
  for (let i = 0; i < size.countries; i++) {
    const stem = capital(word(rng, 2));
    const name = unique(() => stem + pick(rng, COUNTRY_ENDINGS));
    countries.push({
      name,
      demonym: `${stem}ian`,
      capital: unique(() => capital(word(rng, 2)) + pick(rng, CITY_ENDINGS)),
    });
  }
  const people: Person[] = [];
  for (let i = 0; i < size.people; i++) {
    const name = unique(() => `${capital(word(rng, 2))} ${capital(word(rng, 2 + Math.floor(rng() * 2)))}`);
    people.push({ name, role: pick(rng, ROLES), country: pick(rng, countries) });
  }
  const organisations: string[] = [];
  for (let i = 0; i < size.organisations; i++) {
    organisations.push(unique(() => `${pick(rng, countries).demonym} ${pick(rng, ORG_KINDS)}`));
  }
  return { countries, people, organisations };
}

function isoDate(rng: Rng): string {
  const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(rng() * 3 * 365) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

function sentence(rng: Rng, w: SyntheticWorld, lead: Person): string {
  const other = pick(rng, w.people);
  const c1 = lead.country;
  // Another country than the lead's: "X sent troops to X" is no relation.
  let c2 = pick(rng, w.countries);
  while (c2 === c1 && w.countries.length > 1) c2 = pick(rng, w.countries);
  const org = pick(rng, w.organisations);
  const day = pick(rng, WEEKDAYS);
  switch (Math.floor(rng() * 12)) {
    case 0:
      return `${lead.role} ${lead.name} of ${c1.name} met ${other.role} ${other.name} of ${other.country.name} in ${c2.capital} on ${day}.`;
    case 1:
      return `${lead.name} held talks with ${other.name}, the ${other.country.demonym} ${other.role.toLowerCase()}, in ${c1.capital}.`;
    case 2:
      return `${lead.name} visited ${c2.name} on ${day}, the first such trip in a decade.`;
    case 3:
      return `${c1.name} and ${c2.name} signed a treaty on ${pick(rng, TOPICS)} in ${c1.capital} on ${day}.`;
    case 4:
      return `${c1.name} has sent ${1000 + Math.floor(rng() * 12000)} troops to ${c2.name}, officials in ${pick(rng, w.countries).capital} said.`;
    case 5:
      return `${c1.name} supplied ${pick(rng, WEAPONS)} to ${c2.name}, according to the ${org}.`;
    case 6:
      return `${c1.name} backed ${c2.name} in the dispute, and ${lead.name} expressed support for ${other.name}.`;
    case 7:
      return `${c1.name} denied that it had sent troops to ${c2.name}, calling the reports fabricated.`;
    case 8:
      return `${lead.name} is expected to visit ${c2.name} next month, the ${c1.demonym} foreign ministry said.`;
    case 9:
      return `${other.name} is a member of the ${org}.`;
    case 10:
      return `Analysts said the talks reflected growing concern about ${pick(rng, TOPICS)} in the region.`;
    default:
      return `The ${org} said the meeting in ${c2.capital} had been "constructive and frank".`;
  }
}

export interface SyntheticOptions {
  seed?: number;
  /** Sentences per article: [min, max]. */
  sentences?: [number, number];
  world?: SyntheticWorld;
}

/** Streams `n` invented articles; the i-th article depends only on the seed and i. */
export async function* syntheticCorpus(n: number, opts: SyntheticOptions = {}): AsyncGenerator<Article> {
  const seed = opts.seed ?? 42;
  const [min, max] = opts.sentences ?? [6, 14];
  const world = opts.world ?? syntheticWorld(seed);
  for (let i = 0; i < n; i++) {
    const rng = mulberry32((seed * 2654435761 + i) >>> 0);
    const lead = pick(rng, world.people);
    const count = min + Math.floor(rng() * (max - min + 1));
    const paragraphs: string[] = [];
    let paragraph: string[] = [];
    for (let s = 0; s < count; s++) {
      paragraph.push(sentence(rng, world, rng() < 0.5 ? lead : pick(rng, world.people)));
      if (paragraph.length >= 2 + Math.floor(rng() * 2)) {
        paragraphs.push(paragraph.join(" "));
        paragraph = [];
      }
    }
    if (paragraph.length) paragraphs.push(paragraph.join(" "));
    const title = `${lead.name} in talks as ${lead.country.name} weighs new ties`;
    const text = [title, ...paragraphs].join("\n\n");
    yield {
      id: `synthetic-${seed}-${i}`,
      title,
      source: pick(rng, OUTLETS),
      published: isoDate(rng),
      url: `https://synthetic.example/${seed}/${i}`,
      contentHash: sha256(text),
      text,
    };
    // Gives the event loop a turn now and then so that a consumer's I/O is not starved by generation.
    if (i % 256 === 255) await new Promise((r) => setImmediate(r));
  }
}

/** Same corpus under the name the brief uses. */
export const syntheticArticles = syntheticCorpus;
