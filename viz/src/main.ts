// Viewer entry: data (API) → filtered graph (view state) → sigma graph (display attributes) → screen.
import { MultiDirectedGraph } from "graphology";
import type Sigma from "sigma";
import { CERTAINTIES, ENTITY_TYPES, RELATION_TYPES, type ViewEdgeAttributes } from "../../src/types.js";
import { api, type GraphJson, type PartNodeAttributes } from "./api.js";
import { el } from "./dom.js";
import { changedItems, computeVisibility, dateBounds, type DataGraph, type Visibility } from "./filters.js";
import { communities, nodeSizes } from "./metrics.js";
import { initialPositions, runLayout, seededPosition, type LayoutRun } from "./layout.js";
import { toSigmaGraph, type SigmaEdge, type SigmaGraph, type SigmaNode } from "./sigma-graph.js";
import { createRenderer, type RenderState } from "./renderer.js";
import { defaultState, fromHash, toHash, type ViewState } from "./state.js";
import { mountControls, type Controls } from "./controls.js";
import { createStore, focusChanged, viewChanged, type Action, type Store } from "./store.js";
import { Explorer } from "./explore.js";
import { broughtOnlyBy, hiddenNeighbours } from "./focus.js";
import { renderFocusBar } from "./focus-bar.js";
import { Panel } from "./panel.js";
import { mountSearch } from "./search.js";
import { mountCypherBox } from "./cypher-box.js";
import { Curation, rememberedAuthor } from "./curate.js";
import { exportGexf, exportJson, exportPng } from "./exports.js";
import type { ViewerHandle } from "./handle.js";
import "./style.css";

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
  truncated: false,
  expansions: 0,
  hiddenOf: () => null,
  visibleIds: () => [],
  screenPosition: () => null,
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
const focusRoot = el("section", { class: "focus-bar", testid: "focus-bar" });
focusRoot.hidden = true;
const cypherRoot = el("section", { class: "cypher", testid: "cypher" }, el("h3", {}, "Cypher (read-only)"));
const curateRoot = el("section", { class: "cypher", testid: "corrections" });
const side = el("div", { class: "side" }, focusRoot, panelRoot, curateRoot, cypherRoot);
app.append(header, el("div", { class: "body" }, controlsRoot, stage, side));

/**
 * The graph from the API, as data (filters, metrics) and as the display graph sigma draws. Over the
 * server's budget, the part the state asks for (its focus and expansions) through an Explorer.
 */
async function load(
  state: ViewState,
): Promise<{ data: DataGraph; sigmaGraph: SigmaGraph; cached: boolean; explorer: Explorer | null }> {
  counts.textContent = "loading graph…";
  let json = await api.graph();
  const explorer = json.attributes?.truncated ? new Explorer(json) : null;
  if (explorer) json = await explorer.graph(state);
  mark("fetched");
  const data: DataGraph = MultiDirectedGraph.from<PartNodeAttributes, ViewEdgeAttributes>(json);
  mark("dataGraph");
  const sigmaGraph = toSigmaGraph(data);
  const cached = initialPositions(sigmaGraph);
  mark("sigmaGraph");
  return { data, sigmaGraph, cached, explorer };
}

/** What is visible, how big and what colour, for a state of the view: the renderer reads it. */
function derive(data: DataGraph, state: ViewState, render: RenderState): Visibility {
  const vis = computeVisibility(data, state);
  render.vis = vis;
  render.sizes = nodeSizes(data, vis, state.size);
  render.communities = state.color === "community" ? communities(data, vis) : null;
  handle.visibleNodes = vis.nodes.size;
  handle.visibleEdges = vis.edges.size;
  counts.textContent = `${vis.nodes.size} / ${data.order} entities · ${vis.edges.size} / ${data.size} relations`;
  counts.dataset.nodes = String(vis.nodes.size);
  counts.dataset.edges = String(vis.edges.size);
  return vis;
}

function startLayout(sigmaGraph: SigmaGraph, cached: boolean, onDone: () => void): void {
  let layout: LayoutRun | null = null;
  if (!cached && sigmaGraph.order > 0) {
    layout = runLayout(sigmaGraph, (text) => {
      status.textContent = text;
      handle.layout = text;
    });
    void layout.done.then(onDone);
  } else {
    status.textContent = "layout: cached";
    handle.layout = "layout: done";
  }
  window.addEventListener("beforeunload", () => layout?.stop());
}

