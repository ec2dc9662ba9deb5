// Read-only Cypher box: runs a query through /api/cypher, shows the rows as a table and hands the
// entity ids found in the result to the graph view, which shows them as the focused subgraph.
import { api, type CypherResponse } from "./api.js";
import { el, clear } from "./dom.js";

/** Entity ids anywhere in a result: returned nodes carry their `id` property. */
export function idsInResult(result: CypherResponse, known: (id: string) => boolean): Set<string> {
  const ids = new Set<string>();
  if (result.graph?.nodes) for (const n of result.graph.nodes) if (known(n.key)) ids.add(n.key);
  const walk = (v: unknown, depth: number): void => {
    if (depth > 6 || v === null || typeof v !== "object") return;
    if (Array.isArray(v)) return v.forEach((x) => walk(x, depth + 1));
    const o = v as Record<string, unknown>;
    for (const key of ["id", "key"])
      if (typeof o[key] === "string" && known(o[key] as string)) ids.add(o[key] as string);
    for (const inner of Object.values(o)) walk(inner, depth + 1);
  };
  walk(result.rows, 0);
  return ids;
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") {
    const o = v as { properties?: { name?: unknown; id?: unknown } };
    if (o.properties && typeof o.properties.name === "string") return o.properties.name;
    return JSON.stringify(v);
  }
  return String(v);
}

export function mountCypherBox(
  root: HTMLElement,
  onResult: (ids: Set<string> | null) => void,
  known: (id: string) => boolean,
): void {
  const input = el("textarea", {
    testid: "cypher-input",
    attrs: {
      rows: "3",
      spellcheck: "false",
      placeholder: "MATCH (a:Person)-[r:MET]-(b:Person) RETURN a, r, b LIMIT 25",
    },
  });
  const run = el("button", { testid: "cypher-run" }, "Run");
  const reset = el("button", { testid: "cypher-clear" }, "Clear");
  const status = el("p", { class: "meta", testid: "cypher-status" });
  const table = el("div", { class: "cypher-table", testid: "cypher-result" });
  root.append(input, el("div", { class: "row" }, run, reset), status, table);

  run.addEventListener("click", async () => {
    const query = input.value.trim();
    if (!query) return;
    run.disabled = true;
    status.textContent = "running…";
    clear(table);
    try {
      const result = await api.cypher(query);
      const ids = idsInResult(result, known);
      status.textContent = `${result.rows.length} row(s) · ${ids.size} entities in the graph`;
      const t = el("table", {});
      t.append(el("thead", {}, el("tr", {}, ...result.columns.map((c) => el("th", {}, c)))));
      const body = el("tbody", {});
      for (const row of result.rows) {
        const cells = Array.isArray(row)
          ? row
          : result.columns.map((c) => (row as Record<string, unknown>)[c]);
        body.append(el("tr", { testid: "cypher-row" }, ...cells.map((v) => el("td", {}, cellText(v)))));
      }
      t.append(body);
      table.append(t);
      onResult(ids.size ? ids : null);
    } catch (err) {
      status.textContent = "";
      table.append(el("p", { class: "error", testid: "cypher-error" }, (err as Error).message));
    } finally {
      run.disabled = false;
    }
  });
  reset.addEventListener("click", () => {
    clear(table);
    status.textContent = "";
    onResult(null);
  });
}
