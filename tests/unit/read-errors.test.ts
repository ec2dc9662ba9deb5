// Bad inputs come back as outcomes that name the file and the problem; reading goes on with the rest.
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_ARTICLE_BYTES } from "../../src/config.js";
import { expandInputs, readArticles } from "../../src/read/index.js";
import { readAll } from "../helpers/read.js";

let dir: string;
const at = (name: string) => join(dir, name);
const GOOD = "The two foreign ministers met in Vienna on Tuesday.";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "geokg-read-"));
  await mkdir(at("nested/deeper"), { recursive: true });
  await writeFile(at("good.txt"), GOOD);
  await writeFile(at("empty.txt"), "");
  await writeFile(at("blank.md"), "  \n\n \n");
  await writeFile(
    at("binary.txt"),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
  );
  await writeFile(
    at("control.txt"),
    Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x41 : 0x01))),
  );
  await writeFile(at("latin1.txt"), Buffer.from("Caf\xe9 talks in Montr\xe9al ended.", "latin1"));
  await writeFile(at("huge.txt"), Buffer.alloc(MAX_ARTICLE_BYTES + 1, 0x61));
  await writeFile(at("only-furniture.txt"), "Leave a Reply\n\nYour email address will not be published.");
  await writeFile(at("photo.png"), "not really a picture");
  await writeFile(at("broken.json"), '{"text": ');
  await writeFile(at("nested/a.md"), `# Heading for a\n\n${GOOD}`);
  await writeFile(at("nested/deeper/b.html"), `<p>${GOOD}</p>`);
  await writeFile(at("nested/deeper/ignored.pdf"), "%PDF-1.4");
  await writeFile(at("nested/README.md"), "This folder holds test articles.");
  await writeFile(at("nested/.hidden.txt"), GOOD);
  await writeFile(at("locked.txt"), GOOD);
  await writeFile(
    at("windows.txt"),
    `\ufeffTalks Resume in Vienna\r\n\r\n${GOOD}\r\nA second paragraph.\r\n`,
  );
  const big = JSON.stringify({ text: "x".repeat(MAX_ARTICLE_BYTES) });
  await writeFile(
    at("mixed.jsonl"),
    [JSON.stringify({ text: GOOD }), big, "\u0000\u0001", JSON.stringify({ text: GOOD })].join("\n"),
  );
  await writeFile(
    at("bad-utf8.jsonl"),
    Buffer.concat([
      Buffer.from(`{"text": "${GOOD}"}\n{"text": "caf`),
      Buffer.from([0xe9]),
      Buffer.from(`"}\n`),
    ]),
  );
  await chmod(at("locked.txt"), 0o000);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("bad files", () => {
  it.each([
    ["empty.txt", /empty\.txt: empty file/],
    ["blank.md", /blank\.md: empty file \(only whitespace\)/],
    ["binary.txt", /binary\.txt: binary content \(NUL bytes\)/],
    ["control.txt", /control\.txt: binary content \(mostly control bytes\)/],
    ["latin1.txt", /latin1\.txt: not valid UTF-8/],
    ["huge.txt", new RegExp(`huge\\.txt: too large: ${MAX_ARTICLE_BYTES + 1} bytes`)],
    ["only-furniture.txt", /only-furniture\.txt: no article text left after removing page furniture/],
    ["photo.png", /photo\.png: unsupported file type \.png/],
    ["broken.json", /broken\.json: invalid JSON/],
    ["missing.txt", /missing\.txt: not found/],
    ["nested", /nested: is a folder/],
  ])("%s", async (name, message) => {
    const [o] = await readAll([at(name)]);
    expect(o.ok).toBe(false);
    expect(!o.ok && o.error).toMatch(message);
    expect(o.file).toBe(at(name));
  });

  it.skipIf(process.getuid?.() === 0)("an unreadable file", async () => {
    const [o] = await readAll([at("locked.txt")]);
    expect(!o.ok && o.error).toMatch(/locked\.txt: cannot be read \(permission denied\)/);
  });

  it("reads a UTF-8 file with byte-order mark and CRLF line ends like any other", async () => {
    const [o] = await readAll([at("windows.txt")]);
    expect(o.ok && o.article.text).toBe(`Talks Resume in Vienna\n\n${GOOD}\n\nA second paragraph.`);
    expect(o.ok && o.article.title).toBe("Talks Resume in Vienna");
  });

  it("applies the size limit and the text checks per JSON line, keeping the good lines", async () => {
    const out = await readAll([at("mixed.jsonl")]);
    expect(out.map((o) => (o.ok ? o.article.text : o.error))).toEqual([
      GOOD,
      expect.stringMatching(/mixed\.jsonl, line 2: too large/),
      expect.stringMatching(/mixed\.jsonl, line 3: binary content/),
      GOOD,
    ]);
    expect(out.map((o) => o.ok && o.article.id)).toEqual(["mixed-1", false, false, "mixed-4"]);
  });

  it("names a JSON line that is not valid UTF-8", async () => {
    const out = await readAll([at("bad-utf8.jsonl")]);
    expect(out.map((o) => o.ok)).toEqual([true, false]);
    expect(!out[1].ok && out[1].error).toMatch(/bad-utf8\.jsonl, line 2: not valid UTF-8/);
  });

  it("goes on reading after a bad file", async () => {
    const out = await readAll([at("binary.txt"), at("good.txt"), at("missing.txt"), at("nested/a.md")]);
    expect(out.map((o) => o.ok)).toEqual([false, true, false, true]);
    expect(out[1].ok && out[1].article.text).toBe(GOOD);
  });

  it("streams: a file is read only when the outcome before it has been consumed", async () => {
    const files = [at("good.txt"), at("not-yet-written.txt")];
    const gen = readArticles(files);
    const first = await gen.next();
    expect(first.value?.ok).toBe(true);
    // Not touched yet: written now, it is read whole when its turn comes.
    await writeFile(at("not-yet-written.txt"), GOOD);
    const rest: boolean[] = [];
    for await (const o of { [Symbol.asyncIterator]: () => gen }) rest.push(o.ok);
    expect(rest).toEqual([true]);
  });
});

describe("expandInputs", () => {
  it("walks folders recursively for supported files, skipping hidden files and folder READMEs", async () => {
    const files = await expandInputs([at("nested")]);
    expect(files).toEqual([at("nested/a.md"), at("nested/deeper/b.html")]);
  });

  it("expands globs, sorts and deduplicates", async () => {
    const files = await expandInputs([
      join(dir, "**/*.{md,html}"),
      at("nested/a.md"),
      at("good.txt"),
      at("nested"),
    ]);
    expect(files).toEqual([at("blank.md"), at("good.txt"), at("nested/a.md"), at("nested/deeper/b.html")]);
  });

  it("keeps named files whatever they are, so reading can report them", async () => {
    const files = await expandInputs([at("photo.png"), at("missing.txt")]);
    expect(files).toEqual([at("missing.txt"), at("photo.png")]);
  });
});
