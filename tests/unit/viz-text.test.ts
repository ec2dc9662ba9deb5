import { describe, expect, it } from "vitest";
import { escapeRegExp, isSafeUrl, markSegments } from "../../viz/src/text.js";

const marked = (sentence: string, names: string[]): string =>
  markSegments(sentence, names)
    .map((s) => (s.mark ? `[${s.text}]` : s.text))
    .join("");

describe("safe links", () => {
  it("allows only http and https URLs", () => {
    expect(isSafeUrl("https://news.example/a?b=1")).toBe(true);
    expect(isSafeUrl("HTTP://news.example/")).toBe(true);
    expect(isSafeUrl("javascript:alert(1)")).toBe(false);
    expect(isSafeUrl("JavaScript:alert(1)//https://x")).toBe(false);
    expect(isSafeUrl("data:text/html,<script>alert(1)</script>")).toBe(false);
    expect(isSafeUrl(" javascript:alert(1)")).toBe(false);
    expect(isSafeUrl("//news.example/a")).toBe(false);
    expect(isSafeUrl("")).toBe(false);
    expect(isSafeUrl(null)).toBe(false);
    expect(isSafeUrl(undefined)).toBe(false);
  });
});

describe("name marking in evidence sentences", () => {
  it("marks whole-word, case-insensitive occurrences", () => {
    expect(marked("The Velorian envoy met velor officials in Velor.", ["Velor"])).toBe(
      "The Velorian envoy met [velor] officials in [Velor].",
    );
  });

  it("prefers the longer name where names overlap", () => {
    expect(marked("Mira Quon said Quon would travel.", ["Quon", "Mira Quon"])).toBe(
      "[Mira Quon] said [Quon] would travel.",
    );
  });

  it("treats regex characters in names literally", () => {
    expect(marked("Talks at A.B.C (Group) and ABCD.", ["A.B.C", "(Group)"])).toBe(
      "Talks at [A.B.C] [(Group)] and ABCD.",
    );
    expect(new RegExp(escapeRegExp("a+b*c?")).test("xa+b*c?y")).toBe(true);
  });

  it("keeps markup as plain text and loses no characters", () => {
    const sentence = 'Zed <img src=x onerror="alert(1)"> visited Zed City.';
    const segs = markSegments(sentence, ["Zed", "Zed City", ""]);
    expect(segs.map((s) => s.text).join("")).toBe(sentence);
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(["Zed", "Zed City"]);
  });

  it("ignores one-letter and empty names and handles no names", () => {
    expect(markSegments("A b c", ["A", ""])).toEqual([{ text: "A b c", mark: false }]);
    expect(markSegments("", ["Zed"])).toEqual([]);
    expect(markSegments("Plain.", [])).toEqual([{ text: "Plain.", mark: false }]);
  });

  it("marks names with letters outside ASCII", () => {
    expect(marked("Łódź hosted Ærø's mayor; Łódźka did not.", ["Łódź", "Ærø"])).toBe(
      "[Łódź] hosted [Ærø]'s mayor; Łódźka did not.",
    );
  });
});
