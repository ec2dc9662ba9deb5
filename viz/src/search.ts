// Search box with autocomplete over names and aliases (server-side full-text search).
import { api, type EntityHit } from "./api.js";
import { el, clear } from "./dom.js";

export function mountSearch(root: HTMLElement, onChoose: (hit: EntityHit) => void): void {
  const input = el("input", {
    testid: "search-input",
    attrs: {
      type: "search",
      placeholder: "Search people, countries…",
      "aria-label": "Search",
      autocomplete: "off",
    },
  });
  const list = el("ul", { class: "search-results", testid: "search-results", attrs: { role: "listbox" } });
  root.append(input, list);
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let hits: EntityHit[] = [];

  const choose = (hit: EntityHit): void => {
    clear(list);
    input.value = hit.name;
    onChoose(hit);
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) return clear(list);
    timer = setTimeout(async () => {
      const mine = ++seq;
      try {
        const res = await api.search(q);
        if (mine !== seq) return;
        hits = res.results;
        clear(list);
        for (const hit of hits) {
          const item = el(
            "li",
            { testid: "search-result", attrs: { role: "option" } },
            el("strong", {}, hit.name),
            el("span", { class: "meta" }, ` ${hit.type}`),
            hit.aliases.length
              ? el("span", { class: "meta" }, ` · ${hit.aliases.slice(0, 3).join(", ")}`)
              : null,
          );
          item.addEventListener("mousedown", (e) => {
            e.preventDefault();
            choose(hit);
          });
          list.append(item);
        }
        if (hits.length === 0) list.append(el("li", { class: "meta" }, "no match"));
      } catch (err) {
        clear(list);
        list.append(el("li", { class: "error" }, (err as Error).message));
      }
    }, 150);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && hits.length) choose(hits[0]);
    if (e.key === "Escape") clear(list);
  });
}
