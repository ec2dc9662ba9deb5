// Behaviour of the gazetteer API against the real data files.
import { describe, expect, it } from "vitest";
import {
  loadGazetteer,
  normalizeName,
  within,
  type GazetteerEntry,
} from "../../src/extract/gazetteer/index.js";

const g = loadGazetteer();

/** The single entry a form resolves to (fails the test when it is missing or ambiguous). */
function one(surface: string): GazetteerEntry {
  const hits = g.lookup(surface);
  expect(
    hits.map((e) => e.name),
    `lookup(${JSON.stringify(surface)})`,
  ).toHaveLength(1);
  return hits[0];
}
const names = (es: GazetteerEntry[]): string[] => es.map((e) => e.name).sort();

describe("normalizeName", () => {
  it("treats hyphens and spaces alike", () => {
    expect(normalizeName("Kim Jong-un")).toBe(normalizeName("Kim Jong Un"));
    expect(normalizeName("Kim Jong-un")).toBe("kim jong un");
  });
  it("unifies apostrophes and possessive placement", () => {
    const want = normalizeName("Workers' Party of Korea");
    expect(normalizeName("Worker’s Party of Korea")).toBe(want);
    expect(normalizeName("Worker's Party of Korea")).toBe(want);
    expect(normalizeName("Worker 's Party of Korea")).toBe(want);
  });
  it("drops a leading 'the', a trailing possessive, case and diacritics", () => {
    expect(normalizeName("The Kremlin")).toBe("kremlin");
    expect(normalizeName("Ukraine’s")).toBe("ukraine");
    expect(normalizeName("Recep Tayyip Erdoğan")).toBe("recep tayyip erdogan");
    expect(normalizeName("Łódź")).toBe("lodz");
  });
  it("joins dotted and spaced initials", () => {
    expect(normalizeName("U.S.")).toBe("us");
    expect(normalizeName("U. S.")).toBe("us");
    expect(normalizeName("D.P.R.K.")).toBe("dprk");
    expect(normalizeName("Washington, D.C.")).toBe("washington dc");
  });
  it("gives plain names (ASCII letters, single spaces) the key the full normalisation gives", () => {
    // A trailing no-break space sends a name down the full path, which drops it again.
    const words = ["The", "the", "U", "S", "a", "Kim", "Jong", "Un", "of", "John", "F", "Kennedy", "X", "y"];
    let seed = 7;
    const pick = (): string => words[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % words.length];
    for (let n = 0; n < 2000; n++) {
      const name = Array.from({ length: 1 + (n % 5) }, pick).join(" ");
      expect(normalizeName(name), name).toBe(normalizeName(`${name}\u00a0`));
    }
    expect(normalizeName("U S A")).toBe("usa");
    expect(normalizeName("The United States")).toBe("united states");
  });
});

describe("lookup", () => {
  it("resolves transliteration and punctuation variants to one person", () => {
    const kim = one("Kim Jong-un");
    expect(kim.type).toBe("Person");
    expect(one("KIM JONG UN")).toBe(kim);
    expect(one("Kim Jong Un's")).toBe(kim);
    expect(one("Sergei Lavrov")).toBe(one("Sergey Lavrov"));
    expect(one("Choe Son-hui")).toBe(one("Choe Son Hui"));
  });
  it("finds government sites with or without 'the' and gives the state they stand for", () => {
    const kremlin = one("the Kremlin");
    expect(kremlin.type).toBe("Place");
    expect(kremlin.actorFor).toBe(one("Russia").id);
    expect(one("White House").actorFor).toBe(one("United States").id);
  });
  it("matches the party name whatever the apostrophe", () => {
    const wpk = one("Worker’s Party of Korea");
    expect(wpk.type).toBe("Organization");
    expect(one("Workers' Party")).toBe(wpk);
    expect(one("WPK")).toBe(wpk);
    expect(wpk.country).toBe(one("North Korea").id);
  });
  it("treats acronyms case-sensitively so the pronoun 'us' is not a country", () => {
    const us = one("U.S.");
    expect(us.name).toBe("United States");
    expect(one("US")).toBe(us);
    expect(one("USA")).toBe(us);
    expect(one("America")).toBe(us);
    expect(g.lookup("us")).toEqual([]);
    expect(g.lookup("Us")).toEqual([]);
    expect(one("DPRK’s")).toBe(one("DPRK"));
    expect(g.lookup("dprk’s")).toEqual([]);
    expect(one("Nato")).toBe(one("NATO"));
    expect(one("Tass news agency")).toBe(one("TASS"));
  });
  it("knows official names, short forms and news spellings of states", () => {
    const nk = one("North Korea");
    expect(one("Democratic People's Republic of Korea")).toBe(nk);
    expect(one("DPRK")).toBe(nk);
    expect(one("Korea, North")).toBe(nk);
    expect(one("Republic of Korea").name).toBe("South Korea");
    expect(one("Russian Federation").name).toBe("Russia");
    expect(one("Viet Nam").name).toBe("Vietnam");
    expect(one("Czechia").name).toBe("Czech Republic");
    expect(one("UK").name).toBe("United Kingdom");
    expect(one("Bosnia").name).toBe("Bosnia and Herzegovina");
    expect(one("Burkina").name).toBe("Burkina Faso");
    expect(one("Cabo Verde").name).toBe("Cape Verde");
    expect(one("Republic of Congo").name).toBe("Republic of the Congo");
  });
  it("does not guess at ambiguous forms", () => {
    expect(g.lookup("Korea")).toEqual([]);
    expect(g.lookup("Korean")).toEqual([]);
    expect(g.lookup("Kim")).toEqual([]);
    // Two states: news qualifies it.
    expect(g.lookup("Congo")).toEqual([]);
    expect(g.lookup("Security Council of Atlantis")).toEqual([]);
  });
  it("links capitals and states both ways", () => {
    const nk = one("North Korea");
    const pyongyang = one("Pyongyang");
    expect(nk.capital).toBe(pyongyang.id);
    expect(pyongyang.actorFor).toBe(nk.id);
    expect(one("Kiev")).toBe(one("Kyiv"));
  });
  it("keeps a city and its region as one place, as news uses them interchangeably", () => {
    expect(one("Kursk region")).toBe(one("Kursk"));
    expect(one("Kursk Oblast")).toBe(one("Kursk"));
    expect(one("Kursk").country).toBe(one("Russia").id);
  });
});

