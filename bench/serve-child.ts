// `geokg serve` (the built CLI) in a child process, for benchmarks: resolves once it prints its URL.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { PROJECT_ROOT } from "../src/config.js";

export interface ChildServer {
  url: string;
  pid: number;
  close(): Promise<void>;
}

export function serveInChild(env: Record<string, string>, timeoutMs = 60_000): Promise<ChildServer> {
  const child = spawn(process.execPath, [join(PROJECT_ROOT, "bin", "geokg.js"), "serve", "--port", "0"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`geokg serve printed no URL within ${timeoutMs} ms: ${out}`));
    }, timeoutMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`geokg serve exited with ${String(code)} before serving: ${out}`));
    });
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      out += chunk;
      const url = /serving on (\S+)/.exec(out)?.[1];
      if (!url) return;
      clearTimeout(timer);
      child.stdout.removeAllListeners("data");
      child.stdout.resume();
      resolve({
        url,
        pid: child.pid!,
        close: async () => {
          child.kill("SIGTERM");
          await exited;
        },
      });
    });
  });
}
