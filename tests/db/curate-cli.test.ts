// `geokg curate` end to end: the built CLI against the test Neo4j holding the known analyst graph.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { PROJECT_ROOT } from "../../src/config.js";
import type { Db } from "../../src/store/connection.js";
import { openAnalystGraph } from "./query-fixture.js";
import { snapshot } from "./store-helpers.js";

const exec = promisify(execFile);
const curate = (...args: string[]) =>
  exec(process.execPath, [join(PROJECT_ROOT, "bin", "geokg.js"), "curate", ...args], {
    env: { ...process.env, GEOKG_AUTHOR: "cli-tester" },
    cwd: PROJECT_ROOT,
  });
let db: Db;
let dir: string;

beforeAll(async () => {
  db = await openAnalystGraph();
  dir = await mkdtemp(join(tmpdir(), "geokg-curate-cli-"));
});
afterAll(async () => {
  await db?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("geokg curate", () => {
  it("merges, lists, exports, undoes and imports, printing what changed", async () => {
    const start = await snapshot(db);
    const merged = await curate("merge", "Olaf Scholz", "Emmanuel Macron", "--note", "test merge");
    expect(merged.stdout).toMatch(/entities (\d+) → \d+ \(-1\)/);
    expect(merged.stdout).toMatch(/cli-tester {2}merge .*"test merge"/);
    const mergeId = merged.stdout.split(/\s+/)[0];

    const list = await curate("list", "--entity", "Emmanuel Macron");
    expect(list.stdout.trim().split("\n")).toHaveLength(1);
    expect(list.stdout).toContain(mergeId);

    const file = join(dir, "corrections.jsonl");
    await curate("export", file);
    const exported = await readFile(file, "utf8");
    expect(exported.trim().split("\n")).toHaveLength(1);

    const undone = await curate("undo", mergeId);
    expect(undone.stdout).toMatch(/entities \d+ → \d+ \(\+1\)/);
    expect(undone.stdout).toContain("undone");
    const after = await snapshot(db);
    delete after[":Correction"];
    expect(after).toEqual(start);

    // The export still says "applied": importing it brings no change (same id, and an undo is never lifted).
    const again = await curate("import", file);
    expect(again.stdout).toMatch(/^entities \d+, claims \d+, rejected claims 0, relations \d+;/m);
  });

  it("names the file and line of a bad import, and imports nothing", async () => {
    const bad = join(dir, "bad.jsonl");
    const good = (await curate("list", "--json")).stdout;
    const first = (JSON.parse(good) as unknown[])[0];
    await writeFile(
      bad,
      `${JSON.stringify({ ...(first as object), id: "fresh-id" })}\n{"id":"x","op":"retype"}\n`,
    );
    await expect(curate("import", bad)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/bad\.jsonl:2: /),
    });
    expect(JSON.parse((await curate("list", "--json")).stdout)).toHaveLength(1);
  });

  it("refuses what it cannot do with a clear message", async () => {
    await expect(curate("reject", "no-such-claim", "--note", "x")).rejects.toMatchObject({
      stderr: expect.stringMatching(/no claim with id "no-such-claim"/),
    });
    await expect(curate("retype", "Emmanuel Macron", "Planet")).rejects.toMatchObject({
      stderr: expect.stringMatching(/curate retype: type: /),
    });
    await expect(curate("merge", "Emmanuel Macron", "Macron")).rejects.toMatchObject({
      stderr: expect.stringMatching(/one entity/),
    });
  });
});
