// A managed Neo4j of a test's own (beside the run's shared one), small enough for a loaded machine.
import { startManaged } from "../../src/store/neo4j/server.js";

export function startTestManaged(base: string): ReturnType<typeof startManaged> {
  return startManaged({
    base,
    preferPort: 0,
    heap: "512m",
    pageCache: "64m",
    ownerPid: process.pid,
    log: () => {},
  });
}
