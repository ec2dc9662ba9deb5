// Notices when the managed Neo4j's JVM goes away (killed, crashed, exited unhealthy), within a second,
// without waiting for a query to fail and the driver's retries to run out.
import { managedPaths } from "./paths.js";
import { isOurServer } from "./process-alive.js";
import { readState } from "./state.js";

export interface Watch {
  pid: number;
  stop(): void;
}

/**
 * Calls `onExit(pid)` once, when the managed server running now (in `base`) exits; null when none runs.
 * The timer does not keep the process alive.
 */
export function watchManagedServer(
  base: string | undefined,
  onExit: (pid: number) => void,
  everyMs = 1_000,
): Watch | null {
  const p = managedPaths(base);
  const state = readState(p.stateFile);
  if (!state || !isOurServer(state.pid, p.home)) return null;
  const timer = setInterval(() => {
    if (isOurServer(state.pid, p.home)) return;
    clearInterval(timer);
    onExit(state.pid);
  }, everyMs);
  timer.unref();
  return { pid: state.pid, stop: () => clearInterval(timer) };
}
