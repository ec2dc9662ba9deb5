// Each input format read from fixture files written for these tests.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config.js";
import { parseArticleText, readArticles } from "../../src/read/index.js";
import type { Article, ReadOutcome } from "../../src/types.js";
import { sha256 } from "../../src/read/article-id.js";

const FIXTURES = join(PROJECT_ROOT, "tests", "fixtures", "read");
const fixture = (name: string) => join(FIXTURES, name);

async function readAll(files: string[]): Promise<ReadOutcome[]> {
  const out: ReadOutcome[] = [];
  for await (const o of readArticles(files)) out.push(o);
  return out;
}

async function one(name: string): Promise<Article> {
  const [o] = await readAll([fixture(name)]);
  if (!o.ok) throw new Error(o.error);
  return o.article;
}

describe("html", () => {
  it("keeps the visible article text only", async () => {
    const a = await one("page.html");
    for (const hidden of [
      "TRACKING-SCRIPT-TEXT",
      "INLINE-SCRIPT-TEXT",
      "SITE-HEADER-TEXT",
      "NAV-MENU-TEXT",
      "COOKIE-TEXT",
      "FIGCAPTION-TEXT",
      "SHARE-TEXT",
      "ASIDE-TEXT",
      "SUBSCRIBE-BUTTON-TEXT",
      "TEASER-TEXT",
      "FOOTER-TEXT",
      "color: red",
      "Ana Ferreira",
    ]) {
      expect(a.text).not.toContain(hidden);
    }
    expect(a.text.split("\n\n")).toEqual([
      "Harbour talks end without a deal",
      expect.stringMatching(/^Negotiators from Valdoria and Esterland ended two days/),
      expect.stringMatching(/^The Valdorian delegation said/),
      expect.stringMatching(/^Esterland's trade minister, Lena Marsh/),
    ]);
  });

  it("decodes entities, so quoted markup is literal text", async () => {
    const a = await one("page.html");
    expect(a.text).toContain("<img src=x onerror=alert(1)>");
  });

  it("takes title, url, outlet and date from the page's own metadata", async () => {
    const a = await one("page.html");
    expect(a).toMatchObject({
      title: "Harbour talks end without a deal",
      url: "https://ledger.example.org/world/harbour-talks-end",
      source: "The Coastal Ledger",
      published: "2023-03-14",
    });
    expect(a.id).toMatch(/^harbour-talks-end-[0-9a-f]{8}$/);
  });

  it("strips the site name from <title> when that is all there is", async () => {
    const a = await parseArticleText(
      "x.html",
      "<html><head><title>Dam talks stall - River Times</title></head><body><p>The dam talks stalled again on Friday.</p></body></html>",
    );
    expect(a.title).toBe("Dam talks stall");
    expect(a.text).toBe("The dam talks stalled again on Friday.");
  });
});

describe("markdown", () => {
  it("reads front matter and reduces markup to words", async () => {
    const a = await one("article.md");
    expect(a).toMatchObject({
      id: "article",
      title: "Border commission meets in Lindau",
      source: "Alpine Dispatch",
      published: "2024-02-05",
    });
    expect(a.text).toContain("The joint border commission of Valdoria and Esterland met in Lindau on Monday");
    expect(a.text).not.toMatch(/\*\*|\]\(|!\[|^#/m);
    expect(a.text).not.toContain("Commissioners around a map");
    expect(a.text).toContain(
      "- Survey teams will return in June.\n- A final report is due by the end of the year.",
    );
  });
});

describe("plain text with furniture", () => {
  it("keeps the story and nothing else", async () => {
    const a = await one("furniture.txt");
    expect(a.text).toBe(
      [
        "Valdoria and Esterland Agree to Resume Fishing Talks",
        "Valdoria and Esterland agreed on Thursday to resume talks on fishing quotas, ending a three-month pause that had left hundreds of boats in port.",
        "The agreement was announced after a phone call between the two foreign ministers.",
        "Officials said a first round would take place in Esterland's capital in April.",
      ].join("\n\n"),
    );
    expect(a).toMatchObject({
      id: "furniture",
      title: "Valdoria and Esterland Agree to Resume Fishing Talks",
      source: "www.northsea-wire.example.com",
      published: "2023-03-03",
    });
    expect(a.contentHash).toBe(sha256(a.text));
  });

  it("gives the same id and hash on every read", async () => {
    const [a, b] = [await one("furniture.txt"), await one("furniture.txt")];
    expect(b.id).toBe(a.id);
    expect(b.contentHash).toBe(a.contentHash);
    const raw = await readFile(fixture("furniture.txt"), "utf8");
    expect(
      (await parseArticleText("elsewhere/furniture.txt", raw.replace("a first round", "a second round")))
        .contentHash,
    ).not.toBe(a.contentHash);
  });
});

describe("json and jsonl", () => {
  it("reads a JSON array, naming the bad record by index and reading the others", async () => {
    const out = await readAll([fixture("records.json")]);
    expect(out.map((o) => o.ok)).toEqual([true, false, true]);
    const [first, bad, third] = out;
    expect(first.ok && first.article).toMatchObject({
      id: "rec-one",
      title: "Grain corridor reopens",
      source: "Example Wire",
      published: "2023-08-01",
      url: "https://wire.example.net/a/1",
    });
    expect(!bad.ok && bad.error).toMatch(/records\.json, record \[1\]: text: missing "text"/);
    // A record without id is named after its url; furniture inside record text is still removed.
    expect(third.ok && third.article.id).toMatch(/^3-[0-9a-f]{8}$/);
    expect(third.ok && third.article.text).toBe("Esterland's navy escorted the first convoy.");
  });

  it("reads JSON Lines one outcome per line, naming bad lines by number", async () => {
    const out = await readAll([fixture("records.jsonl")]);
    expect(out.map((o) => (o.ok ? o.article.id : o.error))).toEqual([
      "l1",
      expect.stringMatching(/records\.jsonl, line 2: invalid JSON/),
      expect.stringMatching(/records\.jsonl, line 4: published: not a date/),
      "records-5",
    ]);
    const first = out[0];
    expect(first.ok && first.article).toMatchObject({ published: "2024-06-19", source: "Northern Post" });
  });

  it("accepts a single JSON object", async () => {
    const a = await parseArticleText("one.json", "The envoy left Geneva on Sunday.", {
      id: "x1",
      published: "2024-01-02",
    });
    expect(a).toMatchObject({ id: "x1", published: "2024-01-02", text: "The envoy left Geneva on Sunday." });
  });
});
