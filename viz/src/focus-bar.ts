// The focus bar: shown only while exploring a graph over the server's budget. It says how much of the
// graph is shown, and for the selected entity how many neighbours are still hidden, with Expand and
// Collapse buttons and a way back to the most central entities.
import { el, clear } from "./dom.js";
import type { GraphJson } from "./api.js";

export interface FocusBarInfo {
  summary: GraphJson["attributes"];
  nodes: number;
  edges: number;
  focus: { id: string; name: string } | null;
  selected: { id: string; name: string; hidden: number | null; expanded: boolean; removes: number } | null;
  loading: boolean;
}

export interface FocusBarActions {
  expand(id: string): void;
  collapse(id: string): void;
  reset(): void;
}

export function renderFocusBar(root: HTMLElement, info: FocusBarInfo, actions: FocusBarActions): void {
  clear(root);
  const total = info.summary?.relations ?? 0;
  root.append(
    el(
      "p",
      { class: "meta", testid: "focus-notice" },
      `Big graph: ${total.toLocaleString("en")} relations. Showing ${info.nodes} entities and ${info.edges} relations, `,
      info.focus ? `around ${info.focus.name}` : "the most central entities",
      ". Double-click an entity to expand it.",
      info.loading ? " Loading…" : "",
    ),
  );
  const sel = info.selected;
  if (sel) {
    const hidden = sel.hidden ?? 0;
    const expand = el("button", { testid: "focus-expand" }, `Expand (${hidden} hidden)`);
    expand.disabled = hidden === 0;
    expand.addEventListener("click", () => actions.expand(sel.id));
    root.append(
      el(
        "p",
        { testid: "focus-hidden", attrs: { "data-hidden": String(hidden) } },
        `${sel.name}: ${hidden} neighbour(s) hidden`,
      ),
      expand,
    );
    if (sel.expanded) {
      const collapse = el("button", { testid: "focus-collapse" }, `Collapse (removes ${sel.removes})`);
      collapse.addEventListener("click", () => actions.collapse(sel.id));
      root.append(collapse);
    }
  }
  if (info.focus) {
    const reset = el("button", { testid: "focus-reset" }, "Back to the most central");
    reset.addEventListener("click", () => actions.reset());
    root.append(reset);
  }
}
