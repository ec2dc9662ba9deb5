// A small, fully known graph for the analyst query tests, written through the real store
// (writeArticles → claims, aggregates, CONTRADICTS). Sentences are written for these tests; people's
// roles and terms are public knowledge.
import { applySchema } from "../../src/store/schema.js";
import { writeArticles } from "../../src/store/write-article.js";
import type { Db } from "../../src/store/connection.js";
import { clearDb, openTestDb } from "../helpers/db.js";
import { country, person, relation } from "./store-helpers.js";
import {
  CAMEO,
  type ArticleExtraction,
  type Certainty,
  type Entity,
  type Relation,
  type RelationType,
} from "../../src/types.js";

export const E = {
  macron: person("emmanuel-macron", "Emmanuel Macron", ["Macron"]),
  scholz: person("olaf-scholz", "Olaf Scholz", ["Scholz"]),
  baerbock: person("annalena-baerbock", "Annalena Baerbock"),
  maas: person("heiko-maas", "Heiko Maas"),
  france: country("france", "France", ["French Republic"]),
  germany: country("germany", "Germany"),
  poland: country("poland", "Poland"),
  ukraine: country("ukraine", "Ukraine"),
  paris: { id: "place:paris", name: "Paris", type: "Place", aliases: [] } as Entity,
};

function rel(
  articleId: string,
  type: RelationType,
  source: Entity,
  target: Entity,
  certainty: Certainty,
  sentence: string,
  extra: Partial<Relation> = {},
): Relation {
  const evidence = [{ articleId, sentence, start: 0, end: sentence.length }];
  return relation(articleId, type, source, target, certainty, { cameo: CAMEO[type], evidence, ...extra });
}

function article(
  id: string,
  source: string,
  published: string,
  entities: Entity[],
  relations: Relation[],
): ArticleExtraction {
  return {
    article: { id, source, published, title: `Analyst fixture ${id}`, contentHash: `hash-${id}` },
    entities,
    mentions: Object.fromEntries(entities.map((e) => [e.id, 1])),
    relations,
  };
}

export const ARTICLES: ArticleExtraction[] = [
  article(
    "fx-a1",
    "outlet-a.example",
    "2024-03-10",
    [E.macron, E.scholz, E.baerbock, E.germany, E.ukraine, E.paris],
    [
      rel(
        "fx-a1",
        "MET",
        E.macron,
        E.scholz,
        "asserted",
        "Emmanuel Macron met Olaf Scholz in Paris on March 9, 2024.",
        { date: "2024-03-09" },
      ),
      rel(
        "fx-a1",
        "VISITED",
        E.scholz,
        E.paris,
        "asserted",
        "Olaf Scholz travelled to Paris on March 9, 2024.",
        { date: "2024-03-09" },
      ),
      rel(
        "fx-a1",
        "AFFILIATED_WITH",
        E.baerbock,
        E.germany,
        "asserted",
        "German Foreign Minister Annalena Baerbock joined them.",
        {
          role: "foreign minister",
          validFrom: "2021-12-08",
          validTo: "2025-05-06",
        },
      ),
      rel(
        "fx-a1",
        "SUPPLIED_ARMS_TO",
        E.germany,
        E.ukraine,
        "asserted",
        "Germany supplied air-defence missiles to Ukraine in March 2024.",
        { date: "2024-03" },
      ),
    ],
  ),
  article(
    "fx-a2",
    "outlet-b.example",
    "2024-03-12",
    [E.macron, E.scholz, E.france, E.ukraine],
    [
      rel("fx-a2", "MET", E.macron, E.scholz, "reported", "Macron reportedly met Scholz on March 9, 2024.", {
        date: "2024-03-09",
      }),
      rel(
        "fx-a2",
        "SENT_TROOPS_TO",
        E.france,
        E.ukraine,
        "denied",
        "France denied that it had sent troops to Ukraine.",
        { date: "2024-03" },
      ),
      rel(
        "fx-a2",
        "AFFILIATED_WITH",
        E.macron,
        E.france,
        "asserted",
        "French President Emmanuel Macron spoke to reporters.",
        { role: "president" },
      ),
    ],
  ),
  article(
    "fx-a3",
    "outlet-c.example",
    "2024-06-20",
    [E.france, E.germany, E.poland, E.ukraine, E.maas, E.scholz],
    [
      rel(
        "fx-a3",
        "SENT_TROOPS_TO",
        E.france,
        E.ukraine,
        "alleged",
        "France was accused of sending 500 troops to Ukraine in June 2024.",
        {
          date: "2024-06",
          quantity: 500,
        },
      ),
      rel("fx-a3", "SUPPORTS", E.poland, E.ukraine, "asserted", "Poland backed Ukraine on June 18, 2024.", {
        date: "2024-06-18",
      }),
      rel(
        "fx-a3",
        "AFFILIATED_WITH",
        E.maas,
        E.germany,
        "asserted",
        "Heiko Maas, Germany's former foreign minister, commented.",
        {
          role: "foreign minister",
          validFrom: "2018-03-14",
          validTo: "2021-12-08",
        },
      ),
      rel(
        "fx-a3",
        "AFFILIATED_WITH",
        E.scholz,
        E.germany,
        "asserted",
        "German Chancellor Olaf Scholz spoke on June 18, 2024.",
        {
          role: "chancellor",
          date: "2024-06-18",
        },
      ),
      rel(
        "fx-a3",
        "SIGNED_AGREEMENT",
        E.france,
        E.germany,
        "planned",
        "France and Germany intend to sign a pact in July 2024.",
        { date: "2024-07" },
      ),
    ],
  ),
];

export async function loadAnalystFixture(db: Db): Promise<void> {
  await writeArticles(db, ARTICLES, { force: true });
}

/** The test database emptied and holding this graph alone (the caller closes it). */
export async function openAnalystGraph(): Promise<Db> {
  const db = await openTestDb();
  await applySchema(db);
  await clearDb(db);
  await loadAnalystFixture(db);
  return db;
}
