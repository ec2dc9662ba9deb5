// Is a pid a live process (not a zombie), and is it our Neo4j launcher for this store? Guards against stale
// state files whose pid has died or been reused by an unrelated process.
import { readFileSync } from "node:fs";
import { MAIN_CLASS } from "./paths.js";

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    // A zombie answers kill(0) but is gone for our purposes (its parent has not reaped it yet).
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
    return state !== "Z" && state !== "X";
  } catch {
    return true; // no /proc (not Linux): kill(0) is all we have
  }
}

/** True when pid runs our launcher on `home`; true as well where /proc cannot tell. */
export function isOurServer(pid: number, home: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    return args.includes(MAIN_CLASS) && args.includes(home);
  } catch {
    return true;
  }
}
