// Runs the benchmarks: every bench/*.bench.ts module (or the ones named), one after another, each
// printing its own figures. Benchmarks are where timing limits live; tests never time anything.
//   npm run bench                    all benchmarks with their default sizes
//   npm run bench -- extract store   only these
//   npm run bench -- extract --n 5000
import { readdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

/** What a benchmark module exports. `n` is left out when not given, so each keeps its own default. */
interface BenchModule {
  run(opts: { n?: number }): Promise<unknown>;
}

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { n: { type: "string" }, list: { type: "boolean" }, help: { type: "boolean", short: "h" } },
  });
  const available = (await readdir(BENCH_DIR))
    .filter((f) => f.endsWith(".bench.ts"))
    .map((f) => f.slice(0, -".bench.ts".length))
    .sort();
  if (values.help || values.list) {
    console.log(
      `usage: npm run bench -- [name ...] [--n N]\nbenchmarks: ${available.join(", ") || "(none)"}`,
    );
    return 0;
  }
  const unknown = positionals.filter((p) => !available.includes(p));
  if (unknown.length) {
    console.error(`unknown benchmark ${unknown.join(", ")} (available: ${available.join(", ") || "none"})`);
    return 2;
  }
  const n = values.n ?? process.env.BENCH_N;
  if (n !== undefined && !/^[1-9]\d*$/.test(n)) {
    console.error(`--n must be a positive whole number, got "${n}"`);
    return 2;
  }
  const selected = positionals.length ? available.filter((b) => positionals.includes(b)) : available;
  let failed = 0;
  for (const name of selected) {
    console.log(`\n== ${name}`);
    const started = performance.now();
    try {
      const mod = (await import(
        pathToFileURL(join(BENCH_DIR, `${name}.bench.ts`)).href
      )) as Partial<BenchModule>;
      if (typeof mod.run !== "function") throw new Error(`bench/${name}.bench.ts does not export run(opts)`);
      await mod.run(n === undefined ? {} : { n: Number(n) });
      console.log(`== ${name}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (err) {
      failed++;
      console.error(`== ${name}: FAILED: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
  }
  console.log(`\n${selected.length - failed} benchmarks passed, ${failed} failed`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
