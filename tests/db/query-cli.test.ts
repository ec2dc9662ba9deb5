// `geokg query` end to end: the built CLI against the test Neo4j holding the known analyst graph.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { PROJECT_ROOT } from "../../src/config.js";
import type { Db } from "../../src/store/connection.js";
import { loadLibrary } from "../../src/query/library.js";
import { openAnalystGraph } from "./query-fixture.js";

const exec = promisify(execFile);
const geokg = (...args: string[]) =>
  exec(process.execPath, [join(PROJECT_ROOT, "bin", "geokg.js"), "query", ...args], {
    env: { ...process.env },
    cwd: PROJECT_ROOT,
  });
let db: Db;
let dir: string;

beforeAll(async () => {
  db = await openAnalystGraph();
  dir = await mkdtemp(join(tmpdir(), "geokg-query-"));
});
afterAll(async () => {
  await db?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("geokg query", () => {
  it("--list shows every library entry with its question and parameters", async () => {
    const { stdout } = await geokg("--list");
    for (const e of await loadLibrary()) {
      expect(stdout).toContain(e.name);
      expect(stdout).toContain(e.question);
    }
    expect(stdout).toMatch(/--param date=… \(date\) the date asked about/);
  });

  it("runs a library query by name as a terminal table", async () => {
    const { stdout } = await geokg("who-met-whom", "--param", "name=Olaf Scholz");
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^actor\s+│ met\s+│ dates/);
    expect(lines[2]).toMatch(/^Olaf Scholz\s+│ Emmanuel Macron\s+│ 2024-03-09/);
    expect(lines.at(-1)).toBe("1 row");
  });

  it("prints JSON and CSV, and --limit truncates", async () => {
    const json = JSON.parse(
      (await geokg("most-central-actors", "--format", "json", "--limit", "2")).stdout,
    ) as {
      columns: string[];
      rows: { actor: string }[];
      truncated: boolean;
    };
    // France and Ukraine tie on degree (3) and reports (4); the name breaks the tie.
    expect(json.rows.map((r) => r.actor)).toEqual(["Germany", "France"]);
    expect(json.truncated).toBe(true);
    const csv = (await geokg("corroborated-relations", "--param", "min=2", "--format", "csv")).stdout
      .trimEnd()
      .split("\n");
    expect(csv[0]).toBe("source,relation,target,outlets,articles,certainty,dates,sources");
    expect(csv).toHaveLength(3);
  });

  it("runs literal Cypher with typed parameters, and a .cypher file", async () => {
    const { stdout } = await geokg(
      "MATCH (e:Entity) WHERE e.type = $t RETURN e.name AS name ORDER BY name LIMIT $n",
      "--param",
      "t=Country",
      "--param",
      "n=2",
      "--format",
      "json",
    );
    expect((JSON.parse(stdout) as { rows: unknown[] }).rows).toEqual([
      { name: "France" },
      { name: "Germany" },
    ]);
    const file = join(dir, "people.cypher");
    await writeFile(file, "// all people\nMATCH (p:Person) RETURN count(p) AS people\n");
    expect(JSON.parse((await geokg(file, "--format", "json")).stdout)).toMatchObject({
      rows: [{ people: 4 }],
    });
  });

  it("refuses writes and bad input with a clear message and exit code 1", async () => {
    await expect(geokg("MATCH (n) DETACH DELETE n")).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/only read-only queries are allowed/),
    });
    await expect(geokg("no-such-query")).rejects.toMatchObject({
      stderr: expect.stringMatching(/"no-such-query" is not a library query/),
    });
    await expect(geokg("actor-timeline")).rejects.toMatchObject({
      stderr: expect.stringMatching(/missing parameter name/),
    });
    await expect(geokg(join(dir, "missing.cypher"))).rejects.toMatchObject({
      stderr: expect.stringMatching(/missing\.cypher: no such file/),
    });
    await expect(geokg("who-met-whom", "--format", "xml")).rejects.toMatchObject({
      stderr: expect.stringMatching(/--format: "xml" is not one of table, json, csv/),
    });
    const count = await db.driver.executeQuery(
      "MATCH (n) RETURN count(n) AS n",
      {},
      { database: db.database },
    );
    expect(count.records[0].get("n").toNumber()).toBeGreaterThan(0);
  });
});
