// Exploring a graph over the server's relation budget in a real chromium: the first frame shows the most
// central entities, a double-click or the Expand button brings in a node's neighbours, Collapse takes
// back what only that expansion brought, the URL restores focus and expansions, and a searched entity
// becomes the focus. A small store with a low budget, so it runs in CI; with GEOKG_E2E_BIG=1, the same
// on a store of 200,000 relations (its timings are printed; the goals live in `npm run bench -- viewer`).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { build } from "vite";
import type { Browser, Page } from "playwright-core";
import { startServer, type RunningServer } from "../../src/api/server.js";
import type { Db } from "../../src/store/connection.js";
import { PROJECT_ROOT } from "../../src/config.js";
import { rankUnranked } from "../../src/store/rank.js";
import { applySchema } from "../../src/store/schema.js";
import { load } from "../../bench/viewer.bench.js";
import { openTestDb } from "../helpers/db.js";
import { evaluate, launchChromium } from "./browser.js";

const BIG = process.env.GEOKG_E2E_BIG === "1";
const N = BIG ? 40_000 : 120;
const M = BIG ? 200_000 : 360;
const BUDGET = BIG ? 20_000 : 50;
const TOP = BIG ? 250 : 15;

let db: Db;
let server: RunningServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

const viewer = <T>(script: string): Promise<T> => evaluate<T>(page, script);

const visible = async (): Promise<string[]> => (await viewer<string[]>("window.__geokg.visibleIds()")).sort();
const hiddenOf = (id: string): Promise<number | null> =>
  viewer(`window.__geokg.hiddenOf(${JSON.stringify(id)})`);
const hash = (): Promise<URLSearchParams> =>
  viewer<string>("location.hash").then((h) => new URLSearchParams(h.slice(1)));

async function ready(): Promise<void> {
  await page.waitForFunction(() => window.__geokg?.ready && window.__geokg.firstFrameAt !== null, undefined, {
    timeout: 120_000,
  });
  await page.waitForFunction(() => window.__geokg.layout === "layout: done", undefined, { timeout: 60_000 });
}

/** Runs `act` and waits until the change of focus it causes is drawn. */
async function drawn(act: () => Promise<void>): Promise<number> {
  const before = await viewer<number>("window.__geokg.expansions");
  await act();
  await page.waitForFunction((n) => window.__geokg.expansions > n, before, { timeout: 30_000 });
  const ms = await viewer<number>("window.__geokg.timings.lastExpandMs");
  if (BIG) console.log(`focus change drawn in ${ms} ms`);
  return ms;
}

/** Mouse action on an entity where it is drawn. */
async function onNode(id: string, action: "click" | "dblclick"): Promise<void> {
  const pos = await viewer<{ x: number; y: number } | null>(
    `window.__geokg.screenPosition(${JSON.stringify(id)})`,
  );
  expect(pos, id).not.toBeNull();
  const box = (await page.getByTestId("graph").boundingBox())!;
  await page.mouse[action](box.x + pos!.x, box.y + pos!.y);
}

/** The ids the server ranks first, read from the store. */
async function topIds(n: number): Promise<string[]> {
  const res = await db.driver.executeQuery(
    "MATCH (e:Entity) WHERE e.rank > 0 RETURN e.id AS id ORDER BY e.rank DESC, e.id LIMIT toInteger($n)",
    { n: Math.floor(n) },
    { database: db.database },
  );
  return res.records.map((r) => r.get("id") as string);
}

async function neighbourhood(id: string): Promise<string[]> {
  const res = await fetch(new URL(`api/neighbourhood?id=${encodeURIComponent(id)}`, server.url));
  const body = (await res.json()) as { nodes: { key: string }[] };
  return body.nodes.map((n) => n.key);
}

beforeAll(async () => {
  await build({ configFile: join(PROJECT_ROOT, "viz", "vite.config.ts"), logLevel: "warn" });
  db = await openTestDb();
  await clearInBatches(db);
  // The id constraint makes load()'s writes index look-ups (tests/setup starts Neo4j without the schema).
  await applySchema(db);
  await load(db, N, M);
  await rankUnranked(db, { all: true });
  server = await startServer(db, { port: 0, graph: { budget: BUDGET, top: TOP } });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(server.url);
  await ready();
}, 1_200_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (db) await clearInBatches(db);
  await db?.close();
});

