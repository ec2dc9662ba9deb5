// Companies, banks, agencies and clubs of the generated world-organizations gazetteer, and the readings
// their names have besides the body: a person's given name or surname, a market index, a sponsored venue,
// and the legal form written after a company. The bodies are real; people are invented.
import { describe, expect, it } from "vitest";
import { entityNames, extract } from "./extract-helpers.js";

describe("bodies general news names without saying what they are", () => {
  it("types a company named like a person as an organisation", () => {
    const x = extract("Lockheed Martin said on Tuesday it would hire 500 engineers in Texas.");
    expect(entityNames(x, "Organization")).toEqual(["Lockheed Martin"]);
    expect(entityNames(x, "Person")).toEqual([]);
  });

  it("finds agencies, banks and clubs by their short names", () => {
    const x = extract(
      "Europol and the ECB warned of fraud, while Real Sociedad and the Chicago Bulls signed sponsors.",
    );
    expect(entityNames(x, "Organization")).toEqual([
      "Chicago Bulls",
      "European Central Bank",
      "Europol",
      "Real Sociedad",
    ]);
  });
});

describe("a company's legal form", () => {
  it("stays with the company, which keeps its canonical name", () => {
    const x = extract("Deutsche Bank AG and Rheinmetall Group said profits rose.");
    expect(entityNames(x, "Organization")).toEqual(["Deutsche Bank", "Rheinmetall"]);
    expect(x.entities.find((e) => e.name === "Deutsche Bank")?.aliases).toContain("Deutsche Bank AG");
  });
});

describe("other readings of a body's name", () => {
  it("a market index named after an exchange is no mention of it; a body's own index still names it", () => {
    const x = extract("The Nasdaq composite fell 2% while Kessel Holdings shares rose.");
    expect(entityNames(x, "Organization")).not.toContain("Nasdaq");
    const y = extract("The Transparency International index ranked Dorvale last on Tuesday.");
    expect(entityNames(y, "Organization")).toEqual(["Transparency International"]);
  });

  it("a venue named after a sponsor is a place", () => {
    const x = extract("The final was played at the Rheinmetall Stadion on Sunday.");
    expect(entityNames(x, "Place")).toEqual(["Rheinmetall Stadion"]);
    expect(entityNames(x, "Organization")).toEqual([]);
  });

  it("a one-word body opening or ending a person's name, with a title or a person's noun, is the person", () => {
    expect(entityNames(extract("She trains under coach Porsche Varnow, who said she was ready."))).toEqual([
      "Porsche Varnow",
    ]);
    expect(entityNames(extract("Marta Porsche, a retired teacher, joined the march."))).toEqual([
      "Marta Porsche",
    ]);
    // Without such words the body stays the body.
    expect(entityNames(extract("Porsche said deliveries rose."), "Organization")).toEqual(["Porsche"]);
  });

  it("a company's unit named after it stays a body, even when it speaks or is a partner", () => {
    for (const text of [
      "Hyundai Rotem said it would deliver the tanks in May.",
      "Airbus Helicopters, a partner of the ministry, said the order was signed.",
    ]) {
      const x = extract(text);
      expect(entityNames(x, "Person"), text).toEqual([]);
      expect(entityNames(x, "Organization").length, text).toBeGreaterThan(0);
    }
  });
});

describe("a sentence's first word before a known body", () => {
  it("is no part of the body's name", () => {
    const x = extract("Rivals Deutsche Bank and Commerzbank also beat estimates.");
    expect(entityNames(x, "Organization")).toEqual(["Commerzbank", "Deutsche Bank"]);
  });

  it("stays in a longer name the gazetteer does not hold whole", () => {
    const x = extract("Greater Manchester Police said two men were arrested.");
    expect(entityNames(x, "Organization")).toEqual(["Greater Manchester Police"]);
  });
});

describe("an acronym the gazetteer knows, spelled out by the article", () => {
  it("names the known body when the long form is its name written a little otherwise", () => {
    const x = extract(
      "The Organization for Economic Cooperation and Development (OECD) cut its forecast. The OECD said growth would slow.",
    );
    expect(entityNames(x, "Organization")).toEqual([
      "Organisation for Economic Co-operation and Development",
    ]);
  });

  it("follows the article when its long form is another body with the same letters", () => {
    const x = extract(
      "The International Cycling Council (ICC) fined Kessel. The ICC said the fine was final.",
    );
    expect(entityNames(x, "Organization")).toEqual(["International Cycling Council"]);
    // Without the article's own spelling, the gazetteer's body.
    expect(entityNames(extract("The ICC said the court would rule."), "Organization")).toEqual([
      "International Criminal Court",
    ]);
  });
});
