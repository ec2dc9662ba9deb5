// The extractor's fast paths must give exactly what the plain forms they replace give: a word-run
// scan for /\b(?:…)\b/g patterns, character classes for \s and trim(), token placement for indexOf,
// and the quick exits of the event-date patterns.
import { describe, expect, it } from "vitest";
import { scanTriggers, triggerIndex, words } from "../../src/extract/trigger-words.js";
import {
  INITIAL_LETTER,
  INITIAL_LOWER,
  INITIAL_UPPER,
  initialClass,
  isBlank,
  isSpaceCode,
} from "../../src/extract/char-class.js";
import { analyse } from "../../src/extract/nlp.js";
import { eventDate } from "../../src/extract/event-date.js";
import { relationId, relationIdOf, relationKey } from "../../src/extract/relation-id.js";
import { createExtractor } from "../../src/extract/index.js";
import { loadGazetteer } from "../../src/extract/gazetteer/index.js";
import type { Article } from "../../src/types.js";

const LISTS = {
  send: words("sent send sends deploy deployed"),
  give: words("gave give sent supplied"),
  aid: words("aid help back"),
};

/** What the regex form finds: one /\b(?:w1|w2|…)\b/g per list. */
function byRegex(text: string): Record<string, [number, string][]> {
  const out: Record<string, [number, string][]> = {};
  for (const [kind, list] of Object.entries(LISTS)) {
    const re = new RegExp(`\\b(?:${[...list].join("|")})\\b`, "g");
    out[kind] = [...text.matchAll(re)].map((m) => [m.index, m[0]]);
  }
  return out;
}

const SENTENCES = [
  "the ministry sent aid and later deployed more units to back the plan.",
  "re-sent, sent-off and (sent) — send/sends; gave_up gave2 give!",
  "aid:help;back... aidback backaid helps helped",
  "troops were sent\nto the front, then help sent again",
  "désent naïve sent über-send ésent",
  "",
  "sent",
  "   deploy   ",
];

describe("trigger word scan", () => {
  const index = triggerIndex(LISTS);
  it.each(SENTENCES)("finds what matchAll finds in %j", (text) => {
    const found = scanTriggers(text, index);
    const want = byRegex(text);
    for (const kind of Object.keys(LISTS) as (keyof typeof LISTS)[]) {
      expect(found[kind].map((h) => [h.index, h[0]])).toEqual(want[kind]);
    }
  });

  it("refuses a trigger that is not one word", () => {
    expect(() => triggerIndex({ bad: new Set(["held talks"]) })).toThrow(/single word/);
  });
});

describe("character classes", () => {
  it("isSpaceCode agrees with /\\s/ on every BMP code unit", () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++)
      if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it("initialClass agrees with /^\\p{Lu}/u, /^\\p{Ll}/u and /^\\p{L}/u on every BMP first code unit", () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const s = String.fromCharCode(c) + "x";
      const want =
        (/^\p{Lu}/u.test(s) ? INITIAL_UPPER : 0) |
        (/^\p{Ll}/u.test(s) ? INITIAL_LOWER : 0) |
        (/^\p{L}/u.test(s) ? INITIAL_LETTER : 0);
      if (initialClass(s) !== want) differ.push(c);
    }
    expect(differ).toEqual([]);
    // Letters beyond the BMP (a surrogate pair) and the empty string.
    expect(initialClass("𝐀bc")).toBe(INITIAL_UPPER | INITIAL_LETTER);
    expect(initialClass("")).toBe(0);
  });

  it.each(["", " ", "\n\n", "\u00a0\u2003\t", "a", " x ", "\u200b"])("isBlank(%j) is trim() === ''", (s) => {
    expect(isBlank(s)).toBe(s.trim() === "");
  });
});

describe("token placement", () => {
  it.each([
    "Officials met in the capital.  Two  spaces, and\nline breaks\n\nhere.",
    "Prices rose 3.5% on Monday; the ministry's note (dated 2024-06-20) said so.",
    "Ein Café in Zürich — “quoted” words… and emoji 🙂 too.",
  ])("token spans hold the token texts in %j", (text) => {
    const { texts, lowers, initials, tags, starts, ends, sentences } = analyse(text);
    // One entry per token in every parallel array.
    for (const a of [lowers, initials, tags, starts, ends]) expect(a).toHaveLength(texts.length);
    expect(lowers).toEqual(texts.map((t) => t.toLowerCase()));
    expect(initials).toEqual(texts.map(initialClass));
    let cursor = 0;
    texts.forEach((t, i) => {
      // The first occurrence at or after the previous token's end, as indexOf would place it.
      expect(starts[i]).toBe(text.indexOf(t, cursor));
      expect(text.slice(starts[i], ends[i])).toBe(t);
      cursor = ends[i];
    });
    // Sentences start and end on text, never on the line-break tokens between them.
    for (const s of sentences) {
      expect(isBlank(texts[s.tokStart])).toBe(false);
      expect(isBlank(texts[s.tokEnd - 1])).toBe(false);
    }
  });

  it("splits sentences at line breaks", () => {
    const { sentences } = analyse(
      "Border Talks Resume\nThe two sides met on Monday. They agreed to meet again.",
    );
    expect(sentences.map((s) => s.headline)).toEqual([true, false, false]);
  });
});

