// The store against the real Neo4j: schema, writes, edits, contested claims, graph reads with filters.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { clearDb, openTestDb } from "../helpers/db.js";
import type { Db } from "../../src/store/connection.js";
import { applySchema } from "../../src/store/schema.js";
import { writeArticle, writeArticles } from "../../src/store/write-article.js";
import { migrateContradictions } from "../../src/store/migrate-contradictions.js";
import { removeArticle } from "../../src/store/remove-article.js";
import { readGraph, readGraphJson, type StoredGraph } from "../../src/store/read-graph.js";
import { viewEdgeAttributes } from "../../src/graph/edge-attributes.js";
import { listEntities } from "../../src/store/read-entities.js";
import { reliabilityFrom } from "../../src/graph/source-reliability.js";
import { country, extraction, person, query, relation, snapshot } from "./store-helpers.js";

const reliability = reliabilityFrom({ outlets: { "example-wire.org": 0.5 }, default: 1 });
const ana = person("ana-testova", "Ana Testova", ["A. Testova"]);
const bo = person("bo-probsen", "Bo Probsen");
const cy = person("cy-mockley", "Cy Mockley");
const norland = country("norland", "Norland");
const sudmark = country("sudmark", "Sudmark");

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(async () => {
  await db?.close();
});
beforeEach(async () => {
  await clearDb(db);
  await applySchema(db);
});

describe("schema", () => {
  it("creates the documented constraints and the entityNames full-text index, idempotently", async () => {
    await applySchema(db);
    const constraints = (
      await query(db, "SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties RETURN *")
    ).map((r) => `${(r.labelsOrTypes as string[])[0]}.${(r.properties as string[])[0]}`);
    expect(constraints).toEqual(expect.arrayContaining(["Entity.id", "Article.id", "Claim.id"]));
    const indexes = await query(db, "SHOW INDEXES YIELD name, type RETURN name, type");
    expect(indexes).toContainEqual({ name: "entityNames", type: "FULLTEXT" });
    await expect(query(db, "CREATE (:Entity {id: 'x'}) CREATE (:Entity {id: 'x'})")).rejects.toThrow(
      /already exists|constraint/i,
    );
  });
});

