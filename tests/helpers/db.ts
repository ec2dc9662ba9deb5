// How tests get the run's Neo4j (started by tests/setup/neo4j.ts): `const db = await openTestDb()`, and
// `await clearDb(db)` in beforeEach when a test needs an empty graph. Close it in afterAll.
import { inject } from "vitest";
import { connect, externalTarget, type Db } from "../../src/store/connection.js";

export async function openTestDb(): Promise<Db> {
  // The environment is the primary channel; inject() covers runners whose workers do not inherit it.
  const target = externalTarget() ?? inject("neo4j");
  if (!target)
    throw new Error("no test Neo4j: tests/setup/neo4j.ts did not run (check vitest.config.ts globalSetup)");
  return connect(target);
}

/** Deletes every node and relationship (constraints and indexes stay). */
export async function clearDb(db: Db): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.executeWrite((tx) => tx.run("MATCH (n) DETACH DELETE n"));
  } finally {
    await session.close();
  }
}
