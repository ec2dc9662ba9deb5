import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  { ignores: ["node_modules", "dist", "viz/dist", "neo4j/target", ".geokg", "coverage"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // The viewer runs in the browser only; the e2e tests and the viewer benchmark hand functions to the page.
  { files: ["viz/src/**"], languageOptions: { globals: globals.browser } },
  {
    files: ["tests/e2e/**", "bench/viewer.bench.ts"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
