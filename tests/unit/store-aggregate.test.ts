import { describe, expect, it } from "vitest";
import { aggregateClaims, contradicts, disputeKinds, type ClaimFacts } from "../../src/graph/aggregate.js";
import { CERTAINTIES } from "../../src/types.js";
import { articleRows } from "../../src/store/article-rows.js";
import { outletKey, reliabilityFrom } from "../../src/graph/source-reliability.js";
import { splitStatements } from "../../src/store/schema.js";
import { canonicalEnds, type ArticleExtraction } from "../../src/types.js";

const rel = reliabilityFrom({ outlets: { "example-wire.org": 0.5 }, default: 1 });

function claim(over: Partial<ClaimFacts>): ClaimFacts {
  return {
    id: "c1",
    type: "SUPPLIED_ARMS_TO",
    source: "country:a",
    target: "country:b",
    certainty: "asserted",
    articleId: "a1",
    ...over,
  };
}

describe("aggregateClaims", () => {
  const key = { type: "SUPPLIED_ARMS_TO" as const, source: "country:a", target: "country:b" };

  it("summarises claims from several articles and outlets", () => {
    const res = aggregateClaims(
      key,
      [
        claim({
          id: "c1",
          certainty: "reported",
          date: "2024-03",
          published: "2024-03-10",
          outlet: "www.example-wire.org",
        }),
        claim({
          id: "c2",
          articleId: "a2",
          certainty: "alleged",
          date: "2024-03-02",
          published: "2024-03-05",
          outlet: "Daily Example",
        }),
        claim({
          id: "c3",
          articleId: "a2",
          certainty: "planned",
          published: "2024-03-05",
          outlet: "Daily Example",
        }),
      ],
      rel,
    );
    expect(res.props.id).toBe("SUPPLIED_ARMS_TO:country:a:country:b");
    expect(res.props.certainty).toBe("reported");
    expect(res.props.certainties).toEqual(["reported", "alleged", "planned"]);
    expect(res.props.happened).toBe(true);
    expect(res.props.articles).toBe(2);
    expect(res.props.outlets).toBe(2);
    expect(res.props.articleIds).toEqual(["a1", "a2"]);
    expect(res.props.claimIds).toEqual(["c1", "c2", "c3"]);
    expect(res.props.dates).toEqual(["2024-03", "2024-03-02"]);
    expect(res.props.firstReported).toBe("2024-03-05");
    expect(res.props.lastReported).toBe("2024-03-10");
    expect(res.props.weight).toBe(1.5);
    // "2024-03" and "2024-03-02" are compatible: no contradiction.
    expect(res.props.contested).toBe(false);
    expect(res.disputes.size).toBe(0);
  });

  it("links an affirming and a denying claim and marks both contested", () => {
    const res = aggregateClaims(
      key,
      [claim({ id: "c9" }), claim({ id: "c2", articleId: "a2", certainty: "denied" })],
      rel,
    );
    expect(res.props.contested).toBe(true);
    expect(res.props.disputes).toEqual(["denial"]);
    expect(res.disputes).toEqual(
      new Map([
        ["c2", ["denial"]],
        ["c9", ["denial"]],
      ]),
    );
    expect(res.props.certainty).toBe("asserted");
    expect(res.props.happened).toBe(true);
  });

  it("a denial alone did not happen", () => {
    const res = aggregateClaims(key, [claim({ certainty: "denied" })], rel);
    expect(res.props.happened).toBe(false);
    expect(res.props.certainty).toBe("denied");
  });
});

describe("contradicts", () => {
  it("flags different quantities or dates only across articles", () => {
    expect(contradicts(claim({ quantity: 100 }), claim({ id: "c2", articleId: "a2", quantity: 200 }))).toBe(
      true,
    );
    expect(contradicts(claim({ quantity: 100 }), claim({ id: "c2", quantity: 200 }))).toBe(false);
    expect(
      contradicts(claim({ date: "2023-05-01" }), claim({ id: "c2", articleId: "a2", date: "2023-06" })),
    ).toBe(true);
    expect(contradicts(claim({ date: "2023" }), claim({ id: "c2", articleId: "a2", date: "2023-06" }))).toBe(
      false,
    );
    expect(contradicts(claim({ certainty: "planned" }), claim({ id: "c2", certainty: "denied" }))).toBe(
      false,
    );
  });
});

