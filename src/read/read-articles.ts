// Streams articles from files, one file at a time; JSON Lines files one line at a time, so a large
// .jsonl never sits in memory whole. Nothing here throws for a bad input: each problem comes back as
// an outcome naming the file (and record) and what is wrong, and reading goes on with the rest.
import { closeSync, constants, createReadStream, fstatSync, openSync, readSync } from "node:fs";
import { extname } from "node:path";
import { MAX_ARTICLE_BYTES } from "../config.js";
import type { ReadOutcome } from "../types.js";
import { idFromFile } from "./article-id.js";
import { decodeArticleBytes, utf16Bom, Utf16Decoder } from "./decode-bytes.js";
import { isSupported, SUPPORTED_EXTENSIONS } from "./expand-inputs.js";
import type { ArticleRecord } from "./json-records.js";
import { parseArticleText } from "./parse-article.js";

function message(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === "ENOENT") return "not found (no such file, or a pattern that matched nothing)";
  if (e?.code === "EACCES" || e?.code === "EPERM") return "cannot be read (permission denied)";
  if (e?.code === "EISDIR") return "is a folder, not a file";
  return e instanceof Error ? e.message : String(err);
}

async function fromRecord(
  file: string,
  where: string,
  record: ArticleRecord,
  n: number,
): Promise<ReadOutcome> {
  try {
    // A record without id or url is named after its file and position, which stay the same across runs.
    const id = record.id ?? (record.url ? undefined : `${idFromFile(file)}-${n}`);
    const article = await parseArticleText(file, record.text, { ...record, id });
    return { ok: true, file, article };
  } catch (err) {
    return { ok: false, file, error: `${file}, ${where}: ${message(err)}` };
  }
}

/** A line longer than the limit: reported, never held (splitLines drops it as it goes). */
export interface TooLarge {
  tooLarge: true;
}

/**
 * Splits a byte stream on "\n" without decoding first, so each line's UTF-8 is checked on its own. A
 * line's chunks are gathered and joined once (linear time; issue 12: re-joining the buffer for every
 * chunk made a 40 MB line take 18 s), and a line is given up as soon as it passes `limit` bytes: the
 * rest of it is skipped unread into memory. The chunks must not be reused by their producer.
 */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array>,
  limit: number,
): AsyncGenerator<Buffer | TooLarge> {
  let parts: Buffer[] = [];
  let length = 0;
  let skipping = false;
  for await (const raw of chunks) {
    const chunk = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    for (let start = 0; ;) {
      const nl = chunk.indexOf(0x0a, start);
      const piece = chunk.subarray(start, nl < 0 ? chunk.length : nl);
      if (!skipping && length + piece.length > limit) {
        skipping = true;
        parts = [];
        yield { tooLarge: true };
      } else if (!skipping && piece.length) {
        parts.push(piece);
        length += piece.length;
      }
      if (nl < 0) break;
      if (!skipping) yield parts.length === 1 ? parts[0] : Buffer.concat(parts, length);
      parts = [];
      length = 0;
      skipping = false;
      start = nl + 1;
    }
  }
  if (!skipping && length) yield Buffer.concat(parts, length);
}

/** The file's bytes as UTF-8: UTF-16 with a byte-order mark is transcoded on the fly. */
async function* utf8Chunks(file: string): AsyncGenerator<Uint8Array> {
  let decoder: Utf16Decoder | null | undefined;
  for await (const raw of createReadStream(file)) {
    const chunk = raw as Buffer;
    if (decoder === undefined) {
      const flavour = utf16Bom(chunk);
      decoder = flavour ? new Utf16Decoder(flavour) : null;
    }
    yield decoder ? Buffer.from(decoder.decode(chunk), "utf8") : chunk;
  }
  if (decoder) yield Buffer.from(decoder.decode(new Uint8Array(0), true), "utf8");
}

/** The record schema (zod) loads only when a JSON file is read. */
const recordValidator = async () => (await import("./json-records.js")).validateRecord;

