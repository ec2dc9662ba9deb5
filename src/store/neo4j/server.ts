// Lifecycle of the managed Neo4j: one detached JVM per state folder, started without a shell, stopped with
// SIGTERM (the launcher's shutdown hook closes the stores) and SIGKILL only after a grace period.
import { spawn } from "node:child_process";
import {
  closeSync,
  mkdirSync,
  openSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
  readFileSync,
  fstatSync,
} from "node:fs";
import neo4j from "neo4j-driver";
import { ensureModuleBuilt } from "./build.js";
import { findServerPids } from "./find-servers.js";
import { freePort } from "./free-port.js";
import { readOrCreatePassword, readPassword } from "./password.js";
import { MAIN_CLASS, MODULE_JAR, MODULE_LIB, READY_MARK, managedPaths, type ManagedPaths } from "./paths.js";
import { isAlive, isOurServer } from "./process-alive.js";
import { readState, removeState, writeState, type ServerState } from "./state.js";
import { requireJava } from "./tools.js";

export const DEFAULT_PORT = 7687;

export interface StartOptions {
  /** State folder (default stateDir()); the server lives in <base>/neo4j. */
  base?: string;
  /** Exact port; fails if taken. */
  port?: number;
  /** Port to try first before taking any free one (default 7687; tests pass 0 for "any"). */
  preferPort?: number;
  /** How long to wait for the ready line (default 180 s: the first start creates the system database). */
  timeoutMs?: number;
  /** JVM heap, e.g. "1g" (default GEOKG_NEO4J_HEAP or 1g). */
  heap?: string;
  /** Page cache, e.g. "512m" (default GEOKG_NEO4J_PAGECACHE or 512m). */
  pageCache?: string;
  /** Throwaway servers: the JVM exits by itself when this process dies (a killed test run leaves nothing). */
  ownerPid?: number;
  log?: (msg: string) => void;
}

export interface ManagedStatus {
  running: boolean;
  pid?: number;
  port?: number;
  uri?: string;
  version?: string;
  started?: string;
  dataDir: string;
  logFile: string;
  /** A state file was found whose process is gone; it has been removed. */
  staleStateRemoved?: boolean;
}

export interface StartResult extends ServerState {
  password: string;
  dataDir: string;
  logFile: string;
  /** False when a server was already running and was reused. */
  startedNow: boolean;
  /** Spawn → ready, ms (0 when reused). */
  startMs: number;
  /** Maven build time during this start, ms (0 when the module was up to date). */
  buildMs: number;
}

// No -XX:+ExitOnOutOfMemoryError (the stock launcher has it): a read query can build a value the
// transaction memory tracker does not see (`reduce(s = "x", i IN range(1, 29) | s + s)`); Neo4j then
// answers that query with an OutOfMemoryError and carries on, where the flag made the JVM exit (issue 12).
// Should the database ever stay unavailable after one, the launcher exits and serve/start restart it.
const JVM_FLAGS = [
  "-XX:+UseG1GC",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "--add-opens=java.base/java.util=ALL-UNNAMED",
  "--enable-native-access=ALL-UNNAMED",
  "-Dfile.encoding=UTF-8",
];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function logTail(file: string, from = 0, lines = 25): string {
  try {
    return readFileSync(file, "utf8").slice(from).trim().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

/** Current state, cleaning up a stale state.json (process gone or pid reused). */
export function managedStatus(base?: string): ManagedStatus {
  const p = managedPaths(base);
  const st = readState(p.stateFile);
  const basic = { dataDir: p.dataDir, logFile: p.logFile };
  if (!st) return { running: false, ...basic };
  if (!isOurServer(st.pid, p.home)) {
    removeState(p.stateFile);
    return { running: false, staleStateRemoved: true, ...basic };
  }
  return {
    running: true,
    pid: st.pid,
    port: st.port,
    uri: st.uri,
    version: st.version,
    started: st.started,
    ...basic,
  };
}

/** The running managed server's connection details, or null. */
export function managedConnection(base?: string): { uri: string; password: string } | null {
  const s = managedStatus(base);
  if (!s.running || !s.uri) return null;
  const pw = readPassword(managedPaths(base).passwordFile);
  if (!pw)
    throw new Error(
      `${managedPaths(base).passwordFile}: missing, but a managed Neo4j is running — stop it with \`geokg db stop\` and start it again`,
    );
  return { uri: s.uri, password: pw };
}

function acquireStartLock(p: ManagedPaths): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(p.startLock, String(process.pid), { flag: "wx" });
      return () => rmSync(p.startLock, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const holder = Number(readFileSync(p.startLock, "utf8").trim());
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new Error(
          `another geokg process (pid ${holder}) is starting the Neo4j in ${p.dataDir}; wait for it, then run \`geokg db status\``,
          { cause: err },
        );
      }
      rmSync(p.startLock, { force: true }); // left by a process that died mid-start
    }
  }
  throw new Error(`${p.startLock}: could not take the start lock`);
}

async function verify(uri: string, password: string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", password));
  try {
    await driver.executeQuery("RETURN 1", {}, { database: "neo4j" });
  } finally {
    await driver.close();
  }
}