describe("writeArticles", () => {
  const a1 = () =>
    extraction(
      "a1",
      "h1",
      [ana, bo, norland],
      [
        relation("a1", "MET", bo, ana, "asserted", { date: "2024-05-02" }),
        relation("a1", "VISITED", ana, norland, "asserted"),
      ],
      { source: "Daily Example", published: "2024-05-03" },
    );
  const a2 = () =>
    extraction("a2", "h2", [ana, bo], [relation("a2", "MET", ana, bo, "reported", { date: "2024-05" })], {
      source: "www.example-wire.org",
      published: "2024-05-06",
    });

  it("stores entities, claims and one aggregate per (type, source, target)", async () => {
    await writeArticles(db, [a1(), a2()], { reliability });
    const met = await query(
      db,
      "MATCH (a:Entity)-[r:MET]->(b:Entity) RETURN a.id AS a, b.id AS b, properties(r) AS p",
    );
    expect(met).toHaveLength(1);
    // Symmetric: stored once, smaller id first, whatever order the articles used.
    expect([met[0].a, met[0].b]).toEqual([ana.id, bo.id]);
    const p = met[0].p as Record<string, unknown>;
    expect(Number(p.articles)).toBe(2);
    expect(Number(p.outlets)).toBe(2);
    expect(p.weight).toBe(1.5);
    expect(p.dates).toEqual(["2024-05", "2024-05-02"]);
    expect(p.firstReported).toBe("2024-05-03");
    expect(p.lastReported).toBe("2024-05-06");
    expect(p.certainty).toBe("asserted");
    expect(p.contested).toBe(false);
    expect((p.claimIds as string[]).length).toBe(2);
    const claims = await query(
      db,
      "MATCH (art:Article)-[:ASSERTS]->(c:Claim)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o) RETURN art.id AS art, c.articleId AS cid, s.id AS s, o.id AS o",
    );
    expect(claims).toHaveLength(3);
    for (const c of claims) expect(c.art).toBe(c.cid);
    const labels = await query(db, "MATCH (e:Entity {id: $id}) RETURN labels(e) AS l, e.aliases AS aliases", {
      id: ana.id,
    });
    expect(labels[0].l).toEqual(expect.arrayContaining(["Entity", "Person"]));
    expect(labels[0].aliases).toEqual(["A. Testova"]);
  });

  it("skips an unchanged article and replaces only the claims of an edited one", async () => {
    await writeArticles(db, [a1(), a2()], { reliability });
    const before = await snapshot(db);
    expect(await writeArticle(db, a1(), { reliability })).toBe("unchanged");
    expect(await snapshot(db)).toEqual(before);

    const a2Claims = await query(db, "MATCH (c:Claim {articleId: 'a2'}) RETURN c.id AS id ORDER BY id");
    // Same id, new text: now only a SUPPORTS claim, with a new alias for Ana.
    const edited = extraction(
      "a1",
      "h1-edited",
      [{ ...ana, aliases: ["Anna Testova"] }, cy],
      [relation("a1", "SUPPORTS", cy, ana, "asserted")],
      { source: "Daily Example", published: "2024-05-03" },
    );
    expect(await writeArticle(db, edited, { reliability })).toBe("stored");

    expect(await query(db, "MATCH (c:Claim {articleId: 'a1'}) RETURN c.type AS t")).toEqual([
      { t: "SUPPORTS" },
    ]);
    expect(await query(db, "MATCH (c:Claim {articleId: 'a2'}) RETURN c.id AS id ORDER BY id")).toEqual(
      a2Claims,
    );
    const met = await query(db, "MATCH (:Entity)-[r:MET]-(:Entity) RETURN DISTINCT r.articleIds AS ids");
    expect(met).toEqual([{ ids: ["a2"] }]);
    expect(await query(db, "MATCH ()-[r:VISITED]->() RETURN r")).toEqual([]);
    expect(await query(db, "MATCH ()-[r:SUPPORTS]->() RETURN r.articleIds AS ids")).toEqual([
      { ids: ["a1"] },
    ]);
    // Aliases are a union: old and new kept. Norland is no longer mentioned but is left alone.
    const aliases = await query(db, "MATCH (e:Entity {id: $id}) RETURN e.aliases AS a", { id: ana.id });
    expect([...(aliases[0].a as string[])].sort()).toEqual(["A. Testova", "Anna Testova"]);
    expect(await query(db, "MATCH (e:Entity {id: $id}) RETURN e.id AS id", { id: norland.id })).toHaveLength(
      1,
    );
    expect(
      await query(db, "MATCH (:Article {id: 'a1'})-[m:MENTIONS]->(e) RETURN e.id AS id ORDER BY id"),
    ).toEqual([{ id: ana.id }, { id: cy.id }]);
  });

  it("keeps contradicting claims apart, marks them and the aggregate contested, and says on what", async () => {
    const yes = extraction(
      "c-yes",
      "h",
      [norland, sudmark],
      [relation("c-yes", "SENT_TROOPS_TO", norland, sudmark, "asserted", { quantity: 500 })],
      { source: "One" },
    );
    const no = extraction(
      "c-no",
      "h",
      [norland, sudmark],
      [relation("c-no", "SENT_TROOPS_TO", norland, sudmark, "denied")],
      { source: "Two" },
    );
    await writeArticle(db, yes, { reliability });
    await writeArticle(db, no, { reliability });
    const claims = await query(
      db,
      "MATCH (c:Claim) RETURN c.certainty AS cert, c.contested AS contested, c.disputes AS disputes ORDER BY cert",
    );
    expect(claims).toEqual([
      { cert: "asserted", contested: true, disputes: ["denial"] },
      { cert: "denied", contested: true, disputes: ["denial"] },
    ]);
    const agg = await query(
      db,
      "MATCH (:Country)-[r:SENT_TROOPS_TO]->(:Country) RETURN r.contested AS c, r.disputes AS d, r.certainties AS cs, r.happened AS h, r.quantities AS q",
    );
    expect(agg).toEqual([{ c: true, d: ["denial"], cs: ["asserted", "denied"], h: true, q: [500] }]);

    // A third article with another troop count contradicts the first too, never overwriting it.
    const other = extraction(
      "c-other",
      "h",
      [norland, sudmark],
      [relation("c-other", "SENT_TROOPS_TO", norland, sudmark, "reported", { quantity: 800 })],
      { source: "Three" },
    );
    await writeArticle(db, other, { reliability });
    expect(
      await query(db, "MATCH ()-[r:SENT_TROOPS_TO]->() RETURN r.quantities AS q, r.disputes AS d"),
    ).toEqual([{ q: [500, 800], d: ["denial", "quantity"] }]);
    expect(await query(db, "MATCH (c:Claim) RETURN c.articleId AS a, c.disputes AS d ORDER BY a")).toEqual([
      { a: "c-no", d: ["denial"] },
      { a: "c-other", d: ["denial", "quantity"] },
      { a: "c-yes", d: ["denial", "quantity"] },
    ]);
    // Removing the denial leaves the quantities in dispute, and nothing else.
    await removeArticle(db, "c-no", reliability);
    expect(await query(db, "MATCH (c:Claim) RETURN c.articleId AS a, c.disputes AS d ORDER BY a")).toEqual([
      { a: "c-other", d: ["quantity"] },
      { a: "c-yes", d: ["quantity"] },
    ]);
  });

  it("stores contradictions in linear space: 200 dated reports of one pair (19,900 links before)", async () => {
    const reports = Array.from({ length: 200 }, (_, i) =>
      extraction(
        `d${i}`,
        "h",
        [norland, sudmark],
        [
          relation(`d${i}`, "SENT_TROOPS_TO", norland, sudmark, "reported", {
            date: `${2000 + (i % 20)}-${String((i % 10) + 1).padStart(2, "0")}-0${(i % 9) + 1}`,
          }),
        ],
        { source: `Outlet ${i % 7}` },
      ),
    );
    await writeArticles(db, reports.slice(0, 120), { reliability });
    await writeArticles(db, reports.slice(120), { reliability });
    const rels = await query(db, "MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n ORDER BY t");
    // Per article two MENTIONS, one ASSERTS, one SUBJECT, one OBJECT; one aggregate.
    expect(rels.map((r) => [r.t, Number(r.n)])).toEqual([
      ["ASSERTS", 200],
      ["MENTIONS", 400],
      ["OBJECT", 200],
      ["SENT_TROOPS_TO", 1],
      ["SUBJECT", 200],
    ]);
    expect(
      await query(db, "MATCH (c:Claim) RETURN c.contested AS c, c.disputes AS d, toFloat(count(*)) AS n"),
    ).toEqual([{ c: true, d: ["date"], n: 200 }]);
  });

  it("migrates an earlier version's CONTRADICTS links: on the next rebuild of their key, or at the next ingest", async () => {
    const say = (id: string, certainty: "asserted" | "denied", a = norland, b = sudmark) =>
      extraction(id, "h", [a, b], [relation(id, "SENT_TROOPS_TO", a, b, certainty)], { source: id });
    const zed = country("zedland", "Zedland");
    for (const x of [
      say("m1", "asserted"),
      say("m2", "denied"),
      say("m3", "asserted", zed, sudmark),
      say("m4", "denied", zed, sudmark),
    ])
      await writeArticle(db, x, { reliability });
    // What 0.1 stored: a link per contradicting pair, no disputes.
    await query(
      db,
      `MATCH (a:Claim {certainty: 'asserted'}), (b:Claim {certainty: 'denied', source: a.source})
       CREATE (a)-[:CONTRADICTS]->(b) SET a.disputes = null, b.disputes = null`,
    );
    const links = async () =>
      Number((await query(db, "MATCH ()-[x:CONTRADICTS]->() RETURN count(x) AS n"))[0].n);
    expect(await links()).toBe(2);
    await writeArticle(db, say("m5", "asserted"), { reliability });
    expect(await links()).toBe(1);
    expect(await migrateContradictions(db, reliability)).toBe(1);
    expect(await links()).toBe(0);
    expect(await query(db, "MATCH (c:Claim) RETURN c.articleId AS a, c.disputes AS d ORDER BY a")).toEqual(
      ["m1", "m2", "m3", "m4", "m5"].map((a) => ({ a, d: ["denial"] })),
    );
    expect(await migrateContradictions(db, reliability)).toBe(0);
  });

  it("finds entities by alias through the entityNames full-text index", async () => {
    await writeArticles(db, [a1()], { reliability });
    await query(db, "CALL db.awaitIndexes(60)");
    const hits = await query(
      db,
      "CALL db.index.fulltext.queryNodes('entityNames', 'Testova') YIELD node RETURN node.id AS id",
    );
    expect(hits.map((h) => h.id)).toContain(ana.id);
    const entities = await listEntities(db);
    expect(entities.find((e) => e.id === ana.id)).toMatchObject({
      name: "Ana Testova",
      type: "Person",
      aliases: ["A. Testova"],
    });
  });

  it("lets concurrent writers take turns: a new relation both write is stored once, with both articles", async () => {
    const first = extraction("c1", "h1", [ana, bo], [relation("c1", "MET", ana, bo, "asserted")], {
      source: "One",
    });
    const second = extraction("c2", "h2", [ana, bo], [relation("c2", "MET", bo, ana, "reported")], {
      source: "Two",
    });
    // Two connections, as two ingest processes would have.
    const other = await openTestDb();
    try {
      await Promise.all([
        writeArticles(db, [first], { reliability }),
        writeArticles(other, [second], { reliability }),
      ]);
    } finally {
      await other.close();
    }
    const met = await query(
      db,
      "MATCH (:Entity {id: $a})-[r:MET]-(:Entity {id: $b}) RETURN r.articles AS n",
      {
        a: ana.id,
        b: bo.id,
      },
    );
    expect(met.map((r) => Number(r.n))).toEqual([2]);
    expect(await query(db, "MATCH (l:WriteLock) RETURN l.id AS id")).toEqual([{ id: "geokg" }]);
  });
});