/** What the subscriber and the widgets share for the page's life. */
interface View {
  data: DataGraph;
  sigmaGraph: SigmaGraph;
  sigma: Sigma<SigmaNode, SigmaEdge>;
  render: RenderState;
  vis: Visibility;
  /** Set when the graph is over the server's budget and explored from a focus. */
  explorer: Explorer | null;
}

function focusCamera({ sigma, sigmaGraph }: View, node: string): void {
  const pos = sigma.getNodeDisplayData(node);
  // Zoom in far on big graphs (to find the node among thousands), gently on small ones (keep context).
  const ratio = sigmaGraph.order > 300 ? 0.2 : sigmaGraph.order > 50 ? 0.5 : 0.8;
  if (pos) void sigma.getCamera().animate({ x: pos.x, y: pos.y, ratio }, { duration: 400 });
}

/** A new filter or display mode: the visible graph, the widgets' counts and what sigma must redraw. */
function showView(view: View, state: ViewState, controls: Controls): void {
  const { data, sigma, render } = view;
  const t0 = performance.now();
  const before = { vis: view.vis, sizes: render.sizes, colored: render.communities !== null };
  view.vis = derive(data, state, render);
  const t1 = performance.now();
  controls.sync(state, view.vis);
  if (before.colored || render.communities) {
    // Community colours can change for any node: re-reduce everything.
    sigma.refresh({ schedule: true });
  } else {
    // Only the items whose visibility or size changed are re-reduced; the draw itself is
    // scheduled, so a burst of changes (dragging the date slider) costs one frame, not one each.
    const partialGraph = changedItems(before, { vis: view.vis, sizes: render.sizes });
    sigma.refresh({ partialGraph, skipIndexation: true, schedule: true });
  }
  handle.timings.lastFilterComputeMs = Math.round(t1 - t0);
  handle.timings.lastFilterRefreshMs = Math.round(performance.now() - t1);
}

/** Where the `count` nodes new to the picture go: on a ring around `anchor`, else each at its seeded place. */
function placer(positions: Map<string, { x: number; y: number }>, anchor: string | null, count: number) {
  const centre = anchor ? positions.get(anchor) : undefined;
  let minX = Infinity;
  let maxX = -Infinity;
  for (const p of positions.values()) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
  }
  // A ring a quarter of the picture wide: near the expanded node, yet wide enough for fifty labels.
  const radius = Number.isFinite(maxX - minX) && maxX > minX ? (maxX - minX) / 4 : 25;
  let i = 0;
  return (node: string): { x: number; y: number } => {
    if (!centre) return seededPosition(node);
    const angle = (2 * Math.PI * i++) / Math.max(1, count);
    return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
  };
}

/**
 * A new graph swapped in place (after a correction, a focus change or an expansion): positions kept for
 * the nodes still there, new ones placed around `anchor`, then shown for the current state as a new
 * filter would be.
 */
function swapGraph(
  view: View,
  json: GraphJson,
  state: ViewState,
  controls: Controls,
  anchor: string | null,
): void {
  const { data, sigmaGraph, render } = view;
  const positions = new Map<string, { x: number; y: number }>();
  sigmaGraph.forEachNode((n, a) => positions.set(n, { x: a.x, y: a.y }));
  data.clear();
  data.import(json);
  sigmaGraph.clear();
  sigmaGraph.import(toSigmaGraph(data).export());
  const place = placer(positions, anchor, sigmaGraph.filterNodes((n) => !positions.has(n)).length);
  sigmaGraph.updateEachNodeAttributes((n, a) => ({ ...a, ...(positions.get(n) ?? place(n)) }));
  view.vis = derive(data, state, render);
  sigmaGraph.updateEachNodeAttributes((n, a) => ({ ...a, size: render.sizes.get(n) ?? a.size }));
  controls.sync(state, view.vis);
  view.sigma.refresh();
}

/** After a correction: the graph (or the part being explored) fetched again and swapped in. */
async function reloadGraph(view: View, state: ViewState, controls: Controls): Promise<void> {
  const top = await api.graph();
  if (view.explorer) view.explorer.reset(top);
  swapGraph(view, view.explorer ? await view.explorer.graph(state) : top, state, controls, null);
}

function showSelection(view: View, sel: ViewState["selected"], zoom: boolean, panel: Panel): void {
  handle.selected = sel;
  view.render.selectedNode = sel?.kind === "node" ? sel.id : null;
  view.render.selectedEdge = sel?.kind === "edge" ? sel.id : null;
  if (!sel) panel.clear();
  else if (sel.kind === "node") {
    void panel.showEntity(sel.id);
    if (zoom && view.sigmaGraph.hasNode(sel.id)) focusCamera(view, sel.id);
  } else void panel.showRelation(sel.id);
  view.sigma.refresh({ skipIndexation: true, schedule: true });
}

