#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run by `npm install` through `prepare`).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const main = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  console.error(
    "geokg: dist/ is missing — run `npm install` (or `npm run build`) in the project folder first.",
  );
  process.exit(1);
}
await import(main.href);
