// readArticlesAhead: the reader thread gives exactly what readArticles gives, in order, also past its
// lead and with failures among the files; it never keeps the process alive once the caller is done.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config.js";
import { TOKENISE_AHEAD } from "../../src/extract/jobs.js";
import { preloadReader, readArticles, readArticlesAhead } from "../../src/read/index.js";
import type { ReadOutcome } from "../../src/types.js";

const FIXTURES = join(PROJECT_ROOT, "tests", "fixtures", "read");
const dir = mkdtempSync(join(tmpdir(), "geokg-read-ahead-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function all<T = ReadOutcome>(outcomes: AsyncIterable<T>, pause = 0): Promise<T[]> {
  const out: T[] = [];
  for await (const o of outcomes) {
    out.push(o);
    if (pause) await new Promise((resolve) => setTimeout(resolve, pause));
  }
  return out;
}

/** 600 small articles, a bad file, a missing one and every fixture format. */
const files: string[] = [];
for (let i = 0; i < 600; i++) {
  const file = join(dir, `a-${String(i).padStart(3, "0")}.txt`);
  writeFileSync(file, `Report ${i}\n\nKenya and Uganda met on day ${i} to talk about trade and water.\n`);
  files.push(file);
}
const bad = join(dir, "bad.json");
writeFileSync(bad, "{ not json");
files.splice(300, 0, bad, join(dir, "missing.txt"));
for (const f of ["article.md", "page.html", "records.json", "records.jsonl"]) files.push(join(FIXTURES, f));

describe("readArticlesAhead", () => {
  it("gives readArticles' outcomes, in order, failures included", async () => {
    const ahead = await all(readArticlesAhead(files));
    expect(ahead).toEqual(await all(readArticles(files)));
    // The bad and the missing file, and the fixtures' bad records (one in .json, two in .jsonl).
    expect(ahead.filter((o) => !o.ok).map((o) => o.file)).toEqual([
      files[300],
      files[301],
      join(FIXTURES, "records.json"),
      join(FIXTURES, "records.jsonl"),
      join(FIXTURES, "records.jsonl"),
    ]);
  });

  it("waits for a slow caller with a short lead, and loses nothing", async () => {
    const some = files.slice(0, 40);
    const slow = await all(readArticlesAhead(some, { lead: 4, group: 2 }), 2);
    expect(slow).toEqual(await all(readArticles(some)));
  });

  it("widens a lead shorter than a group, or a group of none, rather than wait forever", async () => {
    const some = files.slice(0, 30);
    const want = await all(readArticles(some));
    for (const opts of [
      { lead: 2, group: 8 },
      { lead: 0, group: 8 },
      { lead: 8, group: 0 },
    ])
      expect(await all(readArticlesAhead(some, opts))).toEqual(want);
  });

  it("reads nothing from no files", async () => {
    expect(await all(readArticlesAhead([]))).toEqual([]);
  });
});

describe("readArticlesAhead's thread and the process", () => {
  // A child process that reads `files` ahead and then does `then`; it must end on its own.
  const child = (then: string) =>
    spawnSync(
      "node",
      [
        "--input-type=module",
        "-e",
        `const { readArticlesAhead } = await import(${JSON.stringify(pathToFileURL(join(PROJECT_ROOT, "dist", "read", "index.js")).href)});
         const it = readArticlesAhead(${JSON.stringify(files)});
         ${then}
         console.log("done");`,
      ],
      { encoding: "utf8", timeout: 20_000 },
    );

  it("lets the process end when the caller never iterates", () => {
    const r = child("");
    expect(r.signal).toBeNull();
    expect(r.stdout.trim()).toBe("done");
  });

  it("lets the process end when the caller stops early", () => {
    const r = child("let n = 0; for await (const o of it) if (++n === 3) break;");
    expect(r.signal).toBeNull();
    expect(r.stdout.trim()).toBe("done");
  });
});

describe("preloadReader", () => {
  it("gives the same outcomes, prepared, to the reading that follows it", async () => {
    const some = files.slice(0, 50);
    preloadReader(TOKENISE_AHEAD);
    const ahead = await all(readArticlesAhead(some, { prepare: TOKENISE_AHEAD }));
    const plain = await all(readArticles(some));
    expect(ahead).toHaveLength(plain.length);
    ahead.forEach((o, k) => {
      const { prepared, ...outcome } = o;
      expect(outcome).toEqual(plain[k]);
      if (o.ok) expect(prepared).toBeDefined();
    });
  });

  it("is stopped by a reading that asks for another preparation, which reads as asked", async () => {
    const some = files.slice(0, 20);
    preloadReader(TOKENISE_AHEAD);
    const plain = await all(readArticlesAhead(some));
    expect(plain.every((o) => !("prepared" in o))).toBe(true);
    expect(plain).toEqual(await all(readArticles(some)));
  });

  it("lets the process end when no reading ever takes it, and geokg extract fail on a bad input", () => {
    const r = spawnSync(
      "node",
      [
        "--input-type=module",
        "-e",
        `const { preloadReader } = await import(${JSON.stringify(pathToFileURL(join(PROJECT_ROOT, "dist", "read", "index.js")).href)});
         const { TOKENISE_AHEAD } = await import(${JSON.stringify(pathToFileURL(join(PROJECT_ROOT, "dist", "extract", "jobs.js")).href)});
         preloadReader(TOKENISE_AHEAD);
         console.log("done");`,
      ],
      { encoding: "utf8", timeout: 20_000 },
    );
    expect(r.signal).toBeNull();
    expect(r.stdout.trim()).toBe("done");
    const bad = spawnSync("node", ["bin/geokg.js", "extract", join(dir, "no-such-file.txt")], {
      encoding: "utf8",
      cwd: PROJECT_ROOT,
      timeout: 20_000,
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("no-such-file.txt");
  });
});

describe("geokg extract | head", () => {
  it("stops quietly when the reader of its output closes the pipe", () => {
    const r = spawnSync("sh", ["-c", `node bin/geokg.js extract ${JSON.stringify(dir)} | head -c 10`], {
      encoding: "utf8",
      cwd: PROJECT_ROOT,
    });
    expect(r.stdout).toHaveLength(10);
    expect(r.stderr).not.toContain("EPIPE");
  });
});
