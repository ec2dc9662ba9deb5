// Correction controls (README "Correcting the graph"): shown only when the page was opened with the
// token `geokg serve --editable` printed and the server accepts it. Merge from a search, rename and
// retype in the entity panel, reject or confirm a claim with a note from the evidence panel, and the
// list of corrections with undo. After each change the graph is reloaded in place (no page reload).
// What the controls show lives in the viewer's store (state.curate): they dispatch, and `show` draws
// the state main.ts's subscriber hands over.
import { api, type Correction, type EntityCard, type EntityHit } from "./api.js";
import type { EvidenceItem } from "../../src/api/types.js";
import { ENTITY_TYPES } from "../../src/types.js";
import { clear, el } from "./dom.js";
import type { CurateState } from "./state.js";
import type { Store } from "./store.js";

export interface CurationHooks {
  /** The graph changed: reload it, then select `select` (a merge survivor) or refresh the selection. */
  changed(select?: string): Promise<void>;
}

function describe(c: Correction): string {
  const a = c.args as Record<string, unknown>;
  switch (c.op) {
    case "merge":
      return `merge ${String((a.fromEntity as { name: string }).name)} → ${String((a.intoEntity as { name: string }).name)}`;
    case "rename":
      return `rename ${String((a.before as { name: string }).name)} → ${String(a.name)}`;
    case "retype":
      return `retype ${String(a.entity)}: ${String(a.before)} → ${String(a.type)}`;
    case "reject":
    case "confirm":
      return `${c.op} claim ${String(a.claim)}`;
    default:
      return `${c.op} ${JSON.stringify(a).slice(0, 80)}`;
  }
}

const AUTHOR_KEY = "geokg.author";

/** The author remembered in this browser (the initial state's). */
export function rememberedAuthor(): string {
  return localStorage.getItem(AUTHOR_KEY) ?? "";
}

