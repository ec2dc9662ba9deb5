// The fault suite drives geokg as users run it: the built CLI in child processes.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../src/config.js";

export interface CliRun {
  child: ChildProcess;
  /** Everything written so far. */
  out(): string;
  err(): string;
  /** Exit code (or signal name) and ms from spawn to exit. */
  exited: Promise<{ code: number | string; ms: number }>;
  /** Resolves once the output matches (stdout or stderr), rejects after `timeoutMs`. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
}

/** Runs `geokg <args>`; `env` is added to (or, with undefined values, removed from) this process's. */
export function geokg(args: string[], env: Record<string, string | undefined> = {}): CliRun {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete childEnv[k];
    else childEnv[k] = v;
  }
  const started = Date.now();
  const child = spawn(process.execPath, [join(PROJECT_ROOT, "bin", "geokg.js"), ...args], {
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  const listeners = new Set<() => void>();
  child.stdout.setEncoding("utf8").on("data", (c: string) => ((out += c), listeners.forEach((l) => l())));
  child.stderr.setEncoding("utf8").on("data", (c: string) => ((err += c), listeners.forEach((l) => l())));
  const exited = new Promise<{ code: number | string; ms: number }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code: code ?? signal ?? "?", ms: Date.now() - started })),
  );
  const waitFor = (pattern: RegExp, timeoutMs: number) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const m = pattern.exec(out) ?? pattern.exec(err);
        if (!m) return;
        cleanup();
        resolve(m);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`no ${pattern} within ${timeoutMs} ms; stdout: ${out}\nstderr: ${err}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
      check();
    });
  return { child, out: () => out, err: () => err, exited, waitFor };
}

/** `geokg serve --port 0 …`, resolved once it prints its URL. */
export async function serve(
  args: string[] = [],
  env: Record<string, string | undefined> = {},
): Promise<CliRun & { url: string }> {
  const run = geokg(["serve", "--port", "0", ...args], env);
  const m = await run.waitFor(/serving on (\S+)/, 60_000);
  return { ...run, url: m[1] };
}

/** One request with its status, body text and duration. */
export async function timedFetch(
  url: string,
  init: RequestInit = {},
): Promise<{ status: number; text: string; ms: number }> {
  const started = Date.now();
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(120_000) });
  const text = await res.text();
  return { status: res.status, text, ms: Date.now() - started };
}

export const postJson = (url: string, body: unknown) =>
  timedFetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });

/** Peak resident memory of a process, from /proc (MiB). */
export function peakRssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}
