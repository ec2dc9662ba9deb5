// `npm run eval [-- --set seeds|news-dev|newswire|newswire-test|all] [--quiet]`: scores the extractor on the gold sets
// with the shared scorer (../shared/eval/score.mjs), then adds what that scorer does not print: P/R/F1 per
// relation type, worked out from its misses and false positives and the gold's own counts. The scorer stays the
// one judge; this only reads its verbose log.
// The newswire sets (data/eval/newswire, tuned against; data/eval/newswire-test, held out; entities only) ship
// with the project and are scored here by scoreNewswire (scripts/score-newswire.ts), so they run without ../shared.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  NEWSWIRE_TYPES,
  scoreNewswire,
  type ExtractionLine,
  type NewswireGold,
  type Tally,
} from "./score-newswire.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SHARED = resolve(process.env.GEOKG_SHARED ?? join(ROOT, "..", "shared"));

interface EvalSet {
  name: string;
  /** "shared": gold and corpus under ../shared, scored by its score.mjs; "newswire": under the project root. */
  kind: "shared" | "newswire";
  gold: string;
  corpus: string;
}
const SETS: EvalSet[] = [
  { name: "seeds", kind: "shared", gold: "eval/dev-gold.json", corpus: "corpus/seeds" },
  { name: "news-dev", kind: "shared", gold: "eval/news-dev-gold.json", corpus: "corpus/news-dev" },
  { name: "newswire", kind: "newswire", gold: "data/eval/newswire/gold.json", corpus: "data/eval/newswire" },
  {
    name: "newswire-test",
    kind: "newswire",
    gold: "data/eval/newswire-test/gold.json",
    corpus: "data/eval/newswire-test",
  },
];

interface GoldRelation {
  type: string;
  optional?: boolean;
}

const SUMMARY =
  /^(entity \S+|relations)\s+P ([\d.]+) R ([\d.]+) F1 ([\d.]+)\s+\(tp (\d+) fp (\d+) fn (\d+)\)/;
const REL_LINE = /^\s+(FP|FN) relation ([A-Z_]+)\|/;

