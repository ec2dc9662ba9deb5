// Regenerates the generated gazetteer files (countries.json, capitals.json) from the `world-countries`
// package plus the curated corrections below. Run: `npx tsx scripts/build-gazetteer.ts` (`--check` to
// verify the committed files are current without writing).
// Hand-curated files (places, people, organizations) are not touched.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { DATA_DIR } from "../src/config.js";
import { idSlug, normalizeName } from "../src/extract/gazetteer/normalize.js";
import type { GazetteerEntry } from "../src/extract/gazetteer/index.js";
import { worldPlaces, worldPlacesSources } from "./world-places.js";
import { WORLD_ORGANIZATIONS_SOURCES, worldOrganizations } from "./world-organizations.js";
import { WORLD_FEATURES_SOURCES, worldFeatures } from "./world-features.js";

/** The subset of a world-countries record this script reads. */
interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  independent: boolean | null;
  unMember: boolean;
  capital: string[];
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
}

const VERSION = "1.2.0";
const require = createRequire(import.meta.url);
const pkgVersion = (require("world-countries/package.json") as { version: string }).version;
const countries = JSON.parse(
  readFileSync(require.resolve("world-countries/countries.json"), "utf8"),
) as WorldCountry[];

// Wikidata QIDs of states, only where the compiler is sure of them; the rest get `country:<iso3>`.
const COUNTRY_QID: Record<string, string> = {
  USA: "Q30",
  RUS: "Q159",
  CHN: "Q148",
  PRK: "Q423",
  KOR: "Q884",
  UKR: "Q212",
  JPN: "Q17",
  GBR: "Q145",
  FRA: "Q142",
  DEU: "Q183",
  IRN: "Q794",
  VNM: "Q881",
  IND: "Q668",
  ISR: "Q801",
  BLR: "Q184",
  SYR: "Q858",
  TUR: "Q43",
  POL: "Q36",
  MNG: "Q711",
  ITA: "Q38",
  ESP: "Q29",
  CAN: "Q16",
  MEX: "Q96",
  BRA: "Q155",
  AUS: "Q408",
  NZL: "Q664",
  PAK: "Q843",
  AFG: "Q889",
  IRQ: "Q796",
  SAU: "Q851",
  EGY: "Q79",
  ZAF: "Q258",
  NGA: "Q1033",
  KEN: "Q114",
  ETH: "Q115",
  IDN: "Q252",
  THA: "Q869",
  PHL: "Q928",
  MYS: "Q833",
  SGP: "Q334",
  MMR: "Q836",
  KHM: "Q424",
  LAO: "Q819",
  TWN: "Q865",
  SWE: "Q34",
  FIN: "Q33",
  NOR: "Q20",
  DNK: "Q35",
  NLD: "Q55",
  BEL: "Q31",
  CHE: "Q39",
  AUT: "Q40",
  PRT: "Q45",
  GRC: "Q41",
  CZE: "Q213",
  SVK: "Q214",
  HUN: "Q28",
  ROU: "Q218",
  BGR: "Q219",
  SRB: "Q403",
  HRV: "Q224",
  SVN: "Q215",
  MDA: "Q217",
  LVA: "Q211",
  LTU: "Q37",
  EST: "Q191",
  GEO: "Q230",
  ARM: "Q399",
  AZE: "Q227",
  KAZ: "Q232",
  UZB: "Q265",
  KGZ: "Q813",
  TJK: "Q863",
  TKM: "Q874",
  ARG: "Q414",
  CHL: "Q298",
  COL: "Q739",
  VEN: "Q717",
  CUB: "Q241",
  PER: "Q419",
  IRL: "Q27",
  ISL: "Q189",
  JOR: "Q810",
  LBN: "Q822",
  KWT: "Q817",
  QAT: "Q846",
  ARE: "Q878",
  OMN: "Q842",
  YEM: "Q805",
  BHR: "Q398",
  MAR: "Q1028",
  DZA: "Q262",
  TUN: "Q948",
  LBY: "Q1016",
  SDN: "Q1049",
  COD: "Q974",
  BGD: "Q902",
  LKA: "Q854",
  NPL: "Q837",
  CYP: "Q229",
  UNK: "Q1246",
  PSE: "Q219060",
};

// How news writes the name when world-countries' common name differs.
const CANONICAL: Record<string, string> = {
  CZE: "Czech Republic",
  TUR: "Turkey",
  COD: "Democratic Republic of the Congo",
};

