// A small hand-made graph for the focus reads (/api/graph over budget, /api/neighbourhood), written
// as the store writes aggregates (bench/viewer.bench.ts does the same at scale), then ranked.
import type { Db } from "../../src/store/connection.js";
import { edgeLine } from "../../src/store/edge-line.js";
import { aggregateId } from "../../src/graph/aggregate.js";
import { rankUnranked } from "../../src/store/rank.js";
import {
  CAMEO,
  SYMMETRIC_RELATIONS,
  type Certainty,
  type EntityType,
  type RelationType,
} from "../../src/types.js";

export const FOCUS_ENTITIES: [id: string, type: EntityType][] = [
  ["h", "Country"],
  ["a", "Person"],
  ["b", "Person"],
  ["c", "Organization"],
  ["d", "Place"],
  ["e", "Person"],
  ["f", "Person"],
  ["g", "Country"],
];

type Rel = [
  type: RelationType,
  source: string,
  target: string,
  weight: number,
  date: string,
  certainty?: Certainty,
];

// Weighted degrees: h 15, a 9, b 6, g 4, c 3, e 2, f 2, d 1.
export const FOCUS_RELATIONS: Rel[] = [
  ["SUPPLIED_ARMS_TO", "h", "a", 5, "2020-01-01"],
  ["MET", "a", "b", 3, "2021-02-01"],
  ["SUPPORTS", "h", "b", 3, "2021-03-01"],
  ["VISITED", "c", "h", 2, "2022-01-01"],
  ["VISITED", "e", "d", 1, "2019-01-01"],
  ["AFFILIATED_WITH", "a", "c", 1, "2020-05-01", "alleged"],
  ["SUPPORTS", "f", "h", 1, "2023-01-01"],
  ["SIGNED_AGREEMENT", "g", "h", 4, "2020-06-01"],
  ["MET", "e", "f", 1, "2018-01-01"],
];

export async function seedFocusGraph(db: Db): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    for (const [id, type] of FOCUS_ENTITIES)
      await session.run(`CREATE (:Entity:${type} {id: $id, name: $name, type: $type, aliases: []})`, {
        id,
        name: `Entity ${id.toUpperCase()}`,
        type,
      });
    for (const [type, source, target, weight, date, certainty = "asserted"] of FOCUS_RELATIONS) {
      const key = { type, source, target };
      const props = { certainty, articles: 1, dates: [date], firstReported: date, weight };
      await session.run(
        `MATCH (s:Entity {id: $source}), (t:Entity {id: $target})
         CREATE (s)-[:${type} {id: $id, cameo: $cameo, symmetric: $symmetric, certainty: $certainty,
           certainties: [$certainty], happened: true, contested: false, articles: 1, outlets: 1,
           articleIds: [], claimIds: [], dates: [$date], firstReported: $date, lastReported: $date,
           roles: [], weight: toFloat($weight), line: $line}]->(t)`,
        {
          source,
          target,
          id: aggregateId(key),
          cameo: CAMEO[type],
          symmetric: SYMMETRIC_RELATIONS.has(type),
          certainty,
          date,
          weight,
          line: edgeLine(key, props),
        },
      );
    }
  } finally {
    await session.close();
  }
  await rankUnranked(db, { all: true });
}