describe("event date quick exits", () => {
  it.each([
    ["They spoke by phone.", undefined],
    ["The 12 ministers spoke by phone.", undefined],
    ["It happened yesterday.", "2024-06-19"],
    ["It happened today.", "2024-06-20"],
    ["It happened this month.", "2024-06"],
    ["Signed in 2019, it lapsed.", "2019"],
    ["Signed on 3 March 2021.", "2021-03-03"],
    ["They met on MONDAY.", "2024-06-17"],
  ])("%j → %s", (sentence, date) => {
    expect(eventDate(sentence, "2024-06-20")).toBe(date);
  });
});

describe("relation ids", () => {
  it("hash the relation key", () => {
    const key = relationKey("a1", "MET", "person:x", "person:y", "asserted", "2024-06-20");
    expect(relationIdOf(key)).toBe(relationId("a1", "MET", "person:x", "person:y", "asserted", "2024-06-20"));
    expect(relationIdOf(key)).toMatch(/^rel:[0-9a-f]{20}$/);
    expect(relationIdOf(relationKey("a1", "MET", "person:x", "person:y", "asserted"))).not.toBe(
      relationIdOf(key),
    );
  });
});

/** A test article of `text`, published on a fixed date. */
const article = (id: string, text: string): Article => ({
  id,
  contentHash: id,
  published: "2024-06-20",
  text,
});

describe("state shared between articles", () => {
  // Title attachment reuses position arrays from one article to the next; nothing of an earlier
  // article may leak into a later one. Here the earlier article has a state ending right where the
  // later one's title starts, which must not make the later person that state's office holder.
  const earlier = article("earlier", "Norway's President Ilse Marant spoke on Monday.");
  const later = article("later", "Sweden said President Tomas Keller spoke on Monday.");

  it("an article reads the same after another with titles at the same places", () => {
    const alone = createExtractor().extract(later);
    const extractor = createExtractor();
    const first = extractor.extract(earlier);
    expect(first.relations.map((r) => r.type)).toContain("AFFILIATED_WITH");
    expect(extractor.extract(later)).toEqual(alone);
  });
});

describe("extractMany", () => {
  const texts = [
    "Norway's President Ilse Marant met Sweden's Prime Minister Tomas Keller in Oslo on Monday.",
    "Finland sent troops to Estonia last month, according to officials.",
    "Prime Minister Tomas Keller visited Denmark. He met President Ilse Marant there.",
    "",
    "Russia supplied arms to Belarus in 2023.",
  ];
  // More than one group (EXTRACT_GROUP), so groups must join in order.
  const articles = Array.from({ length: 19 }, (_, i) => article(`a${i}`, texts[i % texts.length]));

  it("gives what extract gives for each article, in order, across groups", () => {
    const one = createExtractor();
    const expected = articles.map((a) => one.extract(a));
    const got = createExtractor().extractMany(articles);
    expect(got).toEqual(expected.map((extraction) => ({ ok: true, extraction })));
    expect(expected.some((x) => x.relations.length > 0)).toBe(true);
  });

  it("reports a failing article and extracts the others of its group", () => {
    const broken = { ...article("broken", "x"), text: undefined } as unknown as Article;
    const got = createExtractor().extractMany([articles[0], broken, articles[1]]);
    expect(got[1]).toMatchObject({ ok: false });
    expect((got[1] as { error: string }).error).not.toBe("");
    expect(got[0]).toEqual({ ok: true, extraction: createExtractor().extract(articles[0]) });
    expect(got[2]).toEqual({ ok: true, extraction: createExtractor().extract(articles[1]) });
  });
});

describe("gazetteer match in a window", () => {
  const gaz = loadGazetteer();
  const tokens = "Officials of the United States and North Korea met Kim Jong Un in Pyongyang .".split(" ");

  it("matchAt(tokens, i, end) is matchAt on the copy tokens.slice(i, end)", () => {
    let matched = 0;
    for (let i = 0; i < tokens.length; i++)
      for (let end = i; end <= tokens.length + 1; end++) {
        const inPlace = gaz.matchAt(tokens, i, end);
        expect(inPlace).toEqual(gaz.matchAt(tokens.slice(i, end), 0));
        if (inPlace) matched++;
      }
    // Spans that name something are among those compared, not only misses.
    expect(matched).toBeGreaterThan(5);
  });
});
