// Finds launcher processes serving a given home folder by their command line. This is the guard against two
// servers on one store when state.json is missing or stale (Neo4j's own store lock is the last line).
import { readdirSync, readFileSync } from "node:fs";
import { MAIN_CLASS } from "./paths.js";
import { isAlive } from "./process-alive.js";

export function findServerPids(home: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return []; // not Linux: state.json and Neo4j's store lock are the guards there
  }
  const pids: number[] = [];
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${name}/cmdline`, "utf8").split("\0");
    } catch {
      continue; // exited while we looked
    }
    const pid = Number(name);
    if (args.includes(MAIN_CLASS) && args.includes(home) && isAlive(pid)) pids.push(pid);
  }
  return pids;
}