describe("demonym", () => {
  it("maps nationality adjectives and plurals to the country", () => {
    expect(g.demonym("North Korean")?.name).toBe("North Korea");
    expect(g.demonym("North Koreans")?.name).toBe("North Korea");
    expect(g.demonym("Russian")?.name).toBe("Russia");
    expect(g.demonym("Ukrainian")?.name).toBe("Ukraine");
    expect(g.demonym("American")?.name).toBe("United States");
    expect(g.demonym("Chinese")?.name).toBe("China");
    expect(g.demonym("Israeli")?.name).toBe("Israel");
  });
  it("returns nothing for names that are not demonyms or are ambiguous", () => {
    expect(g.demonym("Russia")).toBeUndefined();
    expect(g.demonym("Korean")).toBeUndefined();
    expect(g.demonym("Congolese")).toBeUndefined();
  });
});

describe("matchAt", () => {
  const at = (text: string[], i: number) => {
    const m = g.matchAt(text, i);
    return m && { name: m.entry.name, length: m.length, via: m.via };
  };

  it("prefers the longest match: 'North Korean leader' is North Korea over two tokens, not Korea", () => {
    expect(at(["The", "North", "Korean", "leader", "arrived"], 1)).toEqual({
      name: "North Korea",
      length: 2,
      via: "demonym",
    });
    expect(at(["The", "North", "Korean", "leader", "arrived"], 2)).toBeUndefined();
  });
  it("spans names however the tokeniser split them", () => {
    expect(at(["Kim", "Jong", "-", "un", "inspected", "a", "factory"], 0)).toEqual({
      name: "Kim Jong Un",
      length: 4,
      via: "name",
    });
    expect(at(["Kim", "Jong-un", "inspected"], 0)).toEqual({ name: "Kim Jong Un", length: 2, via: "name" });
    expect(at(["the", "Workers", "'", "Party", "of", "Korea", "congress"], 1)).toEqual({
      name: "Workers' Party of Korea",
      length: 5,
      via: "name",
    });
    expect(at(["The", "Democratic", "People", "'s", "Republic", "of", "Korea", "said"], 1)?.length).toBe(6);
  });
  it("lets a longer place name win over the person it is named after", () => {
    expect(at(["Kim", "Il", "Sung", "Square", "filled"], 0)).toEqual({
      name: "Kim Il Sung Square",
      length: 4,
      via: "name",
    });
    expect(at(["Kim", "Il", "Sung", "founded"], 0)).toEqual({ name: "Kim Il Sung", length: 3, via: "name" });
  });
  it("leaves a possessive outside the span", () => {
    expect(at(["Ukraine", "'s", "army", "withdrew"], 0)).toEqual({ name: "Ukraine", length: 1, via: "name" });
  });
  it("does not start on 'the', lower-case words or punctuation, nor cross commas", () => {
    expect(at(["the", "Kremlin", "said"], 0)).toBeUndefined();
    expect(at(["the", "Kremlin", "said"], 1)).toEqual({ name: "Kremlin", length: 1, via: "name" });
    expect(at(["they", "told", "us", "nothing"], 2)).toBeUndefined();
    expect(at(["roast", "turkey"], 1)).toBeUndefined();
    expect(at(["Japan", ",", "South", "Korea"], 1)).toBeUndefined();
    expect(at(["Japan", ",", "South", "Korea"], 0)).toEqual({ name: "Japan", length: 1, via: "name" });
    expect(at(["U.S.", "troops"], 0)).toEqual({ name: "United States", length: 1, via: "alias" });
  });
  it("returns nothing past the end or for unknown words", () => {
    expect(at(["Zorblax", "Republic"], 0)).toBeUndefined();
    expect(at(["Russia"], 3)).toBeUndefined();
  });
});

