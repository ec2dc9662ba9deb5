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

/** Runs `work` in one managed read transaction. */
export async function withRead<T>(db: Db, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(work);
  } finally {
    await session.close();
  }
}

/** Runs `work` in one managed write transaction: all of it is stored, or none. */
export async function withWrite<T>(db: Db, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(work);
  } finally {
    await session.close();
  }
}