function rates({ tp, fp, fn }: Tally): { p: number; r: number; f: number } {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

function prf(t: Tally): string {
  const { tp, fp, fn } = t;
  const { p, r, f } = rates(t);
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)}  (tp ${tp} fp ${fp} fn ${fn})`;
}

/** Gold relations the scorer counts (non-optional), per type, deduplicated as the scorer keys them. */
function goldCounts(goldFile: string): Map<string, number> {
  const gold = JSON.parse(readFileSync(goldFile, "utf8")) as {
    articles: { relations: (GoldRelation & { source: string; target: string })[] }[];
  };
  const counts = new Map<string, number>();
  for (const art of gold.articles) {
    const keys = new Map<string, boolean>();
    for (const r of art.relations) {
      const sym = r.type === "MET" || r.type === "SIGNED_AGREEMENT";
      const [s, o] = sym && r.source > r.target ? [r.target, r.source] : [r.source, r.target];
      keys.set(`${r.type}|${s}|${o}`, !r.optional);
    }
    for (const [k, scored] of keys)
      if (scored) counts.set(k.split("|")[0], (counts.get(k.split("|")[0]) ?? 0) + 1);
  }
  return counts;
}

function runSet(set: EvalSet, quiet: boolean): void {
  const gold = join(SHARED, set.gold);
  const corpus = join(SHARED, set.corpus);
  if (!existsSync(gold) || !existsSync(corpus)) {
    console.error(`eval: ${set.name}: ${existsSync(gold) ? corpus : gold} not found (set GEOKG_SHARED)`);
    process.exitCode = 2;
    return;
  }
  const cmd = `node ${JSON.stringify(join(ROOT, "bin", "geokg.js"))} extract --format jsonl`;
  const scorer = join(SHARED, "eval", "score.mjs");
  const log = execFileSync("node", [scorer, "--gold", gold, "--corpus", corpus, "--cmd", cmd, "--verbose"], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  const byRel = new Map<string, Tally>();
  const tally = (t: string): Tally => byRel.get(t) ?? byRel.set(t, { tp: 0, fp: 0, fn: 0 }).get(t)!;
  const details: string[] = [];
  const summary: string[] = [];
  for (const line of log.split("\n")) {
    const rel = REL_LINE.exec(line);
    if (rel) tally(rel[2])[rel[1] === "FP" ? "fp" : "fn"]++;
    if (SUMMARY.test(line) || line.startsWith("entity F1")) summary.push(line);
    else if (line.trim()) details.push(line);
  }
  for (const [type, n] of goldCounts(gold)) tally(type).tp = n - tally(type).fn;
  console.log(`\n=== ${set.name} (${set.gold})`);
  if (!quiet) console.log(details.join("\n"));
  console.log(`--- ${set.name}: per type`);
  for (const line of summary.filter((l) => !l.startsWith("entity F1"))) console.log(line);
  for (const [type, t] of [...byRel].sort()) console.log(`relation ${type.padEnd(17)}${prf(t)}`);
  console.log(`${set.name}: ${summary.find((l) => l.startsWith("entity F1")) ?? "no summary"}`);
}

/** The newswire set: `geokg extract` over its articles, scored by scoreNewswire. */
function runNewswire(set: EvalSet, quiet: boolean): void {
  const goldFile = join(ROOT, set.gold);
  const corpus = join(ROOT, set.corpus);
  if (!existsSync(goldFile)) {
    console.error(`eval: ${set.name}: ${goldFile} not found`);
    process.exitCode = 2;
    return;
  }
  const gold = JSON.parse(readFileSync(goldFile, "utf8")) as NewswireGold;
  const files = readdirSync(corpus)
    .filter((f) => /^\d\d-.*\.txt$/.test(f))
    .sort();
  let stdout: string;
  try {
    stdout = execFileSync(
      "node",
      [join(ROOT, "bin", "geokg.js"), "extract", ...files.map((f) => join(corpus, f)), "--format", "jsonl"],
      { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 28, stdio: ["ignore", "pipe", "inherit"] },
    );
  } catch (err) {
    // A failed article makes extract exit 1; score what it printed, the rest shows up as missing.
    stdout = String((err as { stdout?: unknown }).stdout ?? "");
    console.error(
      `eval: ${set.name}: extractor failed: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`,
    );
    process.exitCode = 1;
  }
  const lines = stdout
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ExtractionLine);
  const score = scoreNewswire(lines, gold);

  console.log(`\n=== ${set.name} (${set.gold})`);
  for (const f of files) if (!gold[f]) console.log(`${f}: no gold entry`);
  for (const f of score.missingDocs) console.log(`${f}: no result`);
  const unknown = Object.entries(score.unknownTypes);
  if (unknown.length)
    console.log(`ignored predicted types: ${unknown.map(([t, n]) => `${t}=${n}`).join(", ")}`);
  if (!quiet) {
    for (const doc of score.docs) {
      const log = [
        ...doc.fp.map((e) => `  FP entity ${e.type} "${e.name}"`),
        ...doc.fn.map((e) => `  FN entity ${e.type} "${e.name}"`),
      ];
      console.log(`${doc.file}\n${log.join("\n") || "  all correct"}`);
    }
  }
  console.log(`--- ${set.name}: per type`);
  for (const type of NEWSWIRE_TYPES) console.log(`entity ${type.padEnd(12)} ${prf(score.byType[type])}`);
  console.log(`entities         ${prf(score.all)}`);
  console.log(
    `left out (neither TP nor FP): ${score.miscIgnored} naming a MISC entity, ${score.optionalIgnored} an optional one`,
  );
  console.log(`${set.name}: entity F1 ${rates(score.all).f.toFixed(3)}`);
}

function main(): void {
  const args = process.argv.slice(2);
  const i = args.indexOf("--set");
  const which = i >= 0 ? args[i + 1] : "all";
  // "all" leaves the held-out set out: its misses are to be measured, not read while writing rules.
  const chosen =
    which === "all" ? SETS.filter((s) => s.name !== "newswire-test") : SETS.filter((s) => s.name === which);
  if (chosen.length === 0) {
    console.error(`eval: unknown --set "${which}" (seeds, news-dev, newswire, newswire-test or all)`);
    process.exit(2);
  }
  for (const set of chosen) (set.kind === "newswire" ? runNewswire : runSet)(set, args.includes("--quiet"));
}

main();
