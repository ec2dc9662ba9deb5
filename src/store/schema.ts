// Applies cypher/schema.cypher. Schema commands cannot share a transaction with each other (or with
// data writes), so each statement runs in its own auto-commit call.
import { readFile } from "node:fs/promises";
import neo4j from "neo4j-driver";
import { join } from "node:path";
import { CYPHER_DIR } from "../config.js";
import type { Db } from "./connection.js";

export const SCHEMA_FILE = join(CYPHER_DIR, "schema.cypher");

/** Statements of a .cypher file: `//` comment lines dropped, split on the `;` that ends each statement. */
export function splitStatements(text: string): string[] {
  return text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export async function applySchema(db: Db, file = SCHEMA_FILE): Promise<number> {
  const statements = splitStatements(await readFile(file, "utf8"));
  // Auto-commit on a WRITE session: schema commands cannot run in a managed transaction with others, and
  // in a cluster they must reach the leader. Every statement is idempotent (IF NOT EXISTS), so a failed
  // one is simply run again by the next ingest instead of being retried here.
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    for (const statement of statements) {
      try {
        await session.run(statement);
      } catch (err) {
        throw new Error(`${file}: schema statement failed (${(err as Error).message}): ${statement}`, {
          cause: err,
        });
      }
    }
    // Wait for index population so that queries right after ingest start can use them.
    await session.run("CALL db.awaitIndexes(300)");
  } finally {
    await session.close();
  }
  return statements.length;
}