// Extra surface forms news uses. Forms written in capitals are matched case-sensitively (see normalize.ts).
const EXTRA_ALIASES: Record<string, string[]> = {
  USA: ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
  GBR: ["UK", "U.K.", "Britain", "Great Britain"],
  RUS: ["Russian Federation"],
  PRK: ["DPRK", "D.P.R.K.", "Korea, North", "N. Korea", "Democratic People's Republic of Korea"],
  KOR: ["ROK", "R.O.K.", "Korea, South", "S. Korea", "Republic of Korea"],
  CHN: ["PRC", "People's Republic of China", "mainland China"],
  VNM: ["Viet Nam"],
  LAO: ["Lao PDR"],
  CZE: ["Czechia"],
  TUR: ["Türkiye", "Turkiye", "Republic of Turkey"],
  ARE: ["UAE", "U.A.E.", "Emirates"],
  COD: ["Democratic Republic of Congo", "DR Congo", "DRC"],
  SYR: ["Syrian Arab Republic"],
  IRN: ["Islamic Republic of Iran"],
  NLD: ["Holland"],
  // Short forms of long names that news writes alone.
  BIH: ["Bosnia"],
  BFA: ["Burkina"],
  TTO: ["Trinidad"],
  CPV: ["Cabo Verde"],
  COG: ["Republic of Congo", "Congo Republic"],
  VAT: ["Holy See"],
  LCA: ["St Lucia", "St. Lucia"],
  KNA: ["St Kitts and Nevis", "St. Kitts and Nevis", "Saint Kitts", "St Kitts", "St. Kitts"],
  VCT: ["St Vincent and the Grenadines", "St. Vincent and the Grenadines"],
  ATG: ["Antigua"],
};

// Demonyms world-countries lacks or that news uses besides its own.
const EXTRA_DEMONYMS: Record<string, string[]> = {
  USA: ["U.S."],
  GBR: ["UK", "U.K.", "Briton", "Britons"],
  NLD: ["Dutch", "Dutchman", "Dutchwoman", "Dutchmen"],
  ISR: ["Israeli"],
  SAU: ["Saudi", "Saudis"],
  KAZ: ["Kazakh", "Kazakhs"],
  UZB: ["Uzbek", "Uzbeks"],
  ARG: ["Argentinian"],
  BLR: ["Belarussian"],
  PHL: ["Philippine"],
  SVN: ["Slovenian"],
  KGZ: ["Kyrgyz"],
  TJK: ["Tajik"],
  AZE: ["Azeri"],
  ISL: ["Icelandic"],
  BIH: ["Bosnian"],
  BWA: ["Botswanan"],
  NPL: ["Nepali"],
  ECU: ["Ecuadorian"],
  LUX: ["Luxembourger", "Luxembourgish"],
  // Nouns for a national ("Frenchman Luc X"); not "Dane" or "Finn", which are given names too.
  FRA: ["Frenchman", "Frenchwoman", "Frenchmen"],
  IRL: ["Irishman", "Irishwoman"],
  SWE: ["Swede", "Swedes"],
  DNK: ["Danes"],
  FIN: ["Finns"],
  POL: ["Poles"],
  // Not "Turk": it is "Turkish" in Turkish names ("Türk Telekom").
  TUR: ["Turks"],
};

// Capital names news writes differently, with extra forms; keyed by iso3.
const CAPITAL_NAME: Record<string, { name: string; aliases: string[]; wikidata?: string }> = {
  USA: {
    name: "Washington",
    aliases: ["Washington, D.C.", "Washington D.C.", "Washington DC"],
    wikidata: "Q61",
  },
  UKR: { name: "Kyiv", aliases: ["Kiev"], wikidata: "Q1899" },
  RUS: { name: "Moscow", aliases: [], wikidata: "Q649" },
  PRK: { name: "Pyongyang", aliases: [], wikidata: "Q18808" },
  KOR: { name: "Seoul", aliases: [], wikidata: "Q8684" },
  CHN: { name: "Beijing", aliases: ["Peking"], wikidata: "Q956" },
  JPN: { name: "Tokyo", aliases: [], wikidata: "Q1490" },
  GBR: { name: "London", aliases: [], wikidata: "Q84" },
  FRA: { name: "Paris", aliases: [], wikidata: "Q90" },
  DEU: { name: "Berlin", aliases: [], wikidata: "Q64" },
  ITA: { name: "Rome", aliases: [], wikidata: "Q220" },
  IND: { name: "New Delhi", aliases: [] },
  MNG: { name: "Ulaanbaatar", aliases: ["Ulan Bator"] },
  MMR: { name: "Naypyidaw", aliases: ["Nay Pyi Taw", "Naypyitaw"] },
};

