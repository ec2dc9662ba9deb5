// The demo corpus in data/articles reads cleanly: every file parses, furniture written into it is gone,
// and the properties other parts rely on (the XSS test string, dates, distinct outlets) hold.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DATA_DIR } from "../../src/config.js";
import { expandInputs, readArticles } from "../../src/read/index.js";
import type { Article } from "../../src/types.js";

const articles: Article[] = [];
const errors: string[] = [];

beforeAll(async () => {
  const files = await expandInputs([join(DATA_DIR, "articles")]);
  for await (const o of readArticles(files)) {
    if (o.ok) articles.push(o.article);
    else errors.push(o.error);
  }
});

describe("demo corpus", () => {
  it("reads 12–14 articles without errors, in every supported format", () => {
    expect(errors).toEqual([]);
    expect(articles.length).toBeGreaterThanOrEqual(12);
    expect(articles.length).toBeLessThanOrEqual(14);
    const formats = new Set(articles.map((a) => a.file!.split(".").pop()));
    expect([...formats].sort()).toEqual(["html", "jsonl", "md", "txt"]);
    expect(articles.some((a) => a.file!.endsWith("README.md"))).toBe(false);
  });

  it("gives every article a unique id, a title, an outlet and a date between 2023 and 2025", () => {
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
    for (const a of articles) {
      expect(a.title, a.id).toBeTruthy();
      expect(a.source, a.id).toBeTruthy();
      expect(a.published, a.id).toMatch(/^202[345]-\d\d-\d\d$/);
    }
    expect(new Set(articles.map((a) => a.source)).size).toBeGreaterThanOrEqual(10);
  });

  it("keeps the quoted XSS string as literal text in exactly one article", () => {
    expect(articles.filter((a) => a.text.includes("<img src=x onerror=alert(1)>"))).toHaveLength(1);
  });

  it("drops the web furniture the text files were written with", () => {
    for (const a of articles) {
      expect(a.text, a.id).not.toMatch(
        /leave a reply|please enter your|also read|read more|you (may|might) also like|more articles|share (this|on)|^by [A-Z]|^home\s*[/»]|experience covering|^(original )?source:|^tags:|^advertisement$|^(photo|image):/im,
      );
    }
  });

  it("contains the name variants the resolver is meant to merge", () => {
    const all = articles.map((a) => a.text).join("\n");
    for (const name of [
      "Choe Son Hui",
      "Choe Son-hui",
      "Kim Jong Un",
      "Kim Jong-un",
      "Kim Yo Jong",
      "Sergei Lavrov",
      "Sergey Lavrov",
      "Shoigu",
      "Shoygu",
    ]) {
      expect(all).toContain(name);
    }
  });
});
