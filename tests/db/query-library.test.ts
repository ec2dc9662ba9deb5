// Every library question answered on a known graph (tests/db/query-fixture.ts), through the same path
// `geokg query` takes: runQuery → runReadOnlyCypher → the real Neo4j.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/store/connection.js";
import { curate, undo } from "../../src/curate/curate.js";
import { loadLibrary } from "../../src/query/library.js";
import { runQuery } from "../../src/query/run-query.js";
import { openAnalystGraph } from "./query-fixture.js";

let db: Db;

beforeAll(async () => {
  db = await openAnalystGraph();
});
afterAll(async () => {
  await db?.close();
});

const q = (name: string, params: Record<string, string> = {}, limit?: number) =>
  runQuery(db, name, { params, limit });
const pairs = (rows: Record<string, unknown>[], a: string, b: string) =>
  rows.map((r) => `${String(r[a])}|${String(r[b])}`);

describe("query library on a known graph", () => {
  it("who-met-whom lists meetings with dates and sources, by name or alias", async () => {
    const all = await q("who-met-whom");
    expect(all.rows).toHaveLength(1);
    const byAlias = await q("who-met-whom", { name: "Scholz" });
    expect(byAlias.rows).toEqual([
      expect.objectContaining({
        actor: "Olaf Scholz",
        met: "Emmanuel Macron",
        dates: ["2024-03-09"],
        certainty: "asserted",
        articles: 2,
      }),
    ]);
    expect([...(byAlias.rows[0].sources as string[])].sort()).toEqual([
      "outlet-a.example",
      "outlet-b.example",
    ]);
    expect((await q("who-met-whom", { name: "Poland" })).rows).toEqual([]);
  });

  it("finds an actor by id, by name or alias in any case, and takes Lucene syntax in a name literally", async () => {
    const byName = await q("actor-timeline", { name: "emmanuel MACRON" });
    expect(byName.rows).toHaveLength(3);
    const byAlias = await q("who-met-whom", { name: "scholz" });
    expect(byAlias.rows).toHaveLength(1);
    // Quotes, backslashes and query operators in a name look up nothing instead of failing or matching more.
    for (const name of ['Macron"', "Macron\\", "Macron OR Scholz", "Mac*", '"Emmanuel Macron" OR x']) {
      expect((await q("actor-timeline", { name })).rows, name).toEqual([]);
    }
  });

  it("actor-timeline orders an actor's claims by date and honours the period", async () => {
    const t = await q("actor-timeline", { name: "Emmanuel Macron" });
    expect(t.rows.map((r) => [r.date, r.relation, r.outlet])).toEqual([
      ["2024-03-09", "MET", "outlet-a.example"],
      ["2024-03-09", "MET", "outlet-b.example"],
      ["2024-03-12", "AFFILIATED_WITH", "outlet-b.example"],
    ]);
    const june = await q("actor-timeline", { name: "Ukraine", from: "2024-06", to: "2024-06" });
    expect(pairs(june.rows, "relation", "subject").sort()).toEqual([
      "SENT_TROOPS_TO|France",
      "SUPPORTS|Poland",
    ]);
  });

  it("arms-and-troop-flows shows flows that happened; all=true adds the contested troop claim", async () => {
    const happened = await q("arms-and-troop-flows");
    expect(happened.rows.map((r) => `${String(r.from)} ${String(r.flow)} ${String(r.to)}`)).toEqual([
      "Germany SUPPLIED_ARMS_TO Ukraine",
    ]);
    const all = await q("arms-and-troop-flows", { all: "true", actor: "French Republic" });
    expect(all.rows).toEqual([
      expect.objectContaining({
        from: "France",
        flow: "SENT_TROOPS_TO",
        to: "Ukraine",
        contested: true,
        quantities: [500],
        articles: 2,
      }),
    ]);
  });

  it("shortest-path finds the chain and returns it as a graph", async () => {
    const p = await q("shortest-path", { source: "Heiko Maas", target: "Poland" });
    expect(p.rows[0]).toMatchObject({ hops: 3, actors: ["Heiko Maas", "Germany", "Ukraine", "Poland"] });
    expect(p.rows[0].relations).toEqual(["AFFILIATED_WITH", "SUPPLIED_ARMS_TO", "SUPPORTS"]);
    expect(p.graph?.nodes.map((n) => n.key).sort()).toEqual([
      "country:germany",
      "country:poland",
      "country:ukraine",
      "person:heiko-maas",
    ]);
    expect(p.graph?.edges).toHaveLength(3);
  });

  it("corroborated-relations keeps relations with at least N outlets", async () => {
    const two = await q("corroborated-relations", { min: "2" });
    expect(
      two.rows.map((r) => `${String(r.source)} ${String(r.relation)} ${String(r.target)}`).sort(),
    ).toEqual(["Emmanuel Macron MET Olaf Scholz", "France SENT_TROOPS_TO Ukraine"]);
    const one = await q("corroborated-relations", { min: "1", type: "SUPPORTS" });
    expect(one.rows).toEqual([expect.objectContaining({ source: "Poland", target: "Ukraine", outlets: 1 })]);
  });

  it("contested-claims sets the denial against the allegation (and their dates), one row per side", async () => {
    const c = await q("contested-claims");
    const on = { relation: "SENT_TROOPS_TO", subject: "France", object: "Ukraine" };
    // The denial (outlet b, March) and the allegation (outlet c, June) disagree on two grounds.
    expect(c.rows.map((r) => [r.dispute, r.position, r.certainties, r.outlets, r.claims])).toEqual([
      ["date", "2024-03", ["denied"], ["outlet-b.example"], 1],
      ["date", "2024-06", ["alleged"], ["outlet-c.example"], 1],
      ["denial", "affirmed", ["alleged"], ["outlet-c.example"], 1],
      ["denial", "denied", ["denied"], ["outlet-b.example"], 1],
    ]);
    for (const row of c.rows) expect(row).toMatchObject(on);
    expect((await q("contested-claims", { actor: "Poland" })).rows).toEqual([]);
  });

  it("actor-roles-over-time lists each role holder with terms, oldest first", async () => {
    const r = await q("actor-roles-over-time", { name: "Germany" });
    expect(r.rows.map((x) => [x.person, x.role, x.validFrom, x.validTo])).toEqual([
      ["Heiko Maas", "foreign minister", "2018-03-14", "2021-12-08"],
      ["Annalena Baerbock", "foreign minister", "2021-12-08", "2025-05-06"],
      ["Olaf Scholz", "chancellor", null, null],
    ]);
  });

  it("role-holder-at-date answers from terms, else from reported dates", async () => {
    const jan24 = await q("role-holder-at-date", {
      role: "foreign minister",
      of: "Germany",
      date: "2024-01-15",
    });
    expect(jan24.rows.map((r) => r.holder)).toEqual(["Annalena Baerbock"]);
    expect(jan24.rows[0].basis).toBe("term covers the date");
    const may20 = await q("role-holder-at-date", {
      role: "Foreign Minister",
      of: "Germany",
      date: "2020-05",
    });
    expect(may20.rows.map((r) => r.holder)).toEqual(["Heiko Maas"]);
    const chancellor = await q("role-holder-at-date", {
      role: "chancellor",
      of: "Germany",
      date: "2024-06-01",
    });
    expect(chancellor.rows).toEqual([
      expect.objectContaining({ holder: "Olaf Scholz", basis: "reported holder, 17 days from the date" }),
    ]);
  });

  it("relations-between-in-period counts the states' people and respects the period", async () => {
    const march = await q("relations-between-in-period", {
      a: "France",
      b: "Germany",
      from: "2024-03",
      to: "2024-03",
    });
    expect(march.rows.map((r) => [r.date, r.relation, r.subject, r.object, r.outlet])).toEqual([
      ["2024-03-09", "MET", "Emmanuel Macron", "Olaf Scholz", "outlet-a.example"],
      ["2024-03-09", "MET", "Emmanuel Macron", "Olaf Scholz", "outlet-b.example"],
    ]);
    const whole = await q("relations-between-in-period", { a: "France", b: "Germany" });
    expect(whole.rows.map((r) => r.relation)).toEqual(["MET", "MET", "SIGNED_AGREEMENT"]);
  });

  it("new-relations-since returns relations first reported on or after the date", async () => {
    const r = await q("new-relations-since", { since: "2024-06-01" });
    expect(r.rows.map((x) => `${String(x.source)} ${String(x.relation)} ${String(x.target)}`).sort()).toEqual(
      [
        "France SIGNED_AGREEMENT Germany",
        "Heiko Maas AFFILIATED_WITH Germany",
        "Olaf Scholz AFFILIATED_WITH Germany",
        "Poland SUPPORTS Ukraine",
      ],
    );
    expect(r.rows.every((x) => x.firstReported === "2024-06-20")).toBe(true);
  });

  it("most-central-actors ranks by degree; the PageRank entry agrees on the hub", async () => {
    const d = await q("most-central-actors", {}, 3);
    expect(d.rows[0]).toMatchObject({ actor: "Germany", degree: 5, partners: 5 });
    expect(d.truncated).toBe(true);
    const people = await q("most-central-actors", { type: "Person" });
    expect(people.rows.every((r) => r.type === "Person")).toBe(true);
    const pr = await q("central-actors-pagerank", { type: "Country" });
    expect(pr.rows.map((r) => r.actor)).toContain("Ukraine");
    expect(pr.rows.every((r) => r.type === "Country")).toBe(true);
    const scores = pr.rows.map((r) => r.pagerank as number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("edge-evidence returns every article and sentence behind a relation", async () => {
    const e = await q("edge-evidence", { a: "Olaf Scholz", b: "Macron", type: "MET" });
    expect(e.rows.map((r) => [r.outlet, r.certainty, r.published])).toEqual([
      ["outlet-a.example", "asserted", "2024-03-10"],
      ["outlet-b.example", "reported", "2024-03-12"],
    ]);
    expect(e.rows[0].evidence).toEqual(["Emmanuel Macron met Olaf Scholz in Paris on March 9, 2024."]);
  });

  it("corrections-log and rejected-claims show a rejection, which the claim-level questions then leave out", async () => {
    const [claim] = (
      await db.driver.executeQuery(
        `MATCH (a:Article {source: 'outlet-b.example'})-[:ASSERTS]->(c:Claim {type: 'MET'}) RETURN c.id AS id`,
        {},
        { database: db.database },
      )
    ).records.map((r) => String(r.get("id")));
    const made = await curate(db, { op: "reject", claim }, { author: "ana", note: "outlet misquoted" });
    try {
      const log = await q("corrections-log", { author: "ana" });
      expect(log.rows).toEqual([
        expect.objectContaining({
          author: "ana",
          op: "reject",
          targets: [claim],
          note: "outlet misquoted",
          undone: false,
        }),
      ]);
      expect((await q("corrections-log", { target: "nothing-like-it" })).rows).toEqual([]);
      const rejected = await q("rejected-claims", { actor: "Scholz" });
      expect(rejected.rows).toEqual([
        expect.objectContaining({
          relation: "MET",
          rejectedBy: "ana",
          why: "outlet misquoted",
          claimId: claim,
        }),
      ]);
      const t = await q("actor-timeline", { name: "Emmanuel Macron" });
      expect(t.rows.map((r) => [r.date, r.relation, r.outlet])).toEqual([
        ["2024-03-09", "MET", "outlet-a.example"],
        ["2024-03-12", "AFFILIATED_WITH", "outlet-b.example"],
      ]);
    } finally {
      await undo(db, made.corrections[0].id, "ana");
    }
    expect((await q("corrections-log")).rows).toEqual([
      expect.objectContaining({ undone: true, undoneBy: "ana" }),
    ]);
    expect((await q("rejected-claims")).rows).toEqual([]);
  });

  it("every library entry is covered by a test above", async () => {
    const names = (await loadLibrary()).map((e) => e.name);
    const covered = [
      "who-met-whom",
      "actor-timeline",
      "arms-and-troop-flows",
      "shortest-path",
      "corroborated-relations",
      "contested-claims",
      "actor-roles-over-time",
      "role-holder-at-date",
      "relations-between-in-period",
      "new-relations-since",
      "most-central-actors",
      "central-actors-pagerank",
      "edge-evidence",
      "corrections-log",
      "rejected-claims",
    ];
    expect(names.sort()).toEqual(covered.sort());
  });

  it("missing and unknown parameters are refused with the parameter named", async () => {
    await expect(q("actor-timeline")).rejects.toThrow(/missing parameter name/);
    await expect(q("who-met-whom", { nmae: "x" })).rejects.toThrow(/unknown parameter nmae/);
    await expect(q("corroborated-relations", { min: "two" })).rejects.toThrow(/min: "two" is not an integer/);
  });
});
