// Builds the Maven module (launcher jar + runtime classpath) when it is missing or older than its sources.
// One-off: a later start reuses neo4j/target.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MODULE_DIR, MODULE_JAR, MODULE_LIB } from "./paths.js";
import { isAlive } from "./process-alive.js";
import { requireMaven } from "./tools.js";

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

export function moduleIsStale(): boolean {
  if (!existsSync(MODULE_JAR) || !existsSync(MODULE_LIB)) return true;
  if (readdirSync(MODULE_LIB).length === 0) return true;
  const sources = Math.max(
    statSync(join(MODULE_DIR, "pom.xml")).mtimeMs,
    newestSource(join(MODULE_DIR, "src")),
  );
  return statSync(MODULE_JAR).mtimeMs < sources;
}

/** Runs `mvn package` when needed; returns the build time in ms (0 when nothing was built). */
export async function ensureModuleBuilt(
  log: (msg: string) => void = (m) => process.stderr.write(`${m}\n`),
): Promise<number> {
  if (!moduleIsStale()) return 0;
  const release = await buildLock(log);
  try {
    // Another process may have built it while we waited for the lock.
    return moduleIsStale() ? build(log) : 0;
  } finally {
    release();
  }
}

/** One Maven build at a time per checkout: two at once would write the same target/ folder. */
async function buildLock(log: (msg: string) => void): Promise<() => void> {
  // Inside target/ (git-ignored), which Maven's package phase never deletes.
  mkdirSync(join(MODULE_DIR, "target"), { recursive: true });
  const lock = join(MODULE_DIR, "target", ".build.lock");
  let told = false;
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: "wx" });
      return () => rmSync(lock, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    const holder = Number(readFileSync(lock, "utf8").trim() || "0");
    if (!holder || !isAlive(holder)) {
      rmSync(lock, { force: true }); // left by a build that died
      continue;
    }
    if (!told) log(`geokg: waiting for the Maven build of the Neo4j module in process ${holder}…`);
    told = true;
    await new Promise((r) => setTimeout(r, 500));
  }
}

function build(log: (msg: string) => void): number {
  const mvn = requireMaven();
  log(`geokg: building the managed Neo4j module (one-off; Maven downloads Neo4j 5.26 on the first build)…`);
  const t0 = Date.now();
  const r = spawnSync(mvn, ["-q", "-B", "-f", join(MODULE_DIR, "pom.xml"), "package"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error || r.status !== 0) {
    const out = `${r.stdout ?? ""}${r.stderr ?? ""}`.trim().split("\n").slice(-30).join("\n");
    throw new Error(
      `building ${join(MODULE_DIR, "pom.xml")} failed (exit ${r.status ?? r.error?.message}):\n${out}`,
    );
  }
  const ms = Date.now() - t0;
  log(`geokg: built the managed Neo4j module in ${(ms / 1000).toFixed(1)}s`);
  return ms;
}
