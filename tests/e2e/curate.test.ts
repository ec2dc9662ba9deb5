// Correcting the graph from the viewer, in a real chromium against `geokg serve --editable`'s server
// and the real Neo4j: merge from search, reject a claim with a note, see both after a reload, undo;
// without the token no write control shows and the API answers 401; a cross-origin POST is refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { build } from "vite";
import type { Browser, Page } from "playwright-core";
import { startServer, type RunningServer } from "../../src/api/server.js";
import { PROJECT_ROOT } from "../../src/config.js";
import { ingest } from "../../src/ingest/index.js";
import type { Db } from "../../src/store/connection.js";
import { clearDb, openTestDb } from "../helpers/db.js";
import { query } from "../db/store-helpers.js";
import { writeApiArticles } from "../db/api-fixtures.js";
import { rawRequest } from "../helpers/http.js";
import { launchChromium } from "./browser.js";

// A change is saved, then the graph fetched and redrawn: seconds on a loaded machine.
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 200 });

const TOKEN = "e2e-token-not-secret-0123456789";
let db: Db;
let server: RunningServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

const entityId = async (name: string): Promise<string> =>
  String((await query(db, "MATCH (e:Entity {name: $name}) RETURN e.id AS id", { name }))[0]?.id);

async function open(p: Page, url: string): Promise<void> {
  await p.goto(url);
  await p.waitForFunction(() => window.__geokg?.ready, undefined, { timeout: 60_000 });
}

async function selectFromSearch(p: Page, text: string): Promise<void> {
  await p.getByTestId("search-input").fill(text);
  const first = p.getByTestId("search-result").first();
  await first.waitFor();
  await first.dispatchEvent("mousedown");
  await poll(() => p.getByTestId("panel-title").textContent()).toContain(text);
}

