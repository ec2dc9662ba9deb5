// Positions: seeded from each node id (the same graph always starts from the same picture), refined by
// ForceAtlas2 in a web worker and then noverlap, and cached in localStorage so a reload shows the
// settled layout at once instead of re-running it.
import type { AbstractGraph as Graph } from "graphology-types";
import FA2LayoutModule from "graphology-layout-forceatlas2/worker.js";
import forceAtlas2Module from "graphology-layout-forceatlas2";
import NoverlapLayoutModule from "graphology-layout-noverlap/worker.js";
import { interop } from "../../src/graph/interop.js";

const FA2Layout = interop(FA2LayoutModule);
const forceAtlas2 = interop(forceAtlas2Module);
const NoverlapLayout = interop(NoverlapLayoutModule);

const CACHE_KEY = "geokg.positions.v1";

/** FNV-1a of the id → two numbers in [-1, 1): a deterministic starting point per node. */
export function seededPosition(id: string): { x: number; y: number } {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  const a = (h & 0xffff) / 0x10000;
  const b = (h >>> 16) / 0x10000;
  // Polar spread so nodes fill a disc rather than a square.
  const r = Math.sqrt(a) * 100;
  return { x: r * Math.cos(2 * Math.PI * b), y: r * Math.sin(2 * Math.PI * b) };
}

type Cache = Record<string, [number, number]>;

function readCache(): Cache {
  try {
    return JSON.parse(localStorage.getItem(CACHE_KEY) ?? "{}") as Cache;
  } catch {
    return {};
  }
}

export function saveCache(graph: Graph): void {
  const cache: Cache = {};
  graph.forEachNode((n, a) => {
    cache[n] = [Math.round((a.x as number) * 100) / 100, Math.round((a.y as number) * 100) / 100];
  });
  try {
    localStorage.setItem(CACHE_KEY, JSON.stringify(cache));
  } catch {
    // Quota exceeded on a huge graph: the layout still works, it just re-runs next time.
  }
}

/** Sets x/y on every node; returns true when every node had a cached position (no layout needed). */
export function initialPositions(graph: Graph): boolean {
  const cache = readCache();
  let allCached = graph.order > 0;
  graph.forEachNode((n) => {
    const hit = cache[n];
    if (hit) graph.mergeNodeAttributes(n, { x: hit[0], y: hit[1] });
    else {
      allCached = false;
      graph.mergeNodeAttributes(n, seededPosition(n));
    }
  });
  return allCached;
}

export interface LayoutRun {
  stop(): void;
  done: Promise<void>;
}

/** ForceAtlas2 in a worker for a time that grows with the graph, then noverlap, then cache. */
export function runLayout(graph: Graph, onStatus: (text: string) => void): LayoutRun {
  const settings = forceAtlas2.inferSettings(graph);
  const fa2 = new FA2Layout(graph, { settings: { ...settings, barnesHutOptimize: graph.order > 500 } });
  const ms = Math.min(8000, 1500 + graph.order * 2);
  let stopped = false;
  let noverlap: InstanceType<typeof NoverlapLayout> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const done = new Promise<void>((resolve) => {
    onStatus("layout: ForceAtlas2…");
    fa2.start();
    timer = setTimeout(() => {
      fa2.stop();
      fa2.kill();
      if (stopped) return resolve();
      onStatus("layout: removing overlaps…");
      noverlap = new NoverlapLayout(graph, {
        settings: { ratio: 1.2, margin: 2 },
        onConverged: () => {
          noverlap?.kill();
          saveCache(graph);
          onStatus("layout: done");
          resolve();
        },
      });
      noverlap.start();
      // noverlap may never report convergence on a dense graph; cap it.
      setTimeout(() => {
        if (noverlap?.isRunning()) {
          noverlap.stop();
          noverlap.kill();
          saveCache(graph);
          onStatus("layout: done");
          resolve();
        }
      }, 3000);
    }, ms);
  });
  return {
    done,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (fa2.isRunning()) fa2.stop();
      fa2.kill();
      noverlap?.kill();
    },
  };
}
