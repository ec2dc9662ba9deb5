// The viewer's state flows one way (as in Gephi Lite): widgets, the URL and the graph dispatch actions;
// a pure reducer makes the next state; subscribers (one, in main.ts) recompute the visible graph, refresh
// sigma and write the URL from it. Nothing else changes the state.
import type { CurateState, ViewState } from "./state.js";

export type FilterSet = "types" | "relations" | "certainty";

export type Action =
  | { kind: "toggle"; set: FilterSet; value: string; on: boolean }
  | { kind: "dates"; from: number | null; to: number | null }
  | { kind: "minSources"; value: number }
  | { kind: "size"; value: ViewState["size"] }
  | { kind: "color"; value: ViewState["color"] }
  /** `zoom`: also bring a selected node into view. */
  | { kind: "select"; selected: ViewState["selected"]; zoom: boolean }
  /** Explore from this entity (a search hit) instead of the most central ones (null): expansions reset. */
  | { kind: "focus"; id: string | null }
  /** Bring in an entity's best-weighted neighbours (focus.ts). */
  | { kind: "expand"; id: string }
  /** Take back what expanding the entity brought in (what no other expansion or the start holds). */
  | { kind: "collapse"; id: string }
  /** The whole state at once (a URL edited by hand or a link followed); selected nodes come into view. */
  | { kind: "replace"; state: ViewState }
  /** The corrections as the server lists them, and whether it accepts the page's token. */
  | { kind: "corrections"; authorized: boolean; corrections: CurateState["corrections"] }
  /** Who is correcting (typed in the corrections box). */
  | { kind: "author"; name: string }
  /** A change being saved, saved, or refused. */
  | { kind: "curateStatus"; text: string; error: boolean };

/** The next state; `state` is left as it was (sets are copied before a change). */
export function reduce(state: ViewState, action: Action): ViewState {
  switch (action.kind) {
    case "toggle": {
      const set = new Set(state[action.set]);
      if (action.on) set.add(action.value);
      else set.delete(action.value);
      return { ...state, [action.set]: set };
    }
    case "dates":
      return { ...state, from: action.from, to: action.to };
    case "minSources":
      return { ...state, minSources: Math.max(1, Math.floor(action.value) || 1) };
    case "size":
      return { ...state, size: action.value };
    case "color":
      return { ...state, color: action.value };
    case "select":
      return { ...state, selected: action.selected };
    case "focus":
      return state.focus === action.id && state.expanded.length === 0
        ? state
        : { ...state, focus: action.id, expanded: [] };
    case "expand":
      return state.expanded.includes(action.id)
        ? state
        : { ...state, expanded: [...state.expanded, action.id] };
    case "collapse":
      return state.expanded.includes(action.id)
        ? { ...state, expanded: state.expanded.filter((id) => id !== action.id) }
        : state;
    case "replace":
      // The URL carries the view only: the corrections part stays as it is.
      return { ...action.state, curate: state.curate };
    case "corrections":
      return {
        ...state,
        curate: { ...state.curate, authorized: action.authorized, corrections: action.corrections },
      };
    case "author":
      return { ...state, curate: { ...state.curate, author: action.name.trim() } };
    case "curateStatus":
      return { ...state, curate: { ...state.curate, status: { text: action.text, error: action.error } } };
  }
}

/** True when the change affects what is visible, how big or what colour (not only the selection). */
export function viewChanged(prev: ViewState, next: ViewState): boolean {
  const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
  return (
    !sameSet(prev.types, next.types) ||
    !sameSet(prev.relations, next.relations) ||
    !sameSet(prev.certainty, next.certainty) ||
    prev.from !== next.from ||
    prev.to !== next.to ||
    prev.minSources !== next.minSources ||
    prev.size !== next.size ||
    prev.color !== next.color
  );
}

/** True when the part of a big graph to show changed (focus or expansions). */
export function focusChanged(prev: ViewState, next: ViewState): boolean {
  return (
    prev.focus !== next.focus ||
    prev.expanded.length !== next.expanded.length ||
    prev.expanded.some((id, i) => next.expanded[i] !== id)
  );
}

export type Listener = (state: ViewState, prev: ViewState, action: Action) => void;

export interface Store {
  getState(): ViewState;
  dispatch(action: Action): void;
  subscribe(listener: Listener): void;
}

export function createStore(initial: ViewState): Store {
  let state = initial;
  const listeners: Listener[] = [];
  return {
    getState: () => state,
    dispatch(action) {
      const prev = state;
      state = reduce(state, action);
      for (const listener of listeners) listener(state, prev, action);
    },
    subscribe(listener) {
      listeners.push(listener);
    },
  };
}
