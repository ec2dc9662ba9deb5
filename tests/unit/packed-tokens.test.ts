// Tokens made on the reader thread: packed and unpacked they are what tokenise gives, the reader thread
// sends them with each article, and an extractor given them extracts what it extracts on its own.
import { describe, expect, it, onTestFinished } from "vitest";
import { createExtractor } from "../../src/extract/index.js";
import { tokenise } from "../../src/extract/nlp.js";
import { TOKENISE_AHEAD } from "../../src/extract/jobs.js";
import { packTokens, unpackTokens } from "../../src/extract/packed-tokens.js";
import { readArticles, readArticlesAhead } from "../../src/read/index.js";
import type { Article } from "../../src/types.js";
import { writeJobsArticles } from "../fixtures/jobs/write-articles.js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const TEXTS = [
  "Dana Feroz met Tomas Varga in Lima on Monday.\n\nKessel’s army said it had sent troops to Dorvale.",
  // Extended Latin letters make wink read a copy of the text (`read`).
  "Tomáš Vargač, Dorvale’s foreign minister, flew to Łódź. He met Dana Feroz there.",
  "",
  "UPDATE\n\n  \n",
];

describe("packTokens / unpackTokens", () => {
  it("give back what tokenise gave, sentences and the copy wink read included", () => {
    for (const text of TEXTS) {
      const tokens = tokenise(text);
      const packed = packTokens(text, tokens);
      expect(packed).toBeDefined();
      expect(unpackTokens(packed!, text)).toEqual(tokens);
    }
    expect(unpackTokens(packTokens(TEXTS[1], tokenise(TEXTS[1]))!, TEXTS[1]).read).toBeDefined();
  });

  it("decline a text holding their separator, or a tag they do not know", () => {
    const text = "Kessel\u0000 and Dorvale signed a treaty.";
    expect(packTokens(text, tokenise(text))).toBeUndefined();
    const odd = tokenise(TEXTS[0]);
    odd.tags[0] = "NEWTAG";
    expect(packTokens(TEXTS[0], odd)).toBeUndefined();
  });
});

describe("tokenising ahead", () => {
  it("sends each article's tokens with it from the reader thread", async () => {
    const dir = mkdtempSync(join(tmpdir(), "geokg-packed-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const files = await writeJobsArticles(join(dir, "a"));
    const plain = [];
    for await (const o of readArticles(files)) plain.push(o);
    let n = 0;
    for await (const o of readArticlesAhead(files, { prepare: TOKENISE_AHEAD })) {
      const { prepared, ...outcome } = o;
      expect(outcome).toEqual(plain[n++]);
      if (!o.ok) continue;
      expect(prepared).toBeDefined();
      expect(unpackTokens(prepared!, o.article.text)).toEqual(tokenise(o.article.text));
    }
    expect(n).toBe(plain.length);
  });

  it("extracts from given tokens what the extractor extracts on its own, and tokenises those not given", () => {
    const articles: Article[] = TEXTS.map((text, i) => ({
      id: `t${i}`,
      contentHash: `t${i}`,
      published: "2026-03-02",
      text,
    }));
    const own = createExtractor().extractMany(articles);
    const tokens = articles.map((a, i) => (i === 1 ? undefined : tokenise(a.text)));
    expect(createExtractor(undefined, { tokensGiven: true }).extractMany(articles, tokens)).toEqual(own);
    expect(own[0]).toMatchObject({ ok: true });
    // Given tokens are the ones read: the same words tagged otherwise give another extraction.
    const retagged = tokenise(articles[0].text);
    retagged.tags.fill("X");
    const other = createExtractor(undefined, { tokensGiven: true }).extractMany([articles[0]], [retagged]);
    expect(other).not.toEqual([own[0]]);
  });
});
