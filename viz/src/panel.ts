// The side panel: an entity card (type, aliases, roles, relations grouped by type, articles) or a
// relation's evidence (sentences with both actors marked, outlet, date, certainty, article link).
import { api, type EntityCard, type RelationCard } from "./api.js";
import { el, clear, highlighted, safeLink } from "./dom.js";
import { ENTITY_COLORS, RELATION_COLORS } from "./colors.js";

export interface PanelActions {
  selectNode(id: string): void;
  selectEdge(id: string): void;
  /** Correction controls (curate.ts): null when the page may not change the graph. */
  entityTools?(card: EntityCard): HTMLElement | null;
  evidenceTools?(ev: RelationCard["evidence"][number]): HTMLElement | null;
}

export class Panel {
  private token = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly actions: PanelActions,
  ) {}

  clear(): void {
    this.token++;
    clear(this.root);
    this.root.append(
      el("p", { class: "hint" }, "Click a node or a relation to see its details and evidence."),
    );
  }

  async showEntity(id: string): Promise<void> {
    const token = ++this.token;
    this.loading();
    try {
      const card = await api.entity(id);
      if (token === this.token) this.renderEntity(card);
    } catch (err) {
      if (token === this.token) this.error(err);
    }
  }

  async showRelation(id: string): Promise<void> {
    const token = ++this.token;
    this.loading();
    try {
      const card = await api.relation(id);
      if (token === this.token) this.renderRelation(card);
    } catch (err) {
      if (token === this.token) this.error(err);
    }
  }

  private loading(): void {
    clear(this.root);
    this.root.append(el("p", { class: "hint" }, "Loading…"));
  }

  private error(err: unknown): void {
    clear(this.root);
    this.root.append(el("p", { class: "error", testid: "panel-error" }, (err as Error).message));
  }

  private renderEntity(card: EntityCard): void {
    clear(this.root);
    const swatch = el("span", { class: "swatch" });
    swatch.style.background = ENTITY_COLORS[card.type] ?? "#999";
    this.root.append(
      el("h2", { testid: "panel-title" }, card.name),
      el(
        "p",
        { class: "meta", testid: "panel-type" },
        swatch,
        card.type,
        card.wikidata ? ` · ${card.wikidata}` : "",
      ),
    );
    if (card.aliases.length)
      this.root.append(
        el("p", { class: "meta", testid: "panel-aliases" }, "Also: ", card.aliases.join(", ")),
      );
    if (card.roles.length) {
      const ul = el("ul", { testid: "panel-roles" });
      for (const r of card.roles) ul.append(el("li", {}, `${r.role} — `, this.nodeLink(r.of.id, r.of.name)));
      this.root.append(el("h3", {}, "Roles"), ul);
    }
    const groups = Object.entries(card.relations);
    this.root.append(el("h3", {}, `Relations (${groups.reduce((n, [, rs]) => n + rs.length, 0)})`));
    for (const [type, rels] of groups) {
      const ul = el("ul", { testid: `panel-relations-${type}` });
      for (const r of rels) {
        const arrow = r.direction === "out" ? "→" : r.direction === "in" ? "←" : "↔";
        const evidence = el("button", { class: "link", testid: "relation-evidence" }, "evidence");
        evidence.addEventListener("click", () => this.actions.selectEdge(r.id));
        ul.append(
          el(
            "li",
            {},
            `${arrow} `,
            this.nodeLink(r.other.id, r.other.name),
            ` · ${r.certainty} · ${r.articles} article(s) `,
            r.dates.length ? `· ${r.dates.join(", ")} ` : "",
            evidence,
          ),
        );
      }
      const head = el("h4", {}, type);
      head.style.color = RELATION_COLORS[type] ?? "inherit";
      this.root.append(head, ul);
    }
    const arts = el("ul", { testid: "panel-articles" });
    for (const a of card.articles) {
      arts.append(
        el(
          "li",
          {},
          safeLink(a.url, a.title || a.id, "article-link"),
          el("span", { class: "meta" }, ` ${a.source ?? ""} ${a.published ?? ""} · ${a.mentions}×`),
        ),
      );
    }
    this.root.append(el("h3", {}, `Articles (${card.articles.length})`), arts);
    const tools = this.actions.entityTools?.(card);
    if (tools) this.root.append(tools);
  }

  private renderRelation(card: RelationCard): void {
    clear(this.root);
    const title = el(
      "h2",
      { testid: "panel-title" },
      this.nodeLink(card.source.id, card.source.name),
      ` ${card.type} `,
      this.nodeLink(card.target.id, card.target.name),
    );
    this.root.append(
      title,
      el(
        "p",
        { class: "meta", testid: "panel-certainty" },
        `certainty: ${card.certainty} · ${card.articles} article(s), ${card.outlets} outlet(s)`,
        card.dates.length ? ` · ${card.dates.join(", ")}` : "",
      ),
    );
    const names = [card.source.name, ...card.source.aliases, card.target.name, ...card.target.aliases];
    const list = el("ol", { testid: "panel-evidence", class: "evidence" });
    for (const ev of card.evidence) {
      const li = el("li", {});
      for (const s of ev.sentences) li.append(el("blockquote", {}, highlighted(s, names)));
      li.append(
        el(
          "p",
          { class: "meta" },
          safeLink(ev.article.url, ev.article.title || ev.article.id, "evidence-article"),
          ` · ${ev.article.source ?? "unknown outlet"} · ${ev.article.published ?? "undated"} · ${ev.certainty}`,
          ev.date ? ` · event ${ev.date}` : "",
          ev.verified ? " · verified" : "",
        ),
      );
      const tools = this.actions.evidenceTools?.(ev);
      if (tools) li.append(tools);
      list.append(li);
    }
    this.root.append(el("h3", {}, `Evidence (${card.evidence.length})`), list);
  }

  private nodeLink(id: string, name: string): HTMLElement {
    const b = el("button", { class: "link" }, name);
    b.addEventListener("click", () => this.actions.selectNode(id));
    return b;
  }
}
