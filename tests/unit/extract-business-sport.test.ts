// Names in business and sport news, where the learned tagger is weakest (its corpus is web text and
// Wikipedia): a firm's ampersand, a name referred to as "which"/"its", the sides of a match result,
// and the titles of sport and business. All names are invented; a stub tagger stands in for the model
// where a rule must hold whatever the model leans to.
import { describe, expect, it } from "vitest";
import { sideInResult } from "../../src/extract/mentions/sport-results.js";
import { thingAfter } from "../../src/extract/mentions/thing-reference.js";
import { analyse } from "../../src/extract/nlp.js";
import { entityNames, extract, relationLines, typeOf } from "./extract-helpers.js";

/** Token range of `name` in the one-sentence text, and the sentence. */
function where(text: string, name: string) {
  const doc = analyse(text);
  const words = name.split(" ");
  const at = doc.texts.findIndex((_, i) => words.every((w, k) => doc.texts[i + k] === w));
  if (at < 0) throw new Error(`${name} not in ${text}`);
  return { doc, s: doc.sentences[0], start: at, end: at + words.length };
}

describe("a firm's ampersand", () => {
  it("joins the capitalised words around it into one organisation", () => {
    const x = extract("Varnel & Oste agreed to buy a regional grocer for 300 million pounds on Monday.");
    expect(entityNames(x, "Organization")).toContain("Varnel & Oste");
    expect(entityNames(x, "Person")).toEqual([]);
  });

  it("does not join a name to a lowercase word", () => {
    const x = extract("Quorel Vantis & friends opened a bakery in the town on Monday.");
    expect(entityNames(x)).not.toContain("Quorel Vantis & friends");
  });
});

describe("a name referred to as a thing", () => {
  const after = (text: string, name: string): boolean => {
    const { doc, s, end } = where(text, name);
    return thingAfter(doc, end, s.tokEnd);
  };

  it("reads ', which', 'said … its' and 'and its'", () => {
    expect(after("Quorel Vantis, which makes chips, cut jobs.", "Quorel Vantis")).toBe(true);
    expect(after("Quorel Vantis said on Monday that its profit fell.", "Quorel Vantis")).toBe(true);
    expect(after("Quorel Vantis raised its forecast for the year.", "Quorel Vantis")).toBe(true);
    expect(after("Quorel Vantis and its partners signed the deal.", "Quorel Vantis")).toBe(true);
  });

  it("leaves people's words and a dummy 'it' alone", () => {
    expect(after("Quorel Vantis, who leads the team, resigned.", "Quorel Vantis")).toBe(false);
    expect(after("Quorel Vantis said it was a mistake.", "Quorel Vantis")).toBe(false);
    expect(after("Quorel Vantis said his profit fell.", "Quorel Vantis")).toBe(false);
    // Too far on, "its" may be anyone's thing.
    expect(
      after("Quorel Vantis said on a call with reporters in the capital its plan failed.", "Quorel Vantis"),
    ).toBe(false);
  });

  it("types a name the tagger only leans to a person as an organisation, or a place if it leans so", () => {
    const firm = "Quorel Vantis said its quarterly profit fell by a fifth.";
    expect(typeOf(firm, "Quorel Vantis", "PER", 0.55)).toBe("Organization");
    expect(typeOf("Quorel Vantis, which lies on the river, flooded.", "Quorel Vantis", "LOC", 0.55)).toBe(
      "Place",
    );
    // A person the tagger is sure of stays one.
    expect(typeOf(firm, "Quorel Vantis", "PER", 0.95)).toBe("Person");
  });
});

describe("the sides of a match result", () => {
  const side = (text: string, name: string): boolean => {
    const { doc, s, start, end } = where(text, name);
    return sideInResult(doc, s, start, end);
  };

  it("finds the winner, the loser and the side after 'over', 'with' or 'to'", () => {
    const text = "Darmond Athletico beat Kessel Rovers 3-1 on Saturday.";
    expect(side(text, "Darmond Athletico")).toBe(true);
    expect(side(text, "Kessel Rovers")).toBe(true);
    expect(side("It was a 1-0 home win over Varnel on Sunday.", "Varnel")).toBe(true);
    expect(side("Oste drew 2 – 2 with Varnel in the rain.", "Varnel")).toBe(true);
    expect(side("The hosts lost 2-0 to Varnel.", "Varnel")).toBe(true);
  });

  it("leaves sentences with no score, or one score per set, alone", () => {
    expect(side("Varnel held talks with Oste on Sunday.", "Oste")).toBe(false);
    expect(side("Ema Dorn beat Lia Vantis 6-4, 6-2 in the final.", "Lia Vantis")).toBe(false);
    // A score far before "with" is not this name's result.
    expect(side("After the 2-1 result the coach spoke at length with Oste about the season.", "Oste")).toBe(
      false,
    );
  });

  it("types a side as a team, and a person the tagger is sure of as a person", () => {
    const text = "Darmond Athletico beat the champions 3-1 on Saturday.";
    expect(typeOf(text, "Darmond Athletico", "PER", 0.5)).toBe("Organization");
    expect(typeOf(text, "Darmond Athletico", "PER", 0.95)).toBe("Person");
  });
});

