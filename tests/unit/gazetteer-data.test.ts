// Integrity of the gazetteer data files and the loader's handling of broken ones.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config.js";
import { loadGazetteer, normalizeName } from "../../src/extract/gazetteer/index.js";
import {
  CHECKED_FILE,
  fileHash,
  GAZETTEER_DIR,
  GAZETTEER_FILES,
  loadGazetteerFiles,
  parseGazetteerFile,
} from "../../src/extract/gazetteer/load.js";

const g = loadGazetteer();

/**
 * Forms deliberately shared by entries of different types (documented in data/gazetteer/README.md).
 * Keyed by normalised form; value = the sorted ids sharing it.
 */
const DELIBERATE_SHARED: Record<string, string[]> = {};

describe("gazetteer data", () => {
  it("loads every file with a version", () => {
    for (const f of GAZETTEER_FILES) expect(g.version).toMatch(new RegExp(`(^|,)${f}@\\S+`));
    expect(g.entries.filter((e) => e.type === "Country").length).toBeGreaterThanOrEqual(195);
    expect(g.entries.filter((e) => e.type === "Person").length).toBeGreaterThanOrEqual(100);
    expect(g.entries.filter((e) => e.type === "Organization").length).toBeGreaterThanOrEqual(60);
  });

  it("has unique ids, and QID ids carry the same wikidata", () => {
    const ids = g.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of g.entries) {
      if (/^Q\d+$/.test(e.id)) expect(e.wikidata, e.id).toBe(e.id);
    }
  });

  it("gives no normalised name, alias or demonym to two entries, except documented cross-type cases", () => {
    const owners = new Map<string, Set<string>>();
    for (const e of g.entries) {
      for (const form of [e.name, ...e.aliases, ...(e.demonyms ?? [])]) {
        const key = normalizeName(form);
        owners.set(key, (owners.get(key) ?? new Set()).add(e.id));
      }
    }
    const shared = Object.fromEntries(
      [...owners].filter(([, s]) => s.size > 1).map(([k, s]) => [k, [...s].sort()]),
    );
    expect(shared).toEqual(DELIBERATE_SHARED);
    for (const ids of Object.values(DELIBERATE_SHARED)) {
      const types = ids.map((id) => g.byId(id)?.type);
      expect(new Set(types).size).toBe(types.length);
    }
  });

  it("resolves every country, capital, actorFor and role reference to an entry of the right type", () => {
    for (const e of g.entries) {
      if (e.country) expect(g.byId(e.country)?.type, `${e.id}.country`).toBe("Country");
      if (e.actorFor) expect(g.byId(e.actorFor)?.type, `${e.id}.actorFor`).toBe("Country");
      if (e.capital) {
        const cap = g.byId(e.capital);
        expect(cap?.type, `${e.id}.capital`).toBe("Place");
        expect(cap?.country, `${e.id}.capital.country`).toBe(e.id);
      }
      for (const r of e.roles ?? []) {
        expect(["Country", "Organization"], `${e.id} role of ${r.of}`).toContain(g.byId(r.of)?.type);
        if (r.from && r.to) expect(r.from <= r.to, `${e.id} ${r.role} ${r.from}..${r.to}`).toBe(true);
      }
    }
  });

  it("puts no bare surname shared by many people among aliases", () => {
    const common = new Set([
      "kim",
      "choe",
      "ri",
      "pak",
      "wang",
      "lee",
      "li",
      "park",
      "choi",
      "zhang",
      "singh",
    ]);
    for (const e of g.entries.filter((x) => x.type === "Person")) {
      for (const a of e.aliases) expect(common.has(normalizeName(a)), `${e.id} alias ${a}`).toBe(false);
    }
  });

  it("is generated where it says so: every state in world-countries is present", () => {
    const readJson = (m: string) =>
      JSON.parse(readFileSync(join(process.cwd(), "node_modules", m), "utf8")) as unknown;
    const wc = readJson("world-countries/countries.json") as { name: { common: string }; cca3: string }[];
    const countryNames = new Set(
      g.entries.filter((e) => e.type === "Country").flatMap((e) => [e.name, ...e.aliases].map(normalizeName)),
    );
    for (const c of wc) expect(countryNames.has(normalizeName(c.name.common)), c.cca3).toBe(true);
  });
});