// Alternative spellings that are ordinary English words or names in news text ("Island" is Iceland's own
// name, "Mann" the Isle of Man's), or ambiguous ("Congo" is said of both Congos).
const DROP_SPELLINGS = new Set(["Island", "Mann", "Prathet", "Congo"]);
// Capitals whose name is a common first name or word; news names those cities with the country anyway.
const DROP_CAPITALS = new Set(["Victoria", "Malé"]);

/** Non-Latin or two-letter-code spellings are no use for matching English news text. */
function usableSpelling(s: string, c: WorldCountry): boolean {
  if (s === c.cca2 || DROP_SPELLINGS.has(s)) return false;
  return /^[\p{Script=Latin}\s'’.,()&-]+$/u.test(s);
}

/** Regular English plurals of demonyms ("Russians", "Israelis"); "-ese", "-ish", "-ch" have none. */
function plural(d: string): string | undefined {
  if (/(ese|ish|ch|ss|s|\.)$/i.test(d) || /^[A-Z.]+$/.test(d)) return undefined;
  return /[aeiouny]$/i.test(d) ? `${d}s` : undefined;
}

function dedupe(forms: string[], name: string): string[] {
  const seen = new Set([name]);
  const out: string[] = [];
  for (const f of forms) {
    if (!seen.has(f)) {
      seen.add(f);
      out.push(f);
    }
  }
  return out;
}

const countryEntries: GazetteerEntry[] = [];
const capitalEntries: GazetteerEntry[] = [];
const idOf = (c: WorldCountry): string => COUNTRY_QID[c.cca3] ?? `country:${c.cca3.toLowerCase()}`;

// Demonyms shared by several countries ("Congolese", "Dominican") are ambiguous: keep them only for the
// sovereign UN member when exactly one sharer is; otherwise drop them from all.
const demonymOwners = new Map<string, WorldCountry[]>();
for (const c of countries) {
  const ds = new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d));
  for (const d of ds) {
    const key = normalizeName(d);
    demonymOwners.set(key, [...(demonymOwners.get(key) ?? []), c]);
  }
}
function ownsDemonym(c: WorldCountry, d: string): boolean {
  const owners = demonymOwners.get(normalizeName(d)) ?? [c];
  if (owners.length === 1) return true;
  const members = owners.filter((o) => o.unMember);
  return members.length === 1 && members[0] === c;
}

for (const c of countries) {
  const name = CANONICAL[c.cca3] ?? c.name.common;
  const id = idOf(c);
  const aliases = dedupe(
    [
      c.name.common,
      c.name.official,
      ...c.altSpellings.filter((s) => usableSpelling(s, c)),
      ...(EXTRA_ALIASES[c.cca3] ?? []),
    ],
    name,
  );
  const base = [c.demonyms?.eng?.m, c.demonyms?.eng?.f]
    .filter((d): d is string => !!d)
    .filter((d) => ownsDemonym(c, d));
  const demonyms = dedupe([...base, ...(EXTRA_DEMONYMS[c.cca3] ?? [])], "");
  for (const d of [...demonyms]) {
    const p = plural(d);
    if (p && !demonyms.includes(p)) demonyms.push(p);
  }

  const entry: GazetteerEntry = { id, name, type: "Country", aliases };
  if (COUNTRY_QID[c.cca3]) entry.wikidata = COUNTRY_QID[c.cca3];
  if (demonyms.length) entry.demonyms = demonyms;

  // Capitals of states (and of the partly recognised ones news treats as states) become Places that can
  // stand for the state ("Pyongyang said"). City-states whose capital is the country itself get none.
  const rawCapital = c.capital[0];
  const isState = c.independent === true || ["TWN", "PSE", "UNK"].includes(c.cca3);
  if (rawCapital && isState && !DROP_CAPITALS.has(rawCapital)) {
    const override = CAPITAL_NAME[c.cca3];
    const capName = override?.name ?? rawCapital;
    const countryForms = new Set([name, ...aliases].map(normalizeName));
    if (!countryForms.has(normalizeName(capName)) && !normalizeName(capName).startsWith("city of ")) {
      const capAliases = dedupe([...(override?.aliases ?? []), rawCapital], capName);
      const capId = override?.wikidata ?? `place:${idSlug(capName)}`;
      const cap: GazetteerEntry = {
        id: capId,
        name: capName,
        type: "Place",
        aliases: capAliases,
        country: id,
        actorFor: id,
      };
      if (override?.wikidata) cap.wikidata = override.wikidata;
      capitalEntries.push(cap);
      entry.capital = capId;
    }
  }
  countryEntries.push(entry);
}

