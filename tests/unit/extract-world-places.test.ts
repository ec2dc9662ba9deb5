// Cities and regions of the generated world-places gazetteer, and the three readings a city's name has
// besides the place: a person's first name ("Georgia Kessel"), a club ("Tampere beat Kessel 2-1") and a
// ship class ("Tampere class frigates"). Person and club names are invented; the cities are real.
import { describe, expect, it } from "vitest";
import { entityNames, extract, typeOf } from "./extract-helpers.js";

describe("cities and regions the curated gazetteer lacks", () => {
  it("finds them as places of their country", () => {
    const x = extract("Floods cut roads between Bydgoszcz and Cochabamba, officials said on Monday.");
    expect(entityNames(x, "Place")).toEqual(["Bydgoszcz", "Cochabamba"]);
    expect(entityNames(x, "Person")).toEqual([]);
  });

  it("finds a region and a city named where a firm is based", () => {
    const x = extract("A Tampere-based lender opened offices in KwaZulu-Natal on Monday.");
    expect(entityNames(x, "Place")).toEqual(["KwaZulu-Natal", "Tampere"]);
  });

  it("leaves a ship class named after a place out", () => {
    const x = extract("The navy ordered three Tampere class frigates on Monday.");
    expect(entityNames(x, "Place")).toEqual([]);
  });
});

describe("a first name that is a state or city", () => {
  it("is a person when the words around say so", () => {
    expect(entityNames(extract("Georgia Kessel, a lawyer, spoke to reporters on Monday."))).toEqual([
      "Georgia Kessel",
    ]);
    expect(entityNames(extract("Chad Varnow said the talks would resume."), "Person")).toEqual([
      "Chad Varnow",
    ]);
  });

  it("stays the place after a preposition, for a state no one is named after, or with no clue", () => {
    // With "said" after it, "Georgia Varnow" would be a person but for the preposition.
    expect(entityNames(extract("The envoy for Georgia Varnow said the talks went well."), "Country")).toEqual(
      ["Georgia"],
    );
    expect(entityNames(extract("Nigeria Customs said it seized the guns on Monday."), "Person")).toEqual([]);
    expect(entityNames(extract("Troops crossed into Chad Varnow on Monday."), "Country")).toEqual(["Chad"]);
  });

  it("keeps a city that ends a person's name: a title, a role, talk or a sure tagger", () => {
    const text = "Fans cheered Ilse Tampere after the final on Sunday.";
    expect(typeOf(text, "Ilse Tampere", "PER", 0.9)).toBe("Person");
    expect(typeOf(text, "Tampere", "PER", 0.4, "Ilse Tampere")).toBe("Place");
    const told = extract("Ilse Tampere told reporters the deal was fair. Tampere said it would close.");
    expect(entityNames(told, "Person")).toEqual(["Ilse Tampere"]);
    expect(entityNames(told, "Place")).toEqual([]);
    expect(
      entityNames(extract("The match ended late. Defender Jon Tampere scored twice."), "Person"),
    ).toEqual(["Jon Tampere"]);
  });
});

describe("a city standing for its club", () => {
  it("is the club as a side in a result, before a club role, or as a 'who'", () => {
    expect(entityNames(extract("Tampere beat Kessel Rovers 2-1 on Sunday."), "Organization")).toEqual([
      "Kessel Rovers",
      "Tampere",
    ]);
    const manager = extract("Tampere manager Jon Varnow praised his striker after the game.");
    expect(entityNames(manager, "Organization")).toEqual(["Tampere"]);
    expect(entityNames(manager, "Place")).toEqual([]);
    const who = extract("Tampere, who had not lost in five games, barely threatened.");
    expect(entityNames(who, "Organization")).toEqual(["Tampere"]);
  });

  it("opens a club's name among club words", () => {
    const x = extract("The striker joined Tampere Wanderers from a league rival on Friday.");
    expect(entityNames(x, "Organization")).toEqual(["Tampere Wanderers"]);
    expect(entityNames(x, "Place")).toEqual([]);
  });

  it("stays the city where no club is meant", () => {
    expect(entityNames(extract("Fans gathered in Tampere on Sunday."), "Place")).toEqual(["Tampere"]);
    // The "who" of "the mayor of X, who" is the mayor; a coach who left for X went there.
    const mayor = extract("The mayor of Tampere, who took office in May, said the budget was tight.");
    expect(entityNames(mayor, "Place")).toEqual(["Tampere"]);
    const trip = extract("The coach left for Tampere on Monday to scout players for the club.");
    expect(entityNames(trip, "Place")).toEqual(["Tampere"]);
    // A tally is no match result: the city council voted 31-20.
    const vote = extract("Tampere approved the budget after a 31-20 vote on Monday.");
    expect(entityNames(vote, "Organization")).toEqual([]);
  });
});