describe("loading broken data", () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  const copy = (): string => {
    dir = mkdtempSync(join(tmpdir(), "geokg-gazetteer-"));
    cpSync(GAZETTEER_DIR, dir, { recursive: true });
    return dir;
  };

  it("names the file when it is not JSON", () => {
    expect(() => parseGazetteerFile("/x/people.json", "{ nope")).toThrow(/people\.json: not valid JSON/);
  });

  it("names the file, entry and field of an invalid entry", () => {
    const text = JSON.stringify({
      version: "1",
      sources: "test",
      entries: [
        { id: "person:a", name: "A", type: "Person", aliases: [] },
        { id: "person:b", type: "Robot", aliases: [] },
      ],
    });
    expect(() => parseGazetteerFile("/x/people.json", text)).toThrow(
      /people\.json: entry 1 \(id "person:b"\): .*name.*type|people\.json: entry 1 \(id "person:b"\): .*type/,
    );
  });

  it("rejects a file without version or sources, and unknown fields", () => {
    expect(() => parseGazetteerFile("/x/places.json", JSON.stringify({ entries: [] }))).toThrow(
      /places\.json: .*version/,
    );
    const typo = JSON.stringify({
      version: "1",
      sources: "s",
      entries: [{ id: "place:x", name: "X", type: "Place", aliases: [], cuntry: "Q1" }],
    });
    expect(() => parseGazetteerFile("/x/places.json", typo)).toThrow(
      /places\.json: entry 0 \(id "place:x"\)/,
    );
    const badDate = JSON.stringify({
      version: "1",
      sources: "s",
      entries: [
        {
          id: "person:x",
          name: "X",
          type: "Person",
          aliases: [],
          roles: [{ role: "president", of: "Q30", from: "May 2020" }],
        },
      ],
    });
    expect(() => parseGazetteerFile("/x/people.json", badDate)).toThrow(/roles\.0\.from: expected YYYY/);
  });

  it("names the entry holding a dangling reference", () => {
    const d = copy();
    const file = join(d, "places.json");
    const data = JSON.parse(readFileSync(file, "utf8")) as { entries: { id: string; country?: string }[] };
    data.entries.push({
      id: "place:test-nowhere",
      country: "country:zzz",
      ...{ name: "Nowhere Test", type: "Place", aliases: [] },
    });
    writeFileSync(file, JSON.stringify(data));
    expect(() => loadGazetteerFiles(d)).toThrow(
      /places\.json: entry "place:test-nowhere" refers to unknown id "country:zzz"/,
    );
  });

  it("reads the files the build checked as they are, and checks a file edited since in full", () => {
    // `npm test` builds first, so the build's record of checked files is there.
    const checked = (JSON.parse(readFileSync(CHECKED_FILE, "utf8")) as { sha256: string[] }).sha256;
    for (const f of GAZETTEER_FILES)
      expect(checked).toContain(fileHash(readFileSync(join(GAZETTEER_DIR, `${f}.json`), "utf8")));
    expect(loadGazetteerFiles().entries).toEqual(
      GAZETTEER_FILES.flatMap(
        (f) => parseGazetteerFile(f, readFileSync(join(GAZETTEER_DIR, `${f}.json`), "utf8")).entries,
      ),
    );
    const d = copy();
    const file = join(d, "people.json");
    const data = JSON.parse(readFileSync(file, "utf8")) as { entries: Record<string, unknown>[] };
    data.entries[0] = { ...data.entries[0], type: "Robot" };
    writeFileSync(file, JSON.stringify(data));
    expect(() => loadGazetteerFiles(d)).toThrow(/people\.json: entry 0 \(id "[^"]+"\): type/);
  });

  it("names both files when an id is used twice, and a missing file", () => {
    const d = copy();
    const file = join(d, "organizations.json");
    const data = JSON.parse(readFileSync(file, "utf8")) as { entries: unknown[] };
    data.entries.push({ id: "Q159", name: "Duplicate", type: "Organization", aliases: [] });
    writeFileSync(file, JSON.stringify(data));
    expect(() => loadGazetteerFiles(d)).toThrow(
      /organizations\.json: entry id "Q159" is already used in .*countries\.json/,
    );
    rmSync(join(d, "people.json"));
    expect(() => loadGazetteerFiles(d)).toThrow(/people\.json: cannot be read \(ENOENT\)/);
  });
});

