// The furniture rules and metadata lines, line by line, on sentences written for these tests.
import { describe, expect, it } from "vitest";
import { cleanLines, type PageLine } from "../../src/read/clean-lines.js";
import { dateLine, findDate } from "../../src/read/dates.js";
import { furnitureKind } from "../../src/read/furniture.js";
import { textLines } from "../../src/read/text-lines.js";

const clean = (raw: string) => cleanLines(textLines(raw).lines);

describe("furniture kinds", () => {
  it.each([
    ["By Jane Roe", "byline"],
    ["By Jane Roe and Omar Aziz | Staff writers", "byline"],
    ["Reporting by Ivo Petrov; Editing by Sam Li", "byline"],
    [
      "Jane Roe has over 11 years of experience in political reporting, with a focus on the Baltics.",
      "author-bio",
    ],
    ["Jane Roe is a senior correspondent covering Central Asia.", "author-bio"],
    ["Also Read: Five takeaways from the summit", "related"],
    ["Read more: How the sanctions work", "related"],
    ["Related: Ministers meet in Oslo", "related"],
    ["You may also like", "related"],
    ["Home / World / Asia", "breadcrumb"],
    ["Home » Politics » Talks resume", "breadcrumb"],
    ["HomePoliticsTalks Resume in Oslo", "breadcrumb"],
    ["Inicio » Mundo » Asia", "breadcrumb"],
    ["Share this article", "widget"],
    ["Facebook Twitter WhatsApp Email", "widget"],
    ["We use cookies to give you the best experience on our website.", "consent"],
    ["Subscribe to our newsletter for the latest updates", "widget"],
    ["Photo: Delegates arrive at the venue", "caption"],
    ["Delegates arrive at the venue. (AFP via Getty Images)", "caption"],
    ["Update Required Flash plugin", "player"],
    ["Your browser does not support the video tag.", "player"],
    ["Breaking news and insights at example-news.com", "tagline"],
    ["Note: This rewrite prioritizes clarity and SEO while keeping the facts.", "editor-note"],
    ["For the latest stories from the region, follow our WhatsApp channel.", "promo"],
    ["Stay updated, follow us on Telegram for breaking alerts.", "promo"],
    ["Follow our world desk on X for live coverage", "promo"],
    [
      "dues persones es donen la mà davant de banderes en una sala gran amb cadires vermelles, foto d'estoc, realisme",
      "foreign-text",
    ],
  ])("%s → %s", (line, kind) => {
    expect(furnitureKind(line)).toBe(kind);
  });

  it.each([
    "By Monday, both governments had recalled their ambassadors for consultations.",
    "Share prices in Seoul fell after the ministry announced new sanctions on Friday.",
    "Related talks are expected to take place in Geneva later this month, officials said.",
    "The foreign minister met her counterpart in Oslo on Tuesday.",
    "The general, who has 30 years of experience in the army, led the delegation to the talks.",
    "General Aziz has 30 years of experience in border security and will lead the commission.",
    "Implications and Concerns",
    "Kim Jong Un Oversees Launch As Tensions Rise Along Border",
    "Watch the sea lanes: the navy said patrols would double over the winter months.",
    "For the latest round of talks, the envoys will follow our proposal, the minister said.",
    "Supporters follow us on the campaign trail, the candidate told reporters in Dorvale.",
    "For more than a decade, join our efforts, the president urged donors.",
    "Stay tuned, join us tomorrow as the summit opens in Dorvale.",
  ])("keeps prose: %s", (line) => {
    expect(furnitureKind(line)).toBeUndefined();
  });
});

describe("dates", () => {
  it.each([
    ["Thursday, July 11, 2024", "2024-07-11"],
    ["July 11, 2024", "2024-07-11"],
    ["11 July 2024", "2024-07-11"],
    ["2024-06-19", "2024-06-19"],
    ["Published: 3 Sept 2023, 14:05 GMT", "2023-09-03"],
    ["Updated on Jan. 5, 2025 at 9:30 a.m. EST", "2025-01-05"],
  ])("lone date line %s → %s", (line, iso) => {
    expect(dateLine(line)).toBe(iso);
  });

  it("does not take a sentence with a date for a date line", () => {
    expect(dateLine("The treaty was signed on June 19, 2024 in the capital.")).toBeUndefined();
    expect(findDate("The treaty was signed on June 19, 2024 in the capital.")).toBe("2024-06-19");
  });

  it("rejects impossible dates", () => {
    expect(findDate("June 31, 2024")).toBeUndefined();
    expect(findDate("2024-13-01")).toBeUndefined();
  });
});