describe("sport and business titles and company words", () => {
  it("reads a manager, a boss and a player's position as titles", () => {
    const x = extract(
      "Darmond Athletic manager Ilse Varnow praised goalkeeper Tomas Oberlin after the game.",
    );
    expect(entityNames(x, "Person")).toEqual(["Ilse Varnow", "Tomas Oberlin"]);
    expect(relationLines(x)).toContain("AFFILIATED_WITH Ilse Varnow -> Darmond Athletic (asserted)");
  });

  it("keeps a city opening an exchange's name inside it", () => {
    const x = extract("Shares of the firm fell on the Munich Stock Exchange on Monday.");
    expect(entityNames(x, "Organization")).toEqual(["Munich Stock Exchange"]);
    expect(entityNames(x, "Place")).toEqual([]);
  });

  it("types names ending in a company word as organisations", () => {
    expect(
      entityNames(extract("Varnel Brothers agreed to buy the chain on Monday."), "Organization"),
    ).toEqual(["Varnel Brothers"]);
    expect(
      entityNames(extract("Darrow Motor will build a battery plant near the coast."), "Organization"),
    ).toEqual(["Darrow Motor"]);
  });
});

describe("company, agency, club and address clues", () => {
  it("types a name whose shares or stock move as a company", () => {
    expect(entityNames(extract("Varnelco shares rose 4% after the results."), "Organization")).toEqual([
      "Varnelco",
    ]);
    expect(entityNames(extract("Varnelco's shares fell 3% on Monday."), "Organization")).toEqual([
      "Varnelco",
    ]);
    // A person's "stock" is their standing.
    expect(entityNames(extract("Ilse Varnow's stock rose after the election."), "Person")).toEqual([
      "Ilse Varnow",
    ]);
    // "shares" as a verb: a place sharing a border is no company.
    expect(entityNames(extract("Kessel shares a border with two provinces."), "Organization")).toEqual([]);
  });

  it("keeps an unknown acronym that speaks, with or without 'the', and drops one that does not", () => {
    expect(entityNames(extract("The QSB said it was investigating the theft."), "Organization")).toEqual([
      "QSB",
    ]);
    expect(entityNames(extract("QSB said it was investigating the theft."), "Organization")).toEqual(["QSB"]);
    expect(entityNames(extract("QSB investigators found the stolen car."))).toEqual([]);
  });

  it("reads the region after a city and a comma as a place, not a person after a state", () => {
    const x = extract("The company is based in Dorvale, Kessland, and employs 400 people.");
    expect(entityNames(x, "Place")).toEqual(["Dorvale", "Kessland"]);
    const y = extract("The talks were led by the ambassador to France, Ilse Varnow, on Monday.");
    expect(entityNames(y, "Person")).toEqual(["Ilse Varnow"]);
    const z = extract("In Dorvale, Varnow said the vote was fair.");
    expect(entityNames(z, "Place")).toEqual(["Dorvale"]);
  });

  it("joins a single word of a company to the company named in full", () => {
    const x = extract(
      "Varnelco Holdings Inc agreed to buy a rival on Monday. Varnelco shares rose 4% on the news.",
    );
    expect(entityNames(x, "Organization")).toEqual(["Varnelco Holdings Inc"]);
  });
});

describe("a club named after its city", () => {
  it("keeps a name the city completes whole, a club's among match words", () => {
    const x = extract("Vantor Munich signed the striker from a rival club on Friday.");
    expect(entityNames(x, "Organization")).toEqual(["Vantor Munich"]);
    expect(entityNames(x, "Place")).toEqual([]);
  });

  it("leaves a compass word and a city a place", () => {
    const x = extract("Flooding hit North Munich on Friday.");
    expect(entityNames(x, "Organization")).toEqual([]);
  });
});