describe("names in other languages' and landmark words", () => {
  it("reads landform tails and foreign place leads as places", () => {
    const x = extract("Oil spills fouled the Kessel Delta, and crowds filled Piazza del Varno on Sunday.");
    expect(entityNames(x, "Place")).toEqual(["Kessel Delta", "Piazza del Varno"]);
    expect(entityNames(x, "Person")).toEqual([]);
    // Surnames and titles that look like place words stay people's.
    const people = extract(
      "Analyst Jenny Park said demand was strong. The army said Col Jon Varnow was killed.",
    );
    expect(entityNames(people, "Person")).toEqual(["Jenny Park", "Jon Varnow"]);
    expect(entityNames(people, "Place")).toEqual([]);
  });

  it("reads foreign organisation leads as organisations", () => {
    const x = extract(
      "Researchers at the Instituto Varnés de Geología and Banca Dorvale said the find was rare.",
    );
    expect(entityNames(x, "Organization")).toEqual(["Banca Dorvale", "Instituto Varnés de Geología"]);
    // Copied without its accent.
    expect(entityNames(extract("An economist at the Fundacion Dorvale said so."), "Organization")).toEqual([
      "Fundacion Dorvale",
    ]);
  });

  it("keeps Dutch and German particles inside a person's name", () => {
    const x = extract("The match ended late on Sunday. Goalkeeper Joris ter Velde saved twice.");
    expect(entityNames(x, "Person")).toEqual(["Joris ter Velde"]);
  });

  it("reads a month that is a given name or surname as a name, and a date as a date", () => {
    const x = extract(
      "The match ended late on Sunday. Goalkeeper Jan Horst saved twice. Former minister Ilse May said in May that the vote on May 5 mattered.",
    );
    expect(entityNames(x, "Person")).toEqual(["Ilse May", "Jan Horst"]);
    expect(entityNames(extract("Talks resumed on Jan. 12, officials said on Monday."))).toEqual([]);
    expect(entityNames(extract("Talks ended late. The deal was praised by lawyer Ilse May."))).toEqual([
      "Ilse May",
    ]);
    const during = extract("Talks ended late. During May Kessel Holdings cut 200 jobs.");
    expect(entityNames(during, "Organization")).toEqual(["Kessel Holdings"]);
  });

  it("reads a known organisation on into the body named after it", () => {
    const x = extract("Aid talks resumed on Monday. The African Union Commission said aid was blocked.");
    expect(entityNames(x, "Organization")).toEqual(["African Union Commission"]);
    // A name with "and" inside keeps its own end.
    const y = extract(
      "Aid talks resumed on Monday. Trinidad and Tobago Police Service said two men were held.",
    );
    expect(entityNames(y, "Country")).toEqual(["Trinidad and Tobago"]);
  });

  it("keeps an unknown acronym that speaks, and drops one that does not", () => {
    expect(entityNames(extract("Talks resumed on Monday. QSB said the launch would go ahead."))).toEqual([
      "QSB",
    ]);
    expect(entityNames(extract("Talks resumed on Monday. The QSB launch went ahead."))).toEqual([]);
    // Media and measures are no bodies, and a modified abbreviation opens no clause.
    expect(entityNames(extract("Talks resumed on Monday. Iranian state TV said the talks failed."))).toEqual([
      "Iran",
    ]);
  });
});

describe("rivers, seas and regions of the world features", () => {
  it("finds them as places", () => {
    const x = extract("Barges stopped on the Danube and the Rhine as rain swept Bavaria and Scotland.");
    expect(entityNames(x, "Place")).toEqual(["Bavaria", "Danube", "Rhine", "Scotland"]);
  });

  it("leaves out an honour named after a place", () => {
    const x = extract("Kessel received the Order of the Danube from the president on Monday.");
    expect(entityNames(x, "Place")).toEqual([]);
  });

  it("reads a national's noun as the country, apart from the person's name", () => {
    const x = extract("Frenchman Luc Varnow beat a Dutchwoman in the final.");
    expect(entityNames(x, "Country")).toEqual(["France", "Netherlands"]);
    expect(entityNames(x, "Person")).toEqual(["Luc Varnow"]);
  });
});

describe("a city's park or dam", () => {
  it("is a place of its own, while Park stays a surname elsewhere", () => {
    expect(entityNames(extract("The final was played at Tampere Park on Sunday."), "Place")).toEqual([
      "Tampere Park",
    ]);
    expect(entityNames(extract("Water rose behind the Tampere Dam."), "Place")).toEqual(["Tampere Dam"]);
    const x = extract("Kessel met Ilse Park in Tampere.");
    expect(entityNames(x, "Person")).toContain("Ilse Park");
    expect(entityNames(x, "Place")).toEqual(["Tampere"]);
  });
});