async function* readJsonLines(file: string): AsyncGenerator<ReadOutcome> {
  const validateRecord = await recordValidator();
  let lineNo = 0;
  let records = 0;
  for await (const bytes of splitLines(utf8Chunks(file), MAX_ARTICLE_BYTES)) {
    lineNo++;
    const where = `line ${lineNo}`;
    if ("tooLarge" in bytes) {
      records++;
      yield { ok: false, file, error: `${file}, ${where}: too large: more than ${MAX_ARTICLE_BYTES} bytes` };
      continue;
    }
    if (bytes.toString("latin1").trim() === "") continue;
    records++;
    const decoded = decodeArticleBytes(bytes);
    if (!decoded.ok) {
      yield { ok: false, file, error: `${file}, ${where}: ${decoded.error}` };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(decoded.text);
    } catch (err) {
      yield { ok: false, file, error: `${file}, ${where}: invalid JSON (${message(err)})` };
      continue;
    }
    const v = validateRecord(value);
    yield v.ok
      ? await fromRecord(file, where, v.record, lineNo)
      : { ok: false, file, error: `${file}, ${where}: ${v.error}` };
  }
  if (records === 0) yield { ok: false, file, error: `${file}: empty file (no JSON lines)` };
}

async function* readJson(file: string, text: string): AsyncGenerator<ReadOutcome> {
  const validateRecord = await recordValidator();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    yield { ok: false, file, error: `${file}: invalid JSON (${message(err)})` };
    return;
  }
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) yield { ok: false, file, error: `${file}: empty JSON array (no articles)` };
  for (let i = 0; i < list.length; i++) {
    const where = Array.isArray(value) ? `record [${i}]` : "record";
    const v = validateRecord(list[i]);
    yield v.ok
      ? await fromRecord(file, where, v.record, i + 1)
      : { ok: false, file, error: `${file}, ${where}: ${v.error}` };
  }
}

/** What reading a file's bytes gave: a problem, the bytes, or a JSON Lines file to stream. */
type Loaded = { problem: string } | { bytes: Buffer } | { stream: true };

/**
 * The file's bytes (or why not), read when its turn comes. Read synchronously: an article file is at most
 * MAX_ARTICLE_BYTES, and each asynchronous `stat` and `readFile` is a round trip to libuv's thread pool —
 * 840 small files took 120–160 ms that way (even read eight ahead) against 30–40 ms synchronously. One
 * open serves the size check and the read; O_NONBLOCK so that a FIFO given by mistake is reported, not
 * waited on.
 */
function load(file: string): Loaded {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    return { problem: message(err) };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile())
      throw Object.assign(new Error("not a regular file"), {
        code: info.isDirectory() ? "EISDIR" : undefined,
      });
    if (!isSupported(file)) {
      const ext = extname(file) || "(none)";
      return { problem: `unsupported file type ${ext} (supported: ${[...SUPPORTED_EXTENSIONS].join(", ")})` };
    }
    // The size limit applies per record here: a JSON Lines corpus is expected to be large.
    if (extname(file).toLowerCase() === ".jsonl") return { stream: true };
    if (info.size > MAX_ARTICLE_BYTES)
      return { problem: `too large: ${info.size} bytes (limit ${MAX_ARTICLE_BYTES})` };
    return { bytes: readWhole(fd, info.size) };
  } catch (err) {
    return { problem: message(err) };
  } finally {
    try {
      closeSync(fd);
    } catch {
      // What was read (or why not) stands; a failed close loses nothing of it.
    }
  }
}

/** The first `size` bytes of an open file (fewer if it ends sooner). */
function readWhole(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  let at = 0;
  while (at < size) {
    const n = readSync(fd, bytes, at, size - at, at);
    if (n === 0) break;
    at += n;
  }
  return at < size ? bytes.subarray(0, at) : bytes;
}

async function* readOne(file: string, loaded: Loaded): AsyncGenerator<ReadOutcome> {
  const fail = (problem: string): ReadOutcome => ({ ok: false, file, error: `${file}: ${problem}` });
  if ("problem" in loaded) {
    yield fail(loaded.problem);
    return;
  }
  if ("stream" in loaded) {
    yield* readJsonLines(file);
    return;
  }
  const decoded = decodeArticleBytes(loaded.bytes);
  if (!decoded.ok) {
    yield fail(decoded.error);
    return;
  }
  if (extname(file).toLowerCase() === ".json") {
    yield* readJson(file, decoded.text);
    return;
  }
  try {
    yield { ok: true, file, article: await parseArticleText(file, decoded.text) };
  } catch (err) {
    yield fail(message(err));
  }
}

/** Each file is read only when the one before it has been consumed: one article file is held at a time. */
export async function* readArticles(files: string[]): AsyncGenerator<ReadOutcome> {
  for (const file of files) yield* readOne(file, load(file));
}
