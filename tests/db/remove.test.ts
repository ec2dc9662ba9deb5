// removeArticle against the real Neo4j: only what nothing else supports goes.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../src/store/connection.js";
import { removeArticle } from "../../src/store/remove-article.js";
import { applySchema } from "../../src/store/schema.js";
import { reliabilityFrom } from "../../src/graph/source-reliability.js";
import { writeArticles } from "../../src/store/write-article.js";
import { clearDb, openTestDb } from "../helpers/db.js";
import { country, extraction, person, query, relation, snapshot } from "./store-helpers.js";

const reliability = reliabilityFrom({ outlets: {}, default: 1 });
const ana = person("ana-testova", "Ana Testova");
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
  await writeArticles(
    db,
    [
      extraction(
        "keep",
        "h",
        [ana, bo, norland],
        [relation("keep", "MET", ana, bo, "asserted"), relation("keep", "VISITED", ana, norland, "asserted")],
      ),
      extraction(
        "drop",
        "h",
        [ana, bo, cy, norland, sudmark],
        [
          relation("drop", "MET", ana, bo, "reported"),
          relation("drop", "MET", cy, ana, "asserted"),
          relation("drop", "SENT_TROOPS_TO", norland, sudmark, "denied"),
        ],
      ),
    ],
    { reliability },
  );
});

describe("removeArticle", () => {
  it("removes the article, its claims, relations only it supported and entities only it used", async () => {
    const res = await removeArticle(db, "drop", reliability);
    expect(res).toMatchObject({ id: "drop", found: true, entitiesDeleted: 2 });
    expect(await query(db, "MATCH (a:Article) RETURN a.id AS id")).toEqual([{ id: "keep" }]);
    expect(await query(db, "MATCH (c:Claim) RETURN DISTINCT c.articleId AS id")).toEqual([{ id: "keep" }]);
    // Shared MET rebuilt from the remaining claim; relations only "drop" supported are gone.
    expect(await query(db, "MATCH ()-[r:MET]->() RETURN r.articleIds AS ids, r.certainty AS c")).toEqual([
      { ids: ["keep"], c: "asserted" },
    ]);
    expect(await query(db, "MATCH ()-[r:SENT_TROOPS_TO]->() RETURN r")).toEqual([]);
    // Cy and Sudmark only appeared in "drop"; Norland is still mentioned by "keep".
    const ids = (await query(db, "MATCH (e:Entity) RETURN e.id AS id ORDER BY id")).map((r) => r.id);
    expect(ids).toEqual([ana.id, bo.id, norland.id].sort());
    expect(await snapshot(db)).toMatchObject({ ":Article": 1, ":Claim": 2, "-MET-": 1, "-VISITED-": 1 });
  });

  it("leaves the store untouched for an unknown id", async () => {
    const before = await snapshot(db);
    expect(await removeArticle(db, "no-such-article", reliability)).toMatchObject({ found: false });
    expect(await snapshot(db)).toEqual(before);
  });
});
