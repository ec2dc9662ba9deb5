// The view state (filters, selection, display modes) and its mirror in the URL hash, so a link
// reproduces what the sender saw.
import type { ZodMiniType } from "zod/mini";
import { graphFilterFields, MIN_SOURCES } from "../../src/graph/filter.js";
import type { Correction } from "../../src/curate/model.js";

/** The correction controls' part of the state (curate.ts); not in the URL. */
export interface CurateState {
  /** The server accepted the page's token (`geokg serve --editable`): the write controls show. */
  authorized: boolean;
  /** Every stored correction, undone ones included, in application order. */
  corrections: Correction[];
  /** Who is correcting: recorded with every change. */
  author: string;
  /** The last change's outcome ("saving…", "saved" or the server's error). */
  status: { text: string; error: boolean };
}

export interface ViewState {
  types: Set<string>;
  relations: Set<string>;
  certainty: Set<string>;
  /** Month indexes (year * 12 + month - 1) bounding relation dates; null = open. */
  from: number | null;
  to: number | null;
  minSources: number;
  size: "degree" | "pagerank";
  color: "type" | "community";
  selected: { kind: "node" | "edge"; id: string } | null;
  /**
   * Exploring a graph over the server's budget (focus.ts): the entity the view starts from (null: the
   * most central ones) and the entities expanded since, in order. Ignored when the graph came whole.
   */
  focus: string | null;
  expanded: string[];
  curate: CurateState;
}

export function defaultState(types: string[], relations: string[], certainties: string[]): ViewState {
  return {
    types: new Set(types),
    relations: new Set(relations),
    certainty: new Set(certainties),
    from: null,
    to: null,
    minSources: 1,
    size: "degree",
    color: "type",
    selected: null,
    focus: null,
    expanded: [],
    curate: { authorized: false, corrections: [], author: "", status: { text: "", error: false } },
  };
}

/** Only what differs from the default goes into the URL, keeping links short. */
export function toHash(
  s: ViewState,
  all: { types: string[]; relations: string[]; certainties: string[] },
): string {
  const p = new URLSearchParams();
  if (s.types.size !== all.types.length) p.set("types", [...s.types].join(","));
  if (s.relations.size !== all.relations.length) p.set("relations", [...s.relations].join(","));
  if (s.certainty.size !== all.certainties.length) p.set("certainty", [...s.certainty].join(","));
  if (s.from !== null) p.set("from", monthToString(s.from));
  if (s.to !== null) p.set("to", monthToString(s.to));
  if (s.minSources > 1) p.set("minSources", String(s.minSources));
  if (s.size !== "degree") p.set("size", s.size);
  if (s.color !== "type") p.set("color", s.color);
  if (s.selected) p.set(s.selected.kind, s.selected.id);
  if (s.focus !== null) p.set("focus", s.focus);
  if (s.expanded.length) p.set("expand", s.expanded.map(encodeURIComponent).join(","));
  const text = p.toString();
  return text ? `#${text}` : "";
}

export function fromHash(hash: string, base: ViewState): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const s: ViewState = {
    ...base,
    types: new Set(base.types),
    relations: new Set(base.relations),
    certainty: new Set(base.certainty),
  };
  const list = (key: string, allowed: Set<string>): Set<string> | null => {
    const v = p.get(key);
    if (v === null) return null;
    return new Set(v.split(",").filter((x) => allowed.has(x)));
  };
  s.types = list("types", base.types) ?? s.types;
  s.relations = list("relations", base.relations) ?? s.relations;
  s.certainty = list("certainty", base.certainty) ?? s.certainty;
  // The API's rules (graph/filter.ts); a value they refuse falls back to the default rather than failing the page.
  const field = <T>(key: "from" | "to" | "minSources", schema: ZodMiniType<T | undefined>): T | undefined => {
    const r = schema.safeParse(p.get(key) ?? undefined);
    return r.success ? r.data : undefined;
  };
  s.from = parseMonth(field("from", graphFilterFields.from));
  s.to = parseMonth(field("to", graphFilterFields.to));
  s.minSources = field("minSources", graphFilterFields.minSources) ?? MIN_SOURCES.min;
  s.size = p.get("size") === "pagerank" ? "pagerank" : "degree";
  s.color = p.get("color") === "community" ? "community" : "type";
  const node = p.get("node");
  const edge = p.get("edge");
  s.selected = node ? { kind: "node", id: node } : edge ? { kind: "edge", id: edge } : null;
  s.focus = p.get("focus") || null;
  // Each id is encoded within the list, so an id holding a comma survives.
  const expand = (p.get("expand") ?? "").split(",").filter(Boolean);
  s.expanded = [...new Set(expand.map(decodeOrKeep))];
  return s;
}

function decodeOrKeep(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** "2024-03-05" / "2024-03" / "2024" → month index; anything else → null. */
export function parseMonth(date: string | null | undefined): number | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  return Number(m[1]) * 12 + (m[2] ? Number(m[2]) - 1 : 0);
}

export function monthToString(month: number): string {
  const y = Math.floor(month / 12);
  return `${y}-${String((month % 12) + 1).padStart(2, "0")}`;
}
