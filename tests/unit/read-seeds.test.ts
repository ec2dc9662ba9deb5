// The five real sample pages: every kind of furniture they carry is gone, and the metadata they state
// (a source line, a dated header) is read. Assertions are about furniture kinds, not article sentences.
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config.js";
import { readArticles } from "../../src/read/index.js";
import type { Article } from "../../src/types.js";

const SEEDS = join(PROJECT_ROOT, "..", "shared", "corpus", "seeds");
const articles: Article[] = [];

beforeAll(async () => {
  const files = (await readdir(SEEDS))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => join(SEEDS, f));
  for await (const o of readArticles(files)) {
    if (!o.ok) throw new Error(o.error);
    articles.push(o.article);
  }
});

/** Furniture patterns as they appear on news pages in general. */
const FURNITURE: Array<[string, RegExp]> = [
  [
    "comment form",
    /leave a reply|your email address will not be published|please enter your (comment|name)|required fields are marked/i,
  ],
  ["author bio", /has (over |more than )?\d+ years of experience/i],
  ["related links", /^(also read|read more|you may also like|more articles|latest articles?)\b/im],
  ["breadcrumb", /^(home\s*(\/|»|›)|home(?=[A-Z])|inici\s*»)/m],
  ["player notice", /flash plugin|update required/i],
  ["source line", /^(original )?source:/im],
  ["editor's note", /^note:.*\brewrite\b/im],
  ["masthead / tagline", /^(www\.)?[a-z0-9-]+\.[a-z]{2,}$|breaking news and insights/im],
  ["lone date line", /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday), \w+ \d{1,2}, \d{4}$/im],
];

describe("the five sample pages", () => {
  it("are all read", () => {
    expect(articles).toHaveLength(5);
    for (const a of articles) expect(a.text.length).toBeGreaterThan(500);
  });

  it.each(FURNITURE)("no %s is left", (_kind, pattern) => {
    for (const a of articles) expect(a.text, a.id).not.toMatch(pattern);
  });

  it("keep no line twice and no line of another language", () => {
    for (const a of articles) {
      const paragraphs = a.text.split(/\n+/);
      expect(new Set(paragraphs.map((p) => p.toLowerCase().replace(/[^a-z]/g, ""))).size, a.id).toBe(
        paragraphs.length,
      );
      // The only non-English passage in the pages is an image's alt text; English prose has function words.
      for (const p of paragraphs)
        if (p.split(" ").length >= 12)
          expect(p, a.id).toMatch(/\b(the|of|and|to|in|a|with|by|for|on|at|from)\b/i);
    }
  });

  it("keep paragraph structure: paragraphs separated by blank lines, none empty", () => {
    for (const a of articles) {
      expect(a.text).toBe(a.text.trim());
      expect(a.text).not.toMatch(/\n{3,}/);
      expect(a.text.split("\n\n").length, a.id).toBeGreaterThanOrEqual(5);
    }
  });

  it("read the outlet a page names on a source line", () => {
    const withSourceLine = articles.filter((a) => a.source !== undefined);
    expect(withSourceLine.length).toBeGreaterThanOrEqual(2);
    for (const a of withSourceLine) expect(a.source).toMatch(/^(www\d?\.)?[a-z0-9.-]+\.[a-z]{2,}$/);
  });

  it("read the date of a page with a dated header line", () => {
    const dated = articles.filter((a) => a.published !== undefined);
    expect(dated).toHaveLength(1);
    expect(dated[0].published).toMatch(/^20\d\d-\d\d-\d\d$/);
  });

  it("have a title each, which is not a breadcrumb or a date", () => {
    for (const a of articles) {
      expect(a.title, a.id).toBeTruthy();
      expect(a.title).not.toMatch(/^home|\d{4}$/i);
      expect(a.text.startsWith(a.title!)).toBe(true);
    }
  });

  it("give ids from the file names", () => {
    for (const a of articles) expect(a.file?.endsWith(`${a.id}.txt`)).toBe(true);
  });
});
