// Resolution inside an article and across articles, on sentences written for these tests.
import { describe, expect, it } from "vitest";
import { EntityRegistry } from "../../src/extract/entity-registry.js";
import { partVariant, sameNameVariant } from "../../src/extract/text-similarity.js";
import { entityNames, extract, relationLines } from "./extract-helpers.js";

describe("mentions and resolution", () => {
  it("resolves a surname to the full name introduced earlier, with the title stripped", () => {
    const x = extract(
      "German Chancellor Olaf Brandtner arrived in Warsaw on Tuesday. Brandtner said the talks were useful.",
    );
    const people = x.entities.filter((e) => e.type === "Person");
    expect(people.map((p) => p.name)).toEqual(["Olaf Brandtner"]);
    expect(people[0].id).toBe("person:olaf-brandtner");
    expect(people[0].aliases).toContain("Brandtner");
    expect(x.mentions["person:olaf-brandtner"]).toBe(2);
    expect(relationLines(x, (r) => r.type === "AFFILIATED_WITH")).toEqual([
      "AFFILIATED_WITH Olaf Brandtner -> Germany (asserted)",
    ]);
    expect(x.relations.find((r) => r.type === "AFFILIATED_WITH")?.role).toBe("chancellor");
  });

  it("gives a bare Kim to the Kim the article is about and keeps other Kims apart", () => {
    const x = extract(
      "Kim Yo Jong, a senior official of the Workers' Party of Korea, criticised the drills on Sunday. " +
        "Kim Yo Jong said the exercises were provocative. Kim Song Nam, who heads the party's international department, also spoke. " +
        "Kim added that Seoul would regret it.",
    );
    const people = entityNames(x, "Person");
    expect(people).toEqual(["Kim Song Nam", "Kim Yo Jong"]);
    const yo = x.entities.find((e) => e.name === "Kim Yo Jong")!;
    expect(x.mentions[yo.id]).toBe(3);
    expect(relationLines(x, (r) => r.type === "AFFILIATED_WITH")).toContain(
      "AFFILIATED_WITH Kim Yo Jong -> Workers' Party of Korea (asserted)",
    );
  });

  it("merges transliteration variants of one person and not different people", () => {
    const x = extract(
      "Ukrainian envoy Anatoly Petrenko travelled to Ankara on Monday. Anatoli Petrenko met Turkish officials there. " +
        "Separately, Park Min Su and Park Min Ho, two South Korean lawmakers, visited Kyiv.",
    );
    const people = entityNames(x, "Person");
    expect(people.filter((p) => p.includes("Petrenko"))).toHaveLength(1);
    expect(people).toContain("Park Min Su");
    expect(people).toContain("Park Min Ho");
    expect(sameNameVariant("Sergey Lavrov", "Sergei Lavrov")).toBe(true);
    expect(partVariant("shoigu", "shoygu")).toBe(true);
    expect(sameNameVariant("Kim Jong Un", "Kim Jong Il")).toBe(false);
    expect(sameNameVariant("Kim Yo Jong", "Kim Jong Un")).toBe(false);
  });

  it("never merges two gazetteer people, however similar their names", () => {
    const x = extract("Kim Jong Il ruled until 2011. His son Kim Jong Un succeeded him.");
    expect(entityNames(x, "Person")).toEqual(["Kim Jong Il", "Kim Jong Un"]);
  });

  it("maps demonyms and official names to the country", () => {
    const x = extract(
      "Japanese officials met representatives of the Republic of Korea in Busan. Japan said the meeting went well.",
    );
    expect(entityNames(x, "Country")).toEqual(["Japan", "South Korea"]);
  });

  it("reads a capital used as an actor as its state, and as a location as a place", () => {
    const x = extract("Tokyo denied the report on Friday. The delegation stayed in Tokyo for two days.");
    expect(entityNames(x, "Country")).toEqual(["Japan"]);
    expect(entityNames(x, "Place")).toEqual(["Tokyo"]);
  });

  it("types names from context: organisations, places, titled people", () => {
    const x = extract(
      "The National Reconciliation Council of Freedonia met at the Blue Lotus Guest House near the Varnak region. " +
        "Its chairman, Marshal Oskar Velde, addressed delegates.",
    );
    expect(entityNames(x, "Organization")).toContain("National Reconciliation Council of Freedonia");
    expect(entityNames(x, "Place")).toEqual(expect.arrayContaining(["Blue Lotus Guest House", "Varnak"]));
    expect(entityNames(x, "Person")).toEqual(["Oskar Velde"]);
  });

  it("types general-news organisations: corporate suffixes, 'analysts at X', region adjectives opening a name", () => {
    const x = extract(
      "Analysts at Harwick Lomax said Brennor Inc. would cut jobs. Brennor shares fell. " +
        "Mara Ostend, a spokeswoman for the European Fisheries Agency, declined to comment.",
    );
    expect(entityNames(x, "Organization")).toEqual([
      "Brennor Inc.",
      "European Fisheries Agency",
      "Harwick Lomax",
    ]);
    expect(entityNames(x, "Person")).toEqual(["Mara Ostend"]);
    expect(x.entities.find((e) => e.name === "Brennor Inc.")?.aliases).toContain("Brennor");
    expect(relationLines(x, (r) => r.type === "AFFILIATED_WITH")).toEqual([
      "AFFILIATED_WITH Mara Ostend -> European Fisheries Agency (asserted)",
    ]);
  });

  it("reads ', <state>'s <role>' appositions and organisations before a title", () => {
    const x = extract(
      "Mara Ostend, Norway's trade minister, met Harald Vik on Friday. Norwegian Defence Council Secretary Harald Vik said little.",
    );
    expect(relationLines(x, (r) => r.type === "AFFILIATED_WITH")).toEqual([
      "AFFILIATED_WITH Harald Vik -> Norwegian Defence Council (asserted)",
      "AFFILIATED_WITH Mara Ostend -> Norway (asserted)",
    ]);
    expect(
      x.relations.find((r) => r.type === "AFFILIATED_WITH" && r.role === "trade minister"),
    ).toBeDefined();
  });

  it("knows a well-known person by an unambiguous surname, and not an adjective before 'peninsula' as a place", () => {
    const x = extract("Zelensky said the talks on the Iberian peninsula were useful.");
    expect(entityNames(x, "Person")).toEqual(["Volodymyr Zelensky"]);
    expect(entityNames(x, "Place")).toEqual([]);
  });

  it("keeps a single name introduced with an honorific as a person", () => {
    const x = extract("Mr. Okonkwo told reporters the plan was ready. Okonkwo later flew home.");
    expect(entityNames(x, "Person")).toEqual(["Okonkwo"]);
    expect(x.mentions["person:okonkwo"]).toBe(2);
  });

  it("does not take weekdays, months, adjectives or headlines for names", () => {
    const x = extract(
      "Leaders Gather For Historic Summit In Geneva\n\nOn Thursday in March, Western diplomats praised the Soviet-era treaty.",
    );
    expect(entityNames(x, "Person")).toEqual([]);
    expect(entityNames(x, "Country")).toEqual([]);
  });
});