const byName = (a: GazetteerEntry, b: GazetteerEntry): number => a.name.localeCompare(b.name, "en");
const sources = `Generated by scripts/build-gazetteer.ts from the world-countries npm package v${pkgVersion} (mledoze/countries, ODbL-1.0) with curated corrections; Wikidata QIDs added by hand where certain.`;
// `--check` writes nothing and fails when a committed file differs from what the script makes
// (someone edited a generated file, or the script changed without regenerating).
const checkOnly = process.argv.includes("--check");
// `--dir <path>` reads/writes another folder than data/gazetteer (tests use a scratch copy).
const dirArg = process.argv.indexOf("--dir");
const outDir =
  dirArg > 0 && process.argv[dirArg + 1] ? process.argv[dirArg + 1] : join(DATA_DIR, "gazetteer");
let stale = 0;
/**
 * Writes one generated file: indented, or with `oneLine` one entry per line — thousands of entries read
 * at every start-up parse in half the time that way, and a diff still shows one line per entry.
 */
function write(file: string, entries: GazetteerEntry[], from = sources, oneLine = false): void {
  const body = { version: VERSION, sources: from, generated: true, entries: [...entries].sort(byName) };
  const text = oneLine
    ? `{"version":${JSON.stringify(body.version)},"sources":${JSON.stringify(from)},"generated":true,"entries":[\n${body.entries.map((e) => JSON.stringify(e)).join(",\n")}\n]}\n`
    : JSON.stringify(body, null, 2) + "\n";
  const path = join(outDir, file);
  if (checkOnly) {
    const current = existsSync(path) ? readFileSync(path, "utf8") : "";
    if (current !== text) {
      stale++;
      console.error(`${path} is out of date: run npx tsx scripts/build-gazetteer.ts`);
    } else console.log(`${file}: up to date (${entries.length} entries)`);
    return;
  }
  writeFileSync(path, text);
  console.log(`${file}: ${entries.length} entries`);
}
// Former states still named in today's news (history, "Soviet-era" weapons); not in world-countries.
const HISTORICAL: GazetteerEntry[] = [
  {
    id: "Q15180",
    name: "Soviet Union",
    type: "Country",
    aliases: ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"],
    wikidata: "Q15180",
    demonyms: ["Soviet"],
  },
];
countryEntries.push(...HISTORICAL);

write("countries.json", countryEntries);
write("capitals.json", capitalEntries);

// Cities and regions take no form another file has: curated entries and states come first.
const taken = new Set<string>();
// The curated files of the folder written to, or (a fresh folder) of the project.
const curatedFile = (f: string): string =>
  existsSync(join(outDir, `${f}.json`))
    ? join(outDir, `${f}.json`)
    : join(DATA_DIR, "gazetteer", `${f}.json`);
const curated = ["places", "people", "organizations"].flatMap(
  (f) => (JSON.parse(readFileSync(curatedFile(f), "utf8")) as { entries: GazetteerEntry[] }).entries,
);
// The words of people's names ("Vladimir") are no place's.
const personWords = new Set<string>();
for (const e of [...countryEntries, ...capitalEntries, ...curated]) {
  const forms = [e.name, ...e.aliases, ...(e.demonyms ?? [])];
  for (const f of forms) taken.add(normalizeName(f));
  if (e.type === "Person")
    for (const f of forms) for (const w of normalizeName(f).split(" ")) if (w.length > 2) personWords.add(w);
}
const countryOf = new Map(countries.map((c) => [c.cca2, idOf(c)]));
// Organisations before places: "Toyota" and "Santander" are the company and the bank, not the cities.
write(
  "world-organizations.json",
  worldOrganizations(taken, countryOf, personWords),
  WORLD_ORGANIZATIONS_SOURCES,
  true,
);
// Rivers, seas, mountains and regions before the cities: "Rhine" and "Bavaria" are the river and the state.
write("world-features.json", worldFeatures(taken, countryOf, personWords), WORLD_FEATURES_SOURCES, true);
write("world-places.json", worldPlaces(taken, countryOf, personWords), worldPlacesSources(), true);
if (stale) process.exitCode = 1;
