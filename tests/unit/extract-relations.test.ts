// Relation rules, certainty and dates, on sentences written for these tests.
import { describe, expect, it } from "vitest";
import { eventDate } from "../../src/extract/event-date.js";
import { extract, relationLines } from "./extract-helpers.js";

const of = (type: string) => (r: { type: string }) => r.type === type;

describe("relation rules", () => {
  it("MET from 'held talks with', with both titles stripped and affiliations kept", () => {
    const x = extract(
      "Indian Prime Minister Ravi Kumaran held talks with Brazilian President Lucia Santana in New Delhi.",
    );
    expect(relationLines(x, of("MET"))).toEqual(["MET Lucia Santana -> Ravi Kumaran (asserted)"]);
    expect(relationLines(x, of("AFFILIATED_WITH"))).toEqual([
      "AFFILIATED_WITH Lucia Santana -> Brazil (asserted)",
      "AFFILIATED_WITH Ravi Kumaran -> India (asserted)",
    ]);
  });

  it("MET from coordination: 'A and B met', 'met A and B', 'a meeting between A and B'", () => {
    expect(
      relationLines(extract("Ravi Kumaran and Lucia Santana met in Geneva on Friday."), of("MET")),
    ).toEqual(["MET Lucia Santana -> Ravi Kumaran (asserted)"]);
    expect(
      relationLines(extract("Aylin Demirkol met Ravi Kumaran and Lucia Santana at the summit."), of("MET")),
    ).toEqual([
      "MET Aylin Demirkol -> Lucia Santana (asserted)",
      "MET Aylin Demirkol -> Ravi Kumaran (asserted)",
    ]);
    expect(
      relationLines(
        extract(
          "The meeting between Ravi Kumaran and his Brazilian counterpart Lucia Santana lasted two hours.",
        ),
        of("MET"),
      ),
    ).toEqual(["MET Lucia Santana -> Ravi Kumaran (asserted)"]);
  });

  it("plain 'A met B' between titled leaders is an asserted MET dated by the sentence", () => {
    // Titles on both sides, a place, and a full date whose month ("May") is also a modal verb.
    const cases: [string, string, string][] = [
      [
        "Indian Prime Minister Ravi Kumaran met Brazilian President Lucia Santana in Geneva on May 2, 2024.",
        "MET Lucia Santana -> Ravi Kumaran (asserted)",
        "2024-05-02",
      ],
      [
        "Turkish Foreign Minister Aylin Demirkol met Japanese Prime Minister Kenji Watanabe in Tokyo on 12 January 2024.",
        "MET Aylin Demirkol -> Kenji Watanabe (asserted)",
        "2024-01-12",
      ],
      [
        "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on March 3, 2023.",
        "MET Emmanuel Macron -> Olaf Scholz (asserted)",
        "2023-03-03",
      ],
      [
        "Ravi Kumaran met the Kenyan leader Amani Otieno in Nairobi on June 11, 2024.",
        "MET Amani Otieno -> Ravi Kumaran (asserted)",
        "2024-06-11",
      ],
    ];
    for (const [sentence, line, date] of cases) {
      const x = extract(sentence);
      expect(relationLines(x, of("MET")), sentence).toEqual([line]);
      expect(x.relations.find(of("MET"))?.date, sentence).toBe(date);
    }
  });

  it("MET from a passive: 'A was greeted by B'", () => {
    const x = extract("Ravi Kumaran landed in Brasilia and was warmly greeted by Lucia Santana.");
    expect(relationLines(x, of("MET"))).toEqual(["MET Lucia Santana -> Ravi Kumaran (asserted)"]);
  });

  it("does not pair a meeting verb with a person named later in another clause", () => {
    const x = extract(
      "Lucia Santana met with farm leaders, stressing exports amid Ravi Kumaran's new tariff plan.",
    );
    expect(relationLines(x, of("MET"))).toEqual([]);
  });

  it("resolves pronouns to the person of the previous sentence", () => {
    const x = extract(
      "Lucia Santana arrived in Tokyo on Monday. She met Japanese Foreign Minister Hiro Tanabe at the ministry.",
    );
    expect(relationLines(x, of("MET"))).toEqual(["MET Hiro Tanabe -> Lucia Santana (asserted)"]);
    expect(relationLines(x, of("VISITED"))).toEqual(["VISITED Lucia Santana -> Japan (asserted)"]);
  });

  it("resolves role references ('the Brazilian president') and 'the two leaders'", () => {
    const x = extract(
      "Brazilian President Lucia Santana toured a port on Monday. Indian Prime Minister Ravi Kumaran arrived in Brasilia a day later. " +
        "The Brazilian president greeted the Indian visitor at the airport. The two leaders signed a shipping agreement.",
    );
    expect(relationLines(x, of("MET"))).toEqual(["MET Lucia Santana -> Ravi Kumaran (asserted)"]);
    expect(relationLines(x, of("SIGNED_AGREEMENT"))).toEqual(["SIGNED_AGREEMENT Brazil -> India (asserted)"]);
    expect(relationLines(x, of("VISITED"))).toEqual(["VISITED Ravi Kumaran -> Brazil (asserted)"]);
  });

  it("VISITED from 'visited', \"X's trip to\", and a capital standing for its country", () => {
    expect(relationLines(extract("Ravi Kumaran visited Egypt last week."), of("VISITED"))).toEqual([
      "VISITED Ravi Kumaran -> Egypt (asserted)",
    ]);
    expect(relationLines(extract("Ravi Kumaran's trip to Kenya drew protests."), of("VISITED"))).toEqual([
      "VISITED Ravi Kumaran -> Kenya (asserted)",
    ]);
    expect(relationLines(extract("Ravi Kumaran travelled to Cairo for the talks."), of("VISITED"))).toEqual([
      "VISITED Ravi Kumaran -> Egypt (asserted)",
    ]);
  });

  it("SIGNED_AGREEMENT between states, and between the states of the leaders who sign", () => {
    expect(
      relationLines(extract("Japan and India signed a defence agreement in 2022."), of("SIGNED_AGREEMENT")),
    ).toEqual(["SIGNED_AGREEMENT India -> Japan (asserted)"]);
    const x = extract(
      "Indian Prime Minister Ravi Kumaran and Brazilian President Lucia Santana signed a trade pact.",
    );
    expect(relationLines(x, of("SIGNED_AGREEMENT"))).toEqual(["SIGNED_AGREEMENT Brazil -> India (asserted)"]);
  });

  it("SENT_TROOPS_TO with the quantity, active and passive", () => {
    const x = extract("Iran has deployed 2,000 troops to Syria.");
    expect(relationLines(x, of("SENT_TROOPS_TO"))).toEqual(["SENT_TROOPS_TO Iran -> Syria (asserted)"]);
    expect(x.relations.find(of("SENT_TROOPS_TO"))?.quantity).toBe(2000);
    expect(
      relationLines(
        extract("About 500 Belarusian soldiers were dispatched to Venezuela in May."),
        of("SENT_TROOPS_TO"),
      ),
    ).toEqual(["SENT_TROOPS_TO Belarus -> Venezuela (asserted)"]);
  });

  it("SUPPLIED_ARMS_TO from 'supplied X with …' and 'delivered … to X'", () => {
    expect(
      relationLines(extract("Iran supplied Venezuela with attack drones."), of("SUPPLIED_ARMS_TO")),
    ).toEqual(["SUPPLIED_ARMS_TO Iran -> Venezuela (asserted)"]);
    expect(
      relationLines(extract("Belarus has delivered artillery shells to Syria."), of("SUPPLIED_ARMS_TO")),
    ).toEqual(["SUPPLIED_ARMS_TO Belarus -> Syria (asserted)"]);
  });

  it("SUPPORTS from possessive backing, expressed support, and troops sent to support", () => {
    expect(
      relationLines(extract("Officials welcomed Belarus's backing of Venezuela."), of("SUPPORTS")),
    ).toEqual(["SUPPORTS Belarus -> Venezuela (asserted)"]);
    expect(relationLines(extract("Aylin Demirkol expressed her support for Kenya."), of("SUPPORTS"))).toEqual(
      ["SUPPORTS Aylin Demirkol -> Kenya (asserted)"],
    );
    const x = extract("Iran sent troops to support Syria.");
    expect(relationLines(x, (r) => r.type !== "AFFILIATED_WITH")).toEqual([
      "SENT_TROOPS_TO Iran -> Syria (asserted)",
      "SUPPORTS Iran -> Syria (asserted)",
    ]);
  });

  it("AFFILIATED_WITH from an apposition, with the role", () => {
    const x = extract(
      "Tomas Berglund, a senior official of the European Commission, said the plan was ready.",
    );
    expect(relationLines(x, of("AFFILIATED_WITH"))).toEqual([
      "AFFILIATED_WITH Tomas Berglund -> European Commission (asserted)",
    ]);
    expect(x.relations[0].role).toBe("official");
  });
});

