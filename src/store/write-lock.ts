// Writers take turns. A batch rebuilds every relation it touches from the claims stored before it
// plus its own, and creates the relations that are new; two ingests (or an ingest and a removal)
// doing that at once could each miss the other's claims or create a relation twice. So every write
// transaction first sets a property on one shared node: Neo4j holds the node's write lock until the
// transaction ends, and a second writer waits there (read queries never do).
import type { ManagedTransaction } from "neo4j-driver";

const TAKE = `MERGE (l:WriteLock {id: 'geokg'}) SET l.at = datetime()`;

export async function takeWriteLock(tx: ManagedTransaction): Promise<void> {
  await tx.run(TAKE);
}
