// The parts of a big graph the viewer has fetched (focus.ts says how they combine): the start the
// server chose (the most central entities) and each entity's neighbourhood, each fetched once.
import { api, type GraphJson } from "./api.js";
import { EXPAND_LIMIT, mergeParts } from "./focus.js";
import type { ViewState } from "./state.js";

/** A part that could not be fetched (an id in a stale link): nothing, rather than a broken page. */
const EMPTY: GraphJson = {
  attributes: {},
  options: { type: "directed", multi: true, allowSelfLoops: true },
  nodes: [],
  edges: [],
};

export class Explorer {
  private readonly fetched = new Map<string, Promise<GraphJson>>();
  /** Ids whose neighbourhood the server refused (unknown entity). */
  readonly failed = new Set<string>();

  constructor(private top: GraphJson) {}

  /** The server's answer for the whole graph: how big it is and how much the start shows. */
  get summary(): GraphJson["attributes"] {
    return this.top.attributes;
  }

  neighbourhood(id: string): Promise<GraphJson> {
    let part = this.fetched.get(id);
    if (!part) {
      part = api.neighbourhood(id, EXPAND_LIMIT).catch(() => {
        this.failed.add(id);
        this.fetched.delete(id);
        return EMPTY;
      });
      this.fetched.set(id, part);
    }
    return part;
  }

  /** The start and the expansions of a state, by expanded id. */
  async parts(state: ViewState): Promise<{ start: GraphJson; expansions: Map<string, GraphJson> }> {
    const [start, ...parts] = await Promise.all([
      state.focus !== null ? this.neighbourhood(state.focus) : this.top,
      ...state.expanded.map((id) => this.neighbourhood(id)),
    ]);
    return { start, expansions: new Map(state.expanded.map((id, i) => [id, parts[i]])) };
  }

  /** The parts of the graph last built (for what collapsing would remove). */
  shown: { start: GraphJson; expansions: Map<string, GraphJson> } = { start: EMPTY, expansions: new Map() };

  /** The graph to show for a state. */
  async graph(state: ViewState): Promise<GraphJson> {
    const { start, expansions } = await this.parts(state);
    this.shown = { start, expansions };
    return { ...mergeParts([start, ...expansions.values()]), attributes: this.top.attributes };
  }

  /** After the graph changed on the server (a correction): every part is fetched again. */
  reset(top: GraphJson): void {
    this.top = top;
    this.fetched.clear();
    this.failed.clear();
  }
}
