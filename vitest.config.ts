import { defineConfig } from "vitest/config";
import FaultsLastSequencer from "./tests/setup/sequencer.js";

// Three projects: `unit` (no database), `db` (real Neo4j: tests/db and the fault suites) and `e2e` (real
// Neo4j and real Chromium). `vitest run` runs all three; `--project unit` (npm run test:unit) only the first.
// Neo4j is started by the global setup of db and e2e, which vitest calls only when that project has
// files to run, so unit-only runs start no JVM. Files run one after another: the database tests share one
// Neo4j and clear and load the same database.
export default defineConfig({
  test: {
    fileParallelism: false,
    sequence: { sequencer: FaultsLastSequencer },
    testTimeout: 120_000,
    hookTimeout: 180_000,
    reporters: ["default"],
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      {
        extends: true,
        test: {
          name: "db",
          include: ["tests/db/**/*.test.ts", "tests/faults/**/*.test.ts"],
          globalSetup: ["tests/setup/neo4j.ts"],
        },
      },
      {
        extends: true,
        test: { name: "e2e", include: ["tests/e2e/**/*.test.ts"], globalSetup: ["tests/setup/neo4j.ts"] },
      },
    ],
  },
});
