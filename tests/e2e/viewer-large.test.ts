// The viewer's large-graph path (plain-line edges, no edge labels or edge picking, partial refreshes on
// filter changes) in a real chromium, on a generated graph above the size threshold in scale.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { build } from "vite";
import type { Browser, Page } from "playwright-core";
import { startServer, type RunningServer } from "../../src/api/server.js";
import type { Db } from "../../src/store/connection.js";
import { PROJECT_ROOT } from "../../src/config.js";
import { load } from "../../bench/viewer.bench.js";
import { LARGE_EDGE_COUNT } from "../../viz/src/scale.js";
import { clearDb, openTestDb } from "../helpers/db.js";
import { countInkPixels, evaluate, launchChromium } from "./browser.js";

const N = 1_400;
const M = N * 5;

let db: Db;
let server: RunningServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

const viewer = <T>(script: string): Promise<T> => evaluate<T>(page, script);

async function count(query: string): Promise<number> {
  const res = await db.driver.executeQuery(query, {}, { database: db.database, routing: "READ" });
  return Number(res.records[0].get(0));
}

/** Ink on the stage once the draw scheduled by the last change has reached the screen. */
async function ink(): Promise<number> {
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))),
  );
  const shot = await page.locator('[data-testid="graph"]').screenshot();
  return (await countInkPixels(page, shot)).ink;
}

beforeAll(async () => {
  expect(M).toBeGreaterThan(LARGE_EDGE_COUNT);
  await build({ configFile: join(PROJECT_ROOT, "viz", "vite.config.ts"), logLevel: "warn" });
  db = await openTestDb();
  await clearDb(db);
  await load(db, N, M);
  server = await startServer(db, { port: 0 });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(server.url);
  await page.waitForFunction(() => window.__geokg?.ready && window.__geokg.firstFrameAt !== null, undefined, {
    timeout: 60_000,
  });
  await page.waitForFunction(() => window.__geokg.layout === "layout: done", undefined, { timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (db) await clearDb(db);
  await db?.close();
});

describe("viewer on a large graph", () => {
  it("draws every entity and relation", async () => {
    expect(await viewer<number>("window.__geokg.visibleNodes")).toBe(N);
    expect(await viewer<number>("window.__geokg.visibleEdges")).toBe(M);
    const shot = await page.locator('[data-testid="graph"]').screenshot();
    const { ink: drawn, total } = await countInkPixels(page, shot);
    expect(drawn).toBeGreaterThan(500);
    expect(drawn).toBeLessThan(total);
    expect(pageErrors).toEqual([]);
  });

  it("a type filter hides its nodes and their relations on screen, and unchecking restores them", async () => {
    const before = await ink();
    const places = await count("MATCH (e:Entity:Place) RETURN count(e)");
    const kept = await count(
      "MATCH (a:Entity)-[r]->(b:Entity) WHERE NOT a:Place AND NOT b:Place RETURN count(r)",
    );
    await page.getByTestId("filter-type-Place").uncheck();
    expect(await viewer<number>("window.__geokg.visibleNodes")).toBe(N - places);
    expect(await viewer<number>("window.__geokg.visibleEdges")).toBe(kept);
    const after = await ink();
    // A quarter of the nodes and about four in ten relations are gone from the picture.
    expect(after).toBeLessThan(before);
    await page.getByTestId("filter-type-Place").check();
    expect(await viewer<number>("window.__geokg.visibleEdges")).toBe(M);
    expect(await ink()).toBeGreaterThan(after);
    expect(pageErrors).toEqual([]);
  });

  it("applies a minimum-sources filter from a shared link", async () => {
    const expected = await count("MATCH (:Entity)-[r]->(:Entity) WHERE r.articles >= 3 RETURN count(r)");
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(M);
    await page.evaluate(() => {
      location.hash = "#minSources=3";
    });
    await page.waitForFunction((n) => window.__geokg.visibleEdges === n, expected);
    expect(await page.getByTestId("filter-min-sources").inputValue()).toBe("3");
    expect(await viewer<number>("window.__geokg.visibleNodes")).toBe(N);
    expect(pageErrors).toEqual([]);
  });
});