describe("generated files", () => {
  const run = (args: string[]) =>
    spawnSync(
      process.execPath,
      ["--import", "tsx", join(PROJECT_ROOT, "scripts", "build-gazetteer.ts"), ...args],
      {
        cwd: PROJECT_ROOT,
        encoding: "utf8",
      },
    );

  it("match what scripts/build-gazetteer.ts makes", () => {
    const r = run(["--check"]);
    expect(r.stderr).not.toMatch(/out of date/);
    expect(r.stdout).toMatch(/countries\.json: up to date/);
    expect(r.stdout).toMatch(/world-places\.json: up to date/);
    expect(r.stdout).toMatch(/world-organizations\.json: up to date/);
    expect(r.stdout).toMatch(/world-features\.json: up to date/);
    expect(r.status).toBe(0);
  });

  it("world-features.json has rivers, seas, ranges, the UK's nations and breakaway regions; a river wins over a city", () => {
    const g = loadGazetteer();
    const place = (name: string) => g.lookup(name).find((e) => e.type === "Place");
    for (const name of ["Scotland", "Danube", "Lake Baikal", "Bosphorus", "Himalayas", "Sahara", "Bavaria"])
      expect(place(name), name).toBeDefined();
    expect(g.byId(place("Wales")!.country!)?.name).toBe("United Kingdom");
    expect(place("Danube")?.country).toBeUndefined();
    // Breakaway regions are places of the state they are recognised as part of.
    expect(g.byId(place("Abkhazia")!.country!)?.name).toBe("Georgia");
    expect(g.byId(place("Somaliland")!.country!)?.name).toBe("Somalia");
    // English words stay out unless marked ("Alps"); continents are optional in the conventions.
    expect(place("Bug")).toBeUndefined();
    expect(place("Alps")).toBeDefined();
    expect(place("Europe")).toBeUndefined();
  });

  it("knows demonym nouns and the demonyms news uses besides world-countries' own", () => {
    const g = loadGazetteer();
    for (const [d, country] of [
      ["Frenchman", "France"],
      ["Dutchwoman", "Netherlands"],
      ["Slovenian", "Slovenia"],
      ["Azeri", "Azerbaijan"],
      ["Swedes", "Sweden"],
    ])
      expect(g.demonym(d)?.name, d).toBe(country);
    // Given names and a word of Turkish names are no demonyms.
    for (const d of ["Dane", "Finn", "Turk"]) expect(g.demonym(d), d).toBeUndefined();
  });

  it("world-organizations.json has companies, banks, agencies and clubs, not words or surnames", () => {
    const g = loadGazetteer();
    const org = (name: string) => g.lookup(name).find((e) => e.type === "Organization");
    for (const name of [
      "Lockheed Martin",
      "Deutsche Bank",
      "Europol",
      "Real Sociedad",
      "Chicago Bulls",
      "ECB",
    ])
      expect(org(name), name).toBeDefined();
    // Linked to the home country; international bodies to none.
    expect(g.byId(org("Rheinmetall")!.country!)?.name).toBe("Germany");
    expect(org("Europol")?.country).toBeUndefined();
    // One English word stays out unless the list marks it ("Arsenal"); acronyms match only in capitals.
    for (const name of ["Target", "Visa", "Spurs", "Wolves", "Cowboys"])
      expect(org(name), name).toBeUndefined();
    expect(org("Arsenal")).toBeDefined();
    expect(g.matchAt(["The", "ecb"], 1)).toBeUndefined();
    // A city a club is named after stays the city; a company's name wins over a smaller city's.
    expect(g.lookup("Leverkusen").map((e) => e.type)).toEqual(["Place"]);
    expect(g.lookup("Toyota").map((e) => e.type)).toEqual(["Organization"]);
  });

  it("world-places.json has large cities and regions, not names that are words or given names", () => {
    const g = loadGazetteer();
    const place = (name: string) => g.lookup(name).find((e) => e.type === "Place");
    for (const city of ["Tampere", "Bydgoszcz", "Cochabamba", "Grand Rapids"])
      expect(place(city)?.country, city).toBeDefined();
    expect(g.byId(place("Tampere")!.country!)?.name).toBe("Finland");
    // A first-level region, by its own name.
    expect(place("KwaZulu-Natal")?.country).toBe(g.lookup("South Africa")[0].id);
    // Ordinary words, given names and surnames, folded ("Paúl" is "Paul") and generic regions stay out.
    for (const name of ["Reading", "Split", "Mobile", "Austin", "Hamilton", "Paul", "Central", "North West"])
      expect(place(name), name).toBeUndefined();
    // A "Republic of X" region is found by the X news writes.
    expect(place("Tatarstan")?.name).toBe("Republic of Tatarstan");
    // A name every other file has stays theirs: the state and capital, not a city of the same name.
    expect(g.lookup("Georgia").map((e) => e.type)).toEqual(["Country"]);
  });

  it("keeps the generated world places, organisations and features out of the tagger's features", () => {
    const { entries, featureEntries } = loadGazetteerFiles();
    const generated = ["world-places", "world-organizations", "world-features"].map(
      (f) => parseGazetteerFile(f, readFileSync(join(GAZETTEER_DIR, `${f}.json`), "utf8")).entries,
    );
    expect(featureEntries.length).toBe(entries.length - generated.reduce((n, f) => n + f.length, 0));
    for (const file of generated) expect(featureEntries.some((e) => e.id === file[0].id)).toBe(false);
  });

  it("--check fails and names the file when a generated file was edited by hand", () => {
    const dir = mkdtempSync(join(tmpdir(), "geokg-gazetteer-gen-"));
    try {
      cpSync(GAZETTEER_DIR, dir, { recursive: true });
      const file = join(dir, "capitals.json");
      writeFileSync(file, readFileSync(file, "utf8").replace('"Pyongyang"', '"Pjongjang"'));
      const r = run(["--check", "--dir", dir]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/capitals\.json is out of date/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
