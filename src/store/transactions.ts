// How geokg talks to Neo4j: a single read is one `executeQuery` routed to a reader; work of several
// queries runs in one managed transaction (`withRead`, `withWrite`), which the driver retries on
// transient failures, on a session that is always closed afterwards.
import neo4j, { type ManagedTransaction, type Record as Neo4jRecord } from "neo4j-driver";
import type { Db } from "./connection.js";

/** One read query: the driver picks the session and retries; in a cluster it goes to a reader. */
export async function readQuery(
  db: Db,
  query: string,
  params: Record<string, unknown> = {},
): Promise<Neo4jRecord[]> {
  const { records } = await db.driver.executeQuery(query, params, {
    database: db.database,
    routing: neo4j.routing.READ,
  });
  return records;
}

type Work<T> = (tx: ManagedTransaction) => Promise<T>;

async function inTransaction<T>(db: Db, mode: "READ" | "WRITE", work: Work<T>): Promise<T> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: mode });
  try {
    return await (mode === "READ" ? session.executeRead(work) : session.executeWrite(work));
  } finally {
    await session.close();
  }
}

/** Runs `work` in one managed read transaction. */
export function withRead<T>(db: Db, work: Work<T>): Promise<T> {
  return inTransaction(db, "READ", work);
}

/** Runs `work` in one managed write transaction: all of it is stored, or none. */
export function withWrite<T>(db: Db, work: Work<T>): Promise<T> {
  return inTransaction(db, "WRITE", work);
}
