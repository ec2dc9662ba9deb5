// Turns raw bytes into text, or says exactly why they are not an article. Checked before any parsing
// so that a binary or mis-encoded file is reported by name instead of producing garbage text.
// UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark (what Windows tools
// write as "Unicode") are read; anything else must be re-saved as UTF-8.
import { MAX_ARTICLE_BYTES } from "../config.js";

/** How many leading bytes are inspected for binary content (enough to catch any file-format header). */
const SNIFF_BYTES = 8192;
/** Share of control characters above which a file is treated as binary rather than text. */
const MAX_CONTROL_SHARE = 0.1;

export type Decoded = { ok: true; text: string } | { ok: false; error: string };

export type Utf16 = "utf-16le" | "utf-16be";

/** The UTF-16 flavour announced by a byte-order mark at the start of `bytes`, if any. */
export function utf16Bom(bytes: Uint8Array): Utf16 | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/**
 * Decodes UTF-16 arriving in chunks (odd chunk lengths and split surrogate pairs included); big-endian
 * input is byte-swapped first, so only the always-available "utf-16le" decoder is needed.
 */
export class Utf16Decoder {
  private readonly decoder = new TextDecoder("utf-16le", { fatal: true });
  private carry: number | undefined;

  constructor(private readonly flavour: Utf16) {}

  decode(chunk: Uint8Array, last = false): string {
    let bytes = chunk;
    if (this.flavour === "utf-16be") {
      const joined = this.carry === undefined ? chunk : Buffer.concat([Buffer.of(this.carry), chunk]);
      const even = joined.length - (joined.length % 2);
      this.carry = even < joined.length ? joined[even] : undefined;
      bytes = Buffer.from(joined.subarray(0, even)).swap16();
    }
    return this.decoder.decode(bytes, { stream: !last });
  }
}

function isControl(code: number): boolean {
  // Tab, LF, FF and CR are ordinary in text; any other C0 control is a sign of binary data.
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d;
}

function sniffBinary(bytes: Uint8Array): string | undefined {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) return "binary content (NUL bytes), not a text article";
  let control = 0;
  for (const b of head) if (isControl(b)) control++;
  if (control / head.length > MAX_CONTROL_SHARE) {
    return "binary content (mostly control bytes), not a text article";
  }
  return undefined;
}

function decodeUtf16(bytes: Uint8Array, flavour: Utf16): Decoded {
  let text: string;
  try {
    text = new Utf16Decoder(flavour).decode(bytes, true);
  } catch {
    return {
      ok: false,
      error: "not valid UTF-16 text despite its byte-order mark (re-save the file as UTF-8)",
    };
  }
  let control = 0;
  const head = Math.min(text.length, SNIFF_BYTES);
  for (let i = 0; i < head; i++) if (isControl(text.charCodeAt(i))) control++;
  if (control / head > MAX_CONTROL_SHARE) {
    return { ok: false, error: "binary content (mostly control characters), not a text article" };
  }
  return { ok: true, text };
}

function decodeText(bytes: Uint8Array): Decoded {
  const flavour = utf16Bom(bytes);
  if (flavour) return decodeUtf16(bytes, flavour);
  const binary = sniffBinary(bytes);
  if (binary) return { ok: false, error: binary };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: "not valid UTF-8 text (re-save the file as UTF-8)" };
  }
}

export function decodeArticleBytes(bytes: Uint8Array, limit: number = MAX_ARTICLE_BYTES): Decoded {
  if (bytes.length > limit) {
    return { ok: false, error: `too large: ${bytes.length} bytes (limit ${limit})` };
  }
  if (bytes.length === 0) return { ok: false, error: "empty file" };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  let text = decoded.text;
  // A byte-order mark is an encoding detail, not text; leaving it would shift every evidence offset.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") return { ok: false, error: "empty file (only whitespace)" };
  return { ok: true, text };
}