describe("names across particles, hyphens and quotation marks", () => {
  it("keeps particles in a row inside a name", () => {
    expect(entityNames(extract("Maria de la Varnow met Ana van der Oste in the capital."), "Person")).toEqual(
      ["Ana van der Oste", "Maria de la Varnow"],
    );
  });

  it("reads a hyphenated surname alone as the person named in full", () => {
    const x = extract("Ilse Okaro-Vantis scored 30 points. Okaro-Vantis later said the team had improved.");
    expect(entityNames(x, "Person")).toEqual(["Ilse Okaro-Vantis"]);
  });

  it("finds a team after 'the', with a basketball score", () => {
    const x = extract("The Dorvale Hawks beat the Kessel Comets 118-109 on Friday night.");
    expect(entityNames(x, "Organization")).toEqual(["Dorvale Hawks", "Kessel Comets"]);
  });

  it("takes no actor from a work's quoted title, but keeps a quoted outlet or group", () => {
    expect(entityNames(extract('The jury gave its prize to "The Salt Vantis", a slow drama.'))).toEqual([]);
    expect(entityNames(extract('The panel "Study of an Old Varnow in a Fur Cap" was sold.'))).toEqual([]);
    expect(
      entityNames(extract("The ‘Kessel Standard’ newspaper reported the raid."), "Organization"),
    ).toEqual(["Kessel Standard"]);
    expect(entityNames(extract('"Ilse Varnow is lying," the minister said.'), "Person")).toEqual([
      "Ilse Varnow",
    ]);
  });
});

describe("descriptors, venues and place words", () => {
  it("keeps a descriptor or title opening a sentence out of the name", () => {
    for (const [text, name] of [
      ["Frenchman Luc Varnow-Oste won the stage on Sunday.", "Luc Varnow-Oste"],
      ["Judge Teresa Kessling denied the motion.", "Teresa Kessling"],
      ["Gov. Ilse Varnow signed the bill on Monday.", "Ilse Varnow"],
      ["Debutant Oliver Kessling took three wickets.", "Oliver Kessling"],
      ["Chief Financial Officer Amy Varnow said growth would slow.", "Amy Varnow"],
    ])
      expect(entityNames(extract(text), "Person"), text).toEqual([name]);
  });

  it("types venues, rivers and Spanish-named towns as places", () => {
    for (const [text, name] of [
      ["The final was played at the Vantor Arena in front of 40,000 fans.", "Vantor Arena"],
      ["The River Kessel burst its banks near the town.", "River Kessel"],
      ["Fans filled the Estadio Varnow before kick-off.", "Estadio Varnow"],
      ["She grew up in Las Vantas, where her father ran a bar.", "Las Vantas"],
    ])
      expect(entityNames(extract(text), "Place"), text).toEqual([name]);
  });

  it("types a name ending in a publisher's or studio's word as an organisation", () => {
    expect(entityNames(extract("Harrow Books will publish the novel in May."), "Organization")).toEqual([
      "Harrow Books",
    ]);
  });

  it("lets only the tagger's own span over a run beat the person guess", () => {
    // The tagger reads "Norway Ilse Varnow" as one place: no evidence about "Ilse Varnow" alone.
    const text = "The minister spoke with the Special Envoy for Norway Ilse Varnow on Friday.";
    expect(typeOf(text, "Ilse Varnow", "LOC", 0.7, "Norway Ilse Varnow")).toBe("Person");
  });
});

describe("trade nouns and fixtures", () => {
  it("types a name after a trade noun, or with one in apposition, as a company", () => {
    expect(entityNames(extract("Swiss drugmaker Varnelco said it would cut jobs."), "Organization")).toEqual([
      "Varnelco",
    ]);
    expect(entityNames(extract("Varnelco, the chipmaker, reported record sales."), "Organization")).toEqual([
      "Varnelco",
    ]);
  });

  it("finds the other side of a fixture in club sport, not in politics", () => {
    const x = extract(
      "The striker will be assessed before the trip to face Dorvale Athletico in the league.",
    );
    expect(entityNames(x, "Organization")).toEqual(["Dorvale Athletico"]);
    expect(entityNames(extract("Vantor crushed Kesselby 4-0 on Sunday."), "Organization")).toEqual([
      "Kesselby",
      "Vantor",
    ]);
    const y = extract("The troops marked the victory against Dorvale Athletico in the war.");
    expect(entityNames(y, "Organization")).toEqual([]);
  });
});

