// Turns raw bytes into text, or says exactly why they are not an article. Checked before any parsing
// so that a binary or mis-encoded file is reported by name instead of producing garbage text.
import { MAX_ARTICLE_BYTES } from "../config.js";

/** How many leading bytes are inspected for binary content (enough to catch any file-format header). */
const SNIFF_BYTES = 8192;
/** Share of control characters above which a file is treated as binary rather than text. */
const MAX_CONTROL_SHARE = 0.1;

export type Decoded = { ok: true; text: string } | { ok: false; error: string };

export function decodeArticleBytes(bytes: Uint8Array, limit: number = MAX_ARTICLE_BYTES): Decoded {
  if (bytes.length > limit) {
    return { ok: false, error: `too large: ${bytes.length} bytes (limit ${limit})` };
  }
  if (bytes.length === 0) return { ok: false, error: "empty file" };
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) return { ok: false, error: "binary content (NUL bytes), not a text article" };
  let control = 0;
  for (const b of head) {
    // Tab, LF, FF and CR are ordinary in text; any other C0 control byte is a sign of binary data.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) control++;
  }
  if (control / head.length > MAX_CONTROL_SHARE) {
    return { ok: false, error: "binary content (mostly control bytes), not a text article" };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: "not valid UTF-8 text (re-save the file as UTF-8)" };
  }
  // A byte-order mark is an encoding detail, not text; leaving it would shift every evidence offset.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") return { ok: false, error: "empty file (only whitespace)" };
  return { ok: true, text };
}