/** Hover highlighting, clicks, search, the Cypher box and the export buttons. */
function mountInteractions(
  view: View,
  select: (sel: ViewState["selected"], zoom: boolean) => void,
  dispatch: (action: Action) => void,
): void {
  const { data, sigma, sigmaGraph, render } = view;
  const hover = (node: string | null): void => {
    render.hovered = node;
    render.hoveredNeighbours = node ? new Set([node, ...sigmaGraph.neighbors(node)]) : new Set();
    sigma.refresh({ skipIndexation: true, schedule: true });
  };
  sigma.on("enterNode", ({ node }) => hover(node));
  sigma.on("leaveNode", () => hover(null));
  sigma.on("clickNode", ({ node }) => select({ kind: "node", id: node }, false));
  sigma.on("clickEdge", ({ edge }) => select({ kind: "edge", id: edge }, false));
  sigma.on("clickStage", () => select(null, false));
  // Exploring a big graph: a double-click expands the node instead of zooming.
  sigma.on("doubleClickNode", (e) => {
    if (!view.explorer) return;
    e.preventSigmaDefault();
    dispatch({ kind: "expand", id: e.node });
  });

  mountSearch(searchBox, (hit) => {
    // On a part of a big graph, an entity not shown becomes the focus the view starts from.
    if (view.explorer && !data.hasNode(hit.id)) dispatch({ kind: "focus", id: hit.id });
    select({ kind: "node", id: hit.id }, true);
  });
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
    button("JSON", "export-json", () => exportJson(view.vis)),
    button("GEXF", "export-gexf", () => exportGexf(view.vis)),
  );
}

/** The focus bar for the current state (shown only while exploring a part of a big graph). */
function showFocusBar(
  view: View,
  state: ViewState,
  dispatch: (action: Action) => void,
  loading = false,
): void {
  const { explorer, data } = view;
  focusRoot.hidden = !explorer;
  if (!explorer) return;
  const name = (id: string): string => (data.hasNode(id) ? data.getNodeAttribute(id, "name") : id);
  const sel = state.selected?.kind === "node" && data.hasNode(state.selected.id) ? state.selected.id : null;
  renderFocusBar(
    focusRoot,
    {
      summary: explorer.summary,
      nodes: data.order,
      edges: data.size,
      focus: state.focus !== null ? { id: state.focus, name: name(state.focus) } : null,
      selected: sel
        ? {
            id: sel,
            name: name(sel),
            hidden: hiddenNeighbours(data, sel),
            expanded: state.expanded.includes(sel),
            removes: broughtOnlyBy(explorer.shown.expansions, explorer.shown.start, sel).length,
          }
        : null,
      loading,
    },
    {
      expand: (id) => dispatch({ kind: "expand", id }),
      collapse: (id) => dispatch({ kind: "collapse", id }),
      reset: () => dispatch({ kind: "focus", id: null }),
    },
  );
}

/**
 * Focus changes and expansions: the parts fetched (each once), swapped in with the new nodes around the
 * expanded one, drawn. Only the latest change is shown when several overlap.
 */
function mountFocus(view: View, store: Store, controls: Controls): void {
  const { explorer } = view;
  handle.truncated = explorer !== null;
  handle.hiddenOf = (id) => (view.data.hasNode(id) ? hiddenNeighbours(view.data, id) : null);
  showFocusBar(view, store.getState(), store.dispatch);
  if (!explorer) return;
  let latest = 0;
  store.subscribe((state, prev, action) => {
    if (!focusChanged(prev, state)) {
      if (state.selected !== prev.selected) showFocusBar(view, state, store.dispatch);
      return;
    }
    const mine = ++latest;
    const started = performance.now();
    const anchor = action.kind === "expand" ? action.id : null;
    showFocusBar(view, state, store.dispatch, true);
    void explorer.graph(state).then((json) => {
      if (mine !== latest) return;
      handle.timings.lastExpandFetchMs = Math.round(performance.now() - started);
      swapGraph(view, json, store.getState(), controls, anchor);
      showFocusBar(view, store.getState(), store.dispatch);
      // A new start (another focus) gets a layout of its own; an expansion keeps the picture.
      if (action.kind === "focus" || action.kind === "replace") startLayout(view.sigmaGraph, false, () => {});
      requestAnimationFrame(() => {
        handle.timings.lastExpandMs = Math.round(performance.now() - started);
        handle.expansions++;
      });
    });
  });
}

