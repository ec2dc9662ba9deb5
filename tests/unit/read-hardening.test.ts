// Issue 12, reader faults: long .jsonl lines cost quadratic time and were buffered whole before the
// size check; UTF-16 files were called binary; a number for `text` was reported as a missing text.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_ARTICLE_BYTES } from "../../src/config.js";
import { splitLines } from "../../src/read/read-articles.js";
import { readAll } from "../helpers/read.js";

let dir: string;
const at = (name: string) => join(dir, name);
const GOOD = "The two foreign ministers met in Vienna on Tuesday.";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "geokg-read-hard-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const utf16 = (text: string, be: boolean) => {
  const le = Buffer.from(`\ufeff${text}`, "utf16le");
  return be ? le.swap16() : le;
};

describe(".jsonl lines", () => {
  it("rejects a record as soon as it passes the limit, without reading the rest of it", async () => {
    let pulled = 0;
    // A line that never ends: only a reader that stops at the limit gets past it.
    async function* endless(): AsyncGenerator<Buffer> {
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      for (let i = 0; i < 2_000; i++) {
        pulled += chunk.length;
        yield chunk;
      }
      yield Buffer.from("\n");
    }
    const lines = splitLines(endless(), MAX_ARTICLE_BYTES);
    const first = await lines.next();
    expect(first.value).toEqual({ tooLarge: true });
    expect(pulled).toBeLessThanOrEqual(MAX_ARTICLE_BYTES + 64 * 1024);
    await lines.return(undefined);
  });

  it("reads a 40 MB line in linear time and goes on with the next line", async () => {
    const huge = JSON.stringify({ text: "x".repeat(40 * 1024 * 1024) });
    await writeFile(at("huge-line.jsonl"), `${huge}\n${JSON.stringify({ text: GOOD })}\n`);
    const started = Date.now();
    const out = await readAll([at("huge-line.jsonl")]);
    // It took 18 s and 502 MB.
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(out.map((o) => (o.ok ? o.article.text : o.error))).toEqual([
      expect.stringMatching(
        new RegExp(`huge-line\\.jsonl, line 1: too large: more than ${MAX_ARTICLE_BYTES} bytes`),
      ),
      GOOD,
    ]);
  });

  it("splits many short lines across chunk edges", async () => {
    async function* chunks(): AsyncGenerator<Buffer> {
      yield Buffer.from("ab\ncd");
      yield Buffer.from("ef\n\ngh");
      yield Buffer.from("");
      yield Buffer.from("i\nj");
    }
    const lines: string[] = [];
    for await (const l of splitLines(chunks(), 100)) lines.push("tooLarge" in l ? "!" : l.toString());
    expect(lines).toEqual(["ab", "cdef", "", "ghi", "j"]);
  });
});

describe("UTF-16 with a byte-order mark", () => {
  it.each([
    ["little-endian", false],
    ["big-endian", true],
  ])("is read as text (%s): .txt, .json and .jsonl", async (_name, be) => {
    const tag = be ? "be" : "le";
    await writeFile(at(`u16-${tag}.txt`), utf16(`Talks in Vienna\r\n\r\n${GOOD} Zürich — “quoted”.`, be));
    await writeFile(at(`u16-${tag}.json`), utf16(JSON.stringify({ id: `j-${tag}`, text: GOOD }), be));
    await writeFile(
      at(`u16-${tag}.jsonl`),
      utf16(`${JSON.stringify({ text: GOOD })}\n${JSON.stringify({ text: `${GOOD} Again.` })}\n`, be),
    );
    const out = await readAll([at(`u16-${tag}.txt`), at(`u16-${tag}.json`), at(`u16-${tag}.jsonl`)]);
    expect(out.map((o) => (o.ok ? o.article.text : o.error))).toEqual([
      `Talks in Vienna\n\n${GOOD} Zürich — “quoted”.`,
      GOOD,
      GOOD,
      `${GOOD} Again.`,
    ]);
  });

  it("still calls UTF-16 without a byte-order mark binary, by name", async () => {
    await writeFile(at("u16-nobom.txt"), Buffer.from(GOOD, "utf16le"));
    const [o] = await readAll([at("u16-nobom.txt")]);
    expect(!o.ok && o.error).toMatch(/u16-nobom\.txt: binary content/);
  });
});

describe("record fields of the wrong type", () => {
  it('says "text" must be a string when it is a number, and still says when it is missing', async () => {
    await writeFile(
      at("typed.jsonl"),
      [{ text: 42 }, { title: "No body" }, { text: GOOD, title: ["a"] }, { text: GOOD, published: 20240101 }]
        .map((r) => JSON.stringify(r))
        .join("\n"),
    );
    const out = await readAll([at("typed.jsonl")]);
    expect(out.map((o) => !o.ok && o.error)).toEqual([
      expect.stringMatching(/line 1: "text" must be a string \(got a number\)$/),
      expect.stringMatching(/line 2: text: missing "text" \(the article body\)$/),
      expect.stringMatching(/line 3: "title" must be a string \(got a list\)$/),
      expect.stringMatching(/line 4: "published" must be a string \(got a number\)$/),
    ]);
  });
});
