// From the lines of a page to the article: drops furniture, lifts metadata lines (source, date) out
// of the text, and joins what is left into paragraphs separated by "\n\n". The result is the exact
// string evidence offsets refer to, so everything here is deterministic.
import { dateLine } from "./dates.js";
import { furnitureKind, isCutLine, isDomainLine, isTeaserHeader, type FurnitureKind } from "./furniture.js";

/** One line of input. `breakBefore`: a blank line or block boundary precedes it. */
export interface PageLine {
  text: string;
  breakBefore: boolean;
  heading?: boolean;
}

export interface Cleaned {
  text: string;
  title?: string;
  /** Outlet named by a "Source: …" line. */
  source?: string;
  /** Site domain printed alone as a masthead line: the outlet when no source line names one. */
  masthead?: string;
  published?: string;
  /** What was removed and why — for tests and `--verbose` style diagnostics. */
  removed: Array<{
    line: string;
    kind: FurnitureKind | "cut" | "duplicate" | "source" | "date" | "masthead";
  }>;
}

const SOURCE_LINE = /^(?:original\s+)?(?:source|sources|via|courtesy(?: of)?)\s*[:\-–]\s*(.{2,80})$/i;
const BULLET = /^([-*•·]|\d+[.)])\s/;
/** A closing quote or bracket ends a sentence only after a full stop: `"… Cold War mentality"` may go on. */
const SENTENCE_END = /[.!?:;…]["”’)\]]*$/;
/** Share of the page after which a "More articles"-style header is taken to start the page's tail. */
const TAIL_SHARE = 0.5;

/** Spacing quirks of copied web text; quotes and letters are left exactly as written. */
export function normaliseLine(s: string): string {
  return s
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** Comparison key: case, quotes and punctuation do not make a repeated headline different. */
function key(s: string): string {
  // Typographic quotes, dashes and ellipses are dropped below either way (no letter or digit in their
  // NFKD forms); removed first, they no longer send most lines of news down the slow path.
  const lower = s.toLowerCase().replace(/[‘’“”–—…]/g, "");
  // Most lines are plain ASCII, where NFKD changes nothing and letters and digits are [a-z0-9]: the
  // same key at half the cost of the Unicode path, which every line paid (session 7 profile).
  return !NOT_ASCII.test(lower)
    ? lower.replace(/[^a-z0-9]+/g, "")
    : lower.normalize("NFKD").replace(/[^\p{L}\p{N}]+/gu, "");
}

const NOT_ASCII = /[\u0080-\uffff]/;

function headingLike(line: string): boolean {
  const words = line.split(/\s+/).length;
  return (
    words >= 3 &&
    words <= 25 &&
    !/[.,;:]$/.test(line) &&
    !BULLET.test(line) &&
    /^[\p{Lu}\p{N}"“‘']/u.test(line)
  );
}

function isNameLine(line: string): boolean {
  return /^(\p{Lu}[\p{L}.'’-]*)(\s\p{Lu}[\p{L}.'’-]*){0,3}$/u.test(line);
}

/** A line ending in a word or mark that cannot end a headline. */
const RUNS_ON = /(?:\b(?:and|or|but|of|the|a|an|to|in|on|for|with|by|at|from|as|that)|[,;])$/;

export function cleanLines(input: PageLine[], known: { title?: string } = {}): Cleaned {
  const lines = input.map((l) => ({ ...l, text: normaliseLine(l.text) }));
  const total = lines.reduce((n, l) => n + l.text.length, 0) || 1;
  const removed: Cleaned["removed"] = [];
  const kept: PageLine[] = [];
  const seen = new Set<string>();
  let source: string | undefined;
  let masthead: string | undefined;
  let published: string | undefined;
  let pendingBreak = false;
  let position = 0;

  for (const line of lines) {
    const t = line.text;
    position += t.length;
    if (line.breakBefore) pendingBreak = true;
    if (t === "") {
      pendingBreak = true;
      continue;
    }
    const drop = (kind: Cleaned["removed"][number]["kind"]) => {
      removed.push({ line: t, kind });
      // A removed line separates what stood around it: never glue the two sides into one sentence.
      pendingBreak = true;
    };
    const src = SOURCE_LINE.exec(t);
    if (src && !/[.!?]$/.test(src[1].trim())) {
      source ??= src[1].trim().replace(/\/$/, "");
      drop("source");
      continue;
    }
    const date = dateLine(t);
    if (date) {
      published ??= date;
      drop("date");
      continue;
    }
    if (isDomainLine(t)) {
      masthead ??= t
        .replace(/^https?:\/\//i, "")
        .replace(/\/$/, "")
        .toLowerCase();
      drop("masthead");
      continue;
    }
    if (isCutLine(t) || (isTeaserHeader(t) && position / total > TAIL_SHARE)) {
      removed.push({ line: t, kind: "cut" });
      break;
    }
    const kind = furnitureKind(t);
    if (kind) {
      // A bio ("Jane Roe has over 9 years of experience …") usually follows the author's name on its own line.
      const prev = kept[kept.length - 1];
      if (kind === "author-bio" && prev && isNameLine(prev.text) && t.startsWith(prev.text)) {
        kept.pop();
        removed.push({ line: prev.text, kind: "byline" });
      }
      drop(kind);
      continue;
    }
    const k = key(t);
    if (seen.has(k)) {
      drop("duplicate");
      continue;
    }
    seen.add(k);
    kept.push({ text: t, breakBefore: pendingBreak || kept.length === 0, heading: line.heading });
    pendingBreak = false;
  }

  const title = known.title ?? kept.find((l) => headingLike(l.text))?.text;
  let text = "";
  for (let i = 0; i < kept.length; i++) {
    const cur = kept[i];
    if (i === 0) {
      text = cur.text;
      continue;
    }
    const prev = kept[i - 1];
    if (
      !cur.breakBefore &&
      !prev.heading &&
      !cur.heading &&
      !BULLET.test(cur.text) &&
      prev.text.length >= 40 &&
      !SENTENCE_END.test(prev.text) &&
      // The headline is a line of its own, never the start of the first sentence — unless it plainly
      // runs on ("… late on Monday evening and").
      (prev.text !== title || RUNS_ON.test(prev.text))
    ) {
      // A hard-wrapped line continues the sentence above it.
      text += " " + cur.text;
    } else if (!cur.breakBefore && BULLET.test(cur.text) && BULLET.test(prev.text)) {
      text += "\n" + cur.text;
    } else {
      text += "\n\n" + cur.text;
    }
  }
  return { text, title, source, masthead, published, removed };
}
