import { defineConfig } from "vitest/config";
import FaultsLastSequencer from "./tests/setup/sequencer.js";

// One run covers unit, database and browser tests. Database tests share one real Neo4j started by the
// global setup, so files run one after another (they clear and load the same database).
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/setup/neo4j.ts"],
    fileParallelism: false,
    sequence: { sequencer: FaultsLastSequencer },
    testTimeout: 120_000,
    hookTimeout: 180_000,
    reporters: ["default"],
  },
});
