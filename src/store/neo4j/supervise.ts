// Keeps the managed Neo4j running under `geokg serve` / `geokg start` (issue 12): when its JVM dies
// (killed, crashed, or exited after the database became unavailable), it is started again on the same
// port, after 1 s, then 2, 4 … up to 60 s between failed attempts, and each step is logged. A server
// stopped on purpose (`geokg db stop` removes the state file) is left stopped.
import { managedPaths } from "./paths.js";
import { isOurServer } from "./process-alive.js";
import { startManaged, type StartResult } from "./server.js";
import { readState } from "./state.js";

export const BACKOFF_MS = [1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 60_000];
const CHECK_EVERY_MS = 1_000;
// `geokg db stop` removes the state file right after the process is gone: wait that long before
// deciding that a vanished process was not stopped on purpose.
const STOP_GRACE_MS = 1_500;

export interface SuperviseOptions {
  base?: string;
  log?: (message: string) => void;
  /** Called after a restart, with the new server (its URI may differ if the old port was taken). */
  onRestart?: (started: StartResult) => void | Promise<void>;
  /** For tests: start the server (default startManaged). */
  start?: typeof startManaged;
}

export interface Supervisor {
  stop(): void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Supervises the managed server running now in `base`; a no-op when none runs. */
export function superviseManaged(opts: SuperviseOptions = {}): Supervisor {
  const log = opts.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const p = managedPaths(opts.base);
  let current = readState(p.stateFile);
  let stopped = false;
  let busy = false;

  const restart = async (pid: number, port: number): Promise<void> => {
    for (let attempt = 0; !stopped; attempt++) {
      const wait = BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)];
      log(
        `geokg: Neo4j (pid ${pid}) exited unexpectedly; restarting in ${wait / 1000} s (attempt ${attempt + 1})`,
      );
      await sleep(wait);
      if (stopped) return;
      try {
        const started = await (opts.start ?? startManaged)({ base: opts.base, preferPort: port, log });
        current = readState(p.stateFile);
        log(
          `geokg: Neo4j restarted (pid ${started.pid}, ${started.uri}) in ${(started.startMs / 1000).toFixed(1)} s`,
        );
        await opts.onRestart?.(started);
        return;
      } catch (err) {
        log(`geokg: Neo4j restart failed: ${(err as Error).message.split("\n")[0]}`);
      }
    }
  };

  const check = async (): Promise<void> => {
    if (!current || isOurServer(current.pid, p.home)) {
      // Adopt a server started meanwhile by `geokg db start`.
      const now = readState(p.stateFile);
      if (!current && now && isOurServer(now.pid, p.home)) current = now;
      return;
    }
    const gone = current;
    await sleep(STOP_GRACE_MS);
    const now = readState(p.stateFile);
    if (!now) {
      log(`geokg: Neo4j (pid ${gone.pid}) was stopped (geokg db stop); not restarting it`);
      current = null;
    } else if (now.pid !== gone.pid && isOurServer(now.pid, p.home)) {
      current = now; // someone else restarted it
    } else await restart(gone.pid, gone.port);
  };

  const timer = setInterval(() => {
    if (busy || stopped) return;
    busy = true;
    void check().finally(() => (busy = false));
  }, CHECK_EVERY_MS);
  timer.unref();
  return {
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}