/** clearDb in batches: 200,000 relations deleted at once pass Neo4j's transaction memory limit. */
async function clearInBatches(target: Db): Promise<void> {
  const session = target.driver.session({ database: target.database });
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS");
  } finally {
    await session.close();
  }
}

describe("viewer on a graph over the budget", () => {
  let first = "";
  let second = "";
  let afterFirst: string[] = [];

  it("starts from the most central entities and says how much is hidden", async () => {
    if (BIG)
      console.log(`first frame: ${Math.round(await viewer<number>("window.__geokg.firstFrameAt"))} ms`);
    expect(await viewer<boolean>("window.__geokg.truncated")).toBe(true);
    const top = await topIds(TOP);
    expect(await visible()).toEqual([...top].sort());
    await expect
      .poll(() => page.getByTestId("focus-notice").textContent())
      .toContain(`${M.toLocaleString("en")} relations`);
    [first] = top;
    expect(await hiddenOf(first)).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  });

  it("a double-click expands a node: its neighbours appear and its hidden count drops", async () => {
    const before = await visible();
    const hiddenBefore = (await hiddenOf(first))!;
    await drawn(() => onNode(first, "dblclick"));
    afterFirst = await visible();
    const brought = await neighbourhood(first);
    expect(afterFirst).toEqual([...new Set([...before, ...brought])].sort());
    expect(afterFirst.length).toBeGreaterThan(before.length);
    expect(await hiddenOf(first)).toBeLessThan(hiddenBefore);
    expect((await hash()).get("expand")).toBe(encodeURIComponent(first));
  });

  it("the panel's Expand and Collapse buttons bring in and take back a node's neighbours", async () => {
    const candidates = afterFirst.filter((id) => id !== first);
    const counts = await Promise.all(candidates.map((id) => hiddenOf(id)));
    second = candidates[counts.findIndex((c) => (c ?? 0) > 0)];
    expect(second).toBeDefined();
    await onNode(second, "click");
    await expect
      .poll(() => page.getByTestId("focus-hidden").getAttribute("data-hidden"))
      .toBe(String(await hiddenOf(second)));
    await drawn(() => page.getByTestId("focus-expand").click());
    const afterSecond = await visible();
    expect(afterSecond.length).toBeGreaterThan(afterFirst.length);
    expect((await hash()).get("expand")?.split(",").map(decodeURIComponent)).toEqual([first, second]);
    await drawn(() => page.getByTestId("focus-collapse").click());
    expect(await visible()).toEqual(afterFirst);
    expect((await hash()).get("expand")).toBe(encodeURIComponent(first));
    expect(pageErrors).toEqual([]);
  });

  it("reloading the URL restores the focus and the expansions", async () => {
    const url = page.url();
    expect(url).toContain("expand=");
    await page.goto("about:blank");
    await page.goto(url);
    await ready();
    expect(await visible()).toEqual(afterFirst);
    expect(await viewer<boolean>("window.__geokg.truncated")).toBe(true);
  });

  it("a searched entity that is not shown becomes the focus; the way back is the most central", async () => {
    const shown = new Set(await visible());
    const res = await db.driver.executeQuery(
      "MATCH (e:Entity) WHERE e.rank > 0 AND NOT e.id IN $shown RETURN e.id AS id, e.name AS name ORDER BY e.rank DESC LIMIT 1",
      { shown: [...shown] },
      { database: db.database },
    );
    const [id, name] = [res.records[0].get("id") as string, res.records[0].get("name") as string];
    await drawn(async () => {
      await page.getByTestId("search-input").fill(name);
      await page.getByTestId("search-result").filter({ hasText: name }).first().dispatchEvent("mousedown");
    });
    expect((await hash()).get("focus")).toBe(id);
    expect(await visible()).toEqual([...(await neighbourhood(id))].sort());
    await drawn(() => page.getByTestId("focus-reset").click());
    expect(await visible()).toEqual([...(await topIds(TOP))].sort());
    expect(pageErrors).toEqual([]);
  });
});