describe("matchAt equals an exhaustive search", () => {
  // Reference: try every span from the longest down with lookup(); matchAt prunes spans by key prefix.
  const EDGE = /^(?:[\p{P}\p{S}]+|['’]s)$/u;
  const BREAK = /^[,;:!?()[\]{}"“”]+$/u;
  function exhaustive(tokens: string[], i: number): string | undefined {
    if (!/\p{Lu}/u.test(tokens[i]) || EDGE.test(tokens[i]) || /^the$/i.test(tokens[i])) return undefined;
    let end = i;
    while (end < tokens.length && end - i < 12 && !BREAK.test(tokens[end])) end++;
    for (let j = end; j > i; j--) {
      if (EDGE.test(tokens[j - 1])) continue;
      const hit = g.lookup(tokens.slice(i, j).join(" "))[0];
      if (hit) return `${hit.id}/${j - i}`;
    }
    return undefined;
  }
  const texts = [
    "On Tuesday the U . S . envoy and North Korea 's Foreign Minister Choe Son-hui met in Pyongyang .",
    "The Democratic People ' s Republic of Korea and the Russian Federation signed a pact in the Kremlin .",
    "Officials of the Workers ' Party of Korea , NATO , the UN Security Council and Tass news agency spoke .",
    "Kim Jong - un and President Vladimir Putin toured the Vostochny Cosmodrome near the Kursk Oblast border .",
    "South Korean and Japanese troops , U.S.-made rockets , Viet Nam , Washington , D.C. and New Delhi .",
  ];
  it("finds the same entry and span at every token of varied sentences", () => {
    let hits = 0;
    for (const text of texts) {
      const tokens = text.split(" ");
      for (let i = 0; i < tokens.length; i++) {
        const m = g.matchAt(tokens, i);
        const got = m && `${m.entry.id}/${m.length}`;
        expect(got, `${text} @${i}`).toBe(exhaustive(tokens, i));
        if (got) hits++;
      }
    }
    expect(hits).toBeGreaterThanOrEqual(22);
  });
});

describe("holders", () => {
  const russia = () => one("Russia").id;
  it("finds who held an office on a date", () => {
    expect(names(g.holders("foreign minister", russia(), "2024-01-15"))).toEqual(["Sergey Lavrov"]);
    expect(names(g.holders("defence minister", russia(), "2024-01-15"))).toEqual(["Sergei Shoigu"]);
    expect(names(g.holders("defence minister", russia(), "2024-06-01"))).toEqual(["Andrei Belousov"]);
    expect(names(g.holders("president", one("United States").id, "2023-07-04"))).toEqual(["Joe Biden"]);
  });
  it("matches a local title as well as the generic role", () => {
    const us = one("United States").id;
    expect(names(g.holders("Secretary of State", us, "2025-03-01"))).toEqual(["Marco Rubio"]);
    expect(names(g.holders("foreign minister", us, "2023-03-01"))).toEqual(["Antony Blinken"]);
    expect(names(g.holders("chancellor", one("Germany").id, "2023-03-01"))).toEqual(["Olaf Scholz"]);
  });
  it("treats a partial date as a period and no date as any time", () => {
    const us = one("United States").id;
    expect(names(g.holders("president", us, "2025"))).toEqual(["Donald Trump", "Joe Biden"]);
    const ever = names(g.holders("president", us));
    expect(ever).toEqual(expect.arrayContaining(["Barack Obama", "Donald Trump", "Joe Biden"]));
  });
  it("returns nothing for an office nobody in the data held", () => {
    expect(g.holders("foreign minister", russia(), "1990-01-01")).toEqual([]);
    expect(g.holders("astronaut", russia())).toEqual([]);
  });
});

describe("within", () => {
  it("compares partial dates as periods", () => {
    expect(within("2024-05-12", "2012-11-06", "2024-05-12")).toBe(true);
    expect(within("2024-05-13", "2012-11-06", "2024-05-12")).toBe(false);
    expect(within("2024-05", "2024-05-14")).toBe(true);
    expect(within("2024-04", "2024-05-14")).toBe(false);
    expect(within("2011", undefined, "2011-12-17")).toBe(true);
    expect(within("2012-01-01", undefined, "2011-12")).toBe(false);
    expect(within("2000-01-01")).toBe(true);
  });
});
