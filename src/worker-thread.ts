// Starting one of geokg's own modules as a worker thread, compiled or from the sources.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";

const COMPILED = !import.meta.url.endsWith(".ts");

/**
 * The URL a worker thread imports for one of geokg's modules named by its .ts source: the compiled .js
 * beside it when geokg runs compiled; the source itself otherwise (the thread has tsx's loader).
 */
export function workerModule(source: URL): string {
  return COMPILED ? source.href.replace(/\.ts$/, ".js") : source.href;
}

/**
 * A new worker thread running the module `entry` (a URL made from the caller's import.meta.url, naming
 * the .ts source). Compiled (dist/, what bin/geokg.js runs) the caller is a .js file and so is its
 * sibling entry, which Node loads as is. Run from the sources (vitest, `node --import tsx`), a worker
 * thread does not inherit the loader its parent got from vitest or tsx — nor, on Node 20, apply an
 * `--import tsx` given in its execArgv to its own entry — so a two-line bootstrap registers tsx's loader
 * in the thread and then imports the entry. tsx is found from this file, not the working directory,
 * which may be anywhere; it is a dev dependency, and only the sources need it.
 */
export function startWorker(entry: URL, options: WorkerOptions = {}): Worker {
  // The parent's flags, less those for its own entry: "--input-type" (node -e) stops a thread from starting.
  const execArgv = process.execArgv.filter((a) => !a.startsWith("--input-type"));
  if (COMPILED) return new Worker(new URL(workerModule(entry)), { execArgv, ...options });
  const tsx = tsxEsmApi();
  const bootstrap = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { execArgv, ...options, eval: true });
}

/** tsx's ESM API by file URL, through its export map's import condition (require.resolve gives the CommonJS one). */
function tsxEsmApi(): string {
  const pkgPath = createRequire(import.meta.url).resolve("tsx/package.json");
  const pkg = JSON.parse(readFileSync(pkgPath, "utf8")) as {
    exports: Record<string, { import: { default: string } }>;
  };
  return new URL(pkg.exports["./esm/api"].import.default, pathToFileURL(pkgPath)).href;
}
