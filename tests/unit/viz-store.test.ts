// The viewer's one-way state: pure reducers (the given state is never changed), one dispatch that hands
// every subscriber the new state, the previous one and the action.
import { describe, expect, it } from "vitest";
import { CERTAINTIES, ENTITY_TYPES, RELATION_TYPES } from "../../src/types.js";
import { defaultState, type ViewState } from "../../viz/src/state.js";
import { createStore, reduce, viewChanged, type Action } from "../../viz/src/store.js";

const base = () => defaultState([...ENTITY_TYPES], [...RELATION_TYPES], [...CERTAINTIES]);

describe("viewer store", () => {
  it("reduces without touching the state it is given", () => {
    const s = base();
    const before = structuredClone(s);
    const next = reduce(s, { kind: "toggle", set: "types", value: "Person", on: false });
    expect(next.types.has("Person")).toBe(false);
    expect(s).toEqual(before);
    expect(next.relations).toBe(s.relations);
  });

  it("keeps minSources a whole number of at least one", () => {
    expect(reduce(base(), { kind: "minSources", value: 3.7 }).minSources).toBe(3);
    expect(reduce(base(), { kind: "minSources", value: 0 }).minSources).toBe(1);
    expect(reduce(base(), { kind: "minSources", value: Number("") }).minSources).toBe(1);
    expect(reduce(base(), { kind: "minSources", value: Number.NaN }).minSources).toBe(1);
  });

  it("tells a change of the view from a change of the selection only", () => {
    const s = base();
    expect(
      viewChanged(s, reduce(s, { kind: "select", selected: { kind: "node", id: "x" }, zoom: false })),
    ).toBe(false);
    expect(viewChanged(s, reduce(s, { kind: "dates", from: 24_000, to: null }))).toBe(true);
    expect(viewChanged(s, reduce(s, { kind: "color", value: "community" }))).toBe(true);
    const off = reduce(s, { kind: "toggle", set: "certainty", value: "denied", on: false });
    expect(viewChanged(s, off)).toBe(true);
    expect(
      viewChanged(off, reduce(off, { kind: "toggle", set: "certainty", value: "denied", on: false })),
    ).toBe(false);
  });

  it("dispatch hands each subscriber the new state, the previous one and the action", () => {
    const store = createStore(base());
    const seen: [boolean, boolean, Action][] = [];
    store.subscribe((state, prev, action) =>
      seen.push([state.size === "pagerank", prev.size === "pagerank", action]),
    );
    const action: Action = { kind: "size", value: "pagerank" };
    store.dispatch(action);
    expect(seen).toEqual([[true, false, action]]);
    expect(store.getState().size).toBe("pagerank");
  });
});

describe("viewer store: the corrections part", () => {
  const correction = {
    id: "k1",
    op: "reject",
    args: { claim: "c1" },
    targets: ["c1"],
    author: "ana",
    at: "2026-01-02T03:04:05.000Z",
    note: "misquoted",
  } as unknown as ViewState["curate"]["corrections"][number];

  it("takes the server's list and authorization, the author and the status, without touching the state given", () => {
    const s = base();
    const before = structuredClone(s);
    const listed = reduce(s, { kind: "corrections", authorized: true, corrections: [correction] });
    expect(listed.curate).toMatchObject({ authorized: true, corrections: [correction] });
    expect(reduce(listed, { kind: "author", name: "  ana " }).curate.author).toBe("ana");
    expect(reduce(listed, { kind: "curateStatus", text: "saving…", error: false }).curate.status).toEqual({
      text: "saving…",
      error: false,
    });
    expect(s).toEqual(before);
    expect(viewChanged(s, listed)).toBe(false);
  });

  it("a state from the URL replaces the view but keeps the corrections part", () => {
    const listed = reduce(base(), { kind: "corrections", authorized: true, corrections: [correction] });
    const fromUrl = { ...base(), color: "community" as const };
    const next = reduce(listed, { kind: "replace", state: fromUrl });
    expect(next.color).toBe("community");
    expect(next.curate).toBe(listed.curate);
  });
});
