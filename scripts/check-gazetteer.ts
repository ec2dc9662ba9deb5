// Run by `npm run build` after tsc: checks each gazetteer file against its schema and records the hash of each
// that passes and reads the same without it (nothing trimmed), with the hash of the compiled schema code, in
// dist/gazetteer-checked.json. At run time a file with a recorded hash is read without loading zod (see
// CHECKED_FILE in src/extract/gazetteer/load.ts).
// A file that fails is left out and reported; geokg then checks it at load and names the problem.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import {
  CHECKED_FILE,
  fileHash,
  GAZETTEER_DIR,
  GAZETTEER_FILES,
  parseGazetteerFile,
  schemaCodeHash,
} from "../src/extract/gazetteer/load.js";
import { PROJECT_ROOT } from "../src/config.js";

const sha256: string[] = [];
for (const name of GAZETTEER_FILES) {
  const file = join(GAZETTEER_DIR, `${name}.json`);
  try {
    const text = readFileSync(file, "utf8");
    const parsed = parseGazetteerFile(file, text);
    const raw = JSON.parse(text) as { version: unknown; entries: unknown };
    if (parsed.version === raw.version && isDeepStrictEqual(parsed.entries, raw.entries))
      sha256.push(fileHash(text));
    else
      console.error(
        `check-gazetteer: ${name}.json reads differently through its schema; left to the full check`,
      );
  } catch (err) {
    console.error(`check-gazetteer: ${err instanceof Error ? err.message : String(err)}`);
  }
}
// The compiled schema code this record is for (what dist/ runs; see CHECKED_FILE).
const dist = join(PROJECT_ROOT, "dist");
const code = schemaCodeHash(join(dist, "extract", "gazetteer", "load.js"), join(dist, "types.js"));
mkdirSync(dirname(CHECKED_FILE), { recursive: true });
writeFileSync(CHECKED_FILE, JSON.stringify({ code, sha256 }, null, 2) + "\n");