describe("EntityRegistry", () => {
  it("maps a variant spelling in a later article onto the known person and unions aliases", () => {
    const a = extract(
      "Ukrainian envoy Anatoly Petrenko met Turkish Foreign Minister Aylin Demirkol in Ankara.",
    );
    const b = extract("Anatoli Petrenko visited Poland on Friday.");
    const reg = new EntityRegistry();
    const ra = reg.resolve(a);
    const rb = reg.resolve(b);
    const idA = ra.entities.find((e) => e.name.includes("Petrenko"))!.id;
    const visit = rb.relations.find((r) => r.type === "VISITED")!;
    expect(visit.source).toBe(idA);
    const person = reg.entities().find((e) => e.id === idA)!;
    expect(person.aliases).toContain("Anatoli Petrenko");
    expect(reg.entities().filter((e) => e.name.includes("Petrenko"))).toHaveLength(1);
  });

  it("keeps entities already in the store and never merges two gazetteer entries", () => {
    const reg = new EntityRegistry([
      { id: "Q1", name: "Kim Jong Il", type: "Person", aliases: [] },
      { id: "person:ivan-orlov", name: "Ivan Orlov", type: "Person", aliases: [] },
    ]);
    const x = extract("Ivan Orlow, a Russian official, met Kim Jong Un in Pyongyang.");
    const r = reg.resolve(x);
    const ids = r.entities.filter((e) => e.type === "Person").map((e) => e.id);
    expect(ids).toContain("person:ivan-orlov");
    expect(ids).not.toContain("Q1");
    expect(reg.entities().some((e) => e.name === "Kim Jong Un")).toBe(true);
  });

  // The registry looks candidates up by name keys instead of comparing with every known entity;
  // these pin down what that must keep: who wins, and what is never merged.
  const person = (id: string, name: string, aliases: string[] = []) => ({
    id,
    name,
    type: "Person" as const,
    aliases,
  });
  const only = (reg: EntityRegistry, e: ReturnType<typeof person>) =>
    reg.resolve({
      article: { id: "a", contentHash: "h" },
      entities: [e],
      mentions: { [e.id]: 1 },
      relations: [],
    }).entities[0].id;

  it("finds a variant in any part among many unrelated people, the earliest known when two fit", () => {
    const crowd = Array.from({ length: 2000 }, (_, i) => person(`p:${i}`, `Tovan${i} Mirel${i}`));
    const reg = new EntityRegistry([
      ...crowd,
      person("p:first", "Dragan Velkovic"),
      person("p:second", "Dragan Velkovich"),
    ]);
    // Two parts differ: a different person (who is known from now on, after the others).
    expect(only(reg, person("x:3", "Dragen Velkovac"))).toBe("x:3");
    // One edit in the surname: both known spellings fit; the one known first wins.
    expect(only(reg, person("x:1", "Dragan Velkovics"))).toBe("p:first");
    // A variant of the given name: fits p:first and x:3; p:first was known first.
    expect(only(reg, person("x:2", "Dragen Velkovic"))).toBe("p:first");
  });

  it("matches on an alias learned from a later article, and a lone surname only when it is unique", () => {
    const reg = new EntityRegistry([person("p:a", "Ilse Brandauer"), person("p:b", "Oskar Brandauer")]);
    expect(only(reg, person("x:1", "Brandauer"))).toBe("x:1");
    expect(only(reg, person("x:2", "Ilsa Brandauer", ["Ilse Maria Brandauer"]))).toBe("p:a");
    expect(only(reg, person("x:3", "Ilse Maria Brandauerr"))).toBe("p:a");
    const alone = new EntityRegistry([person("p:c", "Teodor Vasquin")]);
    expect(only(alone, person("x:4", "Vasquin"))).toBe("p:c");
  });

  it("ties an acronym to the one organisation that carries it, never to one of two", () => {
    const org = (id: string, name: string, aliases: string[] = []) => ({
      id,
      name,
      type: "Organization" as const,
      aliases,
    });
    const reg = new EntityRegistry([org("o:1", "Kavor Transit Authority", ["KTA"])]);
    const bare = org("x:1", "KTA");
    expect(
      reg.resolve({ article: { id: "a", contentHash: "h" }, entities: [bare], mentions: {}, relations: [] })
        .entities[0].id,
    ).toBe("o:1");
    const two = new EntityRegistry([
      org("o:1", "Kavor Transit Authority", ["KTA"]),
      org("o:2", "Kelmar Trade Agency", ["KTA"]),
    ]);
    expect(
      two.resolve({ article: { id: "a", contentHash: "h" }, entities: [bare], mentions: {}, relations: [] })
        .entities[0].id,
    ).toBe("x:1");
  });
});
