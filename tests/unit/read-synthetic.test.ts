// The benchmark corpus generator: deterministic per seed, streaming, and made of well-formed articles.
import { describe, expect, it } from "vitest";
import { mulberry32, syntheticCorpus, syntheticWorld } from "../../bench/synthetic-corpus.js";
import { sha256 } from "../../src/read/article-id.js";
import { parseArticleText } from "../../src/read/index.js";
import type { Article } from "../../src/types.js";

async function take(n: number, seed?: number): Promise<Article[]> {
  const out: Article[] = [];
  for await (const a of syntheticCorpus(n, { seed })) out.push(a);
  return out;
}

describe("synthetic corpus", () => {
  it("mulberry32 gives the same sequence for the same seed, in [0, 1)", () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBe(1000);
    expect(mulberry32(8)()).not.toBe(xs[0]);
  });

  it("is the same corpus for the same seed and a different one for another seed", async () => {
    const [a, b, c] = [await take(50, 1), await take(50, 1), await take(50, 2)];
    expect(b).toEqual(a);
    expect(c.map((x) => x.contentHash)).not.toEqual(a.map((x) => x.contentHash));
  });

  it("makes article i from the seed and i alone, so a longer run starts with the shorter one", async () => {
    expect((await take(200)).slice(0, 20)).toEqual(await take(20));
  });

  it("yields well-formed articles with unique ids, valid hashes and dates", async () => {
    const articles = await take(300);
    expect(new Set(articles.map((a) => a.id)).size).toBe(300);
    for (const a of articles) {
      expect(a.contentHash).toBe(sha256(a.text));
      expect(a.published).toMatch(/^202[345]-\d\d-\d\d$/);
      expect(a.text.split("\n\n").length).toBeGreaterThanOrEqual(3);
      // The reader leaves a synthetic article as it is: it has no furniture.
      expect((await parseArticleText("s.txt", a.text)).text).toBe(a.text);
    }
  });

  it("uses the relation verbs, denied and planned forms, and never relates a country to itself", async () => {
    const text = (await take(300)).map((a) => a.text).join("\n");
    for (const verb of [
      " met ",
      " visited ",
      "signed a treaty",
      "troops to",
      " supplied ",
      " backed ",
      "expressed support for",
      "denied that",
      "is expected to visit",
      "is a member of",
    ]) {
      expect(text).toContain(verb);
    }
    let pairs = 0;
    for (const m of text.matchAll(
      /(\p{Lu}\p{Ll}+) (?:has sent \d+ troops to|supplied [a-z ]+ to|backed) (\p{Lu}\p{Ll}+)/gu,
    )) {
      expect(m[1]).not.toBe(m[2]);
      pairs++;
    }
    expect(pairs).toBeGreaterThan(50);
  });

  it("invents a world of distinct names", () => {
    const w = syntheticWorld(42);
    const names = [...w.countries.map((c) => c.name), ...w.people.map((p) => p.name), ...w.organisations];
    expect(new Set(names).size).toBe(names.length);
    expect(w.people.length).toBeGreaterThanOrEqual(500);
  });
});
