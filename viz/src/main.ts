// Viewer entry: data (API) → filtered graph (view state) → sigma graph (display attributes) → screen.
import { MultiDirectedGraph } from "graphology";
import {
  CERTAINTIES,
  ENTITY_TYPES,
  RELATION_TYPES,
  type ViewEdgeAttributes,
  type GraphNodeAttributes,
} from "../../src/types.js";
import { api } from "./api.js";
import { el } from "./dom.js";
import { changedItems, computeVisibility, dateBounds, type DataGraph, type Visibility } from "./filters.js";
import { communities, nodeSizes } from "./metrics.js";
import { initialPositions, runLayout, type LayoutRun } from "./layout.js";
import { toSigmaGraph } from "./sigma-graph.js";
import { createRenderer, type RenderState } from "./renderer.js";
import { defaultState, fromHash, toHash, type ViewState } from "./state.js";
import { mountControls } from "./controls.js";
import { Panel } from "./panel.js";
import { mountSearch } from "./search.js";
import { mountCypherBox } from "./cypher-box.js";
import { Curation } from "./curate.js";
import { exportGexf, exportJson, exportPng } from "./exports.js";
import "./style.css";

/** What tests and the benchmark read: a stable view of the page's graph state. */
interface ViewerHandle {
  ready: boolean;
  firstFrameAt: number | null;
  error: string | null;
  visibleNodes: number;
  visibleEdges: number;
  selected: ViewState["selected"];
  highlighted: number;
  layout: string;
  /** Milliseconds since navigation start at each loading step (for the benchmark). */
  timings: Record<string, number>;
  isVisible(id: string): boolean;
}

declare global {
  interface Window {
    __geokg: ViewerHandle;
  }
}

const handle: ViewerHandle = {
  ready: false,
  firstFrameAt: null,
  error: null,
  visibleNodes: 0,
  visibleEdges: 0,
  selected: null,
  highlighted: 0,
  layout: "",
  timings: {},
  isVisible: () => false,
};
const mark = (step: string): void => {
  handle.timings[step] = Math.round(performance.now());
};
window.__geokg = handle;

const app = document.getElementById("app")!;
const status = el("span", { class: "meta", testid: "layout-status" });
const counts = el("span", { class: "counts", testid: "counts" });
const searchBox = el("div", { class: "search", testid: "search" });
const exportsBar = el("div", { class: "row" });
const header = el("header", {}, el("h1", {}, "geokg"), searchBox, counts, status, exportsBar);
const controlsRoot = el("aside", { class: "controls", testid: "controls" });
const stage = el("main", { class: "stage", testid: "graph" });
const panelRoot = el("section", { class: "panel", testid: "panel" });
const cypherRoot = el("section", { class: "cypher", testid: "cypher" }, el("h3", {}, "Cypher (read-only)"));
const curateRoot = el("section", { class: "cypher", testid: "corrections" });
const side = el("div", { class: "side" }, panelRoot, curateRoot, cypherRoot);
app.append(header, el("div", { class: "body" }, controlsRoot, stage, side));

