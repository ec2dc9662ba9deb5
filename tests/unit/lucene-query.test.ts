// The name search's Lucene query (src/store/read-entity.ts): every word a prefix or one edit away, and
// Lucene syntax in what the user typed escaped.
import { describe, expect, it } from "vitest";
import { luceneQuery } from "../../src/store/read-entity.js";

describe("luceneQuery", () => {
  it("matches each word as a prefix or a term one edit away; short words as prefixes only", () => {
    expect(luceneQuery("Sergei Lavrof")).toBe("(Sergei* OR Sergei~1) AND (Lavrof* OR Lavrof~1)");
    expect(luceneQuery("  Kim  ")).toBe("Kim*");
  });

  it("escapes Lucene syntax and drops empty words", () => {
    expect(luceneQuery('ab" (c) x')).toBe('(ab\\"* OR ab\\"~1) AND (\\(c\\)* OR \\(c\\)~1) AND x*');
    expect(luceneQuery("   ")).toBe("");
  });
});