describe("readGraph", () => {
  beforeEach(async () => {
    await writeArticles(
      db,
      [
        extraction(
          "g1",
          "h",
          [ana, bo, norland],
          [
            relation("g1", "MET", ana, bo, "asserted", { date: "2023-02-10" }),
            relation("g1", "VISITED", ana, norland, "planned"),
          ],
          { source: "One", published: "2023-02-11" },
        ),
        extraction("g2", "h", [ana, bo, cy], [relation("g2", "MET", ana, bo, "reported")], {
          source: "Two",
          published: "2024-07-01",
        }),
      ],
      { reliability },
    );
  });

  it("returns every entity and aggregate with the shared attributes", async () => {
    const g = await readGraph(db);
    expect(g.order).toBe(4);
    expect(g.size).toBe(2);
    expect(g.getNodeAttributes(ana.id)).toMatchObject({
      name: "Ana Testova",
      entityType: "Person",
      articles: 2,
    });
    const met = g.getEdgeAttributes(`MET:${ana.id}:${bo.id}`);
    expect(met).toMatchObject({
      type: "MET",
      symmetric: true,
      articles: 2,
      outlets: 2,
      certainty: "asserted",
      happened: true,
    });
    // Cy has no relation but still belongs to the unfiltered graph.
    expect(g.hasNode(cy.id)).toBe(true);
  });

  it("applies entity-type, relation, date, source-count and certainty filters", async () => {
    const persons = await readGraph(db, { types: ["Person"] });
    expect(persons.nodes().sort()).toEqual([ana.id, bo.id, cy.id].sort());
    expect(persons.size).toBe(1);

    const visited = await readGraph(db, { relations: ["VISITED"] });
    expect(visited.nodes().sort()).toEqual([ana.id, norland.id].sort());

    expect((await readGraph(db, { minSources: 2 })).edges()).toEqual([`MET:${ana.id}:${bo.id}`]);
    expect((await readGraph(db, { certainty: ["planned"] })).edges()).toEqual([
      `VISITED:${ana.id}:${norland.id}`,
    ]);
    // The MET date is 2023-02-10; VISITED has no event date and falls back to its first report, 2023-02-11.
    expect((await readGraph(db, { from: "2023-02", to: "2023-02-10" })).edges()).toEqual([
      `MET:${ana.id}:${bo.id}`,
    ]);
    expect((await readGraph(db, { from: "2023-02-11", to: "2023" })).edges()).toEqual([
      `VISITED:${ana.id}:${norland.id}`,
    ]);
    expect((await readGraph(db, { from: "2025" })).order).toBe(0);
  });

  it("sends readGraph's graph with the viewer fields, straight from the stored lines (what /api/graph sends)", async () => {
    const met = `MET:${ana.id}:${bo.id}`;
    const visited = `VISITED:${ana.id}:${norland.id}`;
    const viewer = JSON.parse(await readGraphJson(db)) as ReturnType<StoredGraph["export"]>;
    const edge = (key: string) => viewer.edges.find((e) => e.key === key);
    const full = await readGraph(db);
    expect(edge(met)).toEqual({
      key: met,
      source: ana.id,
      target: bo.id,
      attributes: {
        type: "MET",
        certainty: "asserted",
        articles: 2,
        dates: ["2023-02-10"],
        weight: full.getEdgeAttribute(met, "weight"),
      },
    });
    // No event date: the first report stands in for the date filter.
    expect(edge(visited)?.attributes).toEqual({
      type: "VISITED",
      certainty: "planned",
      articles: 1,
      dates: [],
      firstReported: "2023-02-11",
      weight: full.getEdgeAttribute(visited, "weight"),
    });
    for (const filter of [
      {},
      { types: ["Person" as const] },
      { relations: ["VISITED" as const] },
      { minSources: 2 },
      { certainty: ["planned" as const] },
      { from: "2023-02", to: "2023-02-10" },
      { types: ["Person" as const, "Country" as const], certainty: ["asserted" as const], from: "2023" },
      { from: "2025" },
    ]) {
      const all = (await readGraph(db, filter)).export();
      const expected = {
        ...all,
        edges: all.edges.map((e) => ({
          ...e,
          attributes: viewEdgeAttributes(e.attributes!.type, e.attributes!),
        })),
      };
      expect(JSON.parse(await readGraphJson(db, filter))).toEqual(JSON.parse(JSON.stringify(expected)));
    }
    // The stored line: its ends, then the edge as sent.
    const [row] = await query(
      db,
      `MATCH (:Entity {id: $a})-[r:MET]->(:Entity {id: $b}) RETURN r.line AS line`,
      {
        a: ana.id,
        b: bo.id,
      },
    );
    expect(row.line).toBe(`${ana.id}\u001f${bo.id}\u001f${JSON.stringify(edge(met))}`);
  });

  it("reads relations stored without a line (earlier versions) from their properties", async () => {
    const before = await readGraphJson(db, {});
    const full = (await readGraph(db)).export();
    // Earlier versions stored a `view` instead: it is ignored.
    await query(db, "MATCH (:Entity)-[r]->(:Entity) REMOVE r.line SET r.view = '{}'");
    expect(JSON.parse(await readGraphJson(db))).toEqual(JSON.parse(before));
    expect((await readGraph(db)).export()).toEqual(full);
  });
});