describe("places by their company", () => {
  it("reads a name joined to a gazetteer city by 'and' as another place, but not one joined to a state", () => {
    expect(entityNames(extract("Its depots in Munich and Kesselby will close."), "Place")).toEqual([
      "Kesselby",
      "Munich",
    ]);
    expect(entityNames(extract("Talks between Norway and Ilse Varnow ended."), "Place")).toEqual([]);
  });

  it("reads where a firm is based, and a name before a landform noun, as places", () => {
    expect(
      entityNames(extract("Harwell Brands, a Dorvale-based maker of frozen foods, fell."), "Place"),
    ).toEqual(["Dorvale"]);
    expect(entityNames(extract("The stage follows the Kessel river towards the coast."), "Place")).toEqual([
      "Kessel",
    ]);
  });
});

describe("where the business and sport clues stay silent", () => {
  it("reads no match result in votes, rulings or a lost seat", () => {
    for (const text of [
      "Ilse Varnow lost her seat after a 5-4 vote.",
      "Ilse Varnow defeated Tomas Oberlin 52-48 in the mayoral runoff.",
      "The court ruled 6-3 against Ilse Varnow in the case.",
    ])
      expect(entityNames(extract(text), "Organization"), text).toEqual([]);
  });

  it("keeps people after a job noun or with a role in apposition", () => {
    expect(entityNames(extract("Coal miner Ilse Varnow was trapped for two days."), "Person")).toEqual([
      "Ilse Varnow",
    ]);
    expect(
      entityNames(extract("Ilse Varnow, the group's leader, said the fighters would withdraw."), "Person"),
    ).toEqual(["Ilse Varnow"]);
  });

  it("keeps a slogan's state, a product's base and a named person's surname", () => {
    expect(
      entityNames(extract('Protesters chanted "Glory to Norway" outside the embassy.'), "Country"),
    ).toEqual(["Norway"]);
    expect(entityNames(extract("The company sells Vantix-based servers and phones."))).toEqual([]);
    const x = extract("Ilse Oberlin founded the firm in 2004. Oberlin and its board disagreed.");
    expect(entityNames(x)).toEqual(["Ilse Oberlin"]);
  });

  it("resolves a hyphenated surname that comes before the full name", () => {
    const x = extract("Okaro-Vantis said the deal was done. Ilse Okaro-Vantis later spoke in the capital.");
    expect(entityNames(x, "Person")).toEqual(["Ilse Okaro-Vantis"]);
  });
});

describe("where people work and whose officers they are", () => {
  it("types a firm by its officer after it, or by the people who work at it", () => {
    const x = extract(
      "Markets were calm on Monday. Varnex chief executive Ilse Dorn said demand was strong. Analysts at Kessbro said the deal was fair. Dorvane CEO Jon Mattis resigned.",
    );
    expect(entityNames(x, "Organization")).toEqual(["Dorvane", "Kessbro", "Varnex"]);
    expect(entityNames(x, "Person")).toEqual(["Ilse Dorn", "Jon Mattis"]);
    expect(relationLines(x)).toContain("AFFILIATED_WITH Ilse Dorn -> Varnex (asserted)");
  });

  it("types a name by what a company has: revenue, shareholders, a chief executive", () => {
    const x = extract(
      "Markets were calm on Monday. Quellin's quarterly revenue rose 8%. Varnex's chief executive said demand was strong.",
    );
    expect(entityNames(x, "Organization")).toEqual(["Quellin", "Varnex"]);
    const person = extract("Markets were calm on Monday. Ilse Dorn's staff said she was tired.");
    expect(entityNames(person, "Person")).toEqual(["Ilse Dorn"]);
  });

  it("types one word after 'shares of' as the company", () => {
    const x = extract("Markets were calm on Monday. Shares of Quellin rose 4% after the results.");
    expect(entityNames(x, "Organization")).toEqual(["Quellin"]);
  });

  it("leaves a public office, a nationality and a sentence's first common noun alone", () => {
    const x = extract(
      "The bridge opened on Monday. Dorvale mayor Ana Kess cut the ribbon. Festival director Ilse Dorn said the crowd was large. Scottish striker Jon Mattis signed. Dorvale ambassador Ola Brandt said the talks went well.",
    );
    expect(entityNames(x, "Organization")).toEqual([]);
  });
});