describe("certainty", () => {
  it("reported, alleged, denied and planned are told apart from asserted", () => {
    expect(
      relationLines(extract("Iran reportedly supplied Venezuela with drones."), of("SUPPLIED_ARMS_TO")),
    ).toEqual(["SUPPLIED_ARMS_TO Iran -> Venezuela (reported)"]);
    expect(
      relationLines(extract("According to officials, Iran sent troops to Syria."), of("SENT_TROOPS_TO")),
    ).toEqual(["SENT_TROOPS_TO Iran -> Syria (reported)"]);
    expect(
      relationLines(extract("Kenya accused Iran of supplying missiles to Sudan."), of("SUPPLIED_ARMS_TO")),
    ).toEqual(["SUPPLIED_ARMS_TO Iran -> Sudan (alleged)"]);
    expect(
      relationLines(extract("Iran denied that it had sent troops to Syria."), of("SENT_TROOPS_TO")),
    ).toEqual(["SENT_TROOPS_TO Iran -> Syria (denied)"]);
    expect(relationLines(extract("Iran has denied sending troops to Syria."), of("SENT_TROOPS_TO"))).toEqual([
      "SENT_TROOPS_TO Iran -> Syria (denied)",
    ]);
    expect(relationLines(extract("Ravi Kumaran will visit Egypt next month."), of("VISITED"))).toEqual([
      "VISITED Ravi Kumaran -> Egypt (planned)",
    ]);
    expect(
      relationLines(extract("Japan and India are expected to sign a security pact."), of("SIGNED_AGREEMENT")),
    ).toEqual(["SIGNED_AGREEMENT India -> Japan (planned)"]);
    // The plan is worded around a third party: "agreed with X to sign".
    expect(
      relationLines(
        extract("After months of talks, Japan and India agreed with the bank on Monday to sign a loan pact."),
        of("SIGNED_AGREEMENT"),
      ),
    ).toEqual(["SIGNED_AGREEMENT India -> Japan (planned)"]);
  });

  it("relation ids are deterministic and differ by certainty", () => {
    const a = extract("Ravi Kumaran visited Egypt.");
    const b = extract("Ravi Kumaran visited Egypt.");
    const c = extract("Ravi Kumaran will visit Egypt.");
    const id = (x: typeof a) => x.relations.find(of("VISITED"))!.id;
    expect(a.article.id).not.toBe(b.article.id);
    expect(id(a)).not.toBe(id(c));
    expect(extract("Ravi Kumaran visited Egypt.").relations[0].evidence[0]).toMatchObject({
      start: 0,
      sentence: "Ravi Kumaran visited Egypt.",
    });
  });
});

