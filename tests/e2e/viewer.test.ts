// The graph browser in a real chromium against the real server and Neo4j, with articles ingested.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { build } from "vite";
import { MultiDirectedGraph } from "graphology";
import type { Browser, Page } from "playwright-core";
import { startServer, type RunningServer } from "../../src/api/server.js";
import { ingest } from "../../src/ingest/index.js";
import type { Db } from "../../src/store/connection.js";
import { PROJECT_ROOT } from "../../src/config.js";
import { clearDb, openTestDb } from "../helpers/db.js";
import { writeApiArticles, XSS } from "../db/api-fixtures.js";
import { countInkPixels, evaluate, launchChromium } from "./browser.js";

let db: Db;
let server: RunningServer;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];
let lavrovId = "";

const viewer = <T>(script: string): Promise<T> => evaluate<T>(page, script);

async function waitLayoutDone(): Promise<void> {
  await page.waitForFunction(() => window.__geokg?.layout === "layout: done", undefined, { timeout: 60_000 });
}

beforeAll(async () => {
  await build({ configFile: join(PROJECT_ROOT, "viz", "vite.config.ts"), logLevel: "warn" });
  db = await openTestDb();
  await clearDb(db);
  await ingest(db, [await writeApiArticles()], { progress: false });
  server = await startServer(db, { port: 0 });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, acceptDownloads: true });
  page = await context.newPage();
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(server.url);
  await page.waitForFunction(() => window.__geokg?.ready && window.__geokg.firstFrameAt !== null, undefined, {
    timeout: 60_000,
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await db?.close();
});