beforeAll(async () => {
  await build({ configFile: join(PROJECT_ROOT, "viz", "vite.config.ts"), logLevel: "warn" });
  db = await openTestDb();
  await clearDb(db);
  await ingest(db, [await writeApiArticles()], { progress: false });
  server = await startServer(db, { port: 0, editToken: TOKEN });
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1400, height: 860 } })).newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await open(page, `${server.url}?token=${TOKEN}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await db?.close();
});

describe("correcting the graph in the viewer", () => {
  it("merges two entities from search; the graph updates without a reload", async () => {
    const wang = await entityId("Wang Yi");
    const lavrov = await entityId("Sergey Lavrov");
    expect(await page.evaluate((id) => window.__geokg.isVisible(id), wang)).toBe(true);
    await selectFromSearch(page, "Wang Yi");
    await page.getByTestId("merge-input").fill("Lavrov");
    await page.getByTestId("merge-result").first().click();
    await page.waitForFunction((id) => window.__geokg.selected?.id === id, lavrov);
    await poll(() => page.evaluate((id) => window.__geokg.isVisible(id), wang)).toBe(false);
    await poll(() => page.getByTestId("panel-aliases").textContent()).toContain("Wang Yi");
    await poll(() => page.getByTestId("correction").count()).toBe(1);
    expect(await query(db, "MATCH (e:Entity {id: $wang}) RETURN e", { wang })).toEqual([]);
  });

  it("rejects a claim from the evidence panel with a note", async () => {
    await selectFromSearch(page, "Sergey Lavrov");
    await page.getByTestId("panel-relations-VISITED").getByTestId("relation-evidence").first().click();
    await page.getByTestId("claim-tools").first().waitFor();
    const edges = await page.evaluate(() => window.__geokg.visibleEdges);
    await page.getByTestId("curate-author").fill("ana");
    await page.getByTestId("curate-author").dispatchEvent("change");
    await page.getByTestId("claim-note").first().fill("the ministry never said so");
    await page.getByTestId("reject-claim").first().click();
    await poll(() => page.getByTestId("correction").count()).toBe(2);
    const rejected = await query(
      db,
      "MATCH (c:Claim {rejected: true}) RETURN c.rejectedNote AS note, c.rejectedBy AS by",
    );
    expect(rejected).toEqual([{ note: "the ministry never said so", by: "ana" }]);
    // That visit had one claim: its relation is gone from the graph.
    await poll(() => page.evaluate(() => window.__geokg.visibleEdges)).toBe(edges - 1);
    expect(pageErrors).toEqual([]);
  });

  it("shows both changes after a reload, and undoes the merge", async () => {
    await open(page, `${server.url}?token=${TOKEN}`);
    await page.getByTestId("correction").first().waitFor();
    expect(await page.getByTestId("correction").count()).toBe(2);
    expect(await page.evaluate(() => window.__geokg.visibleNodes)).toBeGreaterThan(0);
    const wang = String(
      (await query(db, "MATCH (k:Correction {op: 'merge'}) RETURN k.targets[0] AS id"))[0].id,
    );
    expect(await page.evaluate((id) => window.__geokg.isVisible(id), wang)).toBe(false);
    await selectFromSearch(page, "Sergey Lavrov");
    expect(await page.getByTestId("panel-aliases").textContent()).toContain("Wang Yi");
    if (process.env.GEOKG_UPDATE_SCREENSHOT)
      await page.screenshot({ path: join(PROJECT_ROOT, "docs", "curate.png") });
    // The list is newest first: the merge is the second entry.
    await page.getByTestId("undo-correction").nth(1).click();
    await poll(() => page.evaluate((id) => window.__geokg.isVisible(id), wang)).toBe(true);
    await poll(() => page.getByTestId("correction-undone").count()).toBe(1);
    // The author typed before the reload is remembered and recorded with the undo.
    expect(await page.getByTestId("curate-author").inputValue()).toBe("ana");
    expect(await query(db, "MATCH (k:Correction {op: 'merge'}) RETURN k.undoneBy AS by")).toEqual([
      { by: "ana" },
    ]);
  });

  it("without the token: no write controls, and the API answers 401", async () => {
    const anon = await browser.newPage();
    await open(anon, server.url);
    await selectFromSearch(anon, "Sergey Lavrov");
    expect(await anon.getByTestId("entity-tools").count()).toBe(0);
    expect(await anon.getByTestId("corrections").isVisible()).toBe(false);
    const res = await anon.evaluate(async () => {
      const r = await fetch("api/corrections", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ correction: { op: "rename", entity: "x", name: "y" } }),
      });
      return r.status;
    });
    expect(res).toBe(401);
    const wrong = await fetch(`${server.url}api/corrections`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: "Bearer wrong" },
      body: "{}",
    });
    expect(wrong.status).toBe(401);
    await anon.close();
  });

  it("refuses a cross-origin or DNS-rebound POST, even with the token", async () => {
    const res = await fetch(`${server.url}api/corrections`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Authorization: `Bearer ${TOKEN}`,
        Origin: "http://evil.example",
      },
      body: JSON.stringify({ correction: { op: "rename", entity: "x", name: "y" } }),
    });
    expect(res.status).toBe(403);
    // DNS rebinding: the right token under a name the server does not serve.
    const port = new URL(server.url).port;
    const rebound = await rawRequest(server.url, {
      path: "/api/corrections",
      method: "POST",
      host: `attacker.example:${port}`,
      headers: { Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ correction: { op: "rename", entity: "Sergey Lavrov", name: "y" } }),
    });
    expect(rebound.status).toBe(403);
    // And a page on another origin cannot even read the answer (no CORS).
    const other = await browser.newPage();
    await other.goto("about:blank");
    const outcome = await other.evaluate(async (url) => {
      try {
        const r = await fetch(url, { method: "POST", headers: { "Content-Type": "text/plain" }, body: "{}" });
        return String(r.status);
      } catch (e) {
        return (e as Error).name;
      }
    }, `${server.url}api/corrections`);
    expect(outcome).toBe("TypeError");
    await other.close();
    // Only the merge and the rejection made above are stored.
    expect(Number((await query(db, "MATCH (k:Correction) RETURN count(k) AS n"))[0].n)).toBe(2);
  });

  it("validates requests: 400 naming the field, 404 for an unknown entity", async () => {
    const post = (correction: unknown) =>
      fetch(`${server.url}api/corrections`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ correction }),
      });
    const bad = await post({ op: "retype", entity: "Sergey Lavrov", type: "Planet" });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/correction\.type/);
    const unknown = await post({ op: "rename", entity: "Nobody Atall", name: "X" });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: string }).error).toMatch(
      /no entity with id, name or alias "Nobody Atall"/,
    );
  });

  it("a server started without --editable has no write endpoints", async () => {
    const plain = await startServer(db, { port: 0 });
    try {
      const res = await fetch(`${plain.url}api/corrections`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${TOKEN}` },
        body: "{}",
      });
      expect(res.status).toBe(404);
      const list = (await (await fetch(`${plain.url}api/corrections`)).json()) as {
        editable: boolean;
        corrections: unknown[];
      };
      expect(list.editable).toBe(false);
      expect(list.corrections).toHaveLength(2);
    } finally {
      await plain.close();
    }
  });

  it("renames and retypes in the entity panel", async () => {
    await selectFromSearch(page, "Mongolia");
    await page.getByTestId("retype-select").selectOption("Place");
    await page.getByTestId("retype").click();
    await poll(() => page.getByTestId("panel-type").textContent()).toContain("Place");
    await page.getByTestId("rename-input").fill("State of Mongolia");
    await page.getByTestId("rename").click();
    await poll(() => page.getByTestId("panel-title").textContent()).toBe("State of Mongolia");
    const stored = await query(
      db,
      "MATCH (e:Entity {name: 'State of Mongolia'}) RETURN e.type AS type, e.aliases AS aliases",
    );
    expect(stored).toEqual([{ type: "Place", aliases: ["Mongolia"] }]);
  });
});