async function main(): Promise<void> {
  counts.textContent = "loading graph…";
  const json = await api.graph();
  mark("fetched");
  const data: DataGraph = MultiDirectedGraph.from<GraphNodeAttributes, ViewEdgeAttributes>(json);
  mark("dataGraph");
  const sigmaGraph = toSigmaGraph(data);
  const cached = initialPositions(sigmaGraph);
  mark("sigmaGraph");

  const all = { types: [...ENTITY_TYPES], relations: [...RELATION_TYPES], certainties: [...CERTAINTIES] };
  const base = defaultState(all.types, all.relations, all.certainties);
  const state = fromHash(location.hash, base);
  // The controls mutate `state` in place; keep one object for the page's life.

  const render: RenderState = {
    vis: null,
    sizes: new Map(),
    communities: null,
    hovered: null,
    hoveredNeighbours: new Set(),
    selectedNode: null,
    selectedEdge: null,
    highlight: null,
  };
  let vis: Visibility = computeVisibility(data, state);

  const recompute = (): void => {
    vis = computeVisibility(data, state);
    render.vis = vis;
    render.sizes = nodeSizes(data, vis, state.size);
    render.communities = state.color === "community" ? communities(data, vis) : null;
    handle.visibleNodes = vis.nodes.size;
    handle.visibleEdges = vis.edges.size;
    counts.textContent = `${vis.nodes.size} / ${data.order} entities · ${vis.edges.size} / ${data.size} relations`;
    counts.dataset.nodes = String(vis.nodes.size);
    counts.dataset.edges = String(vis.edges.size);
  };
  recompute();
  // Sizes live on the display graph too, so noverlap knows how big each node is.
  sigmaGraph.updateEachNodeAttributes((n, a) => ({ ...a, size: render.sizes.get(n) ?? a.size }));
  handle.isVisible = (id) => vis.nodes.has(id);

  mark("filtered");
  const sigma = createRenderer(stage, sigmaGraph, render);
  mark("renderer");
  // Sigma draws once inside its constructor, so the first frame reaches the screen at the next paint.
  requestAnimationFrame(() => {
    handle.firstFrameAt ??= performance.now();
  });

  const curation = new Curation(curateRoot, {
    changed: async (survivor) => {
      await reloadData();
      const sel = state.selected;
      if (survivor) select({ kind: "node", id: survivor }, true);
      else if (sel && (sel.kind === "node" ? data.hasNode(sel.id) : data.hasEdge(sel.id))) select(sel, false);
      else select(null, false);
    },
  });
  const panel = new Panel(panelRoot, {
    selectNode: (id) => select({ kind: "node", id }, true),
    selectEdge: (id) => select({ kind: "edge", id }, false),
    entityTools: (card) => curation.entityTools(card),
    evidenceTools: (ev) => curation.evidenceTools(ev),
  });

  /** After a correction: the graph fetched again and swapped in place; positions kept for nodes still there. */
  async function reloadData(): Promise<void> {
    const positions = new Map<string, { x: number; y: number }>();
    sigmaGraph.forEachNode((n, a) => positions.set(n, { x: a.x, y: a.y }));
    data.clear();
    data.import(await api.graph());
    const next = toSigmaGraph(data);
    sigmaGraph.clear();
    sigmaGraph.import(next.export());
    sigmaGraph.updateEachNodeAttributes((n, a) => ({
      ...a,
      ...(positions.get(n) ?? { x: Math.random(), y: Math.random() }),
    }));
    recompute();
    sigmaGraph.updateEachNodeAttributes((n, a) => ({ ...a, size: render.sizes.get(n) ?? a.size }));
    controls.sync(state, vis);
    sigma.refresh();
  }
  panel.clear();

  const writeUrl = (): void => {
    const hash = toHash(state, all);
    if (hash !== location.hash) history.replaceState(null, "", hash || location.pathname + location.search);
  };

  function focusCamera(node: string): void {
    const pos = sigma.getNodeDisplayData(node);
    // Zoom in far on big graphs (to find the node among thousands), gently on small ones (keep context).
    const ratio = sigmaGraph.order > 300 ? 0.2 : sigmaGraph.order > 50 ? 0.5 : 0.8;
    if (pos) void sigma.getCamera().animate({ x: pos.x, y: pos.y, ratio }, { duration: 400 });
  }

  function select(sel: ViewState["selected"], zoom: boolean): void {
    state.selected = sel;
    handle.selected = sel;
    render.selectedNode = sel?.kind === "node" ? sel.id : null;
    render.selectedEdge = sel?.kind === "edge" ? sel.id : null;
    if (!sel) panel.clear();
    else if (sel.kind === "node") {
      void panel.showEntity(sel.id);
      if (zoom && sigmaGraph.hasNode(sel.id)) focusCamera(sel.id);
    } else void panel.showRelation(sel.id);
    sigma.refresh({ skipIndexation: true, schedule: true });
    writeUrl();
  }

  const controls = mountControls(controlsRoot, state, {
    ...all,
    dateBounds: dateBounds(data),
    onChange: () => {
      const t0 = performance.now();
      const prev = { vis, sizes: render.sizes, colored: render.communities !== null };
      recompute();
      const t1 = performance.now();
      controls.sync(state, vis);
      if (prev.colored || render.communities) {
        // Community colours can change for any node: re-reduce everything.
        sigma.refresh({ schedule: true });
      } else {
        // Only the items whose visibility or size changed are re-reduced; the draw itself is
        // scheduled, so a burst of changes (dragging the date slider) costs one frame, not one each.
        const partialGraph = changedItems(prev, { vis, sizes: render.sizes });
        sigma.refresh({ partialGraph, skipIndexation: true, schedule: true });
      }
      const t2 = performance.now();
      writeUrl();
      handle.timings.lastFilterComputeMs = Math.round(t1 - t0);
      handle.timings.lastFilterRefreshMs = Math.round(t2 - t1);
    },
  });
  controls.sync(state, vis);

  sigma.on("enterNode", ({ node }) => {
    render.hovered = node;
    render.hoveredNeighbours = new Set([node, ...sigmaGraph.neighbors(node)]);
    sigma.refresh({ skipIndexation: true, schedule: true });
  });
  sigma.on("leaveNode", () => {
    render.hovered = null;
    render.hoveredNeighbours = new Set();
    sigma.refresh({ skipIndexation: true, schedule: true });
  });
  sigma.on("clickNode", ({ node }) => select({ kind: "node", id: node }, false));
  sigma.on("clickEdge", ({ edge }) => select({ kind: "edge", id: edge }, false));
  sigma.on("clickStage", () => select(null, false));

  mountSearch(searchBox, (hit) => select({ kind: "node", id: hit.id }, true));
  mountCypherBox(
    cypherRoot,
    (ids) => {
      render.highlight = ids;
      handle.highlighted = ids?.size ?? 0;
      sigma.refresh({ skipIndexation: true, schedule: true });
    },
    (id) => data.hasNode(id),
  );

  const button = (text: string, testid: string, run: () => unknown): HTMLButtonElement => {
    const b = el("button", { testid }, text);
    b.addEventListener("click", () => void run());
    return b;
  };
  exportsBar.append(
    button("PNG", "export-png", () => exportPng(sigma)),
    button("JSON", "export-json", () => exportJson(vis)),
    button("GEXF", "export-gexf", () => exportGexf(vis)),
  );

  window.addEventListener("hashchange", () => {
    const next = fromHash(location.hash, base);
    state.types = next.types;
    state.relations = next.relations;
    state.certainty = next.certainty;
    Object.assign(state, {
      from: next.from,
      to: next.to,
      minSources: next.minSources,
      size: next.size,
      color: next.color,
    });
    recompute();
    controls.sync(state, vis);
    select(next.selected, true);
  });

  // Before the first selection, so an entity panel opened from the URL shows its correction controls.
  await curation.init().catch((err: unknown) => console.warn("corrections:", err));
  if (state.selected) select(state.selected, state.selected.kind === "node");

  let layout: LayoutRun | null = null;
  if (!cached && sigmaGraph.order > 0) {
    layout = runLayout(sigmaGraph, (text) => {
      status.textContent = text;
      handle.layout = text;
    });
    void layout.done.then(() => {
      if (state.selected?.kind === "node") focusCamera(state.selected.id);
    });
  } else {
    status.textContent = "layout: cached";
    handle.layout = "layout: done";
  }
  window.addEventListener("beforeunload", () => layout?.stop());
  handle.ready = true;
}

main().catch((err: unknown) => {
  handle.error = (err as Error).message;
  counts.textContent = "";
  stage.append(
    el("p", { class: "error", testid: "load-error" }, `Could not load the graph: ${(err as Error).message}`),
  );
});
