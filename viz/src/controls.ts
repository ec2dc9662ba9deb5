// Filter and display controls. Entity-type checkboxes double as the colour legend; every checkbox
// shows how many items of that kind are visible now. The widgets only dispatch actions (store.ts) and
// show the state they are given by `sync`.
import { el } from "./dom.js";
import { ENTITY_COLORS, RELATION_COLORS } from "./colors.js";
import type { Visibility } from "./filters.js";
import { monthToString, type ViewState } from "./state.js";
import type { Action, FilterSet } from "./store.js";

export interface ControlsOptions {
  types: string[];
  relations: string[];
  certainties: string[];
  dateBounds: { min: number; max: number } | null;
}

export interface Controls {
  /** Shows the state in the widgets and refreshes the counts. */
  sync(state: ViewState, vis: Visibility): void;
}

function checkboxGroup(
  title: string,
  values: string[],
  colors: Record<string, string> | null,
  testid: string,
  onToggle: (value: string, on: boolean) => void,
): { root: HTMLElement; boxes: Map<string, HTMLInputElement>; counts: Map<string, HTMLElement> } {
  const boxes = new Map<string, HTMLInputElement>();
  const counts = new Map<string, HTMLElement>();
  const root = el("fieldset", { testid }, el("legend", {}, title));
  for (const v of values) {
    const box = el("input", { testid: `${testid}-${v}`, attrs: { type: "checkbox" } });
    box.checked = true;
    box.addEventListener("change", () => onToggle(v, box.checked));
    const swatch = colors ? el("span", { class: "swatch" }) : null;
    if (swatch) swatch.style.background = colors?.[v] ?? "#999";
    const count = el("span", { class: "count", testid: `${testid}-count-${v}` }, "0");
    root.append(el("label", {}, box, swatch, ` ${v} `, count));
    boxes.set(v, box);
    counts.set(v, count);
  }
  return { root, boxes, counts };
}

export function mountControls(
  root: HTMLElement,
  dispatch: (action: Action) => void,
  opts: ControlsOptions,
): Controls {
  const toggle = (set: FilterSet) => (value: string, on: boolean) =>
    dispatch({ kind: "toggle", set, value, on });
  const types = checkboxGroup("Entities", opts.types, ENTITY_COLORS, "filter-type", toggle("types"));
  const relations = checkboxGroup(
    "Relations",
    opts.relations,
    RELATION_COLORS,
    "filter-relation",
    toggle("relations"),
  );
  const certainty = checkboxGroup(
    "Certainty",
    opts.certainties,
    null,
    "filter-certainty",
    toggle("certainty"),
  );
  root.append(types.root, relations.root, certainty.root);

  // Date range over relation dates, in months.
  const fromInput = el("input", { testid: "filter-from", attrs: { type: "range" } });
  const toInput = el("input", { testid: "filter-to", attrs: { type: "range" } });
  const dateLabel = el("span", { testid: "filter-dates" });
  if (opts.dateBounds) {
    const { min, max } = opts.dateBounds;
    for (const input of [fromInput, toInput]) {
      input.min = String(min);
      input.max = String(max);
      input.step = "1";
    }
    const onDate = (): void => {
      let a = Number(fromInput.value);
      let b = Number(toInput.value);
      if (a > b) [a, b] = [b, a];
      dispatch({ kind: "dates", from: a <= min ? null : a, to: b >= max ? null : b });
    };
    fromInput.addEventListener("input", onDate);
    toInput.addEventListener("input", onDate);
    root.append(el("fieldset", {}, el("legend", {}, "Relation dates"), fromInput, toInput, dateLabel));
  }

  const minSources = el("input", {
    testid: "filter-min-sources",
    attrs: { type: "number", min: "1", step: "1" },
  });
  minSources.addEventListener("change", () => {
    dispatch({ kind: "minSources", value: Number(minSources.value) });
  });
  root.append(el("fieldset", {}, el("legend", {}, "Min. independent sources"), minSources));

  const size = el(
    "select",
    { testid: "size-mode" },
    el("option", { attrs: { value: "degree" } }, "Size: degree"),
    el("option", { attrs: { value: "pagerank" } }, "Size: PageRank"),
  );
  size.addEventListener("change", () => {
    dispatch({ kind: "size", value: size.value === "pagerank" ? "pagerank" : "degree" });
  });
  const color = el(
    "select",
    { testid: "color-mode" },
    el("option", { attrs: { value: "type" } }, "Colour: entity type"),
    el("option", { attrs: { value: "community" } }, "Colour: Louvain community"),
  );
  color.addEventListener("change", () => {
    dispatch({ kind: "color", value: color.value === "community" ? "community" : "type" });
  });
  root.append(el("fieldset", {}, el("legend", {}, "Display"), size, color));

  return {
    sync(s, vis) {
      for (const [v, box] of types.boxes) box.checked = s.types.has(v);
      for (const [v, box] of relations.boxes) box.checked = s.relations.has(v);
      for (const [v, box] of certainty.boxes) box.checked = s.certainty.has(v);
      for (const [v, c] of types.counts) c.textContent = String(vis.byType[v] ?? 0);
      for (const [v, c] of relations.counts) c.textContent = String(vis.byRelation[v] ?? 0);
      for (const [v, c] of certainty.counts) c.textContent = String(vis.byCertainty[v] ?? 0);
      if (opts.dateBounds) {
        fromInput.value = String(s.from ?? opts.dateBounds.min);
        toInput.value = String(s.to ?? opts.dateBounds.max);
        dateLabel.textContent = ` ${monthToString(s.from ?? opts.dateBounds.min)} – ${monthToString(s.to ?? opts.dateBounds.max)}`;
      }
      minSources.value = String(s.minSources);
      size.value = s.size;
      color.value = s.color;
    },
  };
}