describe("cleanLines", () => {
  it("cuts everything from a comment form on", () => {
    const c = clean("Talks ended on Friday.\n\nLeave a Reply\n\nThe minister left early.\n");
    expect(c.text).toBe("Talks ended on Friday.");
    const d = clean(
      "Talks ended on Friday.\n\nPlease enter your comment!\nPlease enter your name here\n\nMore text.",
    );
    expect(d.text).toBe("Talks ended on Friday.");
  });

  it("drops a teaser header at the end with the teasers under it, but only the header in the middle", () => {
    const body = "The envoy arrived in Vienna on Sunday for the second round of talks on the dam.";
    const end = clean(
      `${body}\n\nThe talks are due to last three days.\n\nMore articles\n\nEnvoy named for dam dispute\n\nRiver levels fall`,
    );
    expect(end.text).toBe(`${body}\n\nThe talks are due to last three days.`);
    const middle = clean(`Short lead.\n\nMore articles\n\n${body}\n\n${body.replace("Sunday", "Monday")}`);
    expect(middle.text).toContain(body);
    expect(middle.text).not.toContain("More articles");
  });

  it("removes an author's name line together with the bio that follows it", () => {
    const c = clean(
      "The ministry confirmed the visit.\n\nOmar Aziz\n\nOmar Aziz has more than 7 years of experience reporting on energy.",
    );
    expect(c.text).toBe("The ministry confirmed the visit.");
    expect(c.removed.map((r) => r.kind)).toEqual(["byline", "author-bio"]);
  });

  it("keeps one copy of a repeated headline and takes it as the title", () => {
    const c = clean("Ministers Meet in Oslo\n\nMinisters meet in Oslo\n\nThe two ministers met on Tuesday.");
    expect(c.title).toBe("Ministers Meet in Oslo");
    expect(c.text).toBe("Ministers Meet in Oslo\n\nThe two ministers met on Tuesday.");
  });

  it("lifts source, masthead and date lines into metadata", () => {
    const c = clean("example-daily.com\n\nMonday, May 6, 2024\n\nThe envoy arrived.\n\nSource: Example Wire");
    expect(c).toMatchObject({
      source: "Example Wire",
      masthead: "example-daily.com",
      published: "2024-05-06",
      text: "The envoy arrived.",
    });
  });

  it("joins hard-wrapped lines and keeps paragraph and list breaks", () => {
    const c = clean(
      "The delegation arrived in the capital late on Monday evening and\nwent straight to talks.\nA second line that is a paragraph.\n\n- one\n- two",
    );
    expect(c.text).toBe(
      "The delegation arrived in the capital late on Monday evening and went straight to talks.\n\nA second line that is a paragraph.\n\n- one\n- two",
    );
  });

  it("keeps the headline a line of its own, not the start of the first sentence", () => {
    const c = clean(
      "Chile hosts the regional summit with Peruvian President Varga\nPeruvian Foreign Minister Dana Feroz arrived in Santiago on Monday.",
    );
    expect(c.text).toBe(
      "Chile hosts the regional summit with Peruvian President Varga\n\nPeruvian Foreign Minister Dana Feroz arrived in Santiago on Monday.",
    );
  });

  it("never glues the lines around a removed line into one sentence", () => {
    const lines: PageLine[] = [
      { text: "The summit opened with a long speech by the host and", breakBefore: true },
      { text: "Photo: The host at the lectern", breakBefore: false },
      { text: "ended with a joint statement.", breakBefore: false },
    ];
    expect(cleanLines(lines).text).toBe(
      "The summit opened with a long speech by the host and\n\nended with a joint statement.",
    );
  });
});
