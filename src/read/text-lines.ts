// Plain text and Markdown as lines for the cleaner. Markdown markup is reduced to its words (links to
// their text; images, which are captions at best, dropped); inline HTML is left as written because
// in a news text it is quoted content, not markup.
import type { PageLine } from "./clean-lines.js";

export interface TextPage {
  lines: PageLine[];
  /** Fields from a YAML-style front-matter block (title, date, source, url, id). */
  front: Record<string, string>;
}

export function textLines(raw: string): TextPage {
  const lines: PageLine[] = [];
  let breakBefore = true;
  for (const line of raw.replace(/\r\n?/g, "\n").split("\n")) {
    if (line.trim() === "") {
      breakBefore = true;
      continue;
    }
    lines.push({ text: line, breakBefore });
    breakBefore = false;
  }
  return { lines, front: {} };
}

const FRONT = /^---\n([\s\S]*?)\n---\n/;

function stripInline(s: string): string {
  return s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/(\*\*|__)(?=\S)([^*_]+?)\1/g, "$2")
    .replace(/(^|[\s(])([*_])(?=\S)([^*_]+?)\2(?=[\s).,;:!?]|$)/g, "$1$3")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/<!--[\s\S]*?-->/g, "");
}

export function markdownLines(raw: string): TextPage {
  let body = raw.replace(/\r\n?/g, "\n");
  const front: Record<string, string> = {};
  const fm = FRONT.exec(body);
  if (fm) {
    for (const row of fm[1].split("\n")) {
      const m = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(row);
      if (m) front[m[1].toLowerCase()] = m[2].trim().replace(/^["']|["']$/g, "");
    }
    body = body.slice(fm[0].length);
  }
  const lines: PageLine[] = [];
  let breakBefore = true;
  let fenced = false;
  for (const line of body.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      breakBefore = true;
      continue;
    }
    if (
      !fenced &&
      (line.trim() === "" || /^\s*([-*_]\s*){3,}$/.test(line) || /^\s*\[[^\]]+\]:\s*\S+/.test(line))
    ) {
      // Blank lines, rules and link reference definitions all separate paragraphs.
      breakBefore = true;
      continue;
    }
    const heading = /^\s{0,3}#{1,6}\s+/.exec(line);
    let text = heading
      ? line.slice(heading[0].length).replace(/\s#+\s*$/, "")
      : line.replace(/^\s{0,3}>\s?/, "");
    text = stripInline(text).replace(/^(\s*)[+](\s)/, "$1-$2");
    if (text.trim() === "") {
      breakBefore = true;
      continue;
    }
    lines.push({ text, breakBefore: breakBefore || Boolean(heading), heading: Boolean(heading) });
    breakBefore = Boolean(heading);
  }
  return { lines, front };
}
