// Read-step benchmark: articles/s and MB/s of readArticles over N furniture-laden .txt files and one
// N-record .jsonl file written from the synthetic corpus, plus peak RSS (the .jsonl is streamed).
//   npm run bench -- read --n 20000
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { expandInputs, readArticles } from "../src/read/index.js";
import { syntheticCorpus } from "./synthetic-corpus.js";

/** Furniture of the kinds real pages carry, so the cleaner does its full work. */
function withFurniture(title: string, text: string, i: number): string {
  return [
    `outlet${i % 50}.example.com`,
    "Home / World / Asia",
    "Monday, March 4, 2024",
    title,
    "By Staff Writer",
    text,
    "Also Read: Ten things to know about the region",
    "Share this article",
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
  ].join("\n\n");
}

async function timeRead(
  inputs: string[],
): Promise<{ ok: number; failed: number; chars: number; seconds: number }> {
  const started = performance.now();
  let ok = 0;
  let failed = 0;
  let chars = 0;
  for await (const o of readArticles(await expandInputs(inputs))) {
    if (o.ok) {
      ok++;
      chars += o.article.text.length;
    } else failed++;
  }
  return { ok, failed, chars, seconds: (performance.now() - started) / 1000 };
}

export async function run({ n = 5000 }: { n?: number } = {}): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "geokg-bench-read-"));
  try {
    let bytes = 0;
    const jsonl = createWriteStream(join(dir, "corpus.jsonl"));
    let i = 0;
    for await (const a of syntheticCorpus(n)) {
      const page = withFurniture(a.title ?? "", a.text, i);
      await writeFile(join(dir, `a${String(i).padStart(6, "0")}.txt`), page);
      const line =
        JSON.stringify({ id: a.id, title: a.title, published: a.published, source: a.source, text: a.text }) +
        "\n";
      if (!jsonl.write(line)) await once(jsonl, "drain");
      bytes += Buffer.byteLength(page) + Buffer.byteLength(line);
      i++;
    }
    jsonl.end();
    await once(jsonl, "finish");

    const txt = await timeRead([join(dir, "*.txt")]);
    const lines = await timeRead([join(dir, "corpus.jsonl")]);
    const rate = (r: typeof txt) => `${(r.ok / r.seconds).toFixed(0)} articles/s`;
    console.log(
      `read: ${n} .txt files with furniture: ${rate(txt)} (${txt.seconds.toFixed(2)} s, ${txt.failed} failed)`,
    );
    console.log(
      `read: ${n}-record .jsonl: ${rate(lines)} (${lines.seconds.toFixed(2)} s, ${lines.failed} failed)`,
    );
    console.log(
      `read: ${(bytes / 1e6).toFixed(1)} MB in, ${((txt.chars + lines.chars) / 1e6).toFixed(1)} M chars out; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
    );
    if (txt.failed || lines.failed || txt.ok !== n || lines.ok !== n)
      throw new Error("some synthetic articles did not read back");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