export async function startManaged(opts: StartOptions = {}): Promise<StartResult> {
  const log = opts.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const p = managedPaths(opts.base);
  mkdirSync(p.dataDir, { recursive: true, mode: 0o700 });

  const current = managedStatus(opts.base);
  if (current.running && current.uri && current.pid && current.port) {
    const st = readState(p.stateFile);
    if (st) {
      // Never invent a password for a server that is already running with another one.
      const { password } = managedConnection(opts.base) ?? { password: "" };
      return {
        ...st,
        password,
        dataDir: p.dataDir,
        logFile: p.logFile,
        startedNow: false,
        startMs: 0,
        buildMs: 0,
      };
    }
  }

  const release = acquireStartLock(p);
  try {
    const orphans = findServerPids(p.home);
    if (orphans.length > 0) {
      throw new Error(
        `a geokg Neo4j (pid ${orphans.join(", ")}) already serves ${p.home} but has no state file; run \`geokg db stop\` first`,
      );
    }
    const java = requireJava();
    const buildMs = await ensureModuleBuilt(log);
    const password = readOrCreatePassword(p.passwordFile);
    let port: number;
    if (opts.port) {
      // Fail fast and clearly instead of waiting for a JVM to start and then fail to bind.
      if ((await freePort(opts.port)) !== opts.port)
        throw new Error(`port ${opts.port} on 127.0.0.1 is already in use; pick another with --port`);
      port = opts.port;
    } else port = await freePort(opts.preferPort ?? DEFAULT_PORT);
    const heap = opts.heap ?? process.env.GEOKG_NEO4J_HEAP ?? "1g";

    const fd = openSync(p.logFile, "a", 0o600);
    writeFileSync(fd, `--- geokg: starting Neo4j on 127.0.0.1:${port} at ${new Date().toISOString()}\n`);
    const offset = fstatSync(fd).size;
    const args = [
      `-Xms${heap}`,
      `-Xmx${heap}`,
      ...JVM_FLAGS,
      "-cp",
      `${MODULE_JAR}:${MODULE_LIB}/*`,
      MAIN_CLASS,
      p.home,
      String(port),
    ];
    const t0 = Date.now();
    const child = spawn(java, args, {
      detached: true, // own process group: survives the CLI that started it, and Ctrl-C in that shell
      stdio: ["ignore", fd, fd],
      env: {
        ...process.env,
        GEOKG_NEO4J_PASSWORD: password,
        GEOKG_NEO4J_PAGECACHE: opts.pageCache ?? process.env.GEOKG_NEO4J_PAGECACHE ?? "512m",
        GEOKG_NEO4J_OWNER_PID: opts.ownerPid ? String(opts.ownerPid) : "",
      },
    });
    closeSync(fd);
    let exit: string | null = null;
    child.on("exit", (code, signal) => (exit = signal ?? String(code)));
    child.on("error", (err) => (exit = err.message));
    child.unref();

    const timeoutMs = opts.timeoutMs ?? 180_000;
    let ready: { uri: string; version: string } | null = null;
    while (!ready) {
      const text = readFrom(p.logFile, offset);
      const m = new RegExp(`^${READY_MARK} (\\S+) (\\S+)`, "m").exec(text);
      if (m) ready = { uri: m[1], version: m[2] };
      else if (exit !== null) {
        throw new Error(
          `Neo4j exited during start (${exit}); ${p.logFile} says:\n${logTail(p.logFile, offset)}`,
        );
      } else if (Date.now() - t0 > timeoutMs) {
        if (child.pid) await killAndWait(child.pid, 10_000);
        throw new Error(
          `Neo4j did not get ready within ${timeoutMs / 1000}s; ${p.logFile} says:\n${logTail(p.logFile, offset)}`,
        );
      } else await sleep(150);
    }
    const startMs = Date.now() - t0;
    try {
      await verify(ready.uri, password);
    } catch (err) {
      if (child.pid) await killAndWait(child.pid, 30_000);
      throw new Error(
        `Neo4j started but refused the stored password from ${p.passwordFile}: ${(err as Error).message}`,
        { cause: err },
      );
    }
    const state: ServerState = {
      pid: child.pid!,
      port,
      uri: ready.uri,
      version: ready.version,
      started: new Date().toISOString(),
      home: p.home,
    };
    writeState(p.stateFile, state);
    return { ...state, password, dataDir: p.dataDir, logFile: p.logFile, startedNow: true, startMs, buildMs };
  } finally {
    release();
  }
}

function readFrom(file: string, offset: number): string {
  const fd = openSync(file, "r");
  try {
    const size = statSync(file).size;
    if (size <= offset) return "";
    const buf = Buffer.alloc(size - offset);
    readSync(fd, buf, 0, buf.length, offset);
    return buf.toString("utf8");
  } finally {
    closeSync(fd);
  }
}

/** SIGTERM, wait up to graceMs, then SIGKILL. Resolves once the process is gone. */
async function killAndWait(pid: number, graceMs: number): Promise<"term" | "kill"> {
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    return "term";
  }
  const until = Date.now() + graceMs;
  while (Date.now() < until) {
    if (!isAlive(pid)) return "term";
    await sleep(100);
  }
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    /* exited just now */
  }
  while (isAlive(pid)) await sleep(50);
  return "kill";
}

export interface StopResult {
  wasRunning: boolean;
  pids: number[];
  how?: "term" | "kill";
  stopMs: number;
}

/** Stops the managed server (and any launcher left on the same store without a state file). */
export async function stopManaged(opts: { base?: string; graceMs?: number } = {}): Promise<StopResult> {
  const p = managedPaths(opts.base);
  const st = readState(p.stateFile);
  const pids = new Set(findServerPids(p.home));
  if (st && isOurServer(st.pid, p.home)) pids.add(st.pid);
  const t0 = Date.now();
  let how: "term" | "kill" | undefined;
  for (const pid of pids) {
    const r = await killAndWait(pid, opts.graceMs ?? 60_000);
    how = how === "kill" ? how : r;
  }
  removeState(p.stateFile);
  return { wasRunning: pids.size > 0, pids: [...pids], how, stopMs: Date.now() - t0 };
}
