// readArticlesAhead: the reader thread gives exactly what readArticles gives, in order, also past its
// lead and with failures among the files, and stops when the caller stops.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config.js";
import { readArticles, readArticlesAhead } from "../../src/read/index.js";
import type { ReadOutcome } from "../../src/types.js";

const FIXTURES = join(PROJECT_ROOT, "tests", "fixtures", "read");

async function all(outcomes: AsyncIterable<ReadOutcome>): Promise<ReadOutcome[]> {
  const out: ReadOutcome[] = [];
  for await (const o of outcomes) out.push(o);
  return out;
}

/** 600 small articles (past the reader's lead of 256), a bad file, a missing one and every fixture format. */
function corpus(): string[] {
  const dir = mkdtempSync(join(tmpdir(), "geokg-read-ahead-"));
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
  return files;
}

describe("readArticlesAhead", () => {
  it("gives readArticles' outcomes, in order, failures included", async () => {
    const files = corpus();
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
    expect(ahead.length).toBeGreaterThan(files.length);
  });

  it("reads while the caller is busy before its first step, and stops when the caller stops", async () => {
    const files = corpus();
    const outcomes = readArticlesAhead(files);
    // Busy for a while, as the CLI is while it loads the extractor.
    const until = Date.now() + 300;
    while (Date.now() < until);
    const first: ReadOutcome[] = [];
    for await (const o of outcomes) {
      first.push(o);
      if (first.length === 3) break;
    }
    expect(first.map((o) => o.file)).toEqual(files.slice(0, 3));
    // The iteration is over: the thread is gone and a new one starts from the beginning again.
    expect((await outcomes.next()).done).toBe(true);
    expect((await readArticlesAhead(files.slice(0, 2)).next()).value).toEqual(first[0]);
  });

  it("reads nothing, quickly, from no files", async () => {
    expect(await all(readArticlesAhead([]))).toEqual([]);
  });
});

describe("geokg extract | head", () => {
  it("stops quietly when the reader of its output closes the pipe", () => {
    const r = spawnSync(
      "sh",
      [
        "-c",
        `node bin/geokg.js extract ${JSON.stringify(FIXTURES)} ${JSON.stringify(FIXTURES)} | head -c 10`,
      ],
      { encoding: "utf8", cwd: PROJECT_ROOT },
    );
    expect(r.stdout).toHaveLength(10);
    expect(r.stderr).not.toContain("EPIPE");
  });
});