export class Curation {
  private readonly token = new URLSearchParams(location.search).get("token");
  private readonly status = el("p", { class: "meta", testid: "curate-status" });
  private readonly list = el("ol", { class: "corrections", testid: "corrections-list" });
  private readonly author = el("input", {
    testid: "curate-author",
    attrs: { placeholder: "your name", "aria-label": "Your name" },
  });
  private shown: CurateState | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly store: Pick<Store, "getState" | "dispatch">,
    private readonly hooks: CurationHooks,
  ) {
    root.hidden = true;
    this.author.addEventListener("change", () => store.dispatch({ kind: "author", name: this.author.value }));
    root.append(el("h3", {}, "Corrections"), el("p", {}, "Author: ", this.author), this.status, this.list);
  }

  /** Asks the server for the corrections and whether the page's token may change the graph. */
  async init(): Promise<void> {
    await this.refresh();
  }

  private async refresh(): Promise<void> {
    const res = await api.corrections(this.token);
    this.store.dispatch({ kind: "corrections", authorized: res.authorized, corrections: res.corrections });
  }

  /** Draws the corrections part of the state (main.ts's subscriber calls it when that part changes). */
  show(state: CurateState): void {
    const prev = this.shown;
    this.shown = state;
    this.root.hidden = !state.authorized;
    if (state.author !== prev?.author) {
      if (this.author.value.trim() !== state.author) this.author.value = state.author;
      if (prev) localStorage.setItem(AUTHOR_KEY, state.author);
    }
    if (state.status !== prev?.status) {
      this.status.textContent = state.status.text;
      this.status.className = state.status.error ? "error" : "meta";
    }
    if (state.corrections !== prev?.corrections || state.authorized !== prev?.authorized) {
      this.renderList(state);
    }
  }

  private renderList(state: CurateState): void {
    clear(this.list);
    if (!state.authorized) return;
    for (const c of [...state.corrections].reverse()) {
      const li = el(
        "li",
        { testid: "correction" },
        el("span", {}, describe(c)),
        el("span", { class: "meta" }, ` · ${c.author} · ${c.at.slice(0, 19).replace("T", " ")}`),
        c.note ? el("span", { class: "meta" }, ` · “${c.note}”`) : null,
      );
      if (c.undoneAt) li.append(el("span", { class: "meta", testid: "correction-undone" }, " · undone"));
      else li.append(this.button("undo", "undo-correction", () => api.undo(this.token, c.id, this.who())));
      this.list.append(li);
    }
  }

  private get authorized(): boolean {
    return this.store.getState().curate.authorized;
  }

  private button(
    text: string,
    testid: string,
    run: () => Promise<unknown>,
    select?: () => string,
  ): HTMLButtonElement {
    const b = el("button", { testid }, text);
    b.addEventListener("click", () => void this.send(run, select?.()));
    return b;
  }

  private async send(run: () => Promise<unknown>, select?: string): Promise<void> {
    const status = (text: string, error = false) =>
      this.store.dispatch({ kind: "curateStatus", text, error });
    status("saving…");
    try {
      await run();
      status("saved");
      await this.hooks.changed(select);
      await this.refresh();
    } catch (err) {
      status((err as Error).message, true);
    }
  }

  private correct(correction: Record<string, unknown>, note = ""): () => Promise<unknown> {
    return () => api.correct(this.token, correction, note, this.who());
  }

  private who(): string {
    return this.store.getState().curate.author || "viewer";
  }

  /** Rename, retype and "merge into…" for the entity panel (null without the token). */
  entityTools(card: EntityCard): HTMLElement | null {
    if (!this.authorized) return null;
    const name = el("input", { testid: "rename-input", attrs: { value: card.name, "aria-label": "Name" } });
    const type = el("select", { testid: "retype-select", attrs: { "aria-label": "Type" } });
    for (const t of ENTITY_TYPES) {
      const o = el("option", { attrs: { value: t } }, t);
      o.selected = t === card.type;
      type.append(o);
    }
    const box = el(
      "div",
      { class: "curate", testid: "entity-tools" },
      el("h3", {}, "Correct"),
      el(
        "p",
        {},
        name,
        this.button("rename", "rename", () =>
          this.correct({ op: "rename", entity: card.id, name: name.value })(),
        ),
      ),
      el(
        "p",
        {},
        type,
        this.button("retype", "retype", () =>
          this.correct({ op: "retype", entity: card.id, type: type.value })(),
        ),
      ),
    );
    box.append(this.mergeSearch(card));
    return box;
  }

  private mergeSearch(card: EntityCard): HTMLElement {
    const input = el("input", {
      testid: "merge-input",
      attrs: {
        type: "search",
        placeholder: "Merge into… (search)",
        "aria-label": "Merge into",
        autocomplete: "off",
      },
    });
    const results = el("ul", { class: "search-results", testid: "merge-results" });
    let seq = 0;
    input.addEventListener("input", () => {
      const mine = ++seq;
      const q = input.value.trim();
      if (!q) return clear(results);
      void api.search(q).then((res) => {
        if (mine !== seq) return;
        clear(results);
        for (const hit of res.results.filter((h: EntityHit) => h.id !== card.id)) {
          const b = this.button(
            `${hit.name} (${hit.type})`,
            "merge-result",
            () => this.correct({ op: "merge", from: card.id, into: hit.id })(),
            () => hit.id,
          );
          results.append(el("li", {}, b));
        }
      });
    });
    return el("div", {}, el("label", {}, `Merge ${card.name} into:`), input, results);
  }

  /** Reject or confirm, with a note, for one evidence item (null without the token). */
  evidenceTools(ev: EvidenceItem): HTMLElement | null {
    if (!this.authorized) return null;
    const note = el("input", {
      testid: "claim-note",
      attrs: { placeholder: "why (needed to reject)", "aria-label": "Note" },
    });
    return el(
      "p",
      { class: "curate", testid: "claim-tools" },
      note,
      this.button("reject", "reject-claim", () =>
        this.correct({ op: "reject", claim: ev.claimId }, note.value)(),
      ),
      ev.verified
        ? el("span", { class: "meta", testid: "claim-verified" }, " verified ✓")
        : this.button("confirm", "confirm-claim", () =>
            this.correct({ op: "confirm", claim: ev.claimId }, note.value)(),
          ),
    );
  }
}