describe("viewer", () => {
  it("loads the graph and draws it", async () => {
    expect(await viewer<string | null>("window.__geokg.error")).toBeNull();
    const nodes = await viewer<number>("window.__geokg.visibleNodes");
    expect(nodes).toBeGreaterThan(2);
    await waitLayoutDone();
    const shot = await page.locator('[data-testid="graph"]').screenshot();
    const { ink, total } = await countInkPixels(page, shot);
    // Nodes, edges and labels cover a visible part of the stage, but far from all of it.
    expect(ink).toBeGreaterThan(500);
    expect(ink).toBeLessThan(total * 0.9);
    expect(pageErrors).toEqual([]);
  });

  it("search selects an entity and the panel shows evidence for its relations", async () => {
    await page.getByTestId("search-input").fill("Lavrov");
    const first = page.getByTestId("search-result").first();
    await first.waitFor();
    await first.dispatchEvent("mousedown");
    await page.waitForFunction(() => window.__geokg.selected?.kind === "node");
    lavrovId = (await viewer<{ id: string }>("window.__geokg.selected")).id;
    await expect.poll(() => page.getByTestId("panel-title").textContent()).toMatch(/Lavrov/);
    expect(page.url()).toMatch(/#node=/);
    await page.getByTestId("panel-articles").waitFor();
    await waitLayoutDone();
    await page.waitForTimeout(500); // let the camera animation finish before the picture for the README
    // The README's picture: refreshed on request only, so a test run leaves the work tree clean.
    const shot = process.env.GEOKG_UPDATE_SCREENSHOT
      ? join(PROJECT_ROOT, "docs", "screenshot.png")
      : join(PROJECT_ROOT, "test-results", "screenshot.png");
    await page.screenshot({ path: shot });
    await page.getByTestId("relation-evidence").first().click();
    const sentence = page.getByTestId("evidence-sentence").first();
    await sentence.waitFor();
    expect((await sentence.textContent())?.length).toBeGreaterThan(20);
    // The actors are marked in the sentence.
    expect(await page.locator('[data-testid="evidence-sentence"] mark').count()).toBeGreaterThan(0);
    expect(await page.getByTestId("evidence-article").first().textContent()).toBeTruthy();
  });

  it("a type filter hides those nodes and updates the counts", async () => {
    const before = await viewer<number>("window.__geokg.visibleNodes");
    const persons = Number(await page.getByTestId("filter-type-count-Person").textContent());
    expect(persons).toBeGreaterThan(0);
    const lavrov = lavrovId;
    expect(lavrov).not.toBe("");
    expect(await page.evaluate((id) => window.__geokg.isVisible(id), lavrov)).toBe(true);
    await page.getByTestId("filter-type-Person").uncheck();
    expect(await viewer<number>("window.__geokg.visibleNodes")).toBe(before - persons);
    expect(await page.evaluate((id) => window.__geokg.isVisible(id), lavrov)).toBe(false);
    expect(await page.getByTestId("filter-type-count-Person").textContent()).toBe("0");
    expect(page.url()).toMatch(/types=/);
    await page.getByTestId("filter-type-Person").check();
    expect(await viewer<number>("window.__geokg.visibleNodes")).toBe(before);
  });

  it("switches to PageRank sizes and Louvain colours, and a shared link restores them", async () => {
    await page.getByTestId("size-mode").selectOption("pagerank");
    await page.getByTestId("color-mode").selectOption("community");
    await page.getByTestId("filter-relation-AFFILIATED_WITH").uncheck();
    const edges = await viewer<number>("window.__geokg.visibleEdges");
    const url = page.url();
    expect(url).toMatch(/size=pagerank/);
    expect(url).toMatch(/color=community/);
    expect(url).toMatch(/relations=/);
    await page.goto("about:blank");
    await page.goto(url);
    await page.waitForFunction(() => window.__geokg?.ready);
    expect(await page.getByTestId("size-mode").inputValue()).toBe("pagerank");
    expect(await page.getByTestId("color-mode").inputValue()).toBe("community");
    expect(await page.getByTestId("filter-relation-AFFILIATED_WITH").isChecked()).toBe(false);
    expect(await viewer<number>("window.__geokg.visibleEdges")).toBe(edges);
    expect(await page.getByTestId("filter-relation-count-AFFILIATED_WITH").textContent()).toBe("0");
    await page.getByTestId("filter-relation-AFFILIATED_WITH").check();
    await page.getByTestId("color-mode").selectOption("type");
    await page.getByTestId("size-mode").selectOption("degree");
    expect(pageErrors).toEqual([]);
  });

  it("runs a Cypher query and shows rows and the subgraph", async () => {
    await page.getByTestId("cypher-input").fill("MATCH (a:Person)-[r:MET]-(b:Person) RETURN a, r, b");
    await page.getByTestId("cypher-run").click();
    await page.getByTestId("cypher-row").first().waitFor();
    expect(await page.getByTestId("cypher-row").count()).toBeGreaterThan(0);
    expect(await viewer<number>("window.__geokg.highlighted")).toBeGreaterThan(1);
    await page.getByTestId("cypher-input").fill("CREATE (n:Intruder) RETURN n");
    await page.getByTestId("cypher-run").click();
    await expect.poll(() => page.getByTestId("cypher-error").textContent()).toMatch(/refused/);
    await page.getByTestId("cypher-clear").click();
  });

  it("exports the visible graph as graphology JSON", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("export-json").click(),
    ]);
    const text = await readFile((await download.path())!, "utf8");
    const graph = MultiDirectedGraph.from(JSON.parse(text));
    expect(graph.order).toBe(await viewer<number>("window.__geokg.visibleNodes"));
    expect(graph.size).toBe(await viewer<number>("window.__geokg.visibleEdges"));
    // The download carries every attribute the server has, not only what the viewer loads to draw.
    expect(graph.size).toBeGreaterThan(0);
    graph.forEachEdge((_e, a) => {
      expect(typeof a.cameo).toBe("string");
      expect(typeof a.symmetric).toBe("boolean");
      expect(Array.isArray(a.certainties)).toBe(true);
      expect(typeof a.outlets).toBe("number");
    });
  });

  it("shows markup from articles as text and runs none of it", async () => {
    const res = await fetch(new URL("/api/articles/api-test-2", server.url));
    const article = (await res.json()) as { mentions: { id: string }[] };
    expect(article.mentions.length).toBeGreaterThan(0);
    // Open an entity of that article through a shared link: its panel lists the article title.
    await page.goto("about:blank");
    await page.goto(`${server.url}#node=${encodeURIComponent(article.mentions[0].id)}`);
    await page.waitForFunction(() => window.__geokg?.ready);
    expect(await viewer<{ id: string }>("window.__geokg.selected")).toEqual({
      kind: "node",
      id: article.mentions[0].id,
    });
    await page.getByTestId("panel-articles").waitFor();
    await expect.poll(() => page.getByTestId("panel-articles").textContent()).toContain(XSS);
    await page
      .getByTestId("cypher-input")
      .fill("MATCH (a:Article {id: 'api-test-2'}) RETURN a.title AS title, a");
    await page.getByTestId("cypher-run").click();
    await page.getByTestId("cypher-row").first().waitFor();
    expect(await page.getByTestId("cypher-result").textContent()).toContain(XSS);
    await expect.poll(() => page.getByText(XSS).first().isVisible()).toBe(true);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