// Issue 12: every pair of claims was compared and linked, so 200 dated reports of one pair of actors
// made 19,900 links, and a 50,000-line corpus ran out of memory.
describe("contested claims in linear space", () => {
  const key = { type: "SENT_TROOPS_TO" as const, source: "country:a", target: "country:b" };
  const dated = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      claim({
        id: `c${String(i).padStart(6, "0")}`,
        type: key.type,
        articleId: `a${i}`,
        certainty: "reported",
        date: `${2000 + (i % 25)}-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
      }),
    );

  it("200 dated reports of one pair: each claim is contested on its date, one entry per claim", () => {
    const res = aggregateClaims(key, dated(200), rel);
    expect(res.disputes.size).toBe(200);
    expect(new Set([...res.disputes.values()].map((d) => d.join()))).toEqual(new Set(["date"]));
    expect(res.props.contested).toBe(true);
    expect(res.props.disputes).toEqual(["date"]);
  });

  it("50,000 claims on one key take seconds, not a quadratic number of comparisons", () => {
    const claims = dated(50_000);
    const started = Date.now();
    const res = aggregateClaims(key, claims, rel);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(res.disputes.size).toBe(50_000);
  });

  it("marks exactly the claims some other claim contradicts, on the grounds it does (pairwise check)", () => {
    // A small seeded generator: the same sets every run.
    let seed = 12;
    const pick = <T>(xs: readonly T[]): T => xs[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % xs.length];
    for (let round = 0; round < 400; round++) {
      const claims = Array.from({ length: 1 + (round % 9) }, (_, i) =>
        claim({
          id: `c${i}`,
          articleId: pick(["a1", "a2", "a3"]),
          certainty: pick(CERTAINTIES),
          quantity: pick([undefined, 100, 200, 300]),
          date: pick([undefined, "2023", "2024", "2024-03", "2024-03-02", "2024-03-09", "2024-04"]),
        }),
      );
      const expected = new Map<string, string[]>();
      for (const a of claims) {
        const kinds = new Set(claims.filter((b) => b !== a).flatMap((b) => disputeKinds(a, b)));
        const order = ["denial", "quantity", "date"];
        if (kinds.size)
          expected.set(
            a.id,
            [...kinds].sort((x, y) => order.indexOf(x) - order.indexOf(y)),
          );
      }
      expect(aggregateClaims(key, claims, rel).disputes).toEqual(expected);
    }
  });
});

describe("canonicalEnds", () => {
  it("orders symmetric relations by id and leaves directed ones alone", () => {
    expect(canonicalEnds("MET", "person:z", "person:a")).toEqual(["person:a", "person:z"]);
    expect(canonicalEnds("VISITED", "person:z", "country:a")).toEqual(["person:z", "country:a"]);
  });
});

describe("articleRows", () => {
  const extraction: ArticleExtraction = {
    article: { id: "art-1", contentHash: "h", source: "Daily Example" },
    entities: [
      { id: "person:zed-example", name: "Zed Example", type: "Person", aliases: ["Z. Example"] },
      { id: "person:amy-sample", name: "Amy Sample", type: "Person", aliases: [] },
    ],
    mentions: { "person:zed-example": 2, "person:amy-sample": 1 },
    relations: [
      {
        id: "r1",
        type: "MET",
        source: "person:zed-example",
        target: "person:amy-sample",
        certainty: "asserted",
        cameo: "04",
        evidence: [{ articleId: "art-1", sentence: "Zed Example met Amy Sample.", start: 0, end: 27 }],
      },
    ],
  };

  it("groups entities by type, canonicalises symmetric claims and lists touched keys", () => {
    const rows = articleRows([extraction]);
    expect(rows.entities.map((e) => e.id)).toEqual(["person:zed-example", "person:amy-sample"]);
    expect(rows.mentions).toHaveLength(2);
    expect(rows.claims[0].source).toBe("person:amy-sample");
    expect(rows.claims[0].props.sentences).toEqual(["Zed Example met Amy Sample."]);
    expect(rows.keys).toEqual([{ type: "MET", source: "person:amy-sample", target: "person:zed-example" }]);
  });

  it("gives the aggregate rebuild each claim's facts, with only the properties the claim has", () => {
    const dated: ArticleExtraction = {
      ...extraction,
      article: { ...extraction.article, published: "2025-02-03" },
      relations: [{ ...extraction.relations[0], date: "2025-02-01", quantity: 3 }],
    };
    const [facts] = articleRows([dated]).facts;
    // The same shape a claim read back from Neo4j has: nulls are absent, ends in canonical order.
    expect(facts).toEqual({
      id: "r1",
      type: "MET",
      source: "person:amy-sample",
      target: "person:zed-example",
      certainty: "asserted",
      articleId: "art-1",
      date: "2025-02-01",
      quantity: 3,
      published: "2025-02-03",
      outlet: "Daily Example",
    });
  });

  it("names the article when a relation points at an unknown entity", () => {
    const bad = { ...extraction, relations: [{ ...extraction.relations[0], target: "person:nobody" }] };
    expect(() => articleRows([bad])).toThrow(/art-1.*person:nobody/);
  });
});

describe("reliability and schema file", () => {
  it("matches outlets case- and www-insensitively, by host or bare name", () => {
    expect(outletKey("https://www.Example-Wire.org/news/1")).toBe("example-wire.org");
    expect(rel.of("EXAMPLE-WIRE")).toBe(0.5);
    expect(rel.of("other.net")).toBe(1);
    expect(rel.of(undefined)).toBe(1);
  });

  it("splits statements and drops comments", () => {
    expect(
      splitStatements("// a; comment\nCREATE INDEX x IF NOT EXISTS FOR (n:A) ON (n.b);\n\nRETURN 1;"),
    ).toEqual(["CREATE INDEX x IF NOT EXISTS FOR (n:A) ON (n.b)", "RETURN 1"]);
  });
});