// Wiring only: every change of the view goes through store.dispatch, and the one subscriber below
// turns a new state into the visible graph, the widgets, the panel, the screen and the URL.
async function main(): Promise<void> {
  const all = { types: [...ENTITY_TYPES], relations: [...RELATION_TYPES], certainties: [...CERTAINTIES] };
  const base = defaultState(all.types, all.relations, all.certainties);
  const initialView = fromHash(location.hash, base);
  const { data, sigmaGraph, cached, explorer } = await load(initialView);
  const store = createStore({
    ...initialView,
    curate: { ...initialView.curate, author: rememberedAuthor() },
  });

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
  const vis = derive(data, store.getState(), render);
  // Sizes live on the display graph too, so noverlap knows how big each node is.
  sigmaGraph.updateEachNodeAttributes((n, a) => ({ ...a, size: render.sizes.get(n) ?? a.size }));
  mark("filtered");
  const sigma = createRenderer(stage, sigmaGraph, render);
  mark("renderer");
  // Sigma draws once inside its constructor, so the first frame reaches the screen at the next paint.
  requestAnimationFrame(() => {
    handle.firstFrameAt ??= performance.now();
  });
  const view: View = { data, sigmaGraph, sigma, render, vis, explorer };
  handle.isVisible = (id) => view.vis.nodes.has(id);
  handle.visibleIds = () => [...view.vis.nodes];
  handle.screenPosition = (id) => {
    const pos = view.sigmaGraph.hasNode(id) ? sigma.getNodeDisplayData(id) : undefined;
    return pos ? sigma.framedGraphToViewport(pos) : null;
  };

  const select = (selected: ViewState["selected"], zoom: boolean) =>
    store.dispatch({ kind: "select", selected, zoom });
  const controls = mountControls(controlsRoot, store.dispatch, { ...all, dateBounds: dateBounds(data) });
  controls.sync(store.getState(), view.vis);
  const curation = new Curation(curateRoot, store, {
    changed: async (survivor) => {
      await reloadGraph(view, store.getState(), controls);
      const sel = store.getState().selected;
      if (survivor) select({ kind: "node", id: survivor }, true);
      else if (sel && (sel.kind === "node" ? data.hasNode(sel.id) : data.hasEdge(sel.id))) select(sel, false);
      else select(null, false);
    },
  });
  curation.show(store.getState().curate);
  const panel = new Panel(panelRoot, {
    selectNode: (id) => select({ kind: "node", id }, true),
    selectEdge: (id) => select({ kind: "edge", id }, false),
    entityTools: (card) => curation.entityTools(card),
    evidenceTools: (ev) => curation.evidenceTools(ev),
  });
  panel.clear();

  store.subscribe((state, prev, action) => {
    if (viewChanged(prev, state)) showView(view, state, controls);
    // Selecting again (a second click, a followed link) shows the selection again; a followed link
    // brings a selected node into view.
    if (action.kind === "select" || action.kind === "replace" || state.selected !== prev.selected) {
      showSelection(
        view,
        state.selected,
        action.kind === "replace" || (action.kind === "select" && action.zoom),
        panel,
      );
    }
    if (state.curate !== prev.curate) {
      curation.show(state.curate);
      // The panel's correction controls come and go with the token's acceptance.
      if (state.curate.authorized !== prev.curate.authorized && state.selected)
        showSelection(view, state.selected, false, panel);
    }
    const hash = toHash(state, all);
    if (hash !== location.hash) history.replaceState(null, "", hash || location.pathname + location.search);
  });
  mountInteractions(view, select, store.dispatch);
  mountFocus(view, store, controls);
  window.addEventListener("hashchange", () =>
    store.dispatch({ kind: "replace", state: fromHash(location.hash, base) }),
  );

  // Before the first selection, so an entity panel opened from the URL shows its correction controls.
  await curation.init().catch((err: unknown) => console.warn("corrections:", err));
  const initial = store.getState().selected;
  if (initial) select(initial, initial.kind === "node");
  startLayout(sigmaGraph, cached, () => {
    const sel = store.getState().selected;
    if (sel?.kind === "node") focusCamera(view, sel.id);
  });
  handle.ready = true;
}

main().catch((err: unknown) => {
  handle.error = (err as Error).message;
  counts.textContent = "";
  stage.append(
    el("p", { class: "error", testid: "load-error" }, `Could not load the graph: ${(err as Error).message}`),
  );
});