describe("dates", () => {
  it("resolves relative and partial dates against the publication date", () => {
    // 2024-06-20 is a Thursday.
    expect(eventDate("They met on Monday.", "2024-06-20")).toBe("2024-06-17");
    // 2024-06-19 is a Wednesday: the weekday of publication is that day, not a week earlier.
    expect(eventDate("They met on Wednesday.", "2024-06-19")).toBe("2024-06-19");
    expect(eventDate("They met last month.", "2024-06-20")).toBe("2024-05");
    expect(eventDate("They met last month.", "2024-01-05")).toBe("2023-12");
    expect(eventDate("The pact was signed last year.", "2024-06-20")).toBe("2023");
    expect(eventDate("They met on June 19.", "2024-06-20")).toBe("2024-06-19");
    expect(eventDate("They met on December 3.", "2024-06-20")).toBe("2023-12-03");
    expect(eventDate("The treaty was signed in 2019.", "2024-06-20")).toBe("2019");
    expect(eventDate("Talks took place on July 11, 2024.")).toBe("2024-07-11");
    expect(eventDate("They met on Monday.")).toBeUndefined();
    expect(eventDate("They met in Geneva.", "2024-06-20")).toBeUndefined();
  });

  it("puts the sentence's date on the relation", () => {
    const x = extract("Ravi Kumaran visited Egypt on Monday.", "2024-06-20");
    expect(x.relations.find(of("VISITED"))?.date).toBe("2024-06-17");
  });
});
